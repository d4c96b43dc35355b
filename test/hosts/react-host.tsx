// A small React 19 app that embeds an exercise the way a host would. Bundled by
// scripts/build-test-hosts.mjs against the built package (dist/), with the JSX typings we ship.
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { LadderState } from 'coprod';
import type { CustomElements } from 'coprod/jsx';
import '../../dist/index.js';
import type { HostOptions } from './host-options.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

/** The example in docs/embedding.md: a ladder in a form, its state kept in the component. Type-checked by `tsc`. */
export function LadderForm({ start, onSave }: { start: LadderState; onSave: (state: LadderState) => void }) {
  const [ladder, setLadder] = useState(start);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave(ladder);
      }}
    >
      <coprod-ladder name="ladder" value={ladder} oncoprod-change={(event) => setLadder(event.detail.value)} />
      <button>Save</button>
    </form>
  );
}

export function mountReactLadderForm(container: HTMLElement, start: LadderState, onSave: (state: LadderState) => void) {
  const root = createRoot(container);
  flushSync(() => root.render(<LadderForm start={start} onSave={onSave} />));
  return { unmount: () => root.unmount() };
}

/** Any exercise by tag, controlled (state follows `coprod-change`) or not (the same object on every render). */
export function mountReactHost(container: HTMLElement, tag: string, initial: unknown, { controlled }: HostOptions) {
  const received: unknown[] = [];
  const submitted: unknown[] = [];
  let setState: (value: unknown) => void = () => {};
  let rerender: () => void = () => {};

  function App() {
    const [value, setValue] = useState<unknown>(initial);
    const [renders, setRenders] = useState(0);
    setState = setValue;
    rerender = () => setRenders(renders + 1);
    // React 19 sets `value` as a property and listens to `coprod-change` by its name.
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submitted.push(new FormData(event.currentTarget).get('exercise'));
        }}
      >
        {createElement(tag, {
          name: 'exercise',
          value,
          'oncoprod-change': (event: CustomEvent<{ value: unknown }>) => {
            received.push(event.detail.value);
            if (controlled) setValue(event.detail.value);
          },
        })}
        <output>{renders}</output>
        <button>Save</button>
      </form>
    );
  }

  const root = createRoot(container);
  flushSync(() => root.render(<App />));
  return {
    received,
    submitted,
    setState: (value: unknown) => flushSync(() => setState(value)),
    rerender: () => flushSync(() => rerender()),
    unmount: () => root.unmount(),
  };
}

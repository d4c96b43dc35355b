/** @jsxImportSource preact */
// A small Preact 10 app that embeds an exercise the way a host would. Bundled by
// scripts/build-test-hosts.mjs against the built package (dist/), type-checked by `tsc` with
// Preact's JSX and the `coprod/preact` typings we ship.
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import type { LadderState } from 'coprod';
import type {} from 'coprod/preact';
// Import the element before the first render: Preact sets `value` as a property only when
// the element is already defined (otherwise it writes an attribute, "[object Object]").
import '../../dist/index.js';
import type { HostOptions } from './host-options.js';

/** The example in docs/embedding.md: a ladder in a form, its state kept in the component. */
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

export function mountPreactLadderForm(container: HTMLElement, start: LadderState, onSave: (state: LadderState) => void) {
  render(<LadderForm start={start} onSave={onSave} />, container);
  return { unmount: () => render(null, container) };
}

/** Renders one element by tag with the given props, as Preact would in any app. */
export function renderPreactElement(container: HTMLElement, tag: string, props: Record<string, unknown>) {
  render(h(tag, props), container);
  return { unmount: () => render(null, container) };
}

/** Any exercise by tag, controlled (state follows `coprod-change`) or not (the same object on every render). */
export function mountPreactHost(container: HTMLElement, tag: string, initial: unknown, { controlled }: HostOptions) {
  const received: unknown[] = [];
  const submitted: unknown[] = [];
  let setState: (value: unknown) => void = () => {};
  let rerender: () => void = () => {};

  function App() {
    const [value, setValue] = useState<unknown>(initial);
    const [renders, setRenders] = useState(0);
    setState = setValue;
    rerender = () => setRenders(renders + 1);
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submitted.push(new FormData(event.currentTarget).get('exercise'));
        }}
      >
        {h(tag, {
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

  // Preact renders state updates on the next tick; the tests settle before they look.
  render(<App />, container);
  return {
    received,
    submitted,
    setState: (value: unknown) => setState(value),
    rerender: () => rerender(),
    unmount: () => render(null, container),
  };
}

// A small React 19 app that embeds an exercise the way a host would. Bundled by
// scripts/build-test-hosts.mjs against the built package (dist/), with the JSX typings we ship.
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { CustomElements } from '../../dist/types/jsx.js';
import '../../dist/index.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

/** Type-checked against the shipped typings: a wrong prop or event type fails `tsc`. */
export function LadderWithTypings({ value, onSave }: { value: never; onSave: (value: unknown) => void }) {
  return <coprod-ladder value={value} storage-key={undefined} oncoprod-change={(event) => onSave(event.detail.value)} />;
}

export function mountReactHost(container: HTMLElement, tag: string, initial: unknown) {
  const received: unknown[] = [];
  let setState: (value: unknown) => void = () => {};

  function App() {
    const [value, setValue] = useState<unknown>(initial);
    setState = setValue;
    // React 19 sets `value` as a property and listens to `coprod-change` by its name.
    return (
      <section>
        {createElement(tag, {
          value,
          'oncoprod-change': (event: CustomEvent<{ value: unknown }>) => {
            received.push(event.detail.value);
            setValue(event.detail.value);
          },
        })}
      </section>
    );
  }

  const root = createRoot(container);
  flushSync(() => root.render(<App />));
  return {
    received,
    setState: (value: unknown) => flushSync(() => setState(value)),
    unmount: () => root.unmount(),
  };
}

// A small React 19 app that embeds an exercise the way a host would. Bundled by
// scripts/build-test-hosts.mjs against the built package (dist/), with the JSX typings we ship.
import { useState } from 'react';
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

export function mountReactHost(container: HTMLElement, initial: unknown) {
  const received: unknown[] = [];
  let setState: (value: unknown) => void = () => {};

  function App() {
    const [value, setValue] = useState<unknown>(initial);
    setState = setValue;
    return (
      <section>
        <coprod-ladder
          value={value as never}
          storage-key={undefined}
          oncoprod-change={(event) => {
            received.push(event.detail.value);
            setValue(event.detail.value);
          }}
        />
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

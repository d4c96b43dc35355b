/** @jsxImportSource solid-js */
// A small SolidJS 1.9 app that embeds an exercise the way a host would. Compiled by
// scripts/build-test-hosts.mjs (babel-preset-solid, then esbuild) against the built package
// (dist/), type-checked by `tsc` with Solid's JSX and the `coprod/solid` typings we ship.
import { createSignal } from 'solid-js';
import { Dynamic, render } from 'solid-js/web';
import type { LadderState } from 'coprod';
import type {} from 'coprod/solid';
import '../../dist/index.js';
import type { HostOptions } from './host-options.js';

/** The example in docs/embedding.md: a ladder in a form, its state kept in a signal. */
export function LadderForm(props: { start: LadderState; onSave: (state: LadderState) => void }) {
  const [ladder, setLadder] = createSignal(props.start);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave(ladder());
      }}
    >
      <coprod-ladder name="ladder" prop:value={ladder()} on:coprod-change={(event) => setLadder(event.detail.value)} />
      <button>Save</button>
    </form>
  );
}

export function mountSolidLadderForm(container: HTMLElement, start: LadderState, onSave: (state: LadderState) => void) {
  return { unmount: render(() => <LadderForm start={start} onSave={onSave} />, container) };
}

/** Any exercise by tag, controlled (state follows `coprod-change`) or not (the same object throughout). */
export function mountSolidHost(container: HTMLElement, tag: string, initial: unknown, { controlled }: HostOptions) {
  const received: unknown[] = [];
  const submitted: unknown[] = [];
  const [value, setValue] = createSignal<unknown>(initial);
  const [renders, setRenders] = createSignal(0);
  const unmount = render(
    () => (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submitted.push(new FormData(event.currentTarget).get('exercise'));
        }}
      >
        <Dynamic
          component={tag}
          name="exercise"
          prop:value={value()}
          on:coprod-change={(event: CustomEvent<{ value: unknown }>) => {
            received.push(event.detail.value);
            if (controlled) setValue(() => event.detail.value);
          }}
        />
        <output>{renders()}</output>
        <button>Save</button>
      </form>
    ),
    container,
  );
  return {
    received,
    submitted,
    // A function, so Solid stores the state itself rather than calling it.
    setState: (next: unknown) => setValue(() => next),
    rerender: () => setRenders(renders() + 1),
    unmount,
  };
}

// A small Svelte 5 app that embeds an exercise the way a host would. The components beside
// it are compiled by scripts/build-test-hosts.mjs (svelte/compiler, then esbuild) against
// the built package (dist/), and type-checked by svelte-check with the `coprod/svelte` typings.
import { flushSync, mount, unmount } from 'svelte';
import type { LadderState } from 'coprod';
import '../../../dist/index.js';
import type { HostOptions } from '../host-options.js';
import GenericHost from './GenericHost.svelte';
import LadderForm from './LadderForm.svelte';

export function mountSvelteLadderForm(container: HTMLElement, start: LadderState, onSave: (state: LadderState) => void) {
  const app = mount(LadderForm, { target: container, props: { ladder: start, onSave } });
  flushSync();
  return { unmount: () => unmount(app) };
}

export function mountSvelteHost(container: HTMLElement, tag: string, initial: unknown, { controlled }: HostOptions) {
  const received: unknown[] = [];
  const submitted: unknown[] = [];
  // The parent's state is a deep $state proxy, as in most Svelte apps: the element gets the proxy.
  const state = $state({ value: initial, renders: 0 });
  const props = {
    tag,
    controlled,
    received,
    submitted,
    get value() {
      return state.value;
    },
    get renders() {
      return state.renders;
    },
  };
  const app = mount(GenericHost, { target: container, props });
  flushSync();
  return {
    received,
    submitted,
    setState: (value: unknown) => flushSync(() => (state.value = value)),
    rerender: () => flushSync(() => (state.renders += 1)),
    unmount: () => unmount(app),
  };
}

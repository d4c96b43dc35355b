// A small Vue 3 app embedding an exercise as a host would: a template compiled in the browser,
// and the single-file component in vue/ (custom elements declared with isCustomElement). Bundled by scripts/build-test-hosts.mjs.
import { createApp, ref } from 'vue';
import type { LadderState } from 'coprod';
import '../../dist/index.js';
import type { HostOptions } from './host-options.js';
import LadderForm from './vue/LadderForm.vue';

/** The example in docs/embedding.md, a single-file component. */
export function mountVueLadderForm(container: HTMLElement, start: LadderState, onSave: (state: LadderState) => void) {
  const app = createApp(LadderForm, { start, onSave });
  app.mount(container);
  return { unmount: () => app.unmount() };
}

/** Any exercise by tag, controlled (state follows `coprod-change`) or not (the same object throughout). */
export function mountVueHost(container: HTMLElement, tag: string, initial: unknown, { controlled }: HostOptions) {
  const received: unknown[] = [];
  const submitted: unknown[] = [];
  // ref(): the element gets Vue's deep reactive proxy of the state, as in most Vue apps.
  const state = ref<unknown>(initial);
  const renders = ref(0);
  const app = createApp({
    setup: () => ({
      state,
      renders,
      onChange: (event: CustomEvent<{ value: unknown }>) => {
        received.push(event.detail.value);
        if (controlled) state.value = event.detail.value;
      },
      onSubmit: (event: SubmitEvent) => submitted.push(new FormData(event.target as HTMLFormElement).get('exercise')),
    }),
    template: `<form @submit.prevent="onSubmit"><${tag} name="exercise" :value.prop="state" @coprod-change="onChange"></${tag}><output>{{ renders }}</output><button>Save</button></form>`,
  });
  app.config.compilerOptions.isCustomElement = (name) => name.startsWith('coprod-');
  app.mount(container);
  return {
    received,
    submitted,
    setState: (value: unknown) => (state.value = value),
    rerender: () => (renders.value += 1),
    unmount: () => app.unmount(),
  };
}

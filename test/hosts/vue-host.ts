// A small Vue 3 app with a template, compiled in the browser, embedding an exercise as a
// host would (custom elements declared with isCustomElement). Bundled by scripts/build-test-hosts.mjs.
import { createApp, ref } from 'vue';
import '../../dist/index.js';

export function mountVueHost(container: HTMLElement, tag: string, initial: unknown) {
  const received: unknown[] = [];
  const state = ref<unknown>(initial);
  const app = createApp({
    setup: () => ({
      state,
      onChange: (event: CustomEvent<{ value: unknown }>) => {
        received.push(event.detail.value);
        state.value = event.detail.value;
      },
    }),
    template: `<section><${tag} :value.prop="state" @coprod-change="onChange"></${tag}></section>`,
  });
  app.config.compilerOptions.isCustomElement = (name) => name.startsWith('coprod-');
  app.mount(container);
  return {
    received,
    setState: (value: unknown) => (state.value = value),
    unmount: () => app.unmount(),
  };
}

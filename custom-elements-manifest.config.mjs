import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * `value` and `storage-key` are observed by hand in the base element (not as Lit
 * properties), so the analyzer cannot link them to their properties; this does, and it
 * keeps only the documented events.
 */
function manifestFixes() {
  const links = { value: 'value', 'storage-key': 'storageKey' };
  // Event classes are named by their detail here, so React and Vue typings read `e.detail` right.
  const details = {
    'coprod-change': '{ value: unknown }',
    'coprod-submit': '{ value: unknown }',
    'coprod-plan-action': '{ principle: string }',
    'coprod-invalid': "{ errors: { path: string; message: string }[]; source: 'property' | 'attribute' | 'storage' | 'import' }",
  };
  return {
    name: 'coprod-manifest-fixes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // Keep only the documented events (the analyzer also guesses names from constructor arguments).
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.name?.startsWith('coprod-'));
            for (const event of declaration.events) if (details[event.name]) event.type = { text: details[event.name] };
          }
          for (const attribute of declaration.attributes ?? []) {
            const field = links[attribute.name];
            if (!field) continue;
            attribute.fieldName = field;
            const member = declaration.members?.find((candidate) => candidate.name === field);
            if (member) member.attribute = attribute.name;
          }
        }
      }
    },
  };
}

// Typings for React (JSX) and Vue templates, generated from the manifest, so users get
// autocompletion of tags, attributes, properties and events.
export default {
  globs: ['src/**/*.element.ts', 'src/core/coprod-element.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  outdir: '.',
  plugins: [
    manifestFixes(),
    customElementJsxPlugin({ outdir: './dist/types', fileName: 'jsx.d.ts', globalTypePath: './index.js' }),
    customElementVuejsPlugin({ outdir: './dist/types', fileName: 'vue.d.ts', globalTypePath: './index.js' }),
  ],
};

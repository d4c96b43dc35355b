import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import { elements } from './scripts/elements.mjs';
import { frameworkTypings } from './scripts/framework-typings.mjs';

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
    'coprod-invalid': "{ errors: { path: string; message: string }[]; source: 'property' | 'attribute' | 'storage' | 'import' | 'sync' }",
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
          for (const member of declaration.members ?? []) {
            // A destructured parameter (`{ principle }`) and its JSDoc `@param action` arrive as two entries: make them one.
            const parameters = member.parameters ?? [];
            const pattern = parameters.find((parameter) => parameter.name.startsWith('{') && !parameter.description);
            const documented = parameters.find((parameter) => !parameter.type && parameter.description);
            if (pattern && documented) member.parameters = parameters.filter((parameter) => parameter !== documented).map((parameter) => (parameter === pattern ? { ...documented, type: pattern.type } : parameter));
            if (member.return?.type && !member.return.type.text) delete member.return;
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

/**
 * Makes the manifest true to the published package: module paths are the `.js` files people
 * import (each element's entry, the base class from the main entry), superclass and
 * inheritance references point at modules in the manifest, each tag has a
 * `custom-element-definition` export, `value` and `coprod-change` carry the element's own state
 * type, and internal helpers the analyzer saw are left out.
 */
function publishedPaths() {
  const entryByTag = Object.fromEntries(elements.map((element) => [element.tag, `dist/${element.name}.js`]));
  const core = { 'src/core/coprod-element.ts': 'dist/index.js' };
  const stateTypes = new Set();
  return {
    name: 'coprod-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      const pathOf = {};
      for (const module of customElementsManifest.modules) {
        const element = module.declarations?.find((declaration) => declaration.customElement && declaration.tagName);
        pathOf[module.path] = element ? entryByTag[element.tagName] : core[module.path];
      }
      const fix = (reference) => {
        if (!reference?.module) return;
        const source = reference.module.replace(/^\//, '').replace(/\.js$/, '.ts');
        if (pathOf[source]) reference.module = pathOf[source];
      };
      for (const module of customElementsManifest.modules) {
        const source = module.path;
        const declarations = (module.declarations ?? []).filter((declaration) => declaration.kind === 'class' && (declaration.customElement || declaration.name === 'CoprodElement'));
        const state = /extends CoprodElement<(\w+)>/.exec(readFileSync(source, 'utf8'))?.[1];
        module.declarations = declarations;
        for (const declaration of declarations) {
          fix(declaration.superclass);
          for (const list of [declaration.members, declaration.attributes, declaration.events, declaration.cssProperties, declaration.cssParts]) {
            for (const item of list ?? []) fix(item.inheritedFrom);
          }
          if (!state) continue;
          stateTypes.add(state);
          const value = declaration.members?.find((member) => member.name === 'value' && member.kind === 'field');
          if (value) value.type = { text: state };
          for (const event of declaration.events ?? []) {
            if (event.name === 'coprod-change' || event.name === 'coprod-submit') event.type = { text: `{ value: ${state} }` };
          }
        }
        module.path = pathOf[source] ?? module.path;
        module.exports = declarations.flatMap((declaration) => [
          { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: module.path } },
          ...(declaration.tagName ? [{ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } }] : []),
        ]);
      }
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => module.declarations.length);
    },
    /** The generated React and Vue typings name the state types: import them beside the classes. */
    importStateTypes(files) {
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const names = [...stateTypes].filter((name) => new RegExp(`\\b${name}\\b`).test(text)).sort();
        if (names.length && !text.includes('/* coprod state types */')) writeFileSync(file, `/* coprod state types */ import type { ${names.join(', ')} } from "./index.js";\n${text}`);
      }
    },
  };
}

const paths = publishedPaths();

// Typings for React (JSX), Vue, Svelte 5, Preact and SolidJS templates, generated from the manifest, so users get
// autocompletion of tags, attributes, properties and events.
export default {
  globs: ['src/**/*.element.ts', 'src/core/coprod-element.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  outdir: '.',
  plugins: [
    manifestFixes(),
    paths,
    customElementJsxPlugin({ outdir: './dist/types', fileName: 'jsx.d.ts', globalTypePath: './index.js' }),
    customElementVuejsPlugin({ outdir: './dist/types', fileName: 'vue.d.ts', globalTypePath: './index.js' }),
    // Svelte 5, Preact and SolidJS: written by our own small generator (see the file for why).
    frameworkTypings({ outdir: './dist/types' }),
    { name: 'coprod-state-type-imports', packageLinkPhase: () => paths.importStateTypes(['dist/types/jsx.d.ts', 'dist/types/vue.d.ts']) },
  ],
};

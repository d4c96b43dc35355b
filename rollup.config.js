import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';

import { autoloadFiles, builtElements, bundleName } from './scripts/elements.mjs';
import { localeTables } from './scripts/locale-tables.mjs';

/** One entry per element (from the table in scripts/elements.mjs): each registers just that element (and what it needs). */
export const elementEntries = Object.fromEntries(builtElements.map((element) => [element.name, element.entry]));

/**
 * d3-shape ships one prebuilt file whose curve factories are built by calls at load time
 * (`var cardinal = (function custom(tension) {…})(0)`); marking those calls pure lets the
 * bundler drop the curves we do not draw (about 1 kB gzip). If the file's form changes, this
 * simply matches nothing.
 */
export function d3PureCurves() {
  return {
    name: 'd3-pure-curves',
    transform(code, id) {
      if (!/[\\/]d3-shape[\\/]/.test(id)) return null;
      return { code: code.replace(/= \(function custom\(/g, '= /*#__PURE__*/(function custom('), map: null };
    },
  };
}

/**
 * The template minifier trims the whitespace at the start of every template, so in
 * `${score}${gap ? html\` <span>gap</span>\` : nothing}` the space between "1.5" and "gap" is
 * gone from the built files (while the tests of the sources still see it). The build stops on
 * such a template: write it as html\`${WORD_SPACE}<span>…\` (src/core/word-space.ts).
 */
function templateStartsKeepSpaces() {
  return {
    name: 'coprod-template-starts-keep-spaces',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const lines = [];
      for (const match of code.matchAll(/(?<![.\w$])(html|svg)`[ \t]/g)) lines.push(code.slice(0, match.index).split('\n').length);
      if (lines.length) this.error(`line ${lines.join(', ')}: a template starts with a space, which the minifier removes; write it as \${WORD_SPACE} (src/core/word-space.ts)`);
      return null;
    },
  };
}

/**
 * Template and CSS literals are minified (Lit's own plugin) before TypeScript is stripped. Empty
 * attributes stay: the minifier drops `value=""` from inputs, and the radar's "don't know"
 * radio then hands in "on" (a score of NaN) instead of no score.
 */
export const minifiedTemplates = () => minifyTemplates({ failOnError: true, options: { minifyOptions: { removeEmptyAttributes: false } } });
const typescript = () => [templateStartsKeepSpaces(), d3PureCurves(), minifiedTemplates(), esbuild({ target: 'es2021', tsconfig: './tsconfig.json', minify: false })];

// Yjs and the sync client stay dependencies for npm users of `coprod/room` (one copy of Yjs per app).
const isRoomDependency = (id) => /^(yjs|y-indexeddb|lib0|@hocuspocus\/provider)(\/|$)/.test(id);

// Two passes find a little more to drop; `module` lets terser rename top-level names.
export const terserOptions = { module: true, compress: { passes: 2 }, format: { comments: false } };

/** Fills the autoloader's map of tags to files from the table of elements. */
function autoloadTable() {
  return {
    name: 'coprod-autoload-table',
    transform(code, id) {
      if (!id.endsWith('/src/autoload.ts')) return null;
      return { code: code.replace(/=\s*__COPROD_AUTOLOAD_FILES__/, `= ${JSON.stringify(autoloadFiles)}`), map: null };
    },
  };
}

/**
 * A lazy chunk of a drop-in file must import nothing from the drop-in file itself: the browser
 * would load a second copy of it (a second Lit, a second registration) whenever the page names
 * the file differently from the chunk's relative path (`ladder.js?v=2`, another host). So the
 * lazy parts take what they need as arguments, and the build stops when one does not.
 */
function lazyChunksImportNothing() {
  return {
    name: 'coprod-lazy-chunks-import-nothing',
    generateBundle(_options, bundle) {
      const entries = new Set(Object.values(bundle).filter((file) => file.type === 'chunk' && file.isEntry).map((chunk) => chunk.fileName));
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || file.isEntry) continue;
        const imported = [...file.imports, ...file.dynamicImports].filter((name) => entries.has(name) || !name.startsWith('chunks/'));
        if (imported.length) {
          this.error(`${file.fileName} (from ${file.moduleIds.map((id) => id.replace(/.*\/src\//, 'src/')).join(', ')}) imports ${imported.join(', ')}: a lazy part of a drop-in file must import nothing from the file that loads it (pass what it needs as arguments).`);
        }
      }
    },
  };
}

// lit stays a peer for npm users (one copy per app). @lit/localize is inlined on purpose:
// its configureLocalization() may run once per copy, so ours must be private.
const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

export default [
  {
    input: { index: 'src/index.ts', ...elementEntries },
    // Keeps each element's registration in its own entry file (no facade + shared chunk),
    // so the entry files are exactly the modules with side effects (package.json sideEffects).
    preserveEntrySignatures: 'allow-extension',
    external: (id) => isLit(id) || /^d3-(shape|path)(\/|$)/.test(id) || isRoomDependency(id),
    plugins: [nodeResolve(), ...typescript(), localeTables()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
  {
    // The drop-in bundle: one self-contained file, no bare imports, for <script type="module">.
    input: 'src/index.ts',
    plugins: [nodeResolve(), ...typescript(), localeTables({ prune: true }), terser(terserOptions)],
    output: {
      file: 'dist/bundle/coprod.js',
      format: 'es',
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
  // One drop-in file per element (its own Lit, localisation and just its own Dutch), loaded by
  // the autoloader or by a <script type="module"> of its own. What is needed only after a person
  // acts (the speaking part of reading aloud) is a chunk beside it (dist/bundle/chunks/),
  // loaded on first use by a relative import(). The room's file stays one file.
  ...builtElements.map((element) => ({
    input: { [bundleName(element)]: element.entry },
    plugins: [nodeResolve({ browser: true }), ...typescript(), localeTables({ prune: true }), terser(terserOptions), lazyChunksImportNothing()],
    output:
      element.name === 'room'
        ? { dir: 'dist/bundle', format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true, sourcemap: true }
        : { dir: 'dist/bundle', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  })),
  {
    // The autoloader: a few hundred bytes that load each element's file when its tag appears.
    input: 'src/autoload.ts',
    plugins: [autoloadTable(), ...typescript(), terser(terserOptions)],
    output: { file: 'dist/bundle/autoload.js', format: 'es', sourcemap: true },
  },
];

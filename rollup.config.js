import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';

/** One entry per element: each registers just that element (and what it needs). */
export const elementEntries = {
  ladder: 'src/ladder/define.ts',
  'profile-card': 'src/profile-card/define.ts',
  'opportunity-card': 'src/opportunity/define-card.ts',
  'opportunity-board': 'src/opportunity/define-board.ts',
  'support-circle': 'src/support-circle/define.ts',
  'readiness-radar': 'src/readiness-radar/define.ts',
  'action-plan': 'src/action-plan/define.ts',
  gratitude: 'src/gratitude/define.ts',
};

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

// Template and CSS literals are minified (Lit's own plugin) before TypeScript is stripped.
const typescript = () => [d3PureCurves(), minifyTemplates({ failOnError: true }), esbuild({ target: 'es2021', tsconfig: './tsconfig.json', minify: false })];

/** The shared room (`coprod/room`): its own entry, so nothing of Yjs reaches the elements' entries or the main bundle. */
export const roomEntry = { room: 'src/room/define.ts' };
// Yjs and the sync client stay dependencies for npm users (one copy of Yjs per app).
const isRoomDependency = (id) => /^(yjs|y-indexeddb|lib0|@hocuspocus\/provider)(\/|$)/.test(id);

// lit stays a peer for npm users (one copy per app). @lit/localize is inlined on purpose:
// its configureLocalization() may run once per copy, so ours must be private.
const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

export default [
  {
    input: { index: 'src/index.ts', ...elementEntries, ...roomEntry },
    // Keeps each element's registration in its own entry file (no facade + shared chunk),
    // so the entry files are exactly the modules with side effects (package.json sideEffects).
    preserveEntrySignatures: 'allow-extension',
    external: (id) => isLit(id) || /^d3-(shape|path)(\/|$)/.test(id) || isRoomDependency(id),
    plugins: [nodeResolve(), ...typescript()],
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
    plugins: [nodeResolve(), ...typescript(), terser({ format: { comments: false } })],
    output: {
      file: 'dist/bundle/coprod.js',
      format: 'es',
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
  {
    // The room's drop-in file: self-contained (its own Lit, Yjs and sync client). It talks to the
    // elements only through their public methods, so it works beside dist/bundle/coprod.js.
    input: 'src/room/define.ts',
    plugins: [nodeResolve({ browser: true }), ...typescript(), terser({ format: { comments: false } })],
    output: {
      file: 'dist/bundle/coprod-room.js',
      format: 'es',
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
];

// Bundles the React and Vue host apps used by test/hosts.test.ts (against dist/).
import { build } from 'esbuild';

await build({
  entryPoints: ['test/hosts/react-host.tsx', 'test/hosts/vue-host.ts'],
  outdir: 'test-build',
  bundle: true,
  format: 'esm',
  target: 'es2021',
  jsx: 'automatic',
  logLevel: 'warning',
  // dist/index.js imports side-effect-free chunks for ordering only; dropping them is right.
  logOverride: { 'ignored-bare-import': 'silent' },
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});

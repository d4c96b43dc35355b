// Bundles the host apps used by test/hosts.test.ts (React, Vue, Preact, SolidJS, Svelte 5,
// Angular), each against the built package (dist/), into test-build/.
import { transformAsync } from '@babel/core';
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { compile, compileModule } from 'svelte/compiler';
import { compileScript, parse } from 'vue/compiler-sfc';

/** Svelte 5 components and rune modules (`.svelte.ts`) through svelte/compiler. */
const sveltePlugin = {
  name: 'svelte',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { js, warnings } = compile(await readFile(path, 'utf8'), { filename: path, generate: 'client', dev: false });
      return { contents: js.code, loader: 'js', warnings: warnings.map((warning) => ({ text: warning.message })) };
    });
    esbuild.onLoad({ filter: /\.svelte\.ts$/ }, async ({ path }) => {
      const { code } = await transform(await readFile(path, 'utf8'), { loader: 'ts', sourcefile: path });
      return { contents: compileModule(code, { filename: path, generate: 'client', dev: false }).js.code, loader: 'js' };
    });
  },
};

/** SolidJS JSX through babel-preset-solid (fine-grained DOM code); esbuild then drops the types. */
const solidPlugin = {
  name: 'solid',
  setup(esbuild) {
    esbuild.onLoad({ filter: /solid-host\.tsx$/ }, async ({ path }) => {
      const result = await transformAsync(await readFile(path, 'utf8'), {
        filename: path,
        babelrc: false,
        configFile: false,
        presets: [['babel-preset-solid', { generate: 'dom' }]],
        parserOpts: { plugins: ['jsx', 'typescript'] },
      });
      return { contents: result.code, loader: 'ts' };
    });
  },
};

/** Vue single-file components (`<script setup lang="ts">`, template inlined) through vue/compiler-sfc. */
const vuePlugin = {
  name: 'vue',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path });
      if (errors.length) return { errors: errors.map((error) => ({ text: String(error.message ?? error) })) };
      const script = compileScript(descriptor, {
        id: path,
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('coprod-') } },
      });
      return { contents: script.content, loader: 'ts' };
    });
  },
};

await build({
  entryPoints: ['test/hosts/react-host.tsx', 'test/hosts/vue-host.ts', 'test/hosts/preact-host.tsx', 'test/hosts/solid-host.tsx', 'test/hosts/svelte/svelte-host.svelte.ts', 'test/hosts/angular-host.ts'],
  entryNames: '[name]',
  outdir: 'test-build',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  // React's automatic runtime; preact-host.tsx names its own (`@jsxImportSource preact`).
  jsx: 'automatic',
  conditions: ['svelte', 'browser'],
  logLevel: 'warning',
  // dist/index.js imports side-effect-free chunks for ordering only; dropping them is right.
  logOverride: { 'ignored-bare-import': 'silent' },
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  plugins: [sveltePlugin, solidPlugin, vuePlugin],
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    ngDevMode: 'false',
  },
});

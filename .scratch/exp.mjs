import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { minify } from 'terser';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { d3PureCurves } from '../rollup.config.js';
import { pruneLocales } from '../scripts/prune-locales.mjs';
const input = process.argv[2] ?? 'src/ladder/define.ts';
async function raw(quotes) {
  const mt = quotes ? minifyTemplates({ failOnError: true, options: { minifyOptions: { ...defaultMinifyOptions, removeAttributeQuotes: true } } }) : minifyTemplates({ failOnError: true });
  const build = await rollup({ input, plugins: [d3PureCurves(), mt, nodeResolve(), esbuild({ target: 'es2021', tsconfig: './tsconfig.json', minify: false }), pruneLocales()], onwarn: () => {} });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  return output[0].code;
}
const variants = {
  p2: { module: true, format: { comments: false }, compress: { passes: 2 } },
  p3u: { module: true, ecma: 2020, format: { comments: false }, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, unsafe: true, pure_getters: true, unsafe_comps: true } },
};
for (const q of [false, true]) {
  const code = await raw(q);
  for (const [name, opts] of Object.entries(variants)) {
    const r = await minify(code, opts);
    console.log(q ? 'noquotes' : 'quotes', name, r.code.length, gzipSync(r.code, { level: 9 }).length, brotliCompressSync(r.code).length);
  }
}

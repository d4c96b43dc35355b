import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify } from 'terser';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { d3PureCurves } from '../rollup.config.js';
const build = await rollup({ input: 'src/index.ts', plugins: [d3PureCurves(), minifyTemplates({ failOnError: true }), nodeResolve(), esbuild({ target: 'es2021', tsconfig: './tsconfig.json', minify: false })], onwarn: () => {} });
const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
const code = output[0].code;
writeFileSync('.scratch/raw.js', code);
const variants = {
  base: { format: { comments: false } },
  p2: { format: { comments: false }, module: true, compress: { passes: 2 } },
  p3u: { format: { comments: false }, module: true, ecma: 2020, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true } },
};
for (const [name, opts] of Object.entries(variants)) {
  const r = await minify(code, opts);
  console.log(name, r.code.length, gzipSync(r.code, { level: 9 }).length, brotliCompressSync(r.code).length);
}

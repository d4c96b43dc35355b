#!/usr/bin/env node
// `npm run bench`: prints sizes (gzip) and timings measured in headless Chromium against
// the production build of Lit. Figures are printed, never asserted.
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import puppeteer from 'puppeteer-core';
import { d3PureCurves, elementEntries } from '../rollup.config.js';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { dropInSizes, loadPages, loadTimings } from './bench-load.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.bench');
mkdirSync(out, { recursive: true });
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const plugins = (minify = true) => [d3PureCurves(), minifyTemplates(), nodeResolve(), esbuild({ target: 'es2021', tsconfig: join(root, 'tsconfig.json') }), ...(minify ? [terser({ format: { comments: false } })] : [])];

async function entrySize(input) {
  const build = await rollup({ input, plugins: plugins(), onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const entry = output.find((item) => item.type === 'chunk' && item.isEntry);
  // What a page loads for the element: the entry and its static imports. Locale chunks load only when switched to.
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of chunks.get(name)?.imports ?? []) visit(next);
  };
  visit(entry.fileName);
  const gzip = (names) => [...names].reduce((sum, name) => sum + gzipSync(chunks.get(name).code, { level: 9 }).length, 0);
  const all = new Set(chunks.keys());
  return { initial: gzip(seen), withLocales: gzip(all) };
}

async function sizes() {
  // Always from a fresh build: a stale dist/ would print old figures.
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const rows = [];
  const bundle = readFileSync(join(root, 'dist/bundle/coprod.js'));
  rows.push(['drop-in bundle (all elements, Lit, en + nl)', kB(gzipSync(bundle, { level: 9 }).length), '≤ 35 kB']);
  for (const [name, input] of Object.entries(elementEntries)) {
    const size = await entrySize(join(root, input));
    rows.push([`entry "${name}" with Lit (en; + nl chunk)`, `${kB(size.initial)} (${kB(size.withLocales)})`, '≤ 14 kB']);
  }
  return rows;
}

async function buildBenchPage() {
  // `npm run bench -- ladder radar` runs only the suites whose file names contain a word given.
  const only = process.argv.slice(2);
  const suites = readdirSync(join(root, 'bench'))
    .filter((file) => file.endsWith('.bench.ts') && (!only.length || only.some((word) => file.includes(word))))
    .sort();
  const entry = [
    `import '../src/index.ts';`,
    `import { runSuites } from '../bench/harness.ts';`,
    ...suites.map((file, i) => `import { suite as s${i} } from '../bench/${file}';`),
    `window.runBenchmarks = () => runSuites([${suites.map((_, i) => `s${i}`).join(', ')}]);`,
  ].join('\n');
  writeFileSync(join(out, 'entry.ts'), entry);
  const build = await rollup({ input: join(out, 'entry.ts'), plugins: plugins(), onwarn: () => {} });
  await build.write({ dir: out, format: 'es', entryFileNames: 'bench.js', chunkFileNames: '[name]-[hash].js' });
  await build.close();
  writeFileSync(join(out, 'index.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><title>coprod bench</title><body style="width:1200px"><script type="module" src="./bench.js"></script></body></html>`);
}

function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!path.startsWith(dir) || !existsSync(path)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

function table(rows, header) {
  const widths = header.map((_, i) => Math.max(header[i].length, ...rows.map((row) => String(row[i] ?? '').length)));
  const line = (row) => row.map((cell, i) => String(cell ?? '').padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

console.log('\nSizes (minified, gzip -9)\n');
table(await sizes(), ['what', 'gzip', 'target']);
console.log('\nDrop-in files (minified)\n');
table(dropInSizes(root), ['what', 'gzip', 'brotli', 'target']);

await buildBenchPage();
const server = await serve(out);
const executablePath = process.env.CHROME_PATH || findChromium();
if (!executablePath) {
  console.error('No Chromium found: run `npm test` once (it installs it) or set CHROME_PATH.');
  process.exit(1);
}
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  await page.waitForFunction('typeof window.runBenchmarks === "function"');
  const figures = await page.evaluate(() => window.runBenchmarks());
  // A page with one exercise: autoloader + that element's file vs the full bundle.
  for (const [kind, html] of Object.entries(loadPages)) writeFileSync(join(out, `load-${kind}.html`), html('coprod-ladder'));
  const site = await serve(root);
  try {
    const rows = await loadTimings(browser, (kind) => `http://127.0.0.1:${site.address().port}/.bench/load-${kind}.html`);
    console.log('\nPage with one ladder, CPU throttled 4× (medians, ms)\n');
    table(rows, ['page', 'first render', 'main-thread tasks', 'longest task', 'n']);
  } finally {
    site.close();
  }
  console.log('\nTimings in headless Chromium (production Lit), ms\n');
  table(
    figures.map((f) => [f.suite, f.scenario, f.median.toFixed(2), f.p95.toFixed(2), f.samples, f.target ?? '']),
    ['element', 'scenario', 'median', 'p95', 'n', 'target'],
  );
} finally {
  await browser.close();
  server.close();
}

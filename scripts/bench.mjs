#!/usr/bin/env node
// `npm run bench`: prints sizes (gzip) and timings measured in headless Chromium against
// the production build of Lit. Figures are printed, never asserted.
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import puppeteer from 'puppeteer-core';
import { d3PureCurves, elementEntries, minifiedTemplates, terserOptions } from '../rollup.config.js';
import { localeTables } from './locale-tables.mjs';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { dropInSizes, loadPages, loadTimings } from './bench-load.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.bench');
mkdirSync(out, { recursive: true });
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const plugins = (minify = true) => [d3PureCurves(), minifiedTemplates(), nodeResolve(), esbuild({ target: 'es2021', tsconfig: join(root, 'tsconfig.json') }), ...(minify ? [terser({ format: { comments: false } })] : [])];

// As rollup.config.js builds the package: numbered messages, the same terser settings.
const sizePlugins = () => [d3PureCurves(), minifiedTemplates(), nodeResolve(), esbuild({ target: 'es2021', tsconfig: join(root, 'tsconfig.json') }), localeTables(), terser(terserOptions)];

async function entrySize(input) {
  const build = await rollup({ input, plugins: sizePlugins(), onwarn: () => {} });
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
  rows.push(['drop-in bundle (all elements, Lit, en + nl)', kB(gzipSync(bundle, { level: 9 }).length), '≤ 58 kB']);
  const roomBundle = readFileSync(join(root, 'dist/bundle/coprod-room.js'));
  rows.push(['room drop-in coprod-room.js (Lit, Yjs, sync client, en + nl)', kB(gzipSync(roomBundle, { level: 9 }).length), '']);
  for (const [name, input] of Object.entries(elementEntries)) {
    const size = await entrySize(join(root, input));
    // For information: the target is the page with one exercise (autoload.js + its drop-in file, ≤ 22 kB), in the next table.
    rows.push([`entry "${name}" with Lit (en; + nl chunk)`, `${kB(size.initial)} (${kB(size.withLocales)})`, '']);
  }
  return rows;
}

async function buildBenchPage() {
  // `npm run bench -- ladder radar` runs only the suites whose file names contain a word given.
  const suites = readdirSync(join(root, 'bench'))
    .filter((file) => file.endsWith('.bench.ts') && !floorOnly && (!only.length || only.some((word) => file.includes(word))))
    .sort();
  const entry = [
    `import '../src/index.ts';`,
    `import { runSuites } from '../bench/harness.ts';`,
    `import '../bench/floor.ts';`,
    ...suites.map((file, i) => `import { suite as s${i} } from '../bench/${file}';`),
    `window.runBenchmarks = () => runSuites([${suites.map((_, i) => `s${i}`).join(', ')}]);`,
  ].join('\n');
  writeFileSync(join(out, 'entry.ts'), entry);
  const build = await rollup({ input: join(out, 'entry.ts'), plugins: plugins(), onwarn: () => {} });
  await build.write({ dir: out, format: 'es', entryFileNames: 'bench.js', chunkFileNames: '[name]-[hash].js' });
  await build.close();
  writeFileSync(join(out, 'index.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><title>coprod bench</title><body style="width:1200px">${PROBE_SCRIPT}<script type="module" src="./bench.js"></script></body></html>`);
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

// `--floor`: only the comparison with the floor (no sizes, no in-page suites).
const floorOnly = process.argv.includes('--floor');
const only = process.argv.slice(2).filter((word) => word !== '--floor');
const wanted = (name) => !only.length || only.some((word) => name.includes(word));
const ms = (value) => (value < 16 && value > 0 ? value.toFixed(1) : value.toFixed(0));
const ratio = (ours, floor) => (floor > 0 ? `${(ours / floor).toFixed(2)}×` : '–');
const rates = [1, 4];

/** A fresh page on the bench, its CPU slowed `rate` times (1: not). */
async function openPage(url, rate) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.waitForFunction('typeof window.benchFloor === "object"');
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { page, cdp };
}

// Main-thread work of typing, read from a Chromium trace. Script: JavaScript callbacks and the
// microtasks after them (where Lit renders; CDP's ScriptDuration leaves microtasks out, and the
// trace has them only with the `v8.execute` category), without the bench's own wait for the next
// paint and its Event Timing observer (PROBE_SCRIPT, and the microtasks after them). Timer and
// idle callbacks count by the JavaScript they call: the observer's delivery is an idle task that
// calls none while no keystroke takes 16 ms. Main thread: every task (script, style, layout,
// paint). Both per keystroke, deferred saves included.
const TYPING_TRACE = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/**
 * The bench page's own script (index.html): its wait for the next paint (animation frames and a
 * message) and its Event Timing observer, kept out of bench.js so the trace can tell them apart.
 */
const PROBE_SCRIPT = `<script>
{
let entries = [];
let observer;
window.benchProbe = {
  nextPaint: () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); done(); };
    channel.port2.postMessage(undefined);
  }))),
  watchEvents() {
    entries = [];
    observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
    observer.observe({ type: 'event', durationThreshold: 16 });
  },
  takeEvents() {
    entries.push(...(observer?.takeRecords() ?? []));
    observer?.disconnect();
    return entries;
  },
};
}
</script>`;

/** Total length of the union of [start, end] intervals (nested trace events count once). */
function unionLength(intervals) {
  let total = 0;
  let end = -Infinity;
  for (const [start, stop] of intervals.sort((a, b) => a[0] - b[0])) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

function typingWork(traceBytes, keystrokes) {
  const trace = JSON.parse(Buffer.from(traceBytes).toString('utf8'));
  const events = trace.traceEvents ?? trace;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const complete = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const keydowns = complete.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (!keydowns.length) return { script: NaN, main: NaN };
  const thread = `${keydowns[0].pid}:${keydowns[0].tid}`;
  const from = Math.min(...keydowns.map((e) => e.ts));
  // In time order, a task before what runs in it (they may start in the same microsecond).
  const mine = complete.filter((e) => `${e.pid}:${e.tid}` === thread && e.ts >= from).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // A microtask checkpoint belongs to the callback that ran just before it in the same task.
  const script = [];
  let afterProbe = false;
  for (const e of mine) {
    if (e.name === 'RunTask') afterProbe = false;
    else if (e.name === 'FunctionCall') {
      afterProbe = /\/index\.html$/.test(e.args?.data?.url ?? '');
      if (!afterProbe) script.push([e.ts, e.ts + e.dur]);
    } else if (e.name === 'RunMicrotasks' && !afterProbe) script.push([e.ts, e.ts + e.dur]);
  }
  const main = mine.filter((e) => e.name === 'RunTask').map((e) => [e.ts, e.ts + e.dur]);
  return { script: unionLength(script) / 1000 / keystrokes, main: unionLength(main) / 1000 / keystrokes };
}

/**
 * Ours against the floor (the same DOM and stylesheets without Lit), side by side in one run,
 * unthrottled and with the CPU throttled 4× (a low-end phone).
 */
async function againstTheFloor(url) {
  const { page: capturePage } = await openPage(url, 1);
  const names = await capturePage.evaluate(() => window.benchFloor.states);
  const typingNames = (await capturePage.evaluate(() => window.benchFloor.typing)).filter(wanted);
  const floors = {};
  for (const name of names) floors[name] = await capturePage.evaluate((n) => window.benchFloor.capture(n), name);
  await capturePage.close();

  // Typing one character: Event Timing (what INP measures) and the work per keystroke from a trace.
  const KEYS = 30;
  const typingRows = [];
  for (const rate of rates) {
    for (const name of typingNames) {
      const result = {};
      for (const variant of ['ours', 'floor']) {
        const { page } = await openPage(url, rate);
        const key = await page.evaluate((n, v, f) => window.benchFloor.setupTyping(n, v, f), name, variant, floors[name]);
        await page.evaluate(() => window.benchProbe.nextPaint());
        await page.tracing.start({ categories: TYPING_TRACE });
        for (let i = 0; i < KEYS; i++) {
          await page.keyboard.press(key === 'letter' ? 'abcdefghijklmnopqrstuvwxyz'[i % 26] : key);
          await page.evaluate(() => window.benchProbe.nextPaint());
        }
        // Long enough for a save that waits until typing pauses (then an idle moment).
        await page.evaluate(() => new Promise((done) => setTimeout(done, 1000)));
        const work = typingWork(await page.tracing.stop(), KEYS);
        const durations = await page.evaluate((k) => window.benchFloor.finishTyping(k), KEYS);
        result[variant] = { durations, ...work };
        await page.close();
      }
      const o = result.ours;
      const f = result.floor;
      typingRows.push([
        name,
        `${rate}×`,
        eventMs(median(o.durations)),
        eventMs(Math.max(...o.durations)),
        o.durations.filter((d) => d > 200).length,
        eventMs(median(f.durations)),
        eventMs(Math.max(...f.durations)),
        ms(o.script),
        ms(f.script),
        ratio(o.script, f.script),
        ms(o.main),
        ms(f.main),
        ratio(o.main, f.main),
        rate === 4 ? 'median ≤ 100, none > 200, script ≤ 1.5×' : '≤ 16',
      ]);
    }
  }
  if (typingRows.length) {
    console.log(`\nTyping one character (${KEYS} keystrokes; Event Timing duration in ms, "<16" = under the 16 ms threshold; from a trace, ms per keystroke, deferred saves included: script = JavaScript and the microtasks after it, main = every main-thread task)\n`);
    table(typingRows, ['scenario', 'cpu', 'ours median', 'ours worst', '> 200', 'floor median', 'floor worst', 'ours script', 'floor script', 'script ratio', 'ours main', 'floor main', 'main ratio', 'target']);
  }

  // First render: cold (the first instance on a fresh page) and warm, against the floor.
  const renderRows = [];
  const COLD = 5;
  const coldNames = names.filter((name) => name.startsWith('coprod-') && wanted(name));
  for (const rate of rates) {
    for (const name of coldNames) {
      const ours = [];
      const floor = [];
      for (let i = 0; i < COLD; i++) {
        let { page } = await openPage(url, rate);
        ours.push(await page.evaluate((n) => window.benchFloor.coldOurs(n), name));
        await page.close();
        ({ page } = await openPage(url, rate));
        floor.push(await page.evaluate((f) => window.benchFloor.coldFloor(f), floors[name]));
        await page.close();
      }
      renderRows.push([name, 'cold first instance', `${rate}×`, ms(median(ours)), ms(median(floor)), ratio(median(ours), median(floor)), '≤ 2×']);
    }
  }
  for (const rate of rates) {
    const { page } = await openPage(url, rate);
    for (const name of names.filter(wanted)) {
      const result = await page.evaluate((n, f) => window.benchFloor.warm(n, f), name, floors[name]);
      renderRows.push([name, 'warm first render', `${rate}×`, ms(result.ours), ms(result.floor), ratio(result.ours, result.floor), '≤ 1.3×']);
    }
    await page.close();
  }
  if (renderRows.length) {
    console.log('\nFirst render against the floor (same DOM and stylesheets without Lit), median ms\n');
    table(renderRows, ['state', 'kind', 'cpu', 'ours', 'floor', 'ratio', 'target']);
  }

  // The radar chart alone against the same SVG as static markup (Chart.js: see the table above).
  if (wanted('radar chart')) {
    const chartRows = [];
    for (const rate of rates) {
      const { page } = await openPage(url, rate);
      for (const readings of [1, 10]) {
        const result = await page.evaluate((r) => window.benchFloor.chart(r), readings);
        chartRows.push([`radar chart, ${readings} reading(s)`, `${rate}×`, ms(result.ours), ms(result.floor), ratio(result.ours, result.floor), '≤ 1.2×']);
      }
      await page.close();
    }
    console.log('\nThe radar chart alone against the same SVG as static markup, median ms per chart\n');
    table(chartRows, ['chart', 'cpu', 'ours', 'static SVG', 'ratio', 'target']);
  }

  if (wanted('long task')) {
    const longRows = [];
    for (const rate of rates) {
      const { page } = await openPage(url, rate);
      const longest = [];
      for (let i = 0; i < 5; i++) longest.push(await page.evaluate(() => window.benchFloor.longestTask()));
      longRows.push(['all elements filled on one page', `${rate}×`, ms(median(longest)), ms(Math.max(...longest)), rate === 1 ? 'no task > 50 ms' : 'report']);
      await page.close();
    }
    console.log('\nLongest long task while all elements render (0 = none over 50 ms), ms\n');
    table(longRows, ['page', 'cpu', 'median of 5', 'worst of 5', 'target']);
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function eventMs(value) {
  return value < 16 ? '<16' : value.toFixed(0);
}

if (!floorOnly) {
  console.log('\nSizes (minified, gzip -9)\n');
  table(await sizes(), ['what', 'gzip', 'target']);
  console.log('\nDrop-in files (minified)\n');
  table(dropInSizes(root), ['what', 'gzip', 'brotli', 'target']);
}

// Node benches (bench/*.bench.mjs, e.g. rooms: real server process, Node clients), filtered like the suites above.
for (const file of readdirSync(join(root, 'bench')).filter((name) => !floorOnly && name.endsWith('.bench.mjs') && (!only.length || only.some((word) => name.includes(word)))).sort()) {
  const result = spawnSync(process.execPath, [join(root, 'bench', file)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) console.error(`${file} failed (${result.signal ?? result.status})`);
}

await buildBenchPage();
const server = await serve(out);
// The room suite measures through a real room server on loopback (scripts/room-fixtures.mjs).
let roomServer;
let roomQuery = '';
if (existsSync(join(out, 'entry.ts')) && readFileSync(join(out, 'entry.ts'), 'utf8').includes('room.bench.ts')) {
  try {
    const { startRoomServer } = await import('./room-fixtures.mjs');
    roomServer = await startRoomServer({ token: 'bench' });
    roomQuery = `?roomServer=${encodeURIComponent(roomServer.url)}&roomToken=bench`;
  } catch (error) {
    console.error(`The room server did not start, so the room figures are left out: ${error.message.split('\n')[0]}`);
  }
}
const executablePath = process.env.CHROME_PATH || findChromium();
if (!executablePath) {
  console.error('No Chromium found: run `npm test` once (it installs it) or set CHROME_PATH.');
  process.exit(1);
}
// No protocol timeout: on a busy machine the whole in-page suite takes minutes.
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs, protocolTimeout: 0 });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html${roomQuery}`);
  await page.waitForFunction('typeof window.runBenchmarks === "function"');
  if (!floorOnly) {
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
  }
  await page.close();
  await againstTheFloor(`http://127.0.0.1:${server.address().port}/index.html`);
} finally {
  await browser.close();
  server.close();
  await roomServer?.stop();
}

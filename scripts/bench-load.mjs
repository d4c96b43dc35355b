// Page-load figures for `npm run bench`: a page with one exercise, loaded through the
// autoloader (autoload.js + that element's file) or through the full bundle (coprod.js).
// Bytes as gzip and brotli; main-thread time to first render with the CPU throttled 4×
// (CDP Emulation.setCPUThrottlingRate), total main-thread task time and the longest task.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { builtElements, bundleName, dropInFiles } from './elements.mjs';

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) => brotliCompressSync(buffer).length;

/** Rows of [what, gzip, brotli, target] for the drop-in files. */
export function dropInSizes(root) {
  const bundleDir = join(root, 'dist/bundle');
  const read = (file) => readFileSync(join(bundleDir, file));
  const sum = (files, measure) => files.reduce((total, file) => total + measure(read(file)), 0);
  const loader = read('autoload.js');
  const full = read('coprod.js');
  const rows = [
    ['full bundle coprod.js (all elements, Lit, en + nl)', kB(gzip(full)), kB(brotli(full)), '≤ 58 kB'],
    ['autoload.js alone', kB(gzip(loader)), kB(brotli(loader)), 'a few kB'],
  ];
  for (const element of builtElements) {
    // What the page loads before the element renders: the loader, the file and its static imports.
    const { first, later } = dropInFiles(bundleDir, bundleName(element));
    const what = first.length > 1 ? `${first.join(' + ')}` : `${bundleName(element)}.js`;
    rows.push([`autoload.js + ${what} (Lit, en + its nl)`, kB(gzip(loader) + sum(first, gzip)), kB(brotli(loader) + sum(first, brotli)), '≤ 22 kB']);
    if (later.length) {
      const parts = later.map((file) => posix.basename(file).replace(/-[\w-]{8}\.js$/, '')).join(', ');
      rows.push([`  + on first use, not counted above: ${parts}`, `+${kB(sum(later, gzip))}`, `+${kB(sum(later, brotli))}`, '']);
    }
  }
  return rows;
}

const probe = (tag) => `<script>
window.__longest = 0;
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration); }).observe({ type: 'longtask', buffered: true });
customElements.whenDefined('${tag}').then(() => document.querySelector('${tag}').updateComplete).then(() => requestAnimationFrame(() => { window.__rendered = performance.now(); }));
</script>`;

export const loadPages = {
  autoload: (tag) => `<!doctype html><html lang="nl"><meta charset="utf-8"><title>autoload</title>${probe(tag)}<script type="module" src="/dist/bundle/autoload.js"></script><body><${tag}></${tag}></body></html>`,
  full: (tag) => `<!doctype html><html lang="nl"><meta charset="utf-8"><title>full</title>${probe(tag)}<script type="module" src="/dist/bundle/coprod.js"></script><body><${tag}></${tag}></body></html>`,
};

/**
 * Loads each page `runs` times in a fresh tab with the CPU throttled 4× and returns rows of
 * [page, median ms to first render, median main-thread task ms, median longest task ms].
 * `url(kind, tag)` gives the address of a page served from `loadPages`.
 */
export async function loadTimings(browser, url, { tag = 'coprod-ladder', runs = 7 } = {}) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const rows = [];
  for (const kind of Object.keys(loadPages)) {
    const rendered = [];
    const busy = [];
    const longest = [];
    for (let run = 0; run <= runs; run++) {
      const page = await browser.newPage();
      await page.setCacheEnabled(false);
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const before = await cdp.send('Performance.getMetrics');
      await page.goto(url(kind, tag), { waitUntil: 'load' });
      await page.waitForFunction('window.__rendered !== undefined', { timeout: 60_000 });
      const after = await cdp.send('Performance.getMetrics');
      const metric = (metrics, name) => metrics.metrics.find((entry) => entry.name === name)?.value ?? 0;
      const figures = await page.evaluate(() => ({ rendered: window.__rendered, longest: window.__longest }));
      await page.close();
      if (run === 0) continue; // the first run warms the server and the disk cache of the machine
      rendered.push(figures.rendered);
      longest.push(figures.longest);
      busy.push((metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000);
    }
    rows.push([kind === 'autoload' ? `autoload.js + ${tag}` : `coprod.js with one ${tag}`, median(rendered).toFixed(0), median(busy).toFixed(0), median(longest).toFixed(0), runs]);
  }
  return rows;
}

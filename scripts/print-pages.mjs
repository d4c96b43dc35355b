#!/usr/bin/env node
// `npm run print:pages`: prints every exercise (blank and filled, en and nl) to PDF through
// test/print.test.ts, then turns each page into a PNG (Debian's poppler-utils, `pdftoppm`),
// all in .print/ (not in git), so a person can look at the paper sheets.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const out = '.print';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
spawnSync('npx', ['lit-localize', 'build'], { stdio: 'inherit' });
const run = spawnSync('npx', ['web-test-runner', 'test/print.test.ts', '--config', 'web-test-runner.config.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, PRINT_OUT: out, CHROME_PATH: process.env.CHROME_PATH || findChromium() },
});
if (spawnSync('sh', ['-c', 'command -v pdftoppm'], { stdio: 'ignore' }).status !== 0) {
  console.log(`PDFs are in ${out}/. For PNGs install poppler-utils (apt-get install -y poppler-utils) and run this again.`);
} else {
  for (const file of readdirSync(out).filter((name) => name.endsWith('.pdf'))) {
    spawnSync('pdftoppm', ['-r', '60', '-png', `${out}/${file}`, `${out}/${file.slice(0, -4)}`], { stdio: 'inherit' });
  }
  console.log(`PDFs and PNGs of every page are in ${out}/.`);
}
process.exit(run.status ?? 1);

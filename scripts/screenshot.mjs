#!/usr/bin/env node
// Takes a full-page screenshot of a URL in headless Chromium, optionally in dark scheme,
// forced colours or reduced motion, to look at what people see.
// Usage: node scripts/screenshot.mjs URL OUT.png [--width=1300] [--dark] [--forced] [--reduced-motion]
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium.mjs';

const [url, out, ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [--width=1300] [--dark] [--forced] [--reduced-motion]');
  process.exit(2);
}
const width = Number(flags.find((flag) => flag.startsWith('--width='))?.split('=')[1] ?? 1300);
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || findChromium(), headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  // Through CDP: puppeteer's own helper does not know forced-colors.
  const session = await page.createCDPSession();
  await session.send('Emulation.setEmulatedMedia', { features: [
    { name: 'prefers-color-scheme', value: flags.includes('--dark') ? 'dark' : 'light' },
    { name: 'forced-colors', value: flags.includes('--forced') ? 'active' : 'none' },
    { name: 'prefers-reduced-motion', value: flags.includes('--reduced-motion') ? 'reduce' : 'no-preference' },
  ] });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}

#!/usr/bin/env node
// Fills missing <target>s in locales/<locale>.xlf from a JSON file of translations.
// Keys are English source texts with placeholders written {0}, {1}, … (the <x id="N"/> of
// the source); values are the translations, using the same {N}. Existing targets are kept
// unless --overwrite is given. Usage: node scripts/xliff-fill.mjs nl translations.json
import { readFileSync, writeFileSync } from 'node:fs';

const [locale, file, flag] = process.argv.slice(2);
if (!locale || !file) {
  console.error('usage: node scripts/xliff-fill.mjs <locale> <translations.json> [--overwrite]');
  process.exit(2);
}
const overwrite = flag === '--overwrite';
const path = `locales/${locale}.xlf`;
const translations = JSON.parse(readFileSync(file, 'utf8'));
const xml = readFileSync(path, 'utf8');
const placeholder = /<x id="(\d+)"[^>]*\/>/g;
const decode = (text) => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const encode = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let filled = 0;
const missing = [];
const result = xml.replace(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?\s*<\/trans-unit>/g, (unit, id, source, target) => {
  if (target && !overwrite) return unit;
  const elements = {};
  const key = decode(source.replace(placeholder, (element, n) => ((elements[n] = element), `{${n}}`)));
  const translation = translations[key];
  if (translation === undefined) {
    if (!target) missing.push(key);
    return unit;
  }
  filled++;
  const body = encode(translation).replace(/\{(\d+)\}/g, (_, n) => elements[n] ?? `{${n}}`);
  return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${body}</target>\n</trans-unit>`;
});
writeFileSync(path, result);
console.log(`${path}: filled ${filled}; still without a translation: ${missing.length}`);
for (const key of missing) console.log(`  ${JSON.stringify(key)}`);

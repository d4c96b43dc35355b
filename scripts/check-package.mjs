// After `npm run build`: every path in package.json "exports" exists, the bundle and the
// drop-in files have no bare imports (and their chunks import nothing), and every element's
// entry is listed as having side effects (it registers the tag).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtElements, bundleName, importsOf } from './elements.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!existsSync(file)) problems.push(`exports["${subpath}"] → ${file} does not exist`);
  }
}
// The full bundle and every element's drop-in file are self-contained: no bare imports, and
// the only files a drop-in file imports are its chunks (parts loaded on first use), which
// exist and import nothing themselves. The full bundle is one file.
const lazyChunks = new Set();
const isBare = (specifier) => !specifier.startsWith('.') && !specifier.startsWith('/');
for (const file of ['dist/bundle/coprod.js', ...builtElements.map((element) => `dist/bundle/${bundleName(element)}.js`)]) {
  if (!existsSync(file)) {
    problems.push(`${file} was not built`);
    continue;
  }
  const imports = importsOf(readFileSync(file, 'utf8'));
  if ([...imports.static, ...imports.dynamic].some(isBare)) problems.push(`${file} has a bare import`);
  if (imports.static.length) problems.push(`${file} imports another file statically`);
  for (const target of imports.dynamic) {
    if (file.endsWith('/coprod.js')) problems.push(`dist/bundle/coprod.js is not one file: it imports ${target}`);
    else if (!/^\.\/chunks\/[\w.-]+\.js$/.test(target)) problems.push(`${file} imports ${target}, not a chunk of its own`);
    else lazyChunks.add(join(dirname(file), target));
  }
}
for (const chunk of lazyChunks) {
  if (!existsSync(chunk)) problems.push(`${chunk} (a lazy part of a drop-in file) was not built`);
  else {
    const code = readFileSync(chunk, 'utf8');
    // Any import(), also of a computed name.
    if (importsOf(code).static.length || /(?<![\w$."'])import\s*\(/.test(code)) problems.push(`${chunk} imports something: a lazy part must import nothing`);
  }
}
// The main bundle holds nothing of Yjs or the sync client: that belongs in coprod-room.js.
if (/Yjs was already imported|Hocuspocus|indexeddb/i.test(readFileSync('dist/bundle/coprod.js', 'utf8'))) problems.push('the main bundle contains Yjs or the room client');
for (const entry of Object.keys(pkg.exports).filter((key) => !['.', './bundle', './bundle/autoload', './bundle/room', './jsx', './vue', './svelte', './preact', './solid', './custom-elements.json', './tokens.json', './package.json'].includes(key))) {
  const file = pkg.exports[entry].default;
  if (!/defineElement\(\s*['"]coprod-/.test(readFileSync(file, 'utf8'))) problems.push(`${file} does not register its element itself (sideEffects would let bundlers drop it)`);
}
if (!existsSync(pkg.customElements)) problems.push(`${pkg.customElements} (customElements) does not exist`);
if (problems.length) {
  console.error(`package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package check: ${Object.keys(pkg.exports).length} exports resolve, bundle self-contained, ${lazyChunks.size} lazy chunk(s) of the drop-in files import nothing`);

// After `npm run build`: every path in package.json "exports" exists, the bundle has no bare
// imports, and every element's entry is listed as having side effects (it registers the tag).
import { existsSync, readFileSync } from 'node:fs';
import { builtElements, bundleName } from './elements.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!existsSync(file)) problems.push(`exports["${subpath}"] → ${file} does not exist`);
  }
}
// The full bundle and every element's drop-in file are self-contained.
for (const file of ['dist/bundle/coprod.js', ...builtElements.map((element) => `dist/bundle/${bundleName(element)}.js`)]) {
  if (!existsSync(file)) {
    problems.push(`${file} was not built`);
    continue;
  }
  const bundle = readFileSync(file, 'utf8');
  if (/\bfrom\s*["'][^./]/.test(bundle) || /\bimport\s*\(\s*["'`][^./]/.test(bundle)) problems.push(`${file} has a bare import`);
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
console.log(`package check: ${Object.keys(pkg.exports).length} exports resolve, bundle self-contained`);

// After `npm run build`: every path in package.json "exports" exists, the bundle has no bare
// imports, and every element's entry is listed as having side effects (it registers the tag).
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!existsSync(file)) problems.push(`exports["${subpath}"] → ${file} does not exist`);
  }
}
const bundle = readFileSync('dist/bundle/coprod.js', 'utf8');
if (/\bfrom\s*["'][^./]/.test(bundle) || /\bimport\s*\(\s*["'`][^./]/.test(bundle)) problems.push('the bundle has a bare import');
// The room's drop-in file is self-contained too; the main bundle holds nothing of Yjs or the sync client.
const roomBundle = readFileSync('dist/bundle/coprod-room.js', 'utf8');
if (/\bfrom\s*["'][^./]/.test(roomBundle) || /\bimport\s*\(\s*["'`][^./]/.test(roomBundle)) problems.push('the room bundle has a bare import');
if (/Yjs was already imported|Hocuspocus|indexeddb/i.test(bundle)) problems.push('the main bundle contains Yjs or the room client (it belongs in coprod-room.js)');
for (const entry of Object.keys(pkg.exports).filter((key) => !['.', './bundle', './bundle/room', './jsx', './vue', './custom-elements.json', './package.json'].includes(key))) {
  const file = pkg.exports[entry].default;
  if (!/defineElement\(\s*['"]coprod-/.test(readFileSync(file, 'utf8'))) problems.push(`${file} does not register its element itself (sideEffects would let bundlers drop it)`);
}
if (!existsSync(pkg.customElements)) problems.push(`${pkg.customElements} (customElements) does not exist`);
if (problems.length) {
  console.error(`package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package check: ${Object.keys(pkg.exports).length} exports resolve, bundle self-contained`);

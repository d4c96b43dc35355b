// The one table of elements. Everything per element is derived from it: the npm entry
// points (dist/<name>.js), the drop-in files (dist/bundle/<bundle>.js) and the autoloader's
// map of tags to files. A new element is one line here.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {{ tag: string, name: string, entry: string, bundle?: string }[]} */
export const elements = [
  { tag: 'coprod-ladder', name: 'ladder', entry: 'src/ladder/define.ts' },
  { tag: 'coprod-profile-card', name: 'profile-card', entry: 'src/profile-card/define.ts' },
  { tag: 'coprod-opportunity-card', name: 'opportunity-card', entry: 'src/opportunity/define-card.ts' },
  { tag: 'coprod-opportunity-board', name: 'opportunity-board', entry: 'src/opportunity/define-board.ts' },
  { tag: 'coprod-support-circle', name: 'support-circle', entry: 'src/support-circle/define.ts' },
  { tag: 'coprod-readiness-radar', name: 'readiness-radar', entry: 'src/readiness-radar/define.ts' },
  { tag: 'coprod-action-plan', name: 'action-plan', entry: 'src/action-plan/define.ts' },
  { tag: 'coprod-gratitude', name: 'gratitude', entry: 'src/gratitude/define.ts' },
  // The room is not an exercise; its drop-in file keeps the name the contract gives it.
  { tag: 'coprod-room', name: 'room', entry: 'src/room/define.ts', bundle: 'coprod-room' },
];

/** The drop-in file name (without `.js`) of an element. */
export const bundleName = (element) => element.bundle ?? element.name;

/** The elements whose source is in this checkout (an element may arrive from another branch later). */
export const builtElements = elements.filter((element) => existsSync(`${root}/${element.entry}`));

/** Tag → drop-in file beside the autoloader, for every element in the table. */
export const autoloadFiles = Object.fromEntries(elements.map((element) => [element.tag, `./${bundleName(element)}.js`]));

/**
 * What a built module imports: `static` (`import"x"`, `import{a}from"x"`, `export*from"x"`)
 * and `dynamic` (`import("x")`) specifiers. The lookbehind skips the word in strings and names.
 */
export function importsOf(code) {
  const specifiers = (pattern) => [...code.matchAll(pattern)].map((match) => match[1]);
  return {
    static: specifiers(/(?<![\w$."'])(?:import|from)\s*["']([^"']+)["']/g),
    dynamic: specifiers(/(?<![\w$."'])import\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
  };
}

/**
 * The files a drop-in file brings: `first`, what a page loads before the element can render
 * (the file and what it imports statically), and `later`, the chunks it imports on first use
 * (reading aloud), with what those import. Paths relative to `bundleDir` (dist/bundle).
 */
export function dropInFiles(bundleDir, name) {
  const first = [];
  const later = [];
  const visit = (file, lazy) => {
    if (first.includes(file) || later.includes(file)) return;
    (lazy ? later : first).push(file);
    const imports = importsOf(readFileSync(join(bundleDir, file), 'utf8'));
    const relative = (target) => posix.join(posix.dirname(file), target);
    for (const target of imports.static.filter((target) => target.startsWith('.'))) visit(relative(target), lazy);
    for (const target of imports.dynamic.filter((target) => target.startsWith('.'))) visit(relative(target), true);
  };
  visit(`${name}.js`, false);
  return { first, later: later.filter((file) => !first.includes(file)) };
}

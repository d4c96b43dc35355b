// The one table of elements. Everything per element is derived from it: the npm entry
// points (dist/<name>.js), the drop-in files (dist/bundle/<bundle>.js) and the autoloader's
// map of tags to files. A new element is one line here.
import { existsSync } from 'node:fs';
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

import { newItemId } from '../core/ids.js';
import { NAME_LIMIT } from '../core/limits.js';
import { pointer, today, type StateSchema } from '../core/validate.js';
import { diaryPromptIds, gratitudeModes, type GoodThing, type GratitudeDiary, type GratitudeState } from './gratitude.types.js';

/** The exercise asks for three good things; fewer is fine, more is not the exercise. */
export const MAX_GOOD_THINGS = 3;

function emptyDiary(): GratitudeDiary {
  return { achieved: '', learned: '', people: '', partOf: '' };
}

/** Three empty good things (`g1`–`g3`), today's date, the start-of-meeting mode. */
export function emptyGratitude(): GratitudeState {
  return {
    type: 'coprod-gratitude',
    version: 1,
    mode: 'three-good-things',
    date: today(),
    items: [1, 2, 3].map((n) => ({ id: `g${n}`, text: '', why: '' })),
    to: '',
    message: '',
    diary: emptyDiary(),
  };
}

/** An id for a new good thing, not used yet (`g2-k3x9`: see newItemId). */
export function nextGoodThingId(items: readonly GoodThing[]): string {
  return newItemId('g', items);
}

/** Good things with something written in them: what the read-only view and print show. */
export function writtenGoodThings(items: readonly GoodThing[]): GoodThing[] {
  return items.filter((item) => item.text.trim() || item.why.trim());
}

/**
 * Names from `coprod-support-circle` states (read through their public `value`), to offer
 * as the postcard's addressee: each name once, in circle order, blank names left out.
 * Anything that is not a circle's state is ignored, so a page without a circle gives none.
 */
export function namesFromCircles(values: readonly unknown[]): string[] {
  const names = new Set<string>();
  for (const value of values) {
    const people = (value as { people?: unknown } | null | undefined)?.people;
    if (!Array.isArray(people)) continue;
    for (const person of people) {
      const name = (person as { name?: unknown } | null)?.name;
      if (typeof name === 'string' && name.trim()) names.add(name.trim());
    }
  }
  return [...names];
}

export const gratitudeSchema: StateSchema<GratitudeState> = {
  type: 'coprod-gratitude',
  version: 1,
  empty: emptyGratitude,
  read(data, check) {
    const diaryData = data.diary === undefined ? {} : (check.object(data.diary, '/diary') ?? {});
    const diary = emptyDiary();
    for (const id of diaryPromptIds) diary[id] = check.text(diaryData[id], pointer('/diary', id));
    const items =
      data.items === undefined
        ? []
        : check.list(data.items, '/items', { max: MAX_GOOD_THINGS }).map((value, index) => {
            const path = pointer('/items', index);
            const item = check.object(value, path) ?? {};
            return { id: check.id(item.id, pointer(path, 'id')), text: check.text(item.text, pointer(path, 'text')), why: check.text(item.why, pointer(path, 'why')) };
          });
    check.uniqueIds(items, '/items');
    return {
      type: 'coprod-gratitude',
      version: 1,
      mode: data.mode === undefined ? 'three-good-things' : (check.oneOf(data.mode, gratitudeModes, '/mode') ?? 'three-good-things'),
      date: check.dateOrNull(data.date, '/date'),
      items,
      to: check.text(data.to, '/to', NAME_LIMIT),
      message: check.text(data.message, '/message'),
      diary,
    };
  },
};

/**
 * Three-way merge of two versions of one exercise state that grew apart from a common
 * base: this tab's and another tab's. Pure, no DOM.
 *
 * Objects merge field by field and lists of items with ids (people, actions, cards,
 * examples) merge by id, so edits to different fields or different items both stay.
 * Where both sides changed the same value differently, `theirs` (the version saved last)
 * wins, except that an item removed there but changed here is kept; either way the place
 * is reported as a conflict, so the caller can offer the other version as Undo.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface MergeResult<T> {
  value: T;
  /** JSON Pointers of the values both sides changed differently; `theirs` was kept there. */
  conflicts: string[];
}

const absent = Symbol('absent');
type Slot = Json | typeof absent;

function isObject(value: Slot): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: Slot, b: Slot): boolean {
  if (a === b) return true;
  if (a === absent || b === absent || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function idOf(item: Json): string | undefined {
  return isObject(item) && typeof item.id === 'string' ? item.id : undefined;
}

/** A list whose every item is an object with a unique string id. */
function isIdList(value: Slot): value is { [key: string]: Json }[] {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const item of value) {
    const id = idOf(item);
    if (id === undefined || ids.has(id)) return false;
    ids.add(id);
  }
  return true;
}

function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function mergeStates<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: string[] = [];
  const value = mergeSlot(base as Json, mine as Json, theirs as Json, '', conflicts);
  return { value: (value === absent ? theirs : value) as T, conflicts };
}

function mergeSlot(base: Slot, mine: Slot, theirs: Slot, path: string, conflicts: string[]): Slot {
  if (same(mine, theirs)) return mine;
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  if (isObject(mine) && isObject(theirs)) {
    return mergeObjects(isObject(base) ? base : {}, mine, theirs, path, conflicts);
  }
  if (isIdList(mine) && isIdList(theirs)) {
    return mergeIdLists(isIdList(base) ? base : [], mine, theirs, path, conflicts);
  }
  conflicts.push(path);
  // Removed there but changed here: keep the change, so nothing is dropped unseen.
  return theirs === absent ? mine : theirs;
}

function mergeObjects(
  base: { [key: string]: Json },
  mine: { [key: string]: Json },
  theirs: { [key: string]: Json },
  path: string,
  conflicts: string[],
): { [key: string]: Json } {
  const merged: { [key: string]: Json } = {};
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine)]);
  for (const key of keys) {
    const slot = mergeSlot(
      key in base ? base[key] : absent,
      key in mine ? mine[key] : absent,
      key in theirs ? theirs[key] : absent,
      `${path}/${escapeKey(key)}`,
      conflicts,
    );
    if (slot !== absent) merged[key] = slot;
  }
  return merged;
}

function mergeIdLists(
  base: { [key: string]: Json }[],
  mine: { [key: string]: Json }[],
  theirs: { [key: string]: Json }[],
  path: string,
  conflicts: string[],
): Json[] {
  const byId = (list: { [key: string]: Json }[]) => new Map(list.map((item) => [idOf(item)!, item]));
  const baseItems = byId(base);
  const mineItems = byId(mine);
  const theirItems = byId(theirs);
  const mergedItems = new Map<string, Json>();
  for (const id of new Set([...theirItems.keys(), ...mineItems.keys()])) {
    const slot = mergeSlot(
      baseItems.get(id) ?? absent,
      mineItems.get(id) ?? absent,
      theirItems.get(id) ?? absent,
      `${path}/${escapeKey(id)}`,
      conflicts,
    );
    if (slot !== absent) mergedItems.set(id, slot);
  }
  // Their order first; items only this side has go after the item they follow here.
  const order = theirs.map((item) => idOf(item)!).filter((id) => mergedItems.has(id));
  let previous: string | undefined;
  for (const item of mine) {
    const id = idOf(item)!;
    if (mergedItems.has(id) && !order.includes(id)) {
      const at = previous === undefined ? 0 : order.indexOf(previous) + 1;
      order.splice(at, 0, id);
    }
    if (order.includes(id)) previous = id;
  }
  return order.map((id) => mergedItems.get(id)!);
}

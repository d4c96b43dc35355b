/**
 * Exercise state (plain JSON) ↔ Yjs shared types, with no DOM. The mapping decides what
 * merges when two people edit at once:
 * - objects become `Y.Map`s: edits to different fields both stay;
 * - lists of objects with an `id` (people, actions, cards, examples, sections, readings, items)
 *   become a `Y.Array` of `Y.Map`s matched by id: edits to different items both stay, and an
 *   item added on one device and another added elsewhere both appear. Their order is a key in
 *   each item (`ORDER_KEY`, a fractional index), not their place in the array: moving an item
 *   changes only its key, so what someone types in it meanwhile stays, and two people moving
 *   one item at once leave one item, not two;
 * - lists of plain strings (a profile section's `items`) become a `Y.Array` of `Y.Text`s;
 * - free text becomes `Y.Text`, changed by a minimal diff (common start and end kept), so two
 *   people typing in one field merge character by character;
 * - ids, choices, dates, numbers, booleans and `null` stay plain values (last writer wins).
 *
 * `writeState` applies only the differences between the shared state and the new state;
 * `readState` gives plain JSON back.
 */
import * as Y from 'yjs';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * Keys whose string values are whole values, not text someone types in: ids, choices,
 * dates and data URLs. Two people setting one of them at once: the last one wins, as it should.
 */
export const ATOMIC_KEYS: ReadonlySet<string> = new Set([
  'id',
  'type',
  'ring',
  'rung',
  'status',
  'date',
  'when',
  'meeting',
  'model',
  'perspective',
  'tendency',
  'principle',
  'mode',
  'photo',
  'group',
]);

/**
 * Where an item of an id list stands: a fractional index (text that sorts between any two
 * others), kept in the item's map and never shown to the element. Items without one (rooms
 * written before it existed) keep their place in the array, after the ones with a key.
 */
export const ORDER_KEY = 'coprod:order';
/** Longer order keys are not read (not written by this code, which starts over at a quarter of it). */
const LONGEST_ORDER_KEY = 200;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list whose items are all objects with a string id, each id once: matched by id. */
function isIdList(list: readonly Json[]): list is JsonObject[] {
  if (!list.length) return false;
  const seen = new Set<string>();
  for (const item of list) {
    if (!isObject(item) || typeof item.id !== 'string' || seen.has(item.id)) return false;
    seen.add(item.id);
  }
  return true;
}

function isStringList(list: readonly Json[]): list is string[] {
  return list.length > 0 && list.every((item) => typeof item === 'string');
}

function isText(key: string, value: Json): value is string {
  return typeof value === 'string' && !ATOMIC_KEYS.has(key);
}

/** The smallest single replacement turning `before` into `after`: the common start and end are kept. */
export function textDiff(before: string, after: string): { index: number; remove: number; insert: string } {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair (an emoji): step back before a lone high surrogate.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Changes a `Y.Text` to `text` by the minimal diff. */
export function writeText(ytext: Y.Text, text: string): void {
  const before = ytext.toString();
  if (before === text) return;
  const { index, remove, insert } = textDiff(before, text);
  if (remove) ytext.delete(index, remove);
  if (insert) ytext.insert(index, insert);
}

/** A new shared type (or plain value) holding `value`, for a value stored under `key`. */
function toShared(key: string, value: Json): unknown {
  if (isText(key, value)) return new Y.Text(value);
  if (Array.isArray(value)) {
    if (isIdList(value)) {
      const list = new Y.Array<Y.Map<unknown>>();
      const keys = generateNKeysBetween(null, null, value.length);
      list.push(value.map((item, index) => withOrderKey(toSharedMap(item), keys[index])));
      return list;
    }
    if (isStringList(value)) {
      const list = new Y.Array<Y.Text>();
      list.push(value.map((text) => new Y.Text(text)));
      return list;
    }
    if (!value.length) return new Y.Array();
    return structuredClone(value);
  }
  if (isObject(value)) return toSharedMap(value);
  return value;
}

function withOrderKey(map: Y.Map<unknown>, key: string): Y.Map<unknown> {
  map.set(ORDER_KEY, key);
  return map;
}

/** An item's order key, when it has a usable one. */
function orderKeyOf(item: Y.Map<unknown>): string | null {
  const key = item.get(ORDER_KEY);
  return typeof key === 'string' && key.length <= LONGEST_ORDER_KEY && /^[0-9A-Za-z]+$/.test(key) ? key : null;
}

function toSharedMap(object: JsonObject): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(object)) {
    if (value !== undefined) map.set(key, toShared(key, value));
  }
  return map;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameJson(item, other[index]));
  }
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return aKeys.length === Object.keys(bRecord).length && aKeys.every((key) => key in bRecord && sameJson((a as Record<string, unknown>)[key], bRecord[key]));
}

/** Writes one value under `key` of `map`, changing only what differs. */
function writeValue(map: Y.Map<unknown>, key: string, value: Json, previous: Json | undefined): void {
  const existing = map.get(key);
  if (isText(key, value)) {
    if (existing instanceof Y.Text) writeText(existing, value);
    else map.set(key, new Y.Text(value));
    return;
  }
  if (Array.isArray(value)) {
    if (existing instanceof Y.Array && writeList(existing, value, previous)) return;
    if (!(existing instanceof Y.AbstractType) && sameJson(existing, value)) return;
    map.set(key, toShared(key, value));
    return;
  }
  if (isObject(value)) {
    if (existing instanceof Y.Map) writeState(existing, value, isObject(previous) ? previous : undefined);
    else map.set(key, toSharedMap(value));
    return;
  }
  if (existing instanceof Y.AbstractType || !sameJson(existing, value)) map.set(key, value);
}

/**
 * Brings a shared list in line with `list` in place; false when its kind changed
 * (then the caller replaces it whole).
 */
function writeList(shared: Y.Array<unknown>, list: Json[], previous: Json | undefined): boolean {
  const items = shared.toArray();
  if (!list.length) {
    if (shared.length) shared.delete(0, shared.length);
    return true;
  }
  if (isIdList(list)) {
    if (!items.every((item) => item instanceof Y.Map)) return false;
    if (!writeChangedItems(shared as Y.Array<Y.Map<unknown>>, list, previous)) writeIdList(shared as Y.Array<Y.Map<unknown>>, list);
    return true;
  }
  if (isStringList(list)) {
    if (!items.every((item) => item instanceof Y.Text)) return false;
    writeStringList(shared as Y.Array<Y.Text>, list);
    return true;
  }
  // Any other list is one plain value, replaced by the caller when it differs.
  return false;
}

/**
 * When the list has the same ids in the same order as `previous` (what the shared list held
 * last), writes only the items that are not the very object written last time: typing in one
 * action of 300 touches one action. False when ids were added, removed or moved.
 */
function writeChangedItems(shared: Y.Array<Y.Map<unknown>>, list: JsonObject[], previous: Json | undefined): boolean {
  if (!Array.isArray(previous) || previous.length !== list.length || shared.length !== list.length) return false;
  for (let index = 0; index < list.length; index++) {
    const before = previous[index];
    if (!isObject(before) || before.id !== list[index].id) return false;
  }
  let byId: Map<unknown, Y.Map<unknown>> | undefined;
  list.forEach((item, index) => {
    const before = previous[index] as JsonObject;
    if (item === before) return;
    byId ??= new Map(shared.map((candidate) => [candidate.get('id'), candidate]));
    const current = byId.get(item.id);
    if (current) writeState(current, item, before);
  });
  return true;
}

/**
 * Matches items by id: removed ids (and duplicates) are deleted, new items added, items that
 * stay are updated in place (so others' edits to them are kept). The order is written as
 * order keys: items already in order keep theirs, moved and new items get keys between their
 * neighbours.
 */
function writeIdList(shared: Y.Array<Y.Map<unknown>>, list: JsonObject[]): void {
  const wanted = new Set(list.map((item) => item.id as string));
  const byId = new Map<string, Y.Map<unknown>>();
  const items = shared.toArray();
  // In reading order, so the copy kept of a duplicate is the one everybody sees.
  const removed = new Set(
    readingOrder(items).filter((item) => {
      const id = item.get('id');
      if (typeof id !== 'string' || !wanted.has(id) || byId.has(id)) return true;
      byId.set(id, item);
      return false;
    }),
  );
  // From the end, so indexes stay right.
  for (let index = items.length - 1; index >= 0; index--) if (removed.has(items[index])) shared.delete(index, 1);
  const keys = orderKeysFor(list.map((item) => byId.get(item.id as string)));
  const added: Y.Map<unknown>[] = [];
  list.forEach((item, position) => {
    const current = byId.get(item.id as string);
    if (!current) {
      added.push(withOrderKey(toSharedMap(item), keys[position]));
      return;
    }
    writeState(current, item);
    if (current.get(ORDER_KEY) !== keys[position]) current.set(ORDER_KEY, keys[position]);
  });
  if (added.length) shared.push(added);
}

/**
 * Order keys for the items of a list in their new order (`undefined`: a new item). The longest
 * run of items whose keys already ascend keeps them; the others get keys between their
 * neighbours, so a move rewrites one key.
 */
function orderKeysFor(items: (Y.Map<unknown> | undefined)[]): string[] {
  const current = items.map((item) => (item ? orderKeyOf(item) : null));
  const keeps = longestAscending(current);
  const keys = current.map((key, index) => (keeps[index] ? key! : ''));
  try {
    for (let start = 0; start < keys.length; start++) {
      if (keeps[start]) continue;
      let end = start;
      while (end < keys.length && !keeps[end]) end++;
      const fresh = generateNKeysBetween(start > 0 ? keys[start - 1] : null, end < keys.length ? keys[end] : null, end - start);
      fresh.forEach((key, offset) => (keys[start + offset] = key));
      start = end;
    }
    // Moving back and forth at one place makes keys longer each time: spread them out again
    // long before a reader would refuse one.
    return keys.some((key) => key.length > LONGEST_ORDER_KEY / 4) ? generateNKeysBetween(null, null, items.length) : keys;
  } catch {
    // A key that is not a fractional index (written by hand or by another program): start over.
    return generateNKeysBetween(null, null, items.length);
  }
}

/** Which keys to keep: a longest strictly ascending subsequence (missing keys never kept). */
function longestAscending(keys: (string | null)[]): boolean[] {
  // Patience sorting: `tails[length - 1]` is the index ending the best run of that length.
  const tails: number[] = [];
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, index) => {
    if (key === null) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (keys[tails[middle]]! < key) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1];
    tails[low] = index;
  });
  const keeps = new Array<boolean>(keys.length).fill(false);
  for (let index = tails.length ? tails[tails.length - 1] : -1; index >= 0; index = previous[index]) keeps[index] = true;
  return keeps;
}

/**
 * The items of an id list in the order people see: by order key (a tie, from two devices
 * adding at one place at once, by id), then items without a key in their array order.
 */
function readingOrder<T>(items: T[]): T[] {
  const keys = items.map((item) => (item instanceof Y.Map ? orderKeyOf(item) : null));
  // Usually so already: added items go to the end of the array with the highest key.
  const inOrder = (key: string | null, index: number) => key !== null && (index === 0 || key > keys[index - 1]!);
  if (keys.every(inOrder) || keys.every((key) => key === null)) return items;
  const keyed = items.map((item, index) => ({ item, index, key: keys[index], id: item instanceof Y.Map ? String(item.get('id')) : '' }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
    if (a.key !== b.key) return a.key < b.key ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : a.index - b.index;
  });
  return keyed.map((entry) => entry.item);
}

/**
 * Lists of plain strings have no ids: the common start and end of the list stay; in between,
 * a line changed in place keeps its `Y.Text` (typing merges), other lines are replaced.
 */
function writeStringList(shared: Y.Array<Y.Text>, list: string[]): void {
  const before = shared.toArray().map((text) => text.toString());
  let start = 0;
  while (start < before.length && start < list.length && before[start] === list[start]) start++;
  let end = 0;
  while (end < before.length - start && end < list.length - start && before[before.length - 1 - end] === list[list.length - 1 - end]) end++;
  const removed = before.length - start - end;
  const added = list.slice(start, list.length - end);
  if (removed === added.length) {
    added.forEach((text, offset) => writeText(shared.get(start + offset), text));
    return;
  }
  if (removed) shared.delete(start, removed);
  if (added.length) shared.insert(start, added.map((text) => new Y.Text(text)));
}

/**
 * Makes `map` hold `state`, changing only what differs: keys not in `state` are removed,
 * text is diffed, lists with ids are matched by id. Call it inside `doc.transact()` to send
 * the whole change as one update.
 *
 * `previous`, when given, must be what `map` holds now (the state last written to it or read
 * from it): parts of `state` that are the very same objects (or equal values) are then
 * skipped without reading the shared types, as an edit keeps the objects it did not change.
 */
export function writeState(map: Y.Map<unknown>, state: object, previous?: object): void {
  const object = state as Record<string, Json | undefined>;
  const before = previous as Record<string, Json | undefined> | undefined;
  for (const key of [...map.keys()]) {
    if (key !== ORDER_KEY && (!(key in object) || object[key] === undefined)) map.delete(key);
  }
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    if (before && key in before && before[key] === value) continue;
    writeValue(map, key, value, before?.[key]);
  }
}

/** The state held in `map` as plain JSON data (a fresh object). */
export function readState(map: Y.Map<unknown>): Record<string, unknown> {
  return readMap(map);
}

function readMap(map: Y.Map<unknown>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  map.forEach((value, key) => {
    if (key !== ORDER_KEY) object[key] = readValue(value);
  });
  return object;
}

function readValue(value: unknown): unknown {
  if (value instanceof Y.Map) return readMap(value);
  if (value instanceof Y.Array) return readList(value.toArray());
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

/** An id list in its order, each id once (the first); other lists as they are. */
function readList(items: unknown[]): unknown[] {
  const ordered = readingOrder(items);
  const seen = new Set<string>();
  const unique = ordered.filter((item) => {
    const id = item instanceof Y.Map ? item.get('id') : undefined;
    if (typeof id !== 'string') return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unique.map(readValue);
}

/**
 * Appends `item` to the id list under `key` of `map` (creating the list when missing), or
 * updates the item with the same id. Used to hand a card to a board without its element.
 */
export function appendToList(map: Y.Map<unknown>, key: string, item: object): void {
  const record = item as JsonObject;
  const list = map.get(key);
  if (!(list instanceof Y.Array)) {
    map.set(key, toShared(key, [record]));
    return;
  }
  const items = list.toArray() as unknown[];
  const existing = items.find((entry) => entry instanceof Y.Map && entry.get('id') === record.id);
  if (existing instanceof Y.Map) {
    writeState(existing, { ...readState(existing), ...record });
    return;
  }
  const added = toSharedMap(record);
  // After the last item; in a list written before order keys, its place in the array does that.
  const last = readingOrder(items).at(-1);
  const lastKey = last instanceof Y.Map ? orderKeyOf(last) : null;
  try {
    if (lastKey) withOrderKey(added, generateKeyBetween(lastKey, null));
  } catch {
    // Not a fractional index: without a key the item comes last anyway.
  }
  list.push([added]);
}

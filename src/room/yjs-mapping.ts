/**
 * Exercise state (plain JSON) ↔ Yjs shared types, with no DOM. The mapping decides what
 * merges when two people edit at once:
 * - objects become `Y.Map`s: edits to different fields both stay;
 * - lists of objects with an `id` (people, actions, cards, examples, sections, readings, items)
 *   become a `Y.Array` of `Y.Map`s matched by id: edits to different items both stay, and an
 *   item added on one device and another added elsewhere both appear;
 * - lists of plain strings (a profile section's `items`) become a `Y.Array` of `Y.Text`s;
 * - free text becomes `Y.Text`, changed by a minimal diff (common start and end kept), so two
 *   people typing in one field merge character by character;
 * - ids, choices, dates, numbers, booleans and `null` stay plain values (last writer wins).
 *
 * `writeState` applies only the differences between the shared state and the new state;
 * `readState` gives plain JSON back.
 */
import * as Y from 'yjs';

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
      list.push(value.map((item) => toSharedMap(item)));
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
function writeValue(map: Y.Map<unknown>, key: string, value: Json): void {
  const existing = map.get(key);
  if (isText(key, value)) {
    if (existing instanceof Y.Text) writeText(existing, value);
    else map.set(key, new Y.Text(value));
    return;
  }
  if (Array.isArray(value)) {
    if (existing instanceof Y.Array && writeList(existing, value)) return;
    if (!(existing instanceof Y.AbstractType) && sameJson(existing, value)) return;
    map.set(key, toShared(key, value));
    return;
  }
  if (isObject(value)) {
    if (existing instanceof Y.Map) writeState(existing, value);
    else map.set(key, toSharedMap(value));
    return;
  }
  if (existing instanceof Y.AbstractType || !sameJson(existing, value)) map.set(key, value);
}

/**
 * Brings a shared list in line with `list` in place; false when its kind changed
 * (then the caller replaces it whole).
 */
function writeList(shared: Y.Array<unknown>, list: Json[]): boolean {
  const items = shared.toArray();
  if (!list.length) {
    if (shared.length) shared.delete(0, shared.length);
    return true;
  }
  if (isIdList(list)) {
    if (!items.every((item) => item instanceof Y.Map)) return false;
    writeIdList(shared as Y.Array<Y.Map<unknown>>, list);
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
 * Matches items by id: removed ids are deleted, new ids inserted where they stand, items
 * that stay are updated in place (so others' edits to them are kept); an item that moved
 * up is taken out and put back at its new place.
 */
function writeIdList(shared: Y.Array<Y.Map<unknown>>, list: JsonObject[]): void {
  const wanted = new Set(list.map((item) => item.id as string));
  // Remove items no longer there (and any duplicates), from the end so indexes stay right.
  const seen = new Set<string>();
  const keep: boolean[] = shared.toArray().map((item) => {
    const id = item.get('id');
    if (typeof id !== 'string' || !wanted.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  for (let index = keep.length - 1; index >= 0; index--) if (!keep[index]) shared.delete(index, 1);
  list.forEach((item, position) => {
    const current = shared.length > position ? shared.get(position) : undefined;
    if (current && current.get('id') === item.id) {
      writeState(current, item);
      return;
    }
    const later = shared.toArray().findIndex((candidate, index) => index > position && candidate.get('id') === item.id);
    if (later >= 0) shared.delete(later, 1);
    shared.insert(position, [toSharedMap(item)]);
  });
  if (shared.length > list.length) shared.delete(list.length, shared.length - list.length);
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
 */
export function writeState(map: Y.Map<unknown>, state: object): void {
  const object = state as Record<string, Json | undefined>;
  for (const key of [...map.keys()]) {
    if (!(key in object) || object[key] === undefined) map.delete(key);
  }
  for (const [key, value] of Object.entries(object)) {
    if (value !== undefined) writeValue(map, key, value);
  }
}

/** The state held in `map` as plain JSON data (a fresh object). */
export function readState(map: Y.Map<unknown>): Record<string, unknown> {
  return map.toJSON() as Record<string, unknown>;
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
  const existing = (list.toArray() as unknown[]).find((entry) => entry instanceof Y.Map && entry.get('id') === record.id);
  if (existing instanceof Y.Map) writeState(existing, { ...readState(existing), ...record });
  else list.push([toSharedMap(record)]);
}

// The support circle as the browser binding keeps it in a room (src/room/yjs-mapping.ts):
// doc.getMap('coprod-support-circle') holds { type, version, people: Y.Array<Y.Map> } and each
// person's free text (name, involvement, contact) is a Y.Text; id and ring are plain values.
// Shared by the rooms bench and its load clients.
import * as Y from 'yjs';

export const FIELD = 'coprod-support-circle';
export const RINGS = ['co-producers', 'participants', 'involved', 'consulted'];
// One letter per load client, so every client's typing can be counted in the final document.
export const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function personMap(id, name, ring, involvement = '', contact = '') {
  const person = new Y.Map();
  person.set('id', id);
  person.set('name', new Y.Text(name));
  person.set('ring', ring);
  person.set('involvement', new Y.Text(involvement));
  person.set('contact', new Y.Text(contact));
  return person;
}

/** Writes a circle of `count` people into `doc` (one transaction). */
export function seedCircle(doc, count) {
  doc.transact(() => {
    const circle = doc.getMap(FIELD);
    circle.set('type', 'coprod-support-circle');
    circle.set('version', 1);
    const people = new Y.Array();
    circle.set('people', people);
    const list = [];
    for (let i = 0; i < count; i++) list.push(personMap(`p${i}`, `Person ${i}`, RINGS[i % 4], i % 3 ? '' : 'helps on Mondays', ''));
    people.push(list);
  });
}

export function people(doc) {
  return doc.getMap(FIELD).get('people');
}

/** A seeded pseudo-random generator (mulberry32), so runs are comparable. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One edit by the client with `letter`, as a person does in the circle: mostly typing (its own
 * letter at a random place in a name or note), sometimes backspace (one of its own letters),
 * a ring change, or a new person. Returns what to expect in the final document.
 */
export function randomEdit(doc, letter, rand, tally, clientIndex) {
  const list = people(doc);
  const roll = rand();
  doc.transact(() => {
    if (roll < 0.05) {
      const id = `c${clientIndex}-${tally.added.length}`;
      list.push([personMap(id, '', RINGS[Math.floor(rand() * 4)])]);
      tally.added.push(id);
      return;
    }
    const person = list.get(Math.floor(rand() * list.length));
    if (roll < 0.15) {
      person.set('ring', RINGS[Math.floor(rand() * 4)]);
      tally.rings++;
      return;
    }
    const text = person.get(rand() < 0.5 ? 'name' : 'involvement');
    if (roll < 0.3) {
      const at = text.toString().indexOf(letter);
      if (at >= 0) {
        text.delete(at, 1);
        tally.deleted++;
        return;
      }
    }
    text.insert(Math.floor(rand() * (text.length + 1)), letter);
    tally.typed++;
  });
  tally.edits++;
}

/** How often `letter` occurs in all free text of the circle, and which ids are there. */
export function census(doc) {
  const letters = new Map();
  const ids = new Set();
  for (const person of people(doc).toArray()) {
    ids.add(person.get('id'));
    for (const key of ['name', 'involvement']) {
      for (const char of person.get(key).toString()) letters.set(char, (letters.get(char) ?? 0) + 1);
    }
  }
  return { letters, ids };
}

/** JSON text with sorted keys: two documents with equal content give equal text. */
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  return JSON.stringify(value);
}

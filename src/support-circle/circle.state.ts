import { Checker, pointer, type StateSchema } from '../core/validate.js';
import { ringIds, type CirclePerson, type RingId, type SupportCircleState } from './circle.types.js';

/** More people than this is not a circle of support any more; the drawing stays usable up to here. */
export const MAX_PEOPLE = 1000;

export function emptyCircle(): SupportCircleState {
  return { type: 'coprod-support-circle', version: 1, people: [] };
}

export function emptyPerson(id: string, ring: RingId): CirclePerson {
  return { id, name: '', ring, involvement: '', contact: '' };
}

/** A new id not used by anyone yet. */
export function nextPersonId(people: readonly CirclePerson[]): string {
  const used = new Set(people.map((person) => person.id));
  let n = people.length + 1;
  while (used.has(`p${n}`)) n++;
  return `p${n}`;
}

/** The ring `steps` rings further out (positive) or further in (negative), or `undefined` past the edge. */
export function ringBeside(ring: RingId, steps: number): RingId | undefined {
  return ringIds[ringIds.indexOf(ring) + steps];
}

/** The state with one person on another ring; the same state object when nothing changes. */
export function movePerson(state: SupportCircleState, id: string, ring: RingId): SupportCircleState {
  const person = state.people.find((candidate) => candidate.id === id);
  if (!person || person.ring === ring) return state;
  return { ...state, people: state.people.map((candidate) => (candidate === person ? { ...candidate, ring } : candidate)) };
}

/** How many people are on each ring. */
export function countByRing(people: readonly CirclePerson[]): Record<RingId, number> {
  const counts = Object.fromEntries(ringIds.map((ring) => [ring, 0])) as Record<RingId, number>;
  for (const person of people) counts[person.ring]++;
  return counts;
}

function readPerson(value: unknown, path: string, check: Checker): CirclePerson {
  const person = check.object(value, path) ?? {};
  return {
    id: check.id(person.id, pointer(path, 'id')),
    name: check.name(person.name, pointer(path, 'name')),
    ring: check.oneOf(person.ring, ringIds, pointer(path, 'ring')) ?? 'participants',
    involvement: check.text(person.involvement, pointer(path, 'involvement')),
    contact: check.text(person.contact, pointer(path, 'contact')),
  };
}

export const supportCircleSchema: StateSchema<SupportCircleState> = {
  type: 'coprod-support-circle',
  version: 1,
  empty: emptyCircle,
  read(data, check) {
    const people = check
      .list(data.people, '/people', { max: MAX_PEOPLE })
      .map((person, index) => readPerson(person, pointer('/people', index), check));
    check.uniqueIds(people, '/people');
    return { type: 'coprod-support-circle', version: 1, people };
  },
};

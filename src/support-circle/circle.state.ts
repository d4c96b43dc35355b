import { newItemId } from '../core/ids.js';
import { nextSnapshotId, readSnapshotHeader, readSnapshots } from '../core/snapshots.js';
import { Checker, pointer, type Json, type StateSchema } from '../core/validate.js';
import { ringIds, type CircleSnapshot, type CirclePerson, type RingId, type SupportCircleState } from './circle.types.js';

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
  return newItemId('p', people);
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

function readPeople(value: unknown, path: string, check: Checker): CirclePerson[] {
  const people = check.list(value, path, { max: MAX_PEOPLE }).map((person, index) => readPerson(person, pointer(path, index), check));
  check.uniqueIds(people, path);
  return people;
}

function readSnapshot(raw: Json, path: string, check: Checker): CircleSnapshot {
  return { ...readSnapshotHeader(raw, path, check), people: readPeople(raw.people, pointer(path, 'people'), check) };
}

/** The state with the circle as it is now kept as a snapshot (a copy: later edits do not reach it). */
export function keepCircleSnapshot(state: SupportCircleState, label: string, date: string): SupportCircleState {
  const snapshots = state.snapshots ?? [];
  const snapshot: CircleSnapshot = { id: nextSnapshotId(snapshots), label, date, people: structuredClone(state.people) };
  return { ...state, snapshots: [...snapshots, snapshot] };
}

/** What changed for each person since a snapshot: new, moved from a ring, or gone. */
export function circleChanges(then: readonly CirclePerson[], now: readonly CirclePerson[]) {
  const before = new Map(then.map((person) => [person.id, person]));
  const current = new Set(now.map((person) => person.id));
  const added = new Set<string>();
  const movedFrom = new Map<string, RingId>();
  for (const person of now) {
    const old = before.get(person.id);
    if (!old) added.add(person.id);
    else if (old.ring !== person.ring) movedFrom.set(person.id, old.ring);
  }
  const gone = new Set(then.filter((person) => !current.has(person.id)).map((person) => person.id));
  return { added, movedFrom, gone };
}

export const supportCircleSchema: StateSchema<SupportCircleState> = {
  type: 'coprod-support-circle',
  version: 1,
  empty: emptyCircle,
  read(data, check) {
    const people = readPeople(data.people, '/people', check);
    const snapshots = readSnapshots(data.snapshots, check, (raw, path) => readSnapshot(raw, path, check));
    return { type: 'coprod-support-circle', version: 1, people, ...(snapshots && { snapshots }) };
  },
};

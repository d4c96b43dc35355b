import { principleIds, type PrincipleId } from '../core/principles.js';
import { scoresOf } from './radar.scores.js';
import { answerSteps, type AnswerStep, type RadarReading, type Scores } from './radar.types.js';

/**
 * Group figures for the readiness radar, as pure functions (no DOM, no texts).
 *
 * The scale is ordinal (0 "No, not yet" … 4 "Yes, fully"), so a group is never summed up by
 * its mean: we give the number of people, the median, the middle half and the share of
 * people at each level.
 *
 * - A person's score on a principle is the mean of their answered questions on it (as for
 *   one reading, see `scoresOf`). "Don't know" and unanswered questions are left out; a
 *   person with no answer on a principle is not counted for it (n is per principle).
 * - **Median**: the middle of the sorted scores; with an even number of people, halfway
 *   between the two middle ones (so it can fall between two levels, e.g. 2.5).
 * - **Quartiles** (the middle half, Q1–Q3): Tukey's hinges. Q1 is the median of the lower
 *   half of the sorted scores, Q3 the median of the upper half; with an odd number of people
 *   the middle score belongs to both halves. For whole-number answers this always gives a
 *   level or a point halfway between two levels, never an invented value such as 2.17, and it
 *   matches what a facilitator finds by hand on a sorted row of cards.
 * - **Level of a person**: their score rounded to the nearest level, halves up (2.5 → 3).
 *   Shares per level count people, and add up to the whole group for the principle.
 * - **Privacy**: with fewer than `MIN_GROUP` (3) people no group figure is given at all, and
 *   a principle answered by fewer than 3 people gets no figures either: with two people, the
 *   median and the shares would give away each person's answer.
 */

/** The smallest group that gets group figures. */
export const MIN_GROUP = 3;

/** Two readings that differ by this much (or more) on a principle are marked. */
export const DISAGREEMENT = 2;

/** The median of some numbers (any order); `null` for none. Halfway between the two middle ones when the count is even. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return medianOfSorted(sorted);
}

function medianOfSorted(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

/** Q1, median and Q3 by Tukey's hinges (see above); `null` for no values. */
export function quartiles(values: readonly number[]): Quartiles | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.ceil(sorted.length / 2);
  return {
    q1: medianOfSorted(sorted.slice(0, half)),
    median: medianOfSorted(sorted),
    q3: medianOfSorted(sorted.slice(sorted.length - half)),
  };
}

/** The level a score counts at: the nearest step of the scale, halves up (2.5 → 3). */
export function levelOf(score: number): AnswerStep {
  return Math.min(4, Math.max(0, Math.floor(score + 0.5))) as AnswerStep;
}

/** How many values are at each level 0–4, and their share (0–1) of all values. */
export function levelShares(values: readonly number[]): { counts: number[]; shares: number[] } {
  const counts = answerSteps.map(() => 0);
  for (const value of values) counts[levelOf(value)] += 1;
  return { counts, shares: counts.map((count) => (values.length ? count / values.length : 0)) };
}

/** One principle's figures for a group; `suppressed` when fewer than `MIN_GROUP` people have a score on it. */
export type PrincipleFigures =
  | { principle: PrincipleId; n: number; suppressed: true }
  | ({ principle: PrincipleId; n: number; suppressed: false; counts: number[]; shares: number[] } & Quartiles);

export interface GroupFigures {
  /** The readings counted, one per person (see `groupMembers`). */
  members: RadarReading[];
  /** True when the group has fewer than `MIN_GROUP` people: then `principles` is empty. */
  suppressed: boolean;
  principles: PrincipleFigures[];
}

/**
 * The readings that make up "the group", one per person: for a named person their latest
 * reading (by date, then by place in the list), each unnamed reading on its own. Readings the
 * group agreed on together are not one person's view and are left out.
 */
export function groupMembers(readings: readonly RadarReading[]): RadarReading[] {
  const latestByPerson = new Map<string, RadarReading>();
  const members: RadarReading[] = [];
  for (const reading of readings) {
    if (reading.agreed) continue;
    const person = reading.person?.trim().toLocaleLowerCase();
    if (!person) {
      members.push(reading);
      continue;
    }
    const before = latestByPerson.get(person);
    if (!before || (reading.date ?? '') >= (before.date ?? '')) latestByPerson.set(person, reading);
  }
  // Keep the list's order: a person sits where their latest reading is.
  const chosen = new Set([...members, ...latestByPerson.values()]);
  return readings.filter((reading) => chosen.has(reading));
}

/** Figures for one principle from the people's scores (`null` = no score on it). */
export function principleFigures(principle: PrincipleId, scores: readonly (number | null)[], minGroup = MIN_GROUP): PrincipleFigures {
  const values = scores.filter((score): score is number => score !== null);
  if (values.length < minGroup) return { principle, n: values.length, suppressed: true };
  const { counts, shares } = levelShares(values);
  return { principle, n: values.length, suppressed: false, counts, shares, ...quartiles(values)! };
}

/** The group's figures per principle, or none when the group is smaller than `minGroup`. */
export function groupFigures(principleOf: ReadonlyMap<string, PrincipleId>, readings: readonly RadarReading[], minGroup = MIN_GROUP): GroupFigures {
  const members = groupMembers(readings);
  if (members.length < minGroup) return { members, suppressed: true, principles: [] };
  const scores = members.map((reading) => scoresOf(principleOf, reading.answers));
  return {
    members,
    suppressed: false,
    principles: principleIds.map((principle) => principleFigures(principle, scores.map((own) => own[principle]), minGroup)),
  };
}

export interface PairRow {
  principle: PrincipleId;
  a: number | null;
  b: number | null;
  /** `b − a`, or `null` when either has no score. */
  difference: number | null;
  /** The two differ by `DISAGREEMENT` (2) points or more. */
  marked: boolean;
}

/** Two sets of scores side by side, per principle: the difference (b − a) and whether it is 2 or more either way. */
export function comparePair(a: Scores, b: Scores, threshold = DISAGREEMENT): PairRow[] {
  return principleIds.map((principle) => {
    const first = a[principle];
    const second = b[principle];
    const difference = first === null || second === null ? null : second - first;
    // A small tolerance: means such as 3.67 − 1.67 are not exactly 2 in floating point.
    return { principle, a: first, b: second, difference, marked: difference !== null && Math.abs(difference) >= threshold - 1e-9 };
  });
}

/** Who a reading belongs to for "over time": the person's name (case and spaces ignored), or `agreed` for the group's agreed readings. */
export function historyKeyOf(reading: RadarReading): string | null {
  if (reading.agreed) return 'agreed';
  const person = reading.person?.trim().toLocaleLowerCase();
  return person ? `person:${person}` : null;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first and latest reading (by date, then by place in the list) with the given history key; `null` when there are fewer than two. */
export function firstAndLatest(readings: readonly RadarReading[], key: string): { first: RadarReading; latest: RadarReading } | null {
  const own = readings
    .map((reading, index) => ({ reading, index }))
    .filter(({ reading }) => historyKeyOf(reading) === key)
    // ISO dates sort as plain text (a collator would load locale data for nothing).
    .sort((x, y) => compareText(x.reading.date ?? '', y.reading.date ?? '') || x.index - y.index);
  if (own.length < 2) return null;
  return { first: own[0].reading, latest: own[own.length - 1].reading };
}

/** The history keys that have at least two readings, in order of first appearance, with a name to show. */
export function histories(readings: readonly RadarReading[]): { key: string; person: string | null }[] {
  const counts = new Map<string, { person: string | null; count: number }>();
  for (const reading of readings) {
    const key = historyKeyOf(reading);
    if (!key) continue;
    const entry = counts.get(key) ?? { person: reading.agreed ? null : reading.person!.trim(), count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts].filter(([, entry]) => entry.count >= 2).map(([key, entry]) => ({ key, person: entry.person }));
}

/**
 * The two readings to compare first: a person's own reading beside a worker's reading of the
 * same person (latest of each), else the first self and first worker reading, else the first two.
 */
export function defaultPair(readings: readonly RadarReading[]): [string, string] | null {
  if (readings.length < 2) return null;
  const latest = (list: RadarReading[]) => list[list.length - 1];
  const selfs = readings.filter((reading) => reading.perspective === 'self');
  const workers = readings.filter((reading) => reading.perspective === 'worker');
  for (const self of [...selfs].reverse()) {
    const name = self.person?.trim().toLocaleLowerCase();
    const worker = name ? workers.filter((reading) => reading.person?.trim().toLocaleLowerCase() === name) : [];
    if (worker.length) return [self.id, latest(worker).id];
  }
  if (selfs.length && workers.length) return [selfs[0].id, workers[0].id];
  return [readings[0].id, readings[1].id];
}

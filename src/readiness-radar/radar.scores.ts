import { principleIds, type PrincipleId } from '../core/principles.js';
import type { Answers, Scores } from './radar.types.js';

/** The top of the answer scale ("Yes, fully"). */
export const SCALE_MAX = 4;
/** A principle scoring below this is a gap, unless the host sets `gap-threshold`. */
export const DEFAULT_GAP_THRESHOLD = 2;

export interface PrincipleCount {
  /** Questions answered with a step of the scale ("don't know" is not counted). */
  answered: number;
  /** Questions about the principle. */
  total: number;
}

/**
 * Each principle's score: the mean of its answered questions. "Don't know" (`null`) and
 * unanswered questions are left out; a principle with no answers scores `null`, not 0.
 */
export function scoresOf(principleOf: ReadonlyMap<string, PrincipleId>, answers: Answers): Scores {
  const sums = new Map<PrincipleId, { sum: number; count: number }>();
  for (const [id, answer] of Object.entries(answers)) {
    const principle = principleOf.get(id);
    if (principle === undefined || typeof answer !== 'number') continue;
    const entry = sums.get(principle) ?? { sum: 0, count: 0 };
    entry.sum += answer;
    entry.count += 1;
    sums.set(principle, entry);
  }
  const scores = {} as Scores;
  for (const principle of principleIds) {
    const entry = sums.get(principle);
    scores[principle] = entry ? entry.sum / entry.count : null;
  }
  return scores;
}

/** How many questions of each principle are answered, out of how many. */
export function countsOf(principleOf: ReadonlyMap<string, PrincipleId>, answers: Answers): Record<PrincipleId, PrincipleCount> {
  const counts = Object.fromEntries(principleIds.map((id) => [id, { answered: 0, total: 0 }])) as Record<PrincipleId, PrincipleCount>;
  for (const [id, principle] of principleOf) {
    counts[principle].total += 1;
    if (typeof answers[id] === 'number') counts[principle].answered += 1;
  }
  return counts;
}

/** Principles scoring below the threshold, in the principles' order. Not answered is not a gap. */
export function gapsOf(scores: Scores, threshold: number): PrincipleId[] {
  return principleIds.filter((id) => {
    const score = scores[id];
    return score !== null && score < threshold;
  });
}

/**
 * The principle(s) with the lowest score. None when fewer than two principles have a
 * score, or when all scores are equal: then nothing stands out as lowest.
 */
export function lowestOf(scores: Scores): PrincipleId[] {
  const scored = principleIds.filter((id) => scores[id] !== null);
  const values = scored.map((id) => scores[id] as number);
  const lowest = Math.min(...values);
  if (scored.length < 2 || lowest === Math.max(...values)) return [];
  return scored.filter((id) => scores[id] === lowest);
}

import type { PrincipleId } from '../core/principles.js';

export type { PrincipleId } from '../core/principles.js';

/** The five steps of the answer scale, from 0 "No / not yet" to 4 "Yes, fully". */
export const answerSteps = [0, 1, 2, 3, 4] as const;
export type AnswerStep = (typeof answerSteps)[number];

/** An answer: a step of the scale, or `null` for "don't know" (left out of the scores). */
export type Answer = AnswerStep | null;

/** Answers by question id. A question without a key has not been answered yet. */
export type Answers = Record<string, Answer>;

/** A host's own question, replacing the default bank. */
export interface RadarQuestion {
  id: string;
  principle: PrincipleId;
  /** Text per locale code, e.g. `{ "en": "…", "nl": "…" }`. */
  text: Record<string, string>;
}

/** Whose view a reading gives: the person's own, a worker's about them, or someone else's (family, a professional). */
export const readingPerspectives = ['self', 'worker', 'other'] as const;
export type ReadingPerspective = (typeof readingPerspectives)[number];

/** An earlier reading, or someone else's, overlaid on the radar as an outline. */
export interface RadarReading {
  id: string;
  label: string;
  /** `YYYY-MM-DD`, or `null` when unknown. */
  date: string | null;
  answers: Answers;
  /** Optional (addition): whose answers these are, a name up to 200 characters; may be empty. */
  person?: string;
  /** Optional (addition): whose view the reading gives. */
  perspective?: ReadingPerspective;
  /** Optional (addition): a reading the group agreed on together (not one person's). */
  agreed?: boolean;
}

export interface ReadinessState {
  type: 'coprod-readiness';
  version: 1;
  answers: Answers;
  /** Notes by question id. */
  notes: Record<string, string>;
  readings: RadarReading[];
  /** Replaces the default bank of 19 questions when present. */
  questions?: RadarQuestion[];
}

/** Score per principle: the mean (0–4) of its answered questions, or `null` when none is answered. */
export type Scores = Record<PrincipleId, number | null>;

/** A question as the view shows it: text in the active locale. */
export interface ResolvedQuestion {
  id: string;
  principle: PrincipleId;
  text: string;
}

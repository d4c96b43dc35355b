import { newItemId } from '../core/ids.js';
import { msg, str } from '@lit/localize';
import { NAME_LIMIT, TEXT_LIMIT } from '../core/limits.js';
import { messages } from '../core/messages.js';
import { principleIds } from '../core/principles.js';
import { Checker, pointer, type StateSchema } from '../core/validate.js';
import { questionIdsOf } from './radar.questions.js';
import { readingPerspectives, type Answer, type Answers, type RadarQuestion, type RadarReading, type ReadinessState } from './radar.types.js';

const MAX_QUESTIONS = 100;
/** Enough for a large group's readings (a class, a team day), each kept once. */
const MAX_READINGS = 500;

const unknownQuestion = (id: string) => msg(str`"${id}" is not a question of this checklist.`);

export function emptyReadiness(): ReadinessState {
  return { type: 'coprod-readiness', version: 1, answers: {}, notes: {}, readings: [] };
}

/** A new reading id not used yet. */
export function nextReadingId(readings: readonly RadarReading[]): string {
  return newItemId('r', readings);
}

function readQuestions(value: unknown, check: Checker): RadarQuestion[] | undefined {
  if (value === undefined) return undefined;
  const list = check.list(value, '/questions', { optional: false, max: MAX_QUESTIONS });
  if (Array.isArray(value) && value.length === 0) check.fail('/questions', messages.emptyList());
  const questions = list.map((raw, index): RadarQuestion => {
    const at = pointer('/questions', index);
    const question = check.object(raw, at) ?? {};
    return {
      id: check.id(question.id, pointer(at, 'id')),
      principle: check.oneOf(question.principle, principleIds, pointer(at, 'principle')) ?? 'assets',
      text: check.localLabel(question.text, pointer(at, 'text'), { limit: TEXT_LIMIT, required: true }),
    };
  });
  check.uniqueIds(questions, '/questions');
  return questions;
}

/** Answers keyed by known question ids only; each a whole number 0–4 or `null` (don't know). */
function readAnswers(value: unknown, path: string, known: ReadonlySet<string>, check: Checker): Answers {
  if (value === undefined) return {};
  const object = check.object(value, path);
  const answers: Answers = {};
  for (const [id, answer] of Object.entries(object ?? {})) {
    const at = pointer(path, id);
    if (!known.has(id)) {
      check.fail(at, unknownQuestion(id));
      continue;
    }
    answers[id] = check.wholeNumberOrNull(answer, at, 0, 4) as Answer;
  }
  return answers;
}

function readNotes(value: unknown, known: ReadonlySet<string>, check: Checker): Record<string, string> {
  if (value === undefined) return {};
  const object = check.object(value, '/notes');
  const notes: Record<string, string> = {};
  for (const [id, note] of Object.entries(object ?? {})) {
    const at = pointer('/notes', id);
    if (!known.has(id)) check.fail(at, unknownQuestion(id));
    else notes[id] = check.text(note, at);
  }
  return notes;
}

function readReading(value: unknown, path: string, known: ReadonlySet<string>, check: Checker): RadarReading {
  const reading = check.object(value, path) ?? {};
  return {
    id: check.id(reading.id, pointer(path, 'id')),
    label: check.text(reading.label, pointer(path, 'label'), NAME_LIMIT),
    date: check.dateOrNull(reading.date, pointer(path, 'date')),
    answers: readAnswers(reading.answers, pointer(path, 'answers'), known, check),
    // Optional additions: only present when the data has them, so older states read back unchanged.
    ...(reading.person !== undefined && { person: check.name(reading.person, pointer(path, 'person')) }),
    ...(reading.perspective !== undefined && { perspective: check.oneOf(reading.perspective, readingPerspectives, pointer(path, 'perspective')) ?? 'other' }),
    ...(reading.agreed !== undefined && { agreed: check.boolean(reading.agreed, pointer(path, 'agreed')) }),
  };
}

export const readinessSchema: StateSchema<ReadinessState> = {
  type: 'coprod-readiness',
  version: 1,
  empty: emptyReadiness,
  read(data, check) {
    const questions = readQuestions(data.questions, check);
    const known = new Set(questionIdsOf(questions));
    const readings = check
      .list(data.readings, '/readings', { max: MAX_READINGS })
      .map((reading, index) => readReading(reading, pointer('/readings', index), known, check));
    check.uniqueIds(readings, '/readings');
    return {
      type: 'coprod-readiness',
      version: 1,
      answers: readAnswers(data.answers, '/answers', known, check),
      notes: readNotes(data.notes, known, check),
      readings,
      ...(questions && { questions }),
    };
  },
};

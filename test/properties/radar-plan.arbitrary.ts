import fc from 'fast-check';
import { principleIds } from '../../src/core/principles.js';
import { defaultQuestionIds } from '../../src/readiness-radar/radar.questions.js';
import type { ActionPlanState } from '../../src/action-plan/plan.types.js';
import { answerSteps, readingPerspectives, type Answer, type Answers, type ReadinessState } from '../../src/readiness-radar/radar.types.js';
import { idText, isoDate, localLabel, uniqueById, userText } from './arbitraries.js';

const answer: fc.Arbitrary<Answer> = fc.option(fc.constantFrom(...answerSteps), { nil: null });

/** Answers and notes for some of the known questions. */
function answersFor(ids: readonly string[]): fc.Arbitrary<Answers> {
  return fc.subarray([...ids]).chain((chosen) => fc.tuple(...chosen.map(() => answer)).map((values) => Object.fromEntries(chosen.map((id, i) => [id, values[i]]))));
}

function notesFor(ids: readonly string[]) {
  return fc.subarray([...ids], { maxLength: Math.min(4, ids.length) }).chain((chosen) => fc.tuple(...chosen.map(() => userText(120))).map((values) => Object.fromEntries(chosen.map((id, i) => [id, values[i]]))));
}

// A question must say something in some language (all blank is refused, at /questions/N/text).
const questionText = localLabel.filter((text) => Object.values(text).some((value) => value.trim() !== ''));
const ownQuestions = uniqueById(fc.record({ id: idText, principle: fc.constantFrom(...principleIds), text: questionText }), 8).filter((list) => list.length > 0);

export const readinessState: fc.Arbitrary<ReadinessState> = fc
  .option(ownQuestions, { nil: undefined })
  .chain((questions) => {
    const ids = questions ? questions.map((question) => question.id) : defaultQuestionIds;
    return fc
      .record({
        answers: answersFor(ids),
        notes: notesFor(ids),
        readings: uniqueById(
          fc.record(
            {
              id: idText,
              label: userText(60),
              date: fc.option(isoDate, { nil: null }),
              answers: answersFor(ids),
              // Optional additions: present or absent, both must round-trip.
              person: userText(60),
              perspective: fc.constantFrom(...readingPerspectives),
              agreed: fc.boolean(),
            },
            { requiredKeys: ['id', 'label', 'date', 'answers'] },
          ),
          4,
        ),
      })
      .map((fields) => ({ type: 'coprod-readiness' as const, version: 1 as const, ...fields, ...(questions && { questions }) }));
  });

export const actionPlanState: fc.Arbitrary<ActionPlanState> = fc.record({
  type: fc.constant('coprod-action-plan' as const),
  version: fc.constant(1 as const),
  actions: uniqueById(
    fc.record({
      id: idText,
      principle: fc.constantFrom(...principleIds),
      what: userText(),
      who: userText(100),
      when: fc.option(isoDate, { nil: null }),
      measure: userText(),
      done: fc.boolean(),
    }),
    8,
  ),
});

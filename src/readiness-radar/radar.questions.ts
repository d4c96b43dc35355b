import { msg } from '@lit/localize';
import { localText } from '../core/localization.js';
import type { PrincipleId } from '../core/principles.js';
import type { Answer, RadarQuestion, ReadinessState, ResolvedQuestion } from './radar.types.js';

/** The default bank's question ids, in the toolkit's order (principle, then number). */
export const defaultQuestionIds = [
  'assets-1',
  'assets-2',
  'assets-3',
  'capacity-1',
  'capacity-2',
  'capacity-3',
  'mutuality-1',
  'mutuality-2',
  'mutuality-3',
  'mutuality-4',
  'mutuality-5',
  'networks-1',
  'networks-2',
  'networks-3',
  'blur-roles-1',
  'blur-roles-2',
  'blur-roles-3',
  'catalysts-1',
  'catalysts-2',
] as const;
export type DefaultQuestionId = (typeof defaultQuestionIds)[number];

/** `mutuality-4` → `mutuality`. */
function principleOfDefault(id: DefaultQuestionId): PrincipleId {
  return id.slice(0, id.lastIndexOf('-')) as PrincipleId;
}

/** The default questions' texts in the active locale. */
function defaultTexts(): Record<DefaultQuestionId, string> {
  return {
    'assets-1': msg('Are the people with direct experience (and their families or carers) at the heart of this project or service, with their skills and hopes?'),
    'assets-2': msg('Are all contributions seen as vital to success, including those of the people who use services?'),
    'assets-3': msg('Does the work the project needs match the skills and responsibilities of everyone involved?'),
    'capacity-1': msg('Will all design and delivery of the service try to build and grow the abilities of people and the community?'),
    'capacity-2': msg('Is progress on this tracked?'),
    'capacity-3': msg('Is personal development a shared expectation for everyone involved?'),
    'mutuality-1': msg('Does everyone know it is their project, not just the organisation’s?'),
    'mutuality-2': msg('Does each person have an equal responsibility for it going well?'),
    'mutuality-3': msg('Is asking for and giving help seen as positive, and expected of everyone?'),
    'mutuality-4': msg('Do you talk about what people can expect of each other when they get involved?'),
    'mutuality-5': msg('Is a wide range of skills and experience valued?'),
    'networks-1': msg('Does the project or organisation see supporting peer networks, which pass on knowledge and skills, as core work?'),
    'networks-2': msg('Do staff and the people involved take part in local networks and activities beyond the reach of the service or project?'),
    'networks-3': msg('Are networks outside the project seen as a core activity?'),
    'blur-roles-1': msg('Is everyone involved in starting, delivering, evaluating and leading the project or service?'),
    'blur-roles-2': msg('Do people work alongside professionals, with their skills and views given equal weight?'),
    'blur-roles-3': msg('Can people name rewards that are valuable to them (not just money)?'),
    'catalysts-1': msg('Do staff roles focus on connecting people to networks and resources for a good life, removing obstacles, and building skills and confidence?'),
    'catalysts-2': msg('Are people actively supported to do more?'),
  };
}

/** The question ids in use: the host's own bank, or the default one. Pure (no texts). */
export function questionIdsOf(questions: readonly RadarQuestion[] | undefined): string[] {
  return questions ? questions.map((question) => question.id) : [...defaultQuestionIds];
}

/** Question id → principle, for scoring. Pure (no texts). */
export function principlesByQuestion(questions: readonly RadarQuestion[] | undefined): Map<string, PrincipleId> {
  return new Map(
    questions ? questions.map((question) => [question.id, question.principle]) : defaultQuestionIds.map((id) => [id, principleOfDefault(id)]),
  );
}

/** The questions with their text in the active locale (call at render time). */
export function resolveQuestions(state: Pick<ReadinessState, 'questions'>): ResolvedQuestion[] {
  if (state.questions) return state.questions.map((question) => ({ id: question.id, principle: question.principle, text: localText(question.text) }));
  const texts = defaultTexts();
  return defaultQuestionIds.map((id) => ({ id, principle: principleOfDefault(id), text: texts[id] }));
}

/** The label of an answer step, e.g. 2 → "Partly"; `null` → "Don't know". */
export function answerLabel(answer: Answer): string {
  switch (answer) {
    case 0:
      return msg('No, not yet');
    case 1:
      return msg('A little');
    case 2:
      return msg('Partly');
    case 3:
      return msg('Mostly');
    case 4:
      return msg('Yes, fully');
    default:
      return msg('Don’t know');
  }
}

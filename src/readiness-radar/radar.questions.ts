import { msg } from '@lit/localize';
import { getLocale, localText } from '../core/localization.js';
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
    'assets-1': msg('Are people with their own experience at the heart of our work? With their skills and hopes, and with their families or carers?'),
    'assets-2': msg('Do we see every contribution as vital to success? Also the contributions of people who use our services?'),
    'assets-3': msg('Does our project’s work fit the skills and tasks of everyone who takes part?'),
    'capacity-1': msg('Do we always try to make people and the community stronger? When we plan our work, and when we do it?'),
    'capacity-2': msg('Do we keep track of whether people and the community grow stronger?'),
    'capacity-3': msg('Do we expect each other to keep learning and growing?'),
    'mutuality-1': msg('Does everyone feel it is their project too, not only the organisation’s?'),
    'mutuality-2': msg('Is everyone equally responsible for making it go well?'),
    'mutuality-3': msg('Do we see asking for help and giving help as good? Do we expect it of everyone?'),
    'mutuality-4': msg('When people join, do we talk about what we can expect of each other?'),
    'mutuality-5': msg('Do we value many different skills and experiences?'),
    'networks-1': msg('Do we see support for groups of peers as a main part of our work? In those groups people share knowledge and skills.'),
    'networks-2': msg('Do our staff and the people we work with take part in the neighbourhood? Also in networks and activities outside our own work?'),
    'networks-3': msg('Do we see networks outside our project as an important part of our work?'),
    'blur-roles-1': msg('Does everyone take part in starting, doing and leading our work? And in looking back at how it went?'),
    'blur-roles-2': msg('Do people work side by side with professionals? Do their skills and views count just as much?'),
    'blur-roles-3': msg('Can people say which rewards matter to them? Not only money?'),
    'catalysts-1': msg('Does our staff mainly help people find networks and support for a good life? Do they remove obstacles and build skills and confidence?'),
    'catalysts-2': msg('Do we actively support people to do more themselves?'),
  };
}

/** The question ids in use: the host's own bank, or the default one. Pure (no texts). */
export function questionIdsOf(questions: readonly RadarQuestion[] | undefined): string[] {
  return questions ? questions.map((question) => question.id) : [...defaultQuestionIds];
}

const defaultPrinciples: ReadonlyMap<string, PrincipleId> = new Map(defaultQuestionIds.map((id) => [id, principleOfDefault(id)]));
const principlesOfBank = new WeakMap<readonly RadarQuestion[], ReadonlyMap<string, PrincipleId>>();

/** Question id → principle, for scoring. Pure (no texts); the same map for the same bank. */
export function principlesByQuestion(questions: readonly RadarQuestion[] | undefined): ReadonlyMap<string, PrincipleId> {
  if (!questions) return defaultPrinciples;
  let principles = principlesOfBank.get(questions);
  if (!principles) principlesOfBank.set(questions, (principles = new Map(questions.map((question) => [question.id, question.principle]))));
  return principles;
}

const resolvedDefault = new Map<string, readonly ResolvedQuestion[]>();
const resolvedBank = new WeakMap<readonly RadarQuestion[], { locale: string; questions: readonly ResolvedQuestion[] }>();

/**
 * The questions with their text in the active locale (call at render time). The same list
 * while the bank and the language stay the same, so questions whose answer did not change skip re-rendering.
 */
export function resolveQuestions(state: Pick<ReadinessState, 'questions'>): readonly ResolvedQuestion[] {
  const locale = getLocale();
  const bank = state.questions;
  if (bank) {
    const known = resolvedBank.get(bank);
    if (known?.locale === locale) return known.questions;
    const questions = bank.map((question) => ({ id: question.id, principle: question.principle, text: localText(question.text) }));
    resolvedBank.set(bank, { locale, questions });
    return questions;
  }
  let questions = resolvedDefault.get(locale);
  if (!questions) {
    const texts = defaultTexts();
    resolvedDefault.set(locale, (questions = defaultQuestionIds.map((id) => ({ id, principle: principleOfDefault(id), text: texts[id] }))));
  }
  return questions;
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

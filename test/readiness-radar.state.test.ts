import { expect } from '@open-wc/testing';
import { principleIds } from '../src/core/principles.js';
import { parseState } from '../src/core/validate.js';
import { defaultQuestionIds, principlesByQuestion, questionIdsOf } from '../src/readiness-radar/radar.questions.js';
import { countsOf, gapsOf, lowestOf, scoresOf } from '../src/readiness-radar/radar.scores.js';
import { emptyReadiness, nextReadingId, readinessSchema } from '../src/readiness-radar/radar.state.js';
import type { Scores } from '../src/readiness-radar/radar.types.js';
import { filledReadiness, ownQuestions, readinessWithReadings } from './fixtures/readiness-radar.fixtures.js';

const bank = principlesByQuestion(undefined);
const scores = (partial: Partial<Scores>): Scores => ({ ...Object.fromEntries(principleIds.map((id) => [id, null])), ...partial }) as Scores;

describe('readiness state (pure)', () => {
  it('accepts the empty and the filled states unchanged', () => {
    for (const state of [emptyReadiness(), filledReadiness, readinessWithReadings, { ...emptyReadiness(), questions: ownQuestions }]) {
      const result = parseState(readinessSchema, JSON.parse(JSON.stringify(state)));
      expect(result).to.deep.equal({ ok: true, value: state });
    }
  });

  it('fills missing optional fields, so hand-written JSON works', () => {
    const result = parseState(readinessSchema, { type: 'coprod-readiness', version: 1, readings: [{ id: 'x', answers: { 'assets-1': 4 } }] });
    expect(result.ok && result.value).to.deep.equal({
      type: 'coprod-readiness',
      version: 1,
      answers: {},
      notes: {},
      readings: [{ id: 'x', label: '', date: null, answers: { 'assets-1': 4 } }],
    });
  });

  it('reports every fault with its path, not just the first', () => {
    const result = parseState(readinessSchema, {
      type: 'coprod-readiness',
      version: 1,
      answers: { 'assets-1': 7, 'assets-4': 1, 'capacity-2': null },
      notes: { 'networks-1': 5 },
      readings: [{ id: '', label: 'Start', date: '2026-02-30', answers: {} }],
    });
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors.map((error) => error.path)).to.have.members(['/answers/assets-1', '/answers/assets-4', '/notes/networks-1', '/readings/0/id', '/readings/0/date']);
  });

  it('lets a host replace the bank, and checks answers against it', () => {
    expect(questionIdsOf(ownQuestions)).to.deep.equal(['q-parents', 'q-neighbours', 'q-roles']);
    const ok = parseState(readinessSchema, { type: 'coprod-readiness', version: 1, questions: ownQuestions, answers: { 'q-roles': 2 }, notes: { 'q-parents': 'Ja' } });
    expect(ok.ok).to.equal(true);
    const empty = parseState(readinessSchema, { type: 'coprod-readiness', version: 1, questions: [] });
    expect(!empty.ok && empty.errors[0].path).to.equal('/questions');
    const twice = parseState(readinessSchema, { type: 'coprod-readiness', version: 1, questions: [ownQuestions[0], ownQuestions[0]] });
    expect(!twice.ok && twice.errors[0].path).to.equal('/questions/1/id');
    const blank = parseState(readinessSchema, { type: 'coprod-readiness', version: 1, questions: [{ ...ownQuestions[0], text: { en: ' ' } }] });
    expect(!blank.ok && blank.errors[0].path).to.equal('/questions/0/text');
    const escaped = parseState(readinessSchema, { type: 'coprod-readiness', version: 1, answers: { 'a/b': 1 } });
    expect(!escaped.ok && escaped.errors[0].path).to.equal('/answers/a~1b');
  });

  it('has the default bank of 19 questions in the toolkit’s order', () => {
    expect(defaultQuestionIds).to.have.length(19);
    expect(defaultQuestionIds.filter((id) => bank.get(id) === 'mutuality')).to.have.length(5);
    expect(defaultQuestionIds.filter((id) => bank.get(id) === 'catalysts')).to.deep.equal(['catalysts-1', 'catalysts-2']);
    expect([...new Set(defaultQuestionIds.map((id) => bank.get(id)))]).to.deep.equal([...principleIds]);
  });

  it('scores each principle as the mean of its answered questions; "don’t know" and unknown ids do not count', () => {
    const result = scoresOf(bank, { 'assets-1': 4, 'assets-2': 1, 'assets-3': null, 'mutuality-1': 0, stray: 4 });
    expect(result).to.deep.equal(scores({ assets: 2.5, mutuality: 0 }));
    expect(scoresOf(bank, {})).to.deep.equal(scores({}));
  });

  it('counts answered questions per principle', () => {
    const counts = countsOf(bank, { 'assets-1': 4, 'assets-2': null, 'networks-3': 0 });
    expect(counts.assets).to.deep.equal({ answered: 1, total: 3 });
    expect(counts.networks).to.deep.equal({ answered: 1, total: 3 });
    expect(counts.mutuality).to.deep.equal({ answered: 0, total: 5 });
  });

  it('finds gaps below the threshold; a score at the threshold and "not answered" are not gaps', () => {
    const some = scores({ assets: 1.9, capacity: 2, mutuality: 0, networks: 3.5 });
    expect(gapsOf(some, 2)).to.deep.equal(['assets', 'mutuality']);
    expect(gapsOf(some, 0)).to.deep.equal([]);
    expect(gapsOf(some, 4)).to.deep.equal(['assets', 'capacity', 'mutuality', 'networks']);
  });

  it('names the lowest principle(s), but none when nothing stands out', () => {
    expect(lowestOf(scores({ assets: 3, mutuality: 1.5, networks: 2 }))).to.deep.equal(['mutuality']);
    expect(lowestOf(scores({ assets: 1, mutuality: 1, networks: 2 }))).to.deep.equal(['assets', 'mutuality']);
    expect(lowestOf(scores({ assets: 2, mutuality: 2 }))).to.deep.equal([]);
    expect(lowestOf(scores({ assets: 2 }))).to.deep.equal([]);
    expect(lowestOf(scores({}))).to.deep.equal([]);
  });

  it('makes reading ids that are not taken', () => {
    expect(nextReadingId([])).to.match(/^r1-[0-9a-z]{4}$/);
    expect(nextReadingId(readinessWithReadings.readings)).to.match(/^r\d+-[0-9a-z]{4}$/);
    expect(nextReadingId([{ id: 'r2', label: '', date: null, answers: {} }])).to.match(/^r2-[0-9a-z]{4}$/);
  });
});

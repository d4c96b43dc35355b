import { expect } from '@open-wc/testing';
import {
  comparePair,
  defaultPair,
  firstAndLatest,
  groupFigures,
  groupMembers,
  histories,
  levelOf,
  levelShares,
  median,
  principleFigures,
  quartiles,
} from '../src/readiness-radar/radar.aggregate.js';
import { principlesByQuestion } from '../src/readiness-radar/radar.questions.js';
import { scoresOf } from '../src/readiness-radar/radar.scores.js';
import type { RadarReading } from '../src/readiness-radar/radar.types.js';
import { answersAt, firstAndLatestReadiness, groupReadings, selfAndWorker } from './fixtures/radar-group.fixtures.js';

const principleOf = principlesByQuestion(undefined);

describe('radar aggregation (pure)', () => {
  it('median: the middle value, halfway between the two middle ones for an even count, in any order', () => {
    expect(median([])).to.equal(null);
    expect(median([3])).to.equal(3);
    expect(median([4, 0, 2])).to.equal(2);
    expect(median([1, 3])).to.equal(2);
    expect(median([4, 1, 2, 3])).to.equal(2.5);
    expect(median([0, 0, 0, 4])).to.equal(0);
  });

  it('quartiles by Tukey’s hinges: the middle score belongs to both halves when the count is odd', () => {
    expect(quartiles([])).to.equal(null);
    expect(quartiles([2])).to.deep.equal({ q1: 2, median: 2, q3: 2 });
    // 1 1 2 2 2 3 3 4 → lower half 1 1 2 2, upper half 2 3 3 4.
    expect(quartiles([3, 1, 2, 4, 2, 1, 3, 2])).to.deep.equal({ q1: 1.5, median: 2, q3: 3 });
    // 0 1 2 3 4 → lower half 0 1 2, upper half 2 3 4.
    expect(quartiles([4, 3, 2, 1, 0])).to.deep.equal({ q1: 1, median: 2, q3: 3 });
    // 0 1 2 3 4 4 4 → halves 0 1 2 3 and 3 4 4 4.
    expect(quartiles([0, 1, 2, 3, 4, 4, 4])).to.deep.equal({ q1: 1.5, median: 3, q3: 4 });
  });

  it('levels: a score counts at the nearest level, halves up, clamped to 0–4', () => {
    expect([0, 0.49, 0.5, 1.33, 2.5, 2.67, 4, 5, -1].map(levelOf)).to.deep.equal([0, 0, 1, 1, 3, 3, 4, 4, 0]);
  });

  it('shares: people at each level, adding up to the whole', () => {
    const { counts, shares } = levelShares([1, 1, 2, 2, 2, 3, 3, 4]);
    expect(counts).to.deep.equal([0, 2, 3, 2, 1]);
    expect(shares).to.deep.equal([0, 0.25, 0.375, 0.25, 0.125]);
    expect(shares.reduce((sum, share) => sum + share, 0)).to.equal(1);
    expect(levelShares([]).shares).to.deep.equal([0, 0, 0, 0, 0]);
  });

  it('suppresses a principle answered by fewer than 3 people, and gives figures from 3', () => {
    expect(principleFigures('assets', [2, null, 4])).to.deep.equal({ principle: 'assets', n: 2, suppressed: true });
    const three = principleFigures('assets', [2, 3, 4]);
    expect(three).to.include({ n: 3, suppressed: false, median: 3, q1: 2.5, q3: 3.5 });
  });

  it('suppresses the whole group under 3 people: no figures at all', () => {
    const two = groupFigures(principleOf, groupReadings.slice(0, 2));
    expect(two.suppressed).to.equal(true);
    expect(two.principles).to.deep.equal([]);
    const three = groupFigures(principleOf, groupReadings.slice(0, 3));
    expect(three.suppressed).to.equal(false);
    expect(three.principles).to.have.length(6);
  });

  it('a group of 8: n, median, middle half and shares per principle', () => {
    const figures = groupFigures(principleOf, groupReadings);
    expect(figures.members).to.have.length(8);
    const mutuality = figures.principles.find((row) => row.principle === 'mutuality')!;
    expect(mutuality).to.deep.include({ n: 8, suppressed: false, median: 2, q1: 1.5, q3: 3, counts: [0, 2, 3, 2, 1] });
    // Networks: two people answered "don't know" only, so they do not count for it.
    const networks = figures.principles.find((row) => row.principle === 'networks')!;
    expect(networks.n).to.equal(6);
  });

  it('counts each person once (their latest reading) and leaves agreed readings out', () => {
    const readings: RadarReading[] = [
      { id: 'a', label: '', date: '2026-01-01', person: 'Anna', answers: answersAt({ assets: 0 }) },
      { id: 'b', label: '', date: '2026-05-01', person: ' anna ', answers: answersAt({ assets: 4 }) },
      { id: 'c', label: '', date: null, answers: answersAt({ assets: 2 }) },
      { id: 'd', label: '', date: null, answers: answersAt({ assets: 2 }) },
      { id: 'e', label: '', date: null, agreed: true, answers: answersAt({ assets: 1 }) },
    ];
    expect(groupMembers(readings).map((reading) => reading.id)).to.deep.equal(['b', 'c', 'd']);
    const assets = groupFigures(principleOf, readings).principles[0];
    expect(assets).to.deep.include({ n: 3, median: 2, counts: [0, 0, 2, 0, 1] });
  });

  it('compares two readings and marks principles 2 or more points apart', () => {
    const [self, worker] = selfAndWorker.readings;
    const rows = comparePair(scoresOf(principleOf, self.answers), scoresOf(principleOf, worker.answers));
    expect(rows.filter((row) => row.marked).map((row) => row.principle)).to.deep.equal(['mutuality', 'blur-roles']);
    expect(rows.find((row) => row.principle === 'assets')).to.deep.equal({ principle: 'assets', a: 3, b: 4, difference: 1, marked: false });
    // Means that differ by 2 in exact arithmetic but not in floating point still count.
    const a = { assets: 11 / 3, capacity: null, mutuality: null, networks: null, 'blur-roles': null, catalysts: null };
    const b = { ...a, assets: 5 / 3 };
    expect(comparePair(a, b)[0]).to.include({ marked: true });
    expect(comparePair(a, b)[1]).to.deep.equal({ principle: 'capacity', a: null, b: null, difference: null, marked: false });
  });

  it('chooses self and worker as the first pair, else the first two readings', () => {
    expect(defaultPair(selfAndWorker.readings)).to.deep.equal(['s1', 's2']);
    expect(defaultPair(firstAndLatestReadiness.readings)).to.deep.equal(['t1', 't2']);
    expect(defaultPair(groupReadings)).to.deep.equal(['g1', 'g5']);
    expect(defaultPair(groupReadings.slice(0, 1))).to.equal(null);
  });

  it('finds first and latest by date for a person or the agreed readings', () => {
    const readings = firstAndLatestReadiness.readings;
    expect(histories(readings)).to.deep.equal([{ key: 'agreed', person: null }]);
    const pair = firstAndLatest(readings, 'agreed')!;
    expect([pair.first.id, pair.latest.id]).to.deep.equal(['t1', 't3']);
    const people: RadarReading[] = [
      { id: 'x2', label: '', date: '2026-06-01', person: 'Bo', answers: {} },
      { id: 'x1', label: '', date: '2026-01-01', person: 'bo', answers: {} },
      { id: 'y', label: '', date: '2026-01-01', person: 'Cas', answers: {} },
    ];
    expect(histories(people)).to.deep.equal([{ key: 'person:bo', person: 'Bo' }]);
    const bo = firstAndLatest(people, 'person:bo')!;
    expect([bo.first.id, bo.latest.id]).to.deep.equal(['x1', 'x2']);
    expect(firstAndLatest(people, 'person:cas')).to.equal(null);
  });
});

import { expect } from '@open-wc/testing';
import {
  CENTRE,
  anyOverlap,
  boxesOverlap,
  idFraction,
  labelsFor,
  layoutCircle,
  layoutRing,
  ringAtDistance,
  ringAtPoint,
  ringBand,
  ringMiddle,
  ringOuterRadius,
  type PlacedMark,
  type RingLayout,
} from '../src/support-circle/circle.layout.js';
import { ringIds, type CirclePerson, type RingId } from '../src/support-circle/circle.types.js';
import { circleWith, filledCircle } from './fixtures/support-circle.fixtures.js';

const ringNames: Record<RingId, string> = { 'co-producers': 'Co-producenten', participants: 'Deelnemers', involved: 'Betrokkenen', consulted: 'Geraadpleegden' };

function placed(layout: Record<RingId, RingLayout>): Map<string, PlacedMark> {
  return new Map(ringIds.flatMap((ring) => layout[ring].marks.map((mark) => [mark.id, mark] as const)));
}

/** Whether a mark's box lies wholly inside its ring's band (so rings can never overlap each other). */
function insideBand(mark: PlacedMark): boolean {
  const { inner, outer } = ringBand(mark.ring);
  const x = Math.abs(mark.x - CENTRE);
  const y = Math.abs(mark.y - CENTRE);
  const far = Math.hypot(x + mark.width / 2, y + mark.height / 2);
  const near = Math.hypot(Math.max(0, x - mark.width / 2), Math.max(0, y - mark.height / 2));
  return far <= outer && (inner === 0 || near >= inner);
}

function distance(a: PlacedMark, b: PlacedMark): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

describe('support circle layout (pure)', () => {
  it('places everyone once, on their own ring, in the order they go round', () => {
    for (const people of [filledCircle.people, circleWith(50).people, circleWith(200).people]) {
      const layout = layoutCircle(people, ringNames);
      const marks = placed(layout);
      expect(marks.size).to.equal(people.length);
      for (const person of people) {
        const mark = marks.get(person.id)!;
        expect(mark.ring).to.equal(person.ring);
        expect(ringAtPoint(mark.x, mark.y)).to.equal(person.ring);
      }
      for (const ring of ringIds) {
        const angles = layout[ring].marks.map((mark) => (mark.angle - Math.PI / 2 + Math.PI * 2) % (Math.PI * 2));
        expect(angles).to.deep.equal([...angles].sort((a, b) => a - b));
      }
    }
  });

  it('gives the same positions for the same people, whatever their order in the list', () => {
    const people = circleWith(120).people;
    const first = layoutCircle(people, ringNames);
    expect(layoutCircle(people.map((person) => ({ ...person })), ringNames)).to.deep.equal(first);
    const shuffled = [...people].sort((a, b) => idFraction(`${a.id}!`) - idFraction(`${b.id}!`));
    expect(shuffled.map((person) => person.id)).not.to.deep.equal(people.map((person) => person.id));
    expect(layoutCircle(shuffled, ringNames)).to.deep.equal(first);
  });

  for (const count of [15, 50, 100, 200]) {
    it(`keeps ${count} names apart: no mark overlaps another mark or a ring name, and each stays in its ring`, () => {
      const people = count === 15 ? filledCircle.people : circleWith(count).people;
      const layout = layoutCircle(people, ringNames);
      const boxes = ringIds.flatMap((ring) => [layout[ring].nameBox, ...layout[ring].marks]);
      expect(anyOverlap(boxes)).to.equal(false);
      for (const mark of placed(layout).values()) expect(insideBand(mark), mark.id).to.equal(true);
    });
  }

  it('shows whole names when there is room, and shorter labels only when a ring gets crowded', () => {
    const few = layoutCircle(filledCircle.people, ringNames);
    for (const ring of ringIds) expect(few[ring].crowding).to.equal('full');
    for (const mark of placed(few).values()) {
      const name = filledCircle.people.find((person) => person.id === mark.id)!.name;
      expect(['full', 'first']).to.include(mark.kind);
      expect(name.startsWith(mark.label)).to.equal(true);
    }
    const many = layoutCircle(circleWith(200).people, ringNames);
    const kinds = new Set([...placed(many).values()].map((mark) => mark.kind));
    expect(kinds.has('full')).to.equal(false);
    // Legible at 200: shorter labels, but every mark still has one.
    expect(kinds.has('dot')).to.equal(false);
  });

  it('keeps people where they were when one person is added', () => {
    for (const base of [filledCircle.people, circleWith(50).people]) {
      for (const ring of ringIds) {
        const before = placed(layoutCircle(base, ringNames));
        const newcomer: CirclePerson = { id: 'new-person', name: 'Lisa de Wit', ring, involvement: '', contact: '' };
        const after = placed(layoutCircle([...base, newcomer], ringNames));
        expect(after.get('new-person')!.ring).to.equal(ring);
        const moves = base.map((person) => distance(before.get(person.id)!, after.get(person.id)!));
        const elsewhere = base.filter((person) => person.ring !== ring).map((person) => distance(before.get(person.id)!, after.get(person.id)!));
        // Other rings do not change at all; on the ring itself only close neighbours make room.
        expect(Math.max(0, ...elsewhere)).to.equal(0);
        expect(moves.filter((moved) => moved > 1).length, `${base.length} on ${ring}`).to.be.at.most(4);
        expect(moves.reduce((sum, moved) => sum + moved, 0) / moves.length).to.be.below(5);
      }
    }
  });

  it('lays a ring out on its own: memoising per ring is safe', () => {
    const people = circleWith(80).people;
    const whole = layoutCircle(people, ringNames);
    for (const ring of ringIds) {
      expect(layoutRing(ring, people.filter((person) => person.ring === ring), ringNames[ring])).to.deep.equal(whole[ring]);
    }
  });

  it('keeps the ring names at the bottom of their ring, free of marks', () => {
    const layout = layoutCircle(circleWith(200).people, ringNames);
    for (const ring of ringIds) {
      const { nameBox } = layout[ring];
      expect(nameBox.x).to.equal(CENTRE);
      expect(nameBox.y).to.be.greaterThan(CENTRE);
      expect(ringAtPoint(nameBox.x, nameBox.y)).to.equal(ring);
      for (const mark of layout[ring].marks) expect(boxesOverlap(mark, nameBox, 0)).to.equal(false);
    }
  });

  it('finds the ring to drop on from the distance to the middle', () => {
    expect(ringAtDistance(0)).to.equal('co-producers');
    expect(ringAtDistance(ringOuterRadius['co-producers'] - 1)).to.equal('co-producers');
    expect(ringAtDistance(ringOuterRadius['co-producers'] + 1)).to.equal('participants');
    expect(ringAtDistance(ringMiddle('involved'))).to.equal('involved');
    expect(ringAtDistance(ringOuterRadius.consulted)).to.equal('consulted');
    expect(ringAtDistance(ringOuterRadius.consulted + 30)).to.equal('consulted');
    expect(ringAtDistance(ringOuterRadius.consulted + 100)).to.equal(undefined);
    expect(ringAtDistance(Number.NaN)).to.equal(undefined);
    expect(ringAtDistance(-5)).to.equal(undefined);
    expect(ringAtPoint(CENTRE, CENTRE)).to.equal('co-producers');
    expect(ringAtPoint(CENTRE + ringMiddle('participants'), CENTRE)).to.equal('participants');
    expect(ringAtPoint(CENTRE, CENTRE - ringMiddle('consulted'))).to.equal('consulted');
  });

  it('shortens names to the first name, "Anna V." when two share it, and initials', () => {
    const firstNames = new Map([['anna', 2], ['fatima', 1]]);
    expect(labelsFor('Anna de Vries', firstNames)).to.deep.equal({ full: 'Anna de Vries', first: 'Anna V.', initials: 'AV', dot: '' });
    expect(labelsFor('Fatima El Amrani', firstNames)).to.deep.equal({ full: 'Fatima El Amrani', first: 'Fatima', initials: 'FA', dot: '' });
    expect(labelsFor('Noor', new Map())).to.deep.include({ first: 'Noor', initials: 'No' });
    expect(labelsFor('  ', new Map())).to.deep.include({ full: '?', initials: '?' });
    const long = labelsFor('Wilhelmina Johanna Maria van Oranje-Nassau', new Map());
    expect(long.full.endsWith('…')).to.equal(true);
    expect([...long.full].length).to.be.at.most(24);
    expect(labelsFor('Özlem Yıldız', new Map()).initials).to.equal('ÖY');
    // Leading particles are skipped in short labels.
    expect(labelsFor('de huisarts', new Map())).to.deep.include({ full: 'de huisarts', first: 'huisarts', initials: 'hu' });
    expect(labelsFor('van Dam', new Map())).to.deep.include({ first: 'Dam', initials: 'Da' });
  });

  it('spreads ids evenly around the ring', () => {
    const fractions = Array.from({ length: 400 }, (_, i) => idFraction(`p${i + 1}`));
    for (const fraction of fractions) expect(fraction).to.be.within(0, 1);
    const quarters = [0, 0, 0, 0];
    for (const fraction of fractions) quarters[Math.floor(fraction * 4)]++;
    for (const quarter of quarters) expect(quarter).to.be.within(70, 130);
    expect(idFraction('p5')).to.equal(idFraction('p5'));
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { layoutRing, reuseOrLayoutRing, type KeyedRingLayout } from '../src/support-circle/circle.layout.js';
import { ringIds, type CirclePerson, type RingId } from '../src/support-circle/circle.types.js';
import { circleWith } from './fixtures/support-circle.fixtures.js';

const onRing = (people: CirclePerson[], ring: RingId) => people.filter((person) => person.ring === ring);

/** Typing in one name, letter by letter, from the layout reused each time. */
function typeName(ring: RingId, people: CirclePerson[], index: number, text: string): { layouts: KeyedRingLayout[]; people: CirclePerson[] } {
  let current = people;
  let keyed = reuseOrLayoutRing(undefined, ring, current, 'Ring');
  const layouts = [keyed];
  for (const letter of text) {
    current = current.map((person, i) => (i === index ? { ...person, name: person.name + letter } : person));
    keyed = reuseOrLayoutRing(keyed, ring, current, 'Ring');
    layouts.push(keyed);
  }
  return { layouts, people: current };
}

describe('circle layout: reused while typing', () => {
  it('gives exactly what a fresh layout gives, after any edit to a name', () => {
    const people = circleWith(120).people;
    fc.assert(
      fc.property(fc.constantFrom(...ringIds), fc.nat(), fc.string({ minLength: 0, maxLength: 12 }), fc.boolean(), (ring, pick, text, replace) => {
        const own = onRing(people, ring);
        const index = pick % own.length;
        const before = reuseOrLayoutRing(undefined, ring, own, 'Ring');
        const edited = own.map((person, i) => (i === index ? { ...person, name: replace ? text : person.name + text } : person));
        const reused = reuseOrLayoutRing(before, ring, edited, 'Ring');
        expect(reused.layout).to.deep.equal(layoutRing(ring, edited, 'Ring'));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the placement while no label changes its width class, and matches a fresh layout after every letter', () => {
    const people = onRing(circleWith(40).people, 'participants');
    const { layouts } = typeName('participants', people, 3, ' Jansen-Verhoeven');
    let names = people;
    layouts.slice(1).forEach((keyed, i) => {
      names = names.map((person, n) => (n === 3 ? { ...person, name: person.name + ' Jansen-Verhoeven'[i] } : person));
      expect(keyed.layout).to.deep.equal(layoutRing('participants', names, 'Ring'));
      if (keyed.key === layouts[i].key) expect(keyed.layout.marks.map((mark) => [mark.x, mark.y])).to.deep.equal(layouts[i].layout.marks.map((mark) => [mark.x, mark.y]));
    });
  });

  it('on a crowded ring (500 people), typing in a name never lays the ring out again', () => {
    const people = onRing(circleWith(500).people, 'co-producers');
    const { layouts } = typeName('co-producers', people, 0, 'abcdefghij');
    expect(new Set(layouts.map((keyed) => keyed.key)).size).to.equal(1);
    // The same placements; the mark shows the new text where its kind shows text.
    expect(layouts.at(-1)!.layout.marks.map((mark) => [mark.x, mark.y])).to.deep.equal(layouts[0].layout.marks.map((mark) => [mark.x, mark.y]));
  });
});

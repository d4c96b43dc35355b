import { expect } from '@open-wc/testing';
import { parseState } from '../src/core/validate.js';
import {
  MAX_PEOPLE,
  countByRing,
  emptyCircle,
  emptyPerson,
  movePerson,
  nextPersonId,
  ringBeside,
  supportCircleSchema,
} from '../src/support-circle/circle.state.js';
import { ringIds } from '../src/support-circle/circle.types.js';
import { circleWith, filledCircle } from './fixtures/support-circle.fixtures.js';

describe('support circle state (pure)', () => {
  it('accepts the empty and the filled circle unchanged', () => {
    for (const state of [emptyCircle(), filledCircle, circleWith(200)]) {
      const result = parseState(supportCircleSchema, JSON.parse(JSON.stringify(state)));
      expect(result).to.deep.equal({ ok: true, value: state });
    }
  });

  it('fills missing optional fields, so hand-written JSON works', () => {
    const result = parseState(supportCircleSchema, { type: 'coprod-support-circle', version: 1, people: [{ id: 'a', ring: 'consulted' }] });
    expect(result).to.deep.equal({
      ok: true,
      value: { type: 'coprod-support-circle', version: 1, people: [{ id: 'a', name: '', ring: 'consulted', involvement: '', contact: '' }] },
    });
    const noPeople = parseState(supportCircleSchema, { type: 'coprod-support-circle', version: 1 });
    expect(noPeople).to.deep.equal({ ok: true, value: emptyCircle() });
  });

  it('drops fields it does not know, building a new object', () => {
    const data = { type: 'coprod-support-circle', version: 1, colour: 'red', people: [{ ...filledCircle.people[0], age: 40 }] };
    const result = parseState(supportCircleSchema, data);
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.value).to.deep.equal({ type: 'coprod-support-circle', version: 1, people: [filledCircle.people[0]] });
      expect(result.value.people[0]).not.to.equal(data.people[0]);
    }
  });

  it('reports every fault with its path, not just the first', () => {
    const result = parseState(supportCircleSchema, {
      type: 'coprod-support-circle',
      version: 1,
      people: [{ id: 'a', ring: 'outer-space' }, { id: '', name: 7, ring: 'involved' }, 'Anna', { id: 'a', ring: 'consulted', contact: false }],
    });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect([...new Set(result.errors.map((error) => error.path))]).to.have.members([
        '/people/0/ring',
        '/people/1/id',
        '/people/1/name',
        '/people/2',
        '/people/2/id',
        '/people/2/ring',
        '/people/3/contact',
        '/people/3/id',
      ]);
      for (const error of result.errors) expect(error.message).to.be.a('string').and.not.empty;
    }
  });

  it('refuses a ring that is missing or not one of the four', () => {
    for (const ring of [undefined, null, 'Co-producers', 3]) {
      const result = parseState(supportCircleSchema, { type: 'coprod-support-circle', version: 1, people: [{ id: 'a', name: 'Anna', ring }] });
      expect(result.ok, String(ring)).to.equal(false);
      if (!result.ok) expect(result.errors[0].path).to.equal('/people/0/ring');
    }
  });

  it('refuses names over 200 characters and more people than the limit', () => {
    const longName = parseState(supportCircleSchema, { ...filledCircle, people: [{ ...filledCircle.people[0], name: 'n'.repeat(201) }] });
    expect(longName.ok).to.equal(false);
    if (!longName.ok) expect(longName.errors[0].path).to.equal('/people/0/name');
    const crowd = { type: 'coprod-support-circle', version: 1, people: Array.from({ length: MAX_PEOPLE + 1 }, (_, i) => emptyPerson(`p${i}`, 'consulted')) };
    const tooMany = parseState(supportCircleSchema, crowd);
    expect(tooMany.ok).to.equal(false);
    if (!tooMany.ok) expect(tooMany.errors[0].path).to.equal('/people');
  });

  it('moves a person to another ring without touching anyone else', () => {
    const moved = movePerson(filledCircle, 'p3', 'consulted');
    expect(moved.people[2]).to.deep.equal({ ...filledCircle.people[2], ring: 'consulted' });
    moved.people.forEach((person, i) => {
      if (i !== 2) expect(person).to.equal(filledCircle.people[i]);
    });
    expect(filledCircle.people[2].ring).to.equal('co-producers');
    expect(movePerson(filledCircle, 'p3', 'co-producers')).to.equal(filledCircle);
    expect(movePerson(filledCircle, 'nobody', 'consulted')).to.equal(filledCircle);
  });

  it('knows the ring beside a ring, and none past the centre or the edge', () => {
    expect(ringBeside('co-producers', 1)).to.equal('participants');
    expect(ringBeside('involved', -1)).to.equal('participants');
    expect(ringBeside('co-producers', -1)).to.equal(undefined);
    expect(ringBeside('consulted', 1)).to.equal(undefined);
    expect(ringIds.map((ring) => ringBeside(ring, 0))).to.deep.equal([...ringIds]);
  });

  it('counts people per ring and makes new unique ids', () => {
    expect(countByRing(filledCircle.people)).to.deep.equal({ 'co-producers': 4, participants: 5, involved: 3, consulted: 3 });
    expect(countByRing([])).to.deep.equal({ 'co-producers': 0, participants: 0, involved: 0, consulted: 0 });
    expect(nextPersonId(filledCircle.people)).to.match(/^p16-[0-9a-z]{4}$/);
    expect(nextPersonId([emptyPerson('p2', 'involved')])).to.match(/^p2-[0-9a-z]{4}$/);
    const people = [emptyPerson('p1', 'involved'), emptyPerson('p3', 'involved')];
    const id = nextPersonId(people);
    expect(people.map((person) => person.id)).not.to.include(id);
  });
});

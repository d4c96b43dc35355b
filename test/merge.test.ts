import { expect } from '@open-wc/testing';
import { mergeStates } from '../src/core/merge.js';

const circle = (people: { id: string; name: string; ring: string; involvement?: string }[]) => ({
  type: 'coprod-support-circle',
  version: 1,
  people: people.map((person) => ({ involvement: '', contact: '', ...person })),
});

describe('mergeStates (two tabs, one storage key)', () => {
  it('takes the other side when only one side changed', () => {
    const base = circle([{ id: 'p1', name: 'Anna', ring: 'co-producers' }]);
    const theirs = circle([{ id: 'p1', name: 'Anna de Vries', ring: 'co-producers' }]);
    expect(mergeStates(base, base, theirs)).to.deep.equal({ value: theirs, conflicts: [] });
    expect(mergeStates(base, theirs, base)).to.deep.equal({ value: theirs, conflicts: [] });
  });

  it('keeps edits to different fields of one person from both sides', () => {
    const base = circle([{ id: 'p1', name: 'Anna', ring: 'co-producers' }]);
    const mine = circle([{ id: 'p1', name: 'Anna de Vries', ring: 'co-producers' }]);
    const theirs = circle([{ id: 'p1', name: 'Anna', ring: 'participants' }]);
    const { value, conflicts } = mergeStates(base, mine, theirs);
    expect(value.people[0]).to.deep.include({ name: 'Anna de Vries', ring: 'participants' });
    expect(conflicts).to.deep.equal([]);
  });

  it('merges lists by id: people added on both sides both stay, in a sensible order', () => {
    const base = circle([{ id: 'p1', name: 'Anna', ring: 'co-producers' }]);
    const mine = circle([
      { id: 'p1', name: 'Anna', ring: 'co-producers' },
      { id: 'p2', name: 'Bram', ring: 'involved' },
    ]);
    const theirs = circle([
      { id: 'p3', name: 'Chantal', ring: 'consulted' },
      { id: 'p1', name: 'Anna', ring: 'co-producers' },
    ]);
    const { value, conflicts } = mergeStates(base, mine, theirs);
    expect(value.people.map((person) => person.id)).to.deep.equal(['p3', 'p1', 'p2']);
    expect(conflicts).to.deep.equal([]);
  });

  it('drops an item one side removed only when the other side did not change it', () => {
    const base = circle([
      { id: 'p1', name: 'Anna', ring: 'co-producers' },
      { id: 'p2', name: 'Bram', ring: 'involved' },
    ]);
    const removedP2 = circle([{ id: 'p1', name: 'Anna', ring: 'co-producers' }]);
    const editedP2 = circle([
      { id: 'p1', name: 'Anna', ring: 'co-producers' },
      { id: 'p2', name: 'Bram Jansen', ring: 'involved' },
    ]);
    const unchanged = mergeStates(base, base, removedP2);
    expect(unchanged.value.people.map((person) => person.id)).to.deep.equal(['p1']);
    // Removed in one tab, edited in the other: the edit is kept, never dropped silently.
    const edited = mergeStates(base, editedP2, removedP2);
    expect(edited.value.people.map((person) => person.name)).to.deep.equal(['Anna', 'Bram Jansen']);
    expect(edited.conflicts).to.deep.equal(['/people/p2']);
  });

  it('reports one text typed differently on both sides as a conflict and keeps theirs there', () => {
    const base = circle([{ id: 'p1', name: 'Anna', ring: 'co-producers', involvement: '' }]);
    const mine = circle([{ id: 'p1', name: 'Anna', ring: 'co-producers', involvement: 'Kookt mee' }]);
    const theirs = circle([{ id: 'p1', name: 'Anna', ring: 'co-producers', involvement: 'Doet de boodschappen' }]);
    const { value, conflicts } = mergeStates(base, mine, theirs);
    expect(value.people[0].involvement).to.equal('Doet de boodschappen');
    expect(conflicts).to.deep.equal(['/people/p1/involvement']);
  });

  it('merges nested objects key by key and escapes pointer characters', () => {
    const base = { answers: { 'a/1': 1, b: 2 }, notes: {} as Record<string, string> };
    const mine = { answers: { 'a/1': 3, b: 2 }, notes: { x: 'mijn' } };
    const theirs = { answers: { 'a/1': 4, b: 0 }, notes: {} };
    const { value, conflicts } = mergeStates(base, mine, theirs);
    expect(value).to.deep.equal({ answers: { 'a/1': 4, b: 0 }, notes: { x: 'mijn' } });
    expect(conflicts).to.deep.equal(['/answers/a~11']);
  });

  it('treats lists without ids as one value', () => {
    const base = { items: ['a'] };
    const { value, conflicts } = mergeStates(base, { items: ['a', 'b'] }, { items: ['a', 'c'] });
    expect(value).to.deep.equal({ items: ['a', 'c'] });
    expect(conflicts).to.deep.equal(['/items']);
  });
});

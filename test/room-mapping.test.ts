import { expect } from '@open-wc/testing';
import * as Y from 'yjs';
import { appendToList, ORDER_KEY, readState, textDiff, writeState, writeText } from '../src/room/yjs-mapping.js';
import { filledByTag } from './fixtures/all.fixtures.js';
import { filledCircle } from './fixtures/support-circle.fixtures.js';
import { filledProfile } from './fixtures/profile-card.fixtures.js';
import { filledPlan, manyActions } from './fixtures/action-plan.fixtures.js';
import { filledBoard } from './fixtures/opportunity.fixtures.js';
import type { ActionPlanState } from '../src/action-plan/plan.types.js';
import type { SupportCircleState } from '../src/support-circle/circle.types.js';
import type { ProfileState } from '../src/profile-card/profile-card.types.js';

/** Sends each document's missing updates to the other, as a server would. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

function pair(state: object): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.transact(() => writeState(a.getMap('field'), state));
  exchange(a, b);
  return [a, b];
}

const read = <T>(doc: Y.Doc) => readState(doc.getMap('field')) as T;
const write = (doc: Y.Doc, state: object) => doc.transact(() => writeState(doc.getMap('field'), state));

describe('room: JSON ↔ Yjs mapping', () => {
  it('round-trips every element fixture unchanged', () => {
    for (const [tag, state] of Object.entries(filledByTag)) {
      const doc = new Y.Doc();
      write(doc, state);
      expect(read(doc), tag).to.deep.equal(state);
    }
  });

  it('maps objects to Y.Map, id lists to Y.Array of Y.Map, free text to Y.Text, ids and choices to plain values', () => {
    const doc = new Y.Doc();
    write(doc, filledProfile);
    const map = doc.getMap('field');
    expect(map.get('name')).to.be.instanceOf(Y.Text);
    expect(map.get('type')).to.equal('coprod-profile');
    expect(map.get('photo')).to.be.a('string');
    expect(map.get('show')).to.be.instanceOf(Y.Map);
    const sections = map.get('sections') as Y.Array<Y.Map<unknown>>;
    expect(sections).to.be.instanceOf(Y.Array);
    expect(sections.get(0)).to.be.instanceOf(Y.Map);
    expect(sections.get(0).get('id')).to.equal('appreciate');
    const items = sections.get(0).get('items') as Y.Array<Y.Text>;
    expect(items.get(0)).to.be.instanceOf(Y.Text);
  });

  it('writes nothing when nothing changed', () => {
    const doc = new Y.Doc();
    write(doc, filledCircle);
    let updates = 0;
    doc.on('update', () => updates++);
    write(doc, structuredClone(filledCircle));
    expect(updates).to.equal(0);
  });

  it('keeps concurrent edits to different people and to different fields of one person', () => {
    const [a, b] = pair(filledCircle);
    const onA = structuredClone(filledCircle);
    onA.people[0].name = 'Fatima E.';
    onA.people[2].ring = 'participants';
    const onB = structuredClone(filledCircle);
    onB.people[0].contact = 'Bel haar op maandag.';
    onB.people[5].involvement = 'Nieuw.';
    write(a, onA);
    write(b, onB);
    exchange(a, b);
    const merged = read<SupportCircleState>(a);
    expect(read(b)).to.deep.equal(merged);
    expect(merged.people[0].name).to.equal('Fatima E.');
    expect(merged.people[0].contact).to.equal('Bel haar op maandag.');
    expect(merged.people[2].ring).to.equal('participants');
    expect(merged.people[5].involvement).to.equal('Nieuw.');
  });

  it('merges two people typing in one text field character by character', () => {
    const start = { ...structuredClone(filledCircle), people: [{ id: 'p1', name: 'Anna', ring: 'co-producers', involvement: 'Helpt mee.', contact: '' }] };
    const [a, b] = pair(start);
    write(a, { ...start, people: [{ ...start.people[0], involvement: 'Helpt mee op dinsdag.' }] });
    write(b, { ...start, people: [{ ...start.people[0], involvement: 'Ze helpt mee.' }] });
    exchange(a, b);
    const merged = read<SupportCircleState>(a).people[0].involvement;
    expect(merged).to.equal(read<SupportCircleState>(b).people[0].involvement);
    expect(merged).to.equal('Ze helpt mee op dinsdag.');
  });

  it('keeps people added on two devices at once, and an edit to a person removed elsewhere does not bring them back', () => {
    const [a, b] = pair(filledCircle);
    const person = (id: string, name: string) => ({ id, name, ring: 'consulted' as const, involvement: '', contact: '' });
    write(a, { ...filledCircle, people: [...filledCircle.people, person('pa', 'From A')] });
    write(b, { ...filledCircle, people: [...filledCircle.people.slice(1), person('pb', 'From B')] });
    exchange(a, b);
    const ids = read<SupportCircleState>(a).people.map((p) => p.id);
    expect(read(b)).to.deep.equal(read(a));
    expect(ids).to.include.members(['pa', 'pb']);
    expect(ids).not.to.include('p1');
    expect(ids.filter((id) => id === 'pa')).to.have.length(1);
  });

  it('reorders and removes items by id', () => {
    const [a, b] = pair(filledCircle);
    const people = [...filledCircle.people];
    const reordered = [people[3], people[0], ...people.slice(5).reverse(), people[1]];
    write(a, { ...filledCircle, people: reordered });
    exchange(a, b);
    expect(read<SupportCircleState>(b).people).to.deep.equal(reordered);
    write(a, { ...filledCircle, people: [] });
    exchange(a, b);
    expect(read<SupportCircleState>(b).people).to.deep.equal([]);
  });

  it('keeps what someone types in an item while another person moves it', () => {
    const [a, b] = pair(filledPlan);
    const actions = filledPlan.actions;
    // A moves the third action to the top; B, not yet seeing that, types in it.
    write(a, { ...filledPlan, actions: [actions[2], actions[0], actions[1], ...actions.slice(3)] });
    const typed = structuredClone(filledPlan);
    typed.actions[2].what += ' Met de wijkagent.';
    write(b, typed);
    exchange(a, b);
    const merged = read<ActionPlanState>(a);
    expect(read(b)).to.deep.equal(merged);
    expect(merged.actions.map((action) => action.id)).to.deep.equal([actions[2].id, actions[0].id, actions[1].id, ...actions.slice(3).map((action) => action.id)]);
    expect(merged.actions[0].what).to.equal(`${actions[2].what} Met de wijkagent.`);
  });

  it('leaves one item when two people move it at once, and both other moves stand', () => {
    const [a, b] = pair(filledPlan);
    const [first, second, third, ...rest] = filledPlan.actions;
    write(a, { ...filledPlan, actions: [third, first, second, ...rest] });
    write(b, { ...filledPlan, actions: [first, third, second, ...rest] });
    exchange(a, b);
    const ids = read<ActionPlanState>(a).actions.map((action) => action.id);
    expect(read(b)).to.deep.equal(read(a));
    expect(ids).to.have.length(filledPlan.actions.length);
    expect(new Set(ids).size, 'each action once').to.equal(ids.length);
    // Each item moved by one person only lands where that person put it.
    const c = pair(filledCircle);
    const people = filledCircle.people;
    write(c[0], { ...filledCircle, people: [people[1], people[0], ...people.slice(2)] });
    write(c[1], { ...filledCircle, people: [...people.slice(0, -2), people.at(-1)!, people.at(-2)!] });
    exchange(...c);
    expect(read<SupportCircleState>(c[0]).people.map((person) => person.id)).to.deep.equal([people[1], people[0], ...people.slice(2, -2), people.at(-1)!, people.at(-2)!].map((person) => person.id));
  });

  it('moves an item with one small change, and never shows the order to the element', () => {
    const doc = new Y.Doc();
    write(doc, filledPlan);
    const [first, ...others] = filledPlan.actions;
    const before = Y.encodeStateVector(doc);
    write(doc, { ...filledPlan, actions: [...others, first] });
    const update = Y.encodeStateAsUpdate(doc, before);
    expect(update.length, 'the move is one key, not a copy of the action').to.be.below(80);
    expect(read<ActionPlanState>(doc).actions).to.deep.equal([...others, first]);
    expect(JSON.stringify(read(doc))).not.to.include(ORDER_KEY);
  });

  it('keeps order keys short when two items swap places again and again', () => {
    const doc = new Y.Doc();
    write(doc, filledPlan);
    const map = doc.getMap('field');
    let actions = filledPlan.actions;
    for (let round = 0; round < 1500; round++) {
      // In the middle of the list: each new key goes between two neighbours.
      actions = [actions[0], actions[2], actions[1], ...actions.slice(3)];
      write(doc, { ...filledPlan, actions });
    }
    expect(read<ActionPlanState>(doc).actions.map((action) => action.id)).to.deep.equal(actions.map((action) => action.id));
    const keys = (map.get('actions') as Y.Array<Y.Map<unknown>>).map((item) => String(item.get(ORDER_KEY)));
    expect(Math.max(...keys.map((key) => key.length))).to.be.at.most(50);
  });

  it('reads a room written before order keys in its array order, once per id, and moves in it', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('field');
    const [first, second, third] = filledCircle.people;
    doc.transact(() => {
      for (const [key, value] of Object.entries(filledCircle)) if (key !== 'people') map.set(key, value);
      const list = new Y.Array<Y.Map<unknown>>();
      // Two copies of one person: what two people moving it at once used to leave.
      list.push([first, second, first, third].map((person) => new Y.Map(Object.entries(person))));
      map.set('people', list);
    });
    expect(read<SupportCircleState>(doc).people).to.deep.equal([first, second, third]);
    write(doc, { ...filledCircle, people: [third, first, second] });
    expect(read<SupportCircleState>(doc).people).to.deep.equal([third, first, second]);
    expect((map.get('people') as Y.Array<unknown>).length, 'the copy is gone').to.equal(3);
    // A card handed in comes last, in a board written before and after order keys.
    const board = new Y.Doc();
    const boardMap = board.getMap('board');
    writeState(boardMap, filledBoard);
    appendToList(boardMap, 'cards', { ...filledBoard.cards[0], id: 'late-card' });
    expect(readState(boardMap).cards).to.have.length(filledBoard.cards.length + 1);
    expect((readState(boardMap).cards as { id: string }[]).at(-1)!.id).to.equal('late-card');
  });

  it('given what the map holds, writes only the parts an edit made anew (same objects are skipped)', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('field');
    const plan = manyActions(300);
    doc.transact(() => writeState(map, plan));
    // An edit in action 7, as the element makes it: a new action and list, the other 299 kept.
    const typed = { ...plan, actions: plan.actions.map((action, index) => (index === 7 ? { ...action, what: `${action.what}!` } : action)) };
    const touched = new Set<unknown>();
    const observe = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => events.forEach((event) => touched.add(event.target));
    map.observeDeep(observe);
    const before = Y.encodeStateVector(doc);
    doc.transact(() => writeState(map, typed, plan));
    expect(read<ActionPlanState>(doc)).to.deep.equal(typed);
    expect(touched.size, 'one text changed').to.equal(1);
    expect(Y.encodeStateAsUpdate(doc, before).length).to.be.below(60);
    // Skipped means not even read: a part the caller says is unchanged is left as the map has it.
    const elsewhere = structuredClone(typed);
    elsewhere.actions[3].who = 'Changed without telling';
    doc.transact(() => writeState(map, elsewhere));
    const next = { ...typed, actions: typed.actions.map((action, index) => (index === 8 ? { ...action, who: 'Bram' } : action)) };
    doc.transact(() => writeState(map, next, typed));
    expect(read<ActionPlanState>(doc).actions[3].who).to.equal('Changed without telling');
    expect(read<ActionPlanState>(doc).actions[8].who).to.equal('Bram');
    // Moved, added or removed ids: the whole list is matched by id as before.
    const moved = { ...next, actions: [next.actions[5], ...next.actions.filter((_action, index) => index !== 5 && index !== 9)] };
    doc.transact(() => writeState(map, moved, next));
    expect(read<ActionPlanState>(doc).actions.map((action) => action.id)).to.deep.equal(moved.actions.map((action) => action.id));
    map.unobserveDeep(observe);
  });

  it('maps lists of plain strings: typing in one line merges, added lines stay', () => {
    const [a, b] = pair(filledProfile);
    const onA = structuredClone(filledProfile);
    onA.sections[0].items[1] = 'Ik kan mensen heel erg aan het lachen maken.';
    const onB = structuredClone(filledProfile);
    onB.sections[0].items[1] = 'Ik kan mensen aan het lachen maken!';
    onB.sections[1].items.push('Muziek.');
    write(a, onA);
    write(b, onB);
    exchange(a, b);
    const merged = read<ProfileState>(a);
    expect(read(b)).to.deep.equal(merged);
    expect(merged.sections[0].items[1]).to.equal('Ik kan mensen heel erg aan het lachen maken!');
    expect(merged.sections[1].items).to.deep.equal([...filledProfile.sections[1].items, 'Muziek.']);
    // Removing and emptying lines, and an empty first line (a new profile has items: [""]).
    const next = structuredClone(merged);
    next.sections[0].items = [''];
    next.sections[2].items.splice(1, 1);
    write(a, next);
    exchange(a, b);
    expect(read(b)).to.deep.equal(next);
  });

  it('replaces a value whose kind changed (null ↔ text, list ↔ plain, object ↔ string) and removes absent keys', () => {
    const doc = new Y.Doc();
    const states: object[] = [
      { a: null, b: [1, 2], c: 'co-production', model: 'arnstein', d: { x: 1 } },
      { a: 'text', b: [{ id: 'x', t: 'y' }], c: { id: 'custom' }, model: { id: 'm', rungs: [{ id: 'r1', group: 'g' }] } },
      { a: 3, b: ['one', 'two'], c: [], model: 'co-production', e: true },
      { a: [1], b: [1, 2, 3], c: [[1], [2]], e: false },
      { a: [{ id: 'q' }], b: ['x'], c: 'x' },
    ];
    for (const state of states) {
      write(doc, state);
      expect(read(doc)).to.deep.equal(state);
    }
  });

  it('finds the minimal text diff and never splits an emoji', () => {
    expect(textDiff('hello world', 'hello brave world')).to.deep.equal({ index: 6, remove: 0, insert: 'brave ' });
    expect(textDiff('abc', 'abc')).to.deep.equal({ index: 3, remove: 0, insert: '' });
    expect(textDiff('aaa', 'aa')).to.deep.equal({ index: 2, remove: 1, insert: '' });
    const diff = textDiff('x😀y', 'x😃y');
    expect(diff).to.deep.equal({ index: 1, remove: 2, insert: '😃' });
    const doc = new Y.Doc();
    const text = doc.getText('t');
    for (const next of ['😀', '😀😃', 'a😃', '']) {
      writeText(text, next);
      expect(text.toString()).to.equal(next);
    }
  });

  it('appends an item to a shared list from another device, or updates the item with that id', () => {
    const start = { type: 'coprod-opportunity-board', version: 1, keeper: '', cards: [] as object[] };
    const [a, b] = pair(start);
    const card = { id: 'c9', idea: 'Een moestuin', name: '', date: '2026-11-25', wantsToJoin: true, status: 'new' };
    appendToList(a.getMap('field'), 'cards', card);
    appendToList(b.getMap('field'), 'cards', { ...card, id: 'c10' });
    exchange(a, b);
    expect((read<{ cards: { id: string }[] }>(a)).cards.map((c) => c.id).sort()).to.deep.equal(['c10', 'c9']);
    appendToList(a.getMap('field'), 'cards', { ...card, idea: 'Een grote moestuin' });
    appendToList(a.getMap('other'), 'cards', card);
    exchange(a, b);
    const cards = read<{ cards: { id: string; idea: string }[] }>(b).cards;
    expect(cards.find((c) => c.id === 'c9')?.idea).to.equal('Een grote moestuin');
    expect(readState(b.getMap('other'))).to.deep.equal({ cards: [card] });
  });
});

import { expect } from '@open-wc/testing';
import * as Y from 'yjs';
import '../src/support-circle/define.js';
import '../src/gratitude/define.js';
import '../src/action-plan/define.js';
import '../src/profile-card/define.js';
import { filledProfile } from './fixtures/profile-card.fixtures.js';
import type { ProfileState } from '../src/profile-card/profile-card.types.js';
import { sendKeys } from '@web/test-runner-commands';
import { fieldId } from '../src/core/coprod-element.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import type { ActionPlanState } from '../src/action-plan/plan.types.js';
import { emptyGratitude } from '../src/gratitude/gratitude.state.js';
import type { GratitudeState } from '../src/gratitude/gratitude.types.js';
import { bindElement, isBindable } from '../src/room/binding.js';
import { filledCircle } from './fixtures/support-circle.fixtures.js';
import { mount, query, record, settle, typeInto, type AnyCoprodElement } from './helpers.js';
import type { SupportCircleState } from '../src/support-circle/circle.types.js';

/** Two documents wired together as a server would (every update goes to the other). */
function linkedDocs(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, update, 'remote'));
  return [a, b];
}

/**
 * Device A with `start`, bound first (so the room starts with it), and device B joining with
 * nothing: both show `start` after.
 */
async function devicesInOneRoom(tag: string, start: object) {
  const [docA, docB] = linkedDocs();
  const a = await mount<AnyCoprodElement>(tag, { properties: { value: start } });
  const b = await mount<AnyCoprodElement>(tag);
  bindElement(a, docA, 'field');
  await settle();
  const bindingB = bindElement(b, docB, 'field');
  await settle();
  return { a, b, docB, bindingB };
}

describe('room: binding an element to a Yjs document by hand', () => {
  afterEach(() => document.querySelectorAll('coprod-support-circle, coprod-gratitude, coprod-action-plan, coprod-profile-card').forEach((el) => el.remove()));

  it('writes the starting state into an empty document once, and keeps two elements in step', async () => {
    const [docA, docB] = linkedDocs();
    const a = await mount<AnyCoprodElement>('coprod-support-circle', { properties: { value: filledCircle } });
    const b = await mount<AnyCoprodElement>('coprod-support-circle');
    expect(isBindable(a)).to.equal(true);
    expect(isBindable(document.createElement('div'))).to.equal(false);
    const bindingA = bindElement(a, docA, 'circle');
    await settle();
    const bindingB = bindElement(b, docB, 'circle');
    await settle();
    expect(bindingA.ready && bindingB.ready).to.equal(true);
    expect(b.value, 'the document had state: it replaces the starting state').to.deep.equal(filledCircle);
    const changes = record(b).changes;
    a.value = { ...filledCircle, people: filledCircle.people.slice(0, 2) };
    expect((b.value as SupportCircleState).people).to.have.length(2);
    expect(changes, 'changes from the room are not the user’s edits').to.have.length(0);
    bindingB.destroy();
    a.value = filledCircle;
    expect((b.value as SupportCircleState).people, 'no longer bound').to.have.length(2);
    bindingA.destroy();
  });

  it('keeps an edit made before the first sync when the room’s state arrives first, and merges both', async () => {
    const person = (id: string, name: string) => ({ id, name, ring: 'co-producers' as const, involvement: '', contact: '' });
    const start: SupportCircleState = { ...filledCircle, people: [person('p1', 'Anna')] };
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const b = await mount<AnyCoprodElement>('coprod-support-circle', { properties: { value: start } });
    bindElement(b, docB, 'circle');
    await settle();
    // Someone in the room adds a person before this device has synced.
    b.value = { ...start, people: [...start.people, person('p2', 'Bram')] };
    const a = await mount<AnyCoprodElement>('coprod-support-circle', { properties: { value: start } });
    let firstSync!: () => void;
    const bindingA = bindElement(a, docA, 'circle', { synced: new Promise<void>((resolve) => (firstSync = resolve)) });
    // The person here adds someone too, still before the first sync.
    a.value = { ...start, people: [...start.people, person('p3', 'Cem')] };
    // The room's state arrives (sync step 2) before the sync is complete.
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB), 'remote');
    expect((a.value as SupportCircleState).people.map((p) => p.id), 'the edit here is still shown').to.include('p3');
    firstSync();
    await settle();
    expect(bindingA.ready).to.equal(true);
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA), 'remote');
    const ids = (el: AnyCoprodElement) => (el.value as SupportCircleState).people.map((p) => p.id).sort();
    expect(ids(a), 'both edits on this device').to.deep.equal(['p1', 'p2', 'p3']);
    expect(ids(b), 'both edits in the room').to.deep.equal(['p1', 'p2', 'p3']);
  });

  it('keeps what two fresh devices type when their starting dates differ (either side of midnight)', async () => {
    const start = emptyGratitude();
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const a = await mount<AnyCoprodElement>('coprod-gratitude', { properties: { value: { ...start, date: '2026-12-07' } } });
    const b = await mount<AnyCoprodElement>('coprod-gratitude', { properties: { value: { ...start, date: '2026-12-08' } } });
    // Both join the new room at the same moment: each finds it empty and writes its start.
    bindElement(a, docA, 'gratitude');
    bindElement(b, docB, 'gratitude');
    await settle();
    const type = (el: AnyCoprodElement, index: number, text: string) => {
      const state = el.value as GratitudeState;
      el.value = { ...state, items: state.items.map((item, at) => (at === index ? { ...item, text } : item)) };
    };
    type(a, 0, 'Een wandeling in de zon');
    type(b, 1, 'Koffie met mijn buurvrouw');
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA), 'remote');
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB), 'remote');
    for (const el of [a, b]) {
      const state = el.value as GratitudeState;
      expect(state.items.map((item) => item.text)).to.deep.equal(['Een wandeling in de zon', 'Koffie met mijn buurvrouw', '']);
      expect(['2026-12-07', '2026-12-08']).to.include(state.date);
    }
    expect(a.value).to.deep.equal(b.value);
  });

  it('keeps the keyboard in the field of a person typing when someone else moves that row', async () => {
    const { a, b } = await devicesInOneRoom('coprod-action-plan', filledPlan);
    const [first, second, ...rest] = filledPlan.actions;
    const field = query<HTMLTextAreaElement>(b, `#${fieldId(`${first.id}-what`)}`);
    field.focus();
    field.setSelectionRange(4, 4);
    // On A, the action B is typing in moves down (set by script: A's own Move down would take
    // the focus in this one page): B's row moves in B's page, and its fields with it.
    a.value = { ...filledPlan, actions: [second, first, ...rest] };
    await settle();
    expect((b.value as ActionPlanState).actions[1].id).to.equal(first.id);
    expect(b.shadowRoot!.activeElement === field, 'still in the field').to.equal(true);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([4, 4]);
    await sendKeys({ type: 'X' });
    expect((b.value as ActionPlanState).actions[1].what).to.equal(`${first.what.slice(0, 4)}X${first.what.slice(4)}`);
  });

  it('keeps what a person types in a profile section in that section when someone else moves it', async () => {
    const { a, b } = await devicesInOneRoom('coprod-profile-card', filledProfile);
    const [first, second, ...rest] = filledProfile.sections;
    const field = query<HTMLTextAreaElement>(b, `[data-section="${first.id}"] textarea`);
    field.focus();
    const end = field.value.length;
    field.setSelectionRange(end, end);
    a.value = { ...filledProfile, sections: [second, first, ...rest] };
    await settle();
    await sendKeys({ type: ' Ook koken.' });
    const sections = (b.value as ProfileState).sections;
    expect(sections.map((section) => section.id).slice(0, 2)).to.deep.equal([second.id, first.id]);
    expect(sections[1].items[0]).to.equal(`${first.items[0]} Ook koken.`);
    expect(sections[0].items[0]).to.equal(second.items[0]);
  });

  it('keeps the person typing in their good thing when someone else removes the one before it', async () => {
    const start = emptyGratitude();
    start.items = start.items.map((item, index) => ({ ...item, text: `Ding ${index + 1}.` }));
    const { a, b } = await devicesInOneRoom('coprod-gratitude', start);
    const last = start.items[2];
    const field = query<HTMLTextAreaElement>(b, `#${fieldId(`${last.id}-text`)}`);
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    a.value = { ...start, items: start.items.slice(1) };
    await settle();
    await sendKeys({ type: ' En nog iets.' });
    expect((b.value as GratitudeState).items.map((item) => item.text)).to.deep.equal(['Ding 2.', 'Ding 3. En nog iets.']);
  });

  it('after a teammate’s change, writes only what this person then changes (the rest is not even read)', async () => {
    const { a, b, docB, bindingB } = await devicesInOneRoom('coprod-action-plan', filledPlan);
    const edit = (el: AnyCoprodElement, index: number, what: string) => {
      const state = el.value as ActionPlanState;
      el.value = { ...state, actions: state.actions.map((action, at) => (at === index ? { ...action, what } : action)) };
    };
    edit(a, 0, 'Door A veranderd.');
    expect((b.value as ActionPlanState).actions[0].what).to.equal('Door A veranderd.');
    // A probe: B's document changes without B hearing of it (as if B had written it).
    const actions = docB.getMap('field').get('actions') as Y.Array<Y.Map<unknown>>;
    const probe = actions.toArray().find((item) => item.get('id') === filledPlan.actions[4].id)!;
    docB.transact(() => probe.set('who', 'probe'), bindingB);
    // B types in another action: only that action is written, so the probe stays.
    typeInto(query<HTMLTextAreaElement>(b, `#${fieldId(`${filledPlan.actions[2].id}-what`)}`), 'Door B getypt.');
    expect((a.value as ActionPlanState).actions[2].what).to.equal('Door B getypt.');
    expect(probe.get('who')).to.equal('probe');
  });

  it('refuses invalid data from the document with source sync and keeps the state', async () => {
    const [docA] = linkedDocs();
    const a = await mount<AnyCoprodElement>('coprod-support-circle', { properties: { value: filledCircle } });
    bindElement(a, docA, 'circle');
    await settle();
    const { invalids } = record(a);
    docA.transact(() => docA.getMap('circle').set('type', 'something-else'));
    expect(invalids).to.have.length(1);
    expect(invalids[0].detail.source).to.equal('sync');
    expect(a.value).to.deep.equal(filledCircle);
  });

  it('keeps the caret of the person typing where it was when someone else’s text arrives', async () => {
    const [docA, docB] = linkedDocs();
    const start = { ...filledCircle, people: [{ id: 'p1', name: 'Anna', ring: 'co-producers' as const, involvement: 'helpt mee', contact: '' }] };
    const a = await mount<AnyCoprodElement>('coprod-support-circle', { properties: { value: start } });
    const b = await mount<AnyCoprodElement>('coprod-support-circle');
    bindElement(a, docA, 'circle');
    bindElement(b, docB, 'circle');
    await settle();
    const field = query<HTMLTextAreaElement>(a, 'textarea');
    field.focus();
    field.setSelectionRange(5, 5); // "helpt| mee"
    b.value = { ...start, people: [{ ...start.people[0], involvement: 'Ze helpt mee' }] };
    await a.updateComplete;
    await settle();
    expect(field.value).to.equal('Ze helpt mee');
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([8, 8]);
  });
});

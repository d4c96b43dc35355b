import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/support-circle/define.js';
import '../src/ladder/define.js';
import type { CoprodSupportCircle } from '../src/support-circle/circle.element.js';
import type { CoprodLadder } from '../src/ladder/ladder.element.js';
import { circleChanges, keepCircleSnapshot, supportCircleSchema } from '../src/support-circle/circle.state.js';
import { keepLadderSnapshot, ladderSchema } from '../src/ladder/ladder.state.js';
import { MAX_SNAPSHOTS } from '../src/core/snapshots.js';
import { parseState } from '../src/core/validate.js';
import type { SupportCircleState } from '../src/support-circle/circle.types.js';
import type { LadderState } from '../src/ladder/ladder.types.js';
import { filledCircle } from './fixtures/support-circle.fixtures.js';
import { filledLadder } from './fixtures/ladder.fixtures.js';
import { clone, fieldByLabel, mount, query, queryAll, record, settle, switchLocale, typeInto } from './helpers.js';

const circleWithSnapshot = (): SupportCircleState => keepCircleSnapshot(clone(filledCircle), 'Bij de start', '2026-01-15');

function errorsOf<S>(schema: Parameters<typeof parseState<S>>[0], data: unknown): string[] {
  const result = parseState(schema, data);
  return result.ok ? [] : result.errors.map((error) => error.path);
}

describe('snapshots: state', () => {
  it('old states stay valid and gain no field; a state with snapshots round-trips exactly', () => {
    const old = parseState(supportCircleSchema, clone(filledCircle));
    expect(old.ok && 'snapshots' in old.value).to.equal(false);
    const kept = circleWithSnapshot();
    const again = parseState(supportCircleSchema, JSON.parse(JSON.stringify(kept)));
    expect(again.ok && again.value).to.deep.equal(kept);
    const ladder = keepLadderSnapshot(clone(filledLadder), '', '2026-03-01');
    const ladderAgain = parseState(ladderSchema, JSON.parse(JSON.stringify(ladder)));
    expect(ladderAgain.ok && ladderAgain.value).to.deep.equal(ladder);
    expect(Object.keys(ladder.snapshots![0]).sort()).to.deep.equal(['date', 'examples', 'id', 'label', 'model', 'perspective', 'reflection']);
  });

  it('a snapshot is a copy: later edits of the state do not reach it', () => {
    const state = circleWithSnapshot();
    state.people[0].name = 'Iemand anders';
    expect(state.snapshots![0].people[0].name).to.equal(filledCircle.people[0].name);
  });

  it('refuses bad snapshots with the path of each fault', () => {
    const good = circleWithSnapshot();
    const snap = good.snapshots![0];
    expect(errorsOf(supportCircleSchema, { ...good, snapshots: [{ ...snap, date: '2026-02-30' }] })).to.deep.equal(['/snapshots/0/date']);
    expect(errorsOf(supportCircleSchema, { ...good, snapshots: [snap, { ...snap }] })).to.deep.equal(['/snapshots/1/id']);
    expect(errorsOf(supportCircleSchema, { ...good, snapshots: [{ ...snap, people: [{ ...snap.people[0], ring: 'x' }] }] })).to.deep.equal(['/snapshots/0/people/0/ring']);
    expect(errorsOf(supportCircleSchema, { ...good, snapshots: [{ ...snap, label: 'x'.repeat(201) }] })).to.deep.equal(['/snapshots/0/label']);
    expect(errorsOf(supportCircleSchema, { ...good, snapshots: {} })).to.deep.equal(['/snapshots']);
    const many = Array.from({ length: MAX_SNAPSHOTS + 1 }, (_, i) => ({ ...snap, id: `s${i}` }));
    expect(errorsOf(supportCircleSchema, { ...good, snapshots: many })).to.deep.equal(['/snapshots']);
    // A ladder snapshot's steps belong to its own ladder model.
    const ladder = keepLadderSnapshot(clone(filledLadder), 'Start', '2026-01-01');
    const bad = { ...ladder, snapshots: [{ ...ladder.snapshots![0], model: 'arnstein' }] };
    expect(errorsOf(ladderSchema, bad).every((path) => path.startsWith('/snapshots/0/examples/'))).to.equal(true);
    expect(errorsOf(ladderSchema, bad).length).to.be.greaterThan(0);
  });

  it('names what changed since a snapshot: new, moved, gone', () => {
    const then = filledCircle.people;
    const now = [{ ...then[0], ring: 'consulted' as const }, ...then.slice(2), { id: 'new', name: 'Nieuw', ring: 'involved' as const, involvement: '', contact: '' }];
    const changes = circleChanges(then, now);
    expect([...changes.added]).to.deep.equal(['new']);
    expect([...changes.movedFrom]).to.deep.equal([[then[0].id, then[0].ring]]);
    expect([...changes.gone]).to.deep.equal([then[1].id]);
  });
});

describe('snapshots: support circle', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await setViewport({ width: 800, height: 600 });
    await switchLocale('en');
  });

  it('keeps the circle as a dated, named snapshot; the value round-trips and later edits leave it alone', async () => {
    const el = await mount<CoprodSupportCircle>('coprod-support-circle', { properties: { value: clone(filledCircle) } });
    const { changes } = record(el);
    typeInto(fieldByLabel(el, 'Name of the snapshot'), 'At the start');
    const date = fieldByLabel(el, 'Date');
    date.value = '2026-01-15';
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    date.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    // The date in words follows the pick, before anything is kept.
    expect(query(el, '#snapshot-date-words').textContent?.trim()).to.equal('January 15, 2026');
    query<HTMLButtonElement>(el, 'button.snapshot-keep-button').click();
    await el.updateComplete;
    expect(changes.length).to.equal(1);
    const snapshots = el.value.snapshots!;
    expect(snapshots.map(({ id, label, date }) => ({ id, label, date }))).to.deep.equal([{ id: snapshots[0].id, label: 'At the start', date: '2026-01-15' }]);
    expect(snapshots[0].id).to.match(/^snap1-/);
    expect(snapshots[0].people).to.deep.equal(filledCircle.people);
    expect(fieldByLabel(el, 'Name of the snapshot').value).to.equal('');
    expect(query(el, '.snapshot-list').textContent).to.contain('At the start').and.contain('January 15, 2026');

    typeInto(fieldByLabel<HTMLInputElement>(el, 'Name'), 'Fatima E.');
    await el.updateComplete;
    expect(el.value.snapshots![0].people[0].name).to.equal(filledCircle.people[0].name);

    const copy = await mount<CoprodSupportCircle>('coprod-support-circle', { properties: { value: JSON.parse(JSON.stringify(el)) } });
    expect(copy.value).to.deep.equal(el.value);
  });

  it('shows a snapshot beside now, read-only, with what changed; Close returns focus to the list', async () => {
    const state = circleWithSnapshot();
    state.people = [{ ...state.people[0], ring: 'consulted' }, ...state.people.slice(2), { id: 'p99', name: 'Noor', ring: 'participants', involvement: '', contact: '' }];
    const el = await mount<CoprodSupportCircle>('coprod-support-circle', { properties: { value: state } });
    const open = query<HTMLButtonElement>(el, '.snapshot-open');
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.click();
    await el.updateComplete;
    await el.updateComplete;
    const compare = query(el, '.snapshot-compare');
    expect(compare.getAttribute('role')).to.equal('region');
    expect(el.shadowRoot!.activeElement?.id).to.equal('snapshot-compare-heading');
    const then = query(el, '.snapshot-side.snapshot-then');
    const now = query(el, '.snapshot-side.snapshot-now');
    expect(then.querySelector('h5')!.textContent).to.contain('Bij de start');
    expect(now.querySelector('h5')!.textContent).to.contain('The circle now');
    // Read-only: nothing in the snapshot can be edited.
    expect(then.querySelectorAll('input, textarea, select, button').length).to.equal(0);
    expect(then.textContent).to.contain(filledCircle.people[1].name);
    expect(now.textContent).to.contain('Noor (new)');
    expect(now.textContent).to.contain(`${filledCircle.people[0].name} (was: Co-producers)`);
    expect(now.querySelector('.gone')!.textContent).to.contain(filledCircle.people[1].name);

    // axe finds nothing wrong with the list and the two sides, in Dutch too.
    await expect(el).to.be.accessible();
    query<HTMLButtonElement>(el, '.snapshot-open').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.snapshot-compare')).to.equal(null);
    expect(el.shadowRoot!.activeElement === query(el, '.snapshot-open'), 'focus back on the button').to.equal(true);
  });

  it('typing in the circle does not render the snapshot list or the open snapshot again', async () => {
    const el = await mount<CoprodSupportCircle>('coprod-support-circle', { properties: { value: circleWithSnapshot() } });
    query<HTMLButtonElement>(el, '.snapshot-open').click();
    await el.updateComplete;
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(query(el, '.snapshot-list'), { subtree: true, childList: true, characterData: true, attributes: true });
    observer.observe(query(el, '.snapshot-side.snapshot-then'), { subtree: true, childList: true, characterData: true, attributes: true });
    for (const text of ['F', 'Fa', 'Fat']) {
      typeInto(fieldByLabel<HTMLInputElement>(el, 'Name'), text);
      await el.updateComplete;
    }
    observer.disconnect();
    expect(mutations.length).to.equal(0);
    // The side of now does follow the typing.
    expect(query(el, '.snapshot-side.snapshot-now').textContent).to.contain('Fat');
  });

  it('removes a snapshot with Undo', async () => {
    const el = await mount<CoprodSupportCircle>('coprod-support-circle', { properties: { value: circleWithSnapshot() } });
    query<HTMLButtonElement>(el, '.snapshot-remove').click();
    await el.updateComplete;
    expect(el.value.snapshots).to.deep.equal([]);
    const undo = query<HTMLButtonElement>(el, 'button.undo');
    expect(undo.closest('.notice')!.textContent).to.contain('Removed: Bij de start');
    undo.click();
    await el.updateComplete;
    expect(el.value.snapshots!.length).to.equal(1);
  });

  it('shows the two sides side by side on a wide screen and stacked on a narrow one', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await mount<CoprodSupportCircle>('coprod-support-circle', { properties: { value: circleWithSnapshot() } });
    query<HTMLButtonElement>(el, '.snapshot-open').click();
    await el.updateComplete;
    const sides = () => [query(el, '.snapshot-side.snapshot-then').getBoundingClientRect(), query(el, '.snapshot-side.snapshot-now').getBoundingClientRect()];
    let [then, now] = sides();
    expect(then.top).to.equal(now.top);
    expect(now.left).to.be.greaterThan(then.right - 1);
    await setViewport({ width: 360, height: 800 });
    await settle(50);
    [then, now] = sides();
    expect(now.top).to.be.greaterThan(then.bottom - 1);
  });

  it('read-only: the list can be opened, not changed; no snapshots, no section', async () => {
    const el = await mount<CoprodSupportCircle>('coprod-support-circle', { attributes: { readonly: '' }, properties: { value: circleWithSnapshot() } });
    expect(queryAll(el, '.snapshot-remove').length).to.equal(0);
    expect(queryAll(el, '#snapshot-label').length).to.equal(0);
    expect(queryAll(el, '.snapshot-open').length).to.equal(1);
    const plain = await mount<CoprodSupportCircle>('coprod-support-circle', { attributes: { readonly: '' }, properties: { value: clone(filledCircle) } });
    expect(queryAll(plain, '.snapshots').length).to.equal(0);
  });

  it('prints the snapshots as a small table', async () => {
    const el = await mount<CoprodSupportCircle>('coprod-support-circle', { properties: { value: circleWithSnapshot() } });
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const rows = queryAll(el, '.print-snapshots tbody tr');
    window.dispatchEvent(new Event('afterprint'));
    expect(rows.length).to.equal(1);
    expect(rows[0].textContent).to.contain('Bij de start').and.contain('January 15, 2026').and.contain('In the circle:');
  });

  it('speaks Dutch', async () => {
    await switchLocale('nl');
    const el = await mount<CoprodSupportCircle>('coprod-support-circle', { properties: { value: circleWithSnapshot() } });
    query<HTMLButtonElement>(el, '.snapshot-open').click();
    await el.updateComplete;
    expect(query(el, '#snapshots-heading').textContent).to.contain('Momentopnames');
    expect(query(el, '.snapshot-side.snapshot-now h5').textContent).to.contain('De cirkel nu');
    expect(query(el, '.snapshot-list').textContent).to.contain('15 januari 2026');
  });
});

describe('snapshots: ladder', () => {
  afterEach(() => document.body.replaceChildren());

  it('keeps the worksheet, then shows which examples moved to another step since', async () => {
    const el = await mount<CoprodLadder>('coprod-ladder', { properties: { value: clone(filledLadder) } });
    typeInto(fieldByLabel(el, 'Name of the snapshot'), 'Start');
    query<HTMLButtonElement>(el, 'button.snapshot-keep-button').click();
    await el.updateComplete;
    const state: LadderState = el.value;
    expect(state.snapshots!.length).to.equal(1);
    expect(state.snapshots![0].examples).to.deep.equal(filledLadder.examples);
    // Move example 1 to another step.
    const first = state.examples[0];
    el.value = { ...state, examples: [{ ...first, rung: 'consultation' }, ...state.examples.slice(1)] };
    await el.updateComplete;
    query<HTMLButtonElement>(el, '.snapshot-open').click();
    await el.updateComplete;
    const now = query(el, '.snapshot-side.snapshot-now');
    expect(now.textContent).to.match(/Example 1: .*\(was: Co-design\)/s);
    const then = query(el, '.snapshot-side.snapshot-then');
    expect(then.querySelectorAll('input, textarea, select, button').length).to.equal(0);
    expect(then.textContent).to.contain('Co-design');
  });
});

import { expect } from '@open-wc/testing';
import '../src/index.js';
import { findPeopleSource, namesOf } from '../src/core/people.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import { filledBoard } from './fixtures/opportunity.fixtures.js';
import { fieldByLabel, mount, settle, shadow } from './helpers.js';

const circleState = (...names: string[]) => ({
  type: 'coprod-support-circle',
  version: 1,
  people: names.map((name, index) => ({ id: `p${index}`, name, ring: 'co-producers', involvement: '', contact: '' })),
});

/** The suggestions a field offers: the options of the datalist its `list` names, in its own shadow root. */
function suggestions(host: HTMLElement, field: HTMLInputElement): string[] {
  const id = field.getAttribute('list');
  if (!id) return [];
  const list = shadow(host).getElementById(id) as HTMLDataListElement | null;
  return list ? [...list.options].map((option) => option.value) : [];
}

describe('people shared across exercises', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('namesOf: distinct, non-empty names in the circle’s order', () => {
    expect(namesOf({ people: [{ name: ' Anna ' }, { name: '' }, { name: 'anna' }, { name: 'Bram' }, { name: 3 }] })).to.deep.equal(['Anna', 'Bram']);
    expect(namesOf(undefined)).to.deep.equal([]);
  });

  it('finds the circle by people="ID", else the first circle in the same coprod-room, else none', async () => {
    const circle = await mount('coprod-support-circle', { attributes: { id: 'c1' } });
    const plan = await mount('coprod-action-plan', { attributes: { people: 'c1' } });
    expect(findPeopleSource(plan)).to.equal(circle);
    const wrong = await mount('coprod-action-plan', { attributes: { people: 'nope' } });
    expect(findPeopleSource(wrong)).to.equal(null);
    const room = document.createElement('coprod-room');
    document.body.append(room);
    const inRoom = await mount('coprod-support-circle', { parent: room });
    const roomPlan = await mount('coprod-action-plan', { parent: room });
    expect(findPeopleSource(roomPlan)).to.equal(inRoom);
    const alone = await mount('coprod-action-plan');
    expect(findPeopleSource(alone)).to.equal(null);
  });

  it('offers the circle’s names for the plan’s "who", the card keeper and a card’s name, and follows the circle', async () => {
    const circle = await mount('coprod-support-circle', { attributes: { id: 'team' }, properties: { value: circleState('Anna de Vries', 'Mo') } });
    const plan = await mount('coprod-action-plan', { attributes: { people: 'team' }, properties: { value: filledPlan } });
    const board = await mount('coprod-opportunity-board', { attributes: { people: 'team' }, properties: { value: filledBoard } });
    const card = await mount('coprod-opportunity-card', { attributes: { people: 'team' } });
    await settle();
    for (const el of [plan, board, card]) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const who = shadow(plan).querySelector<HTMLInputElement>('.cell-who input')!;
    expect(suggestions(plan, who)).to.deep.equal(['Anna de Vries', 'Mo']);
    expect(suggestions(board, fieldByLabel(board, 'Card keeper'))).to.deep.equal(['Anna de Vries', 'Mo']);
    expect(suggestions(card, fieldByLabel(card, 'My name (optional)'))).to.deep.equal(['Anna de Vries', 'Mo']);
    (circle as unknown as { value: unknown }).value = circleState('Anna de Vries', 'Mo', 'Sara');
    await (board as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(suggestions(board, fieldByLabel(board, 'Card keeper'))).to.deep.equal(['Anna de Vries', 'Mo', 'Sara']);
    // Suggestions never limit what may be typed.
    expect(fieldByLabel(board, 'Card keeper').getAttribute('maxlength')).to.equal(null);
  });

  it('works without a circle: no list, nothing required', async () => {
    const plan = await mount('coprod-action-plan', { properties: { value: filledPlan } });
    const who = shadow(plan).querySelector<HTMLInputElement>('.cell-who input')!;
    expect(who.hasAttribute('list')).to.equal(false);
    expect(shadow(plan).querySelectorAll('datalist')).to.have.length(0);
  });
});

describe('opportunity board: keeper per meeting, what was decided, invited to help', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('validates and round-trips the optional fields; older boards read back unchanged', async () => {
    const { boardSchema } = await import('../src/opportunity/board.state.js');
    const { parseState } = await import('../src/core/validate.js');
    const old = parseState(boardSchema, filledBoard);
    expect(old.ok && old.value).to.deep.equal(filledBoard);
    const meeting = filledBoard.cards.find((card) => card.meeting)!.meeting!;
    const withFields = {
      ...filledBoard,
      keepers: { [meeting]: 'Mo' },
      cards: filledBoard.cards.map((card, index) => (index === 0 ? { ...card, decided: 'We try it in March.', invited: true } : card)),
    };
    const read = parseState(boardSchema, withFields);
    expect(read.ok && read.value).to.deep.equal(withFields);
    const bad = parseState(boardSchema, { ...withFields, keepers: { 'next week': 'x'.repeat(201) }, cards: [{ ...withFields.cards[0], invited: 'yes', decided: 5 }] });
    expect(!bad.ok && bad.errors.map((error) => error.path)).to.deep.equal(['/cards/0/decided', '/cards/0/invited', '/keepers/next week', '/keepers/next week']);
  });

  it('records the keeper of a meeting, and what was decided about a card', async () => {
    const board = await mount('coprod-opportunity-board', { properties: { value: filledBoard } });
    const el = board as unknown as { value: typeof filledBoard & { keepers?: Record<string, string> }; updateComplete: Promise<unknown> };
    const keeperField = fieldByLabel(board, 'Card keeper at this meeting');
    keeperField.focus();
    keeperField.value = 'Mo';
    keeperField.dispatchEvent(new Event('input'));
    const meeting = shadow(board).querySelector<HTMLElement>('.meeting[data-meeting]:not([data-meeting=""])')!.dataset.meeting!;
    expect(el.value.keepers).to.deep.equal({ [meeting]: 'Mo' });
    const card = shadow(board).querySelector<HTMLElement>('article.card')!;
    card.querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    const decided = fieldByLabel<HTMLTextAreaElement>(board, 'What was decided');
    decided.value = 'We try it in March.';
    decided.dispatchEvent(new Event('input'));
    card.querySelector<HTMLInputElement>('input.invited')!.click();
    const saved = el.value.cards.find((candidate) => candidate.id === card.dataset.id)!;
    expect(saved).to.deep.include({ decided: 'We try it in March.', invited: true });
  });
});

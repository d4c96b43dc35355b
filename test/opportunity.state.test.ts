import { expect } from '@open-wc/testing';
import { parseState } from '../src/core/validate.js';
import { boardSchema, csvRows, emptyBoard, filterCards, groupByMeeting, meetingsOf, parseCardInput, stepStatus, updateCard, withCard } from '../src/opportunity/board.state.js';
import { BLANK_CARD_ID, canHandIn, cardSchema, emptyCard, newCardId, nextBlankCard } from '../src/opportunity/card.state.js';
import { statuses } from '../src/opportunity/opportunity.types.js';
import { today } from '../src/core/validate.js';
import { filledBoard, filledCard, generateBoard } from './fixtures/opportunity.fixtures.js';

const labels = {
  header: ['Meeting', 'Status', 'Idea', 'Name', 'Date', 'Wants to help'],
  status: { new: 'New', discussed: 'Discussed', 'taken-up': 'Taken up', parked: 'Parked' },
  notPlanned: 'Not planned yet',
  anonymous: 'Anonymous',
  yes: 'yes',
  no: 'no',
};

describe('opportunity card state (pure)', () => {
  it('accepts the empty and the filled card unchanged', () => {
    for (const state of [emptyCard(), filledCard]) expect(parseState(cardSchema, JSON.parse(JSON.stringify(state)))).to.deep.equal({ ok: true, value: state });
  });

  it('a blank card has the placeholder id and today’s date; every empty() is the same', () => {
    expect(emptyCard()).to.deep.equal({ type: 'coprod-opportunity-card', version: 1, id: BLANK_CARD_ID, idea: '', name: '', date: today(), wantsToJoin: false, status: 'new' });
    expect(emptyCard()).to.deep.equal(emptyCard());
  });

  it('a card for the next idea has a new id each time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => nextBlankCard().id));
    expect(ids.size).to.equal(200);
    for (const id of ids) expect(id).to.match(/^c-[a-z0-9]{12}$/);
    expect(newCardId()).not.to.equal(newCardId());
  });

  it('reads hand-written cards: no id is a blank card, no date is today, no status is new', () => {
    const result = parseState(cardSchema, { type: 'coprod-opportunity-card', version: 1, idea: 'Een idee' });
    expect(result).to.deep.equal({ ok: true, value: { ...emptyCard(), idea: 'Een idee' } });
  });

  it('reports every fault with its path', () => {
    const result = parseState(cardSchema, { type: 'coprod-opportunity-card', version: 1, id: 3, idea: [], name: 'n'.repeat(201), date: '25-11-2026', wantsToJoin: 1, status: 'done' });
    expect(!result.ok && result.errors.map((error) => error.path)).to.have.members(['/id', '/idea', '/name', '/date', '/wantsToJoin', '/status']);
  });

  it('needs an idea to hand in, not just spaces', () => {
    expect(canHandIn({ idea: 'Een idee' })).to.equal(true);
    expect(canHandIn({ idea: ' \n ' })).to.equal(false);
    expect(canHandIn({ idea: '' })).to.equal(false);
  });
});

describe('opportunity board state (pure)', () => {
  it('accepts the empty, the filled and a generated board unchanged', () => {
    for (const state of [emptyBoard(), filledBoard, generateBoard(300)]) expect(parseState(boardSchema, JSON.parse(JSON.stringify(state)))).to.deep.equal({ ok: true, value: state });
  });

  it('reads a card without meeting as not planned yet', () => {
    const result = parseState(boardSchema, { type: 'coprod-opportunity-board', version: 1, cards: [{ id: 'a', idea: 'x', date: '2026-11-01' }] });
    expect(result.ok && result.value).to.deep.equal({ type: 'coprod-opportunity-board', version: 1, keeper: '', cards: [{ id: 'a', idea: 'x', name: '', date: '2026-11-01', wantsToJoin: false, status: 'new', meeting: null }] });
  });

  it('groups by meeting: not planned first, then by date, keeping card order', () => {
    const groups = groupByMeeting(filledBoard.cards);
    expect(groups.map((group) => group.meeting)).to.deep.equal([null, '2026-11-04', '2026-11-18', '2026-12-02']);
    expect(groups[1].cards.map((card) => card.id)).to.deep.equal(['c1', 'c2', 'c3']);
    expect(groupByMeeting([])).to.deep.equal([]);
  });

  it('filters by status and meeting', () => {
    const ids = (cards: { id: string }[]) => cards.map((card) => card.id);
    expect(ids(filterCards(filledBoard.cards, { statuses: new Set(['parked', 'taken-up'] as const) }))).to.deep.equal(['c1', 'c3']);
    expect(ids(filterCards(filledBoard.cards, { meeting: 'none' }))).to.deep.equal(['c7', 'c8']);
    expect(ids(filterCards(filledBoard.cards, { meeting: '2026-11-18', statuses: new Set(['new'] as const) }))).to.deep.equal(['c5']);
    expect(filterCards(filledBoard.cards, {})).to.have.length(8);
  });

  it('lists meetings once, earliest first', () => {
    expect(meetingsOf(filledBoard.cards)).to.deep.equal(['2026-11-04', '2026-11-18', '2026-12-02']);
  });

  it('steps a status left and right, stopping at the ends', () => {
    expect(stepStatus('new', 1)).to.equal('discussed');
    expect(stepStatus('discussed', -1)).to.equal('new');
    expect(stepStatus('new', -1)).to.equal('new');
    expect(stepStatus('parked', 1)).to.equal('parked');
    expect(statuses).to.deep.equal(['new', 'discussed', 'taken-up', 'parked']);
  });

  it('updates one card and keeps the others as they were (same objects)', () => {
    const next = updateCard(filledBoard, 'c2', { status: 'taken-up' });
    expect(next.cards[1].status).to.equal('taken-up');
    expect(filledBoard.cards[1].status).to.equal('discussed');
    expect(next.cards.filter((card, i) => card === filledBoard.cards[i])).to.have.length(7);
  });

  it('adds a new card at the end; a known id updates the text but keeps status and meeting', () => {
    const added = withCard(filledBoard, { id: 'c9', idea: 'Nieuw', name: '', date: '2026-11-25', wantsToJoin: false, status: 'new', meeting: null });
    expect(added.updated).to.equal(false);
    expect(added.board.cards.at(-1)!.id).to.equal('c9');
    const again = withCard(filledBoard, { ...filledBoard.cards[0], idea: 'Koffie-uurtje voor vaders en opa’s.', status: 'new', meeting: null });
    expect(again.updated).to.equal(true);
    expect(again.board.cards[0]).to.deep.equal({ ...filledBoard.cards[0], idea: 'Koffie-uurtje voor vaders en opa’s.' });
  });

  it('reads a card for addCard with paths into the card, and gives a card without id a fresh one', () => {
    const fresh = parseCardInput({ idea: 'x', type: 'coprod-opportunity-card', version: 1 });
    expect(fresh.ok && fresh.value.id).to.match(/^c-/);
    expect(fresh.ok && fresh.value).to.deep.include({ idea: 'x', name: '', status: 'new', meeting: null, date: today() });
    const bad = parseCardInput({ id: 'a', idea: 1, meeting: '2026-02-30' });
    expect(!bad.ok && bad.errors.map((error) => error.path)).to.deep.equal(['/idea', '/meeting']);
    expect(parseCardInput('card').ok).to.equal(false);
    expect(parseCardInput([]).ok).to.equal(false);
  });

  it('makes CSV rows grouped as on the board', () => {
    const rows = csvRows(filledBoard.cards, labels);
    expect(rows.map((row) => row.slice(0, 2).join(' / '))).to.deep.equal([
      'Not planned yet / New',
      'Not planned yet / New',
      '2026-11-04 / Discussed',
      '2026-11-04 / Taken up',
      '2026-11-04 / Parked',
      '2026-11-18 / New',
      '2026-11-18 / Discussed',
      '2026-12-02 / New',
    ]);
    expect(rows[2].slice(3)).to.deep.equal(['Anonymous', '2026-10-30', 'no']);
    expect(rows[3].slice(3)).to.deep.equal(['Youssef', '2026-10-29', 'yes']);
  });

  it('generates the same board for the same input, spread over meetings', () => {
    expect(generateBoard(50)).to.deep.equal(generateBoard(50));
    const board = generateBoard(1000, 12);
    expect(board.cards).to.have.length(1000);
    expect(meetingsOf(board.cards)).to.have.length(12);
    expect(board.cards.filter((card) => card.meeting === null).length).to.be.greaterThan(50);
  });
});

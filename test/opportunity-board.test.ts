import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/opportunity/define-board.js';
import type { CoprodOpportunityBoard } from '../src/opportunity/board.element.js';
import type { CardInput, OpportunityBoardState } from '../src/opportunity/opportunity.types.js';
import { runContractSuite } from './contract.suite.js';
import { filledBoard, generateBoard } from './fixtures/opportunity.fixtures.js';
import { clone, fieldByLabel, mount, query, queryAll, record, settle, shadow, switchLocale, typeInto } from './helpers.js';

runContractSuite<OpportunityBoardState>({
  tag: 'coprod-opportunity-board',
  filled: filledBoard,
  withText: (state, text) => ({ ...state, cards: [{ ...state.cards[0], idea: text }, ...state.cards.slice(1)] }),
  textPath: '/cards/0/idea',
  withName: (state, text) => ({ ...state, keeper: text }),
  namePath: '/keeper',
  invalid: [
    { name: 'an unknown status', data: (filled) => ({ ...filled, cards: [filled.cards[0], { ...filled.cards[1], status: 'done' }] }), path: '/cards/1/status' },
    { name: 'a meeting that is not a date', data: (filled) => ({ ...filled, cards: [{ ...filled.cards[0], meeting: 'next week' }] }), path: '/cards/0/meeting' },
    { name: 'two cards with one id', data: (filled) => ({ ...filled, cards: [filled.cards[0], { ...filled.cards[1], id: 'c1' }] }), path: '/cards/1/id' },
    { name: 'cards that are not a list', data: (filled) => ({ ...filled, cards: { c1: filled.cards[0] } }), path: '/cards' },
    { name: 'a card date that does not exist', data: (filled) => ({ ...filled, cards: [{ ...filled.cards[0], date: '2026-11-31' }] }), path: '/cards/0/date' },
    { name: 'an over-long submitter name', data: (filled) => ({ ...filled, cards: [{ ...filled.cards[0], name: 'n'.repeat(201) }] }), path: '/cards/0/name' },
  ],
  userEdit: async (el) => {
    typeInto(fieldByLabel(el, 'Card keeper'), 'Ingrid en Bas');
    await el.updateComplete;
  },
});

async function board(value: OpportunityBoardState = filledBoard, attributes: Record<string, string> = {}): Promise<CoprodOpportunityBoard> {
  return mount<CoprodOpportunityBoard>('coprod-opportunity-board', { attributes, properties: { value: clone(value) } });
}

const cardEl = (el: HTMLElement, id: string) => query(el, `article.card[data-id="${id}"]`);
const statusOf = (el: CoprodOpportunityBoard, id: string) => el.value.cards.find((card) => card.id === id)!.status;
const meetingOf = (el: CoprodOpportunityBoard, id: string) => el.value.cards.find((card) => card.id === id)!.meeting;
const shownIds = (el: HTMLElement) => queryAll(el, 'article.card').map((card) => card.dataset.id);

/** Captures downloads instead of letting the browser save them. */
function captureDownloads(): { names: string[]; restore: () => void } {
  const names: string[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) names.push(this.download);
    else original.call(this);
  };
  return { names, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

function drag(from: HTMLElement, to: HTMLElement): void {
  const dataTransfer = new DataTransfer();
  const options = { bubbles: true, composed: true, cancelable: true, dataTransfer };
  from.dispatchEvent(new DragEvent('dragstart', options));
  to.dispatchEvent(new DragEvent('dragenter', options));
  to.dispatchEvent(new DragEvent('dragover', options));
  to.dispatchEvent(new DragEvent('drop', options));
  from.dispatchEvent(new DragEvent('dragend', options));
}

describe('coprod-opportunity-board', () => {
  afterEach(async () => {
    document.body.querySelectorAll('coprod-opportunity-board').forEach((el) => el.remove());
    await switchLocale('en');
    await emulateMedia({ media: 'screen' });
  });

  it('says, greyed in a meeting\'s empty keeper field, that the card keeper keeps that meeting\'s cards', async () => {
    const el = await board();
    const meetingKeepers = () => queryAll<HTMLInputElement>(el, '.meeting-keeper input');
    expect(meetingKeepers().length).to.be.greaterThan(0);
    expect(meetingKeepers().map((field) => field.placeholder)).to.deep.equal(meetingKeepers().map(() => 'Same as the card keeper'));
  });

  it('groups cards by meeting: not planned yet first, then meetings earliest first, each in status columns', async () => {
    const el = await board();
    expect(queryAll(el, '.meeting h3').map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Not planned yet (2 cards)',
      'Meeting of November 4, 2026 (3 cards)',
      'Meeting of November 18, 2026 (2 cards)',
      'Meeting of December 2, 2026 (1 card)',
    ]);
    const first = query(el, '.meeting[data-meeting="2026-11-04"]');
    expect([...first.querySelectorAll('.column h4')].map((heading) => heading.textContent!.replace(/\d+/g, '').trim())).to.deep.equal(['New', 'Discussed', 'Taken up', 'Parked']);
    expect(first.querySelector('.column[data-status=taken-up] article.card')!.getAttribute('data-id')).to.equal('c1');
    await switchLocale('nl');
    await el.updateComplete;
    expect(query(el, '.meeting h3').textContent).to.contain('Nog niet gepland');
    expect(queryAll(el, '.meeting h3')[1].textContent).to.contain('Overleg van 4 november 2026');
  });

  it('shows "wants to help" at a glance, with an icon and words, and "Anonymous" for cards without a name', async () => {
    const el = await board();
    const joining = queryAll(el, 'article.card').filter((card) => card.querySelector('.join'));
    expect(joining.map((card) => card.dataset.id).sort()).to.deep.equal(filledBoard.cards.filter((card) => card.wantsToJoin).map((card) => card.id).sort());
    const sign = cardEl(el, 'c1').querySelector('.join')!;
    expect(sign.textContent!.trim()).to.equal('Wants to help');
    expect(sign.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(cardEl(el, 'c2').querySelector('.who')!.textContent).to.equal('Anonymous');
    // The sign is part of the card's description for screen readers.
    expect(cardEl(el, 'c1').getAttribute('aria-describedby')).to.equal(sign.closest('.meta')!.id);
  });

  it('filters by status and by meeting without changing the saved board', async () => {
    const el = await board();
    const { changes } = record(el);
    const parked = query<HTMLButtonElement>(el, 'button.toggle[data-status=parked]');
    expect(parked.getAttribute('aria-pressed')).to.equal('true');
    parked.click();
    query<HTMLButtonElement>(el, 'button.toggle[data-status=taken-up]').click();
    await el.updateComplete;
    expect(parked.getAttribute('aria-pressed')).to.equal('false');
    expect(shadow(el).querySelector('.column[data-status=parked], .column[data-status=taken-up]')).to.equal(null);
    expect(shownIds(el).sort()).to.deep.equal(['c2', 'c4', 'c5', 'c6', 'c7', 'c8']);
    expect(query(el, 'p.count').textContent).to.equal('Showing 6 of 8 cards.');
    const meeting = fieldByLabel<HTMLSelectElement>(el, 'Meeting');
    meeting.value = '2026-11-18';
    meeting.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['c5', 'c4']);
    expect(query(el, 'button.toggle[data-status=new] .toggle-count').textContent).to.equal('(1)');
    meeting.value = 'none';
    meeting.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['c7', 'c8']);
    expect(changes).to.have.length(0);
    expect(el.value).to.deep.equal(filledBoard);
  });

  it('says when no card matches, and shows all again', async () => {
    const el = await board();
    for (const status of ['new', 'discussed', 'taken-up', 'parked']) query<HTMLButtonElement>(el, `button.toggle[data-status=${status}]`).click();
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(0);
    expect(query(el, '.empty').textContent).to.contain('No cards match these choices.');
    query<HTMLButtonElement>(el, '.empty button').click();
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(8);
  });

  it('with a column hidden by the filter, an arrow key moves a card past it, and a number key into it leaves the keyboard on a card', async () => {
    const el = await board();
    query<HTMLButtonElement>(el, 'button.toggle[data-status=discussed]').click();
    await el.updateComplete;
    const first = queryAll(el, 'article.card')[0];
    const id = first.dataset.id!;
    expect(statusOf(el, id)).to.equal('new');
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(statusOf(el, id), 'past the hidden Discussed column').to.equal('taken-up');
    expect((shadow(el).activeElement as HTMLElement | null)?.dataset.id).to.equal(id);
    await sendKeys({ press: '2' });
    await el.updateComplete;
    expect(statusOf(el, id)).to.equal('discussed');
    expect(shadow(el).activeElement?.matches('article.card'), 'the keyboard is on a card, not on the page').to.equal(true);
  });

  it('moves through cards with the arrow keys (one tab stop) and changes a card’s status with left/right and 1–4', async () => {
    const el = await board();
    const { changes } = record(el);
    const cards = queryAll(el, 'article.card');
    expect(cards.filter((card) => card.tabIndex === 0)).to.have.length(1);
    cards[0].focus();
    expect(cards[0].dataset.id).to.equal('c7');
    await sendKeys({ press: 'ArrowDown' });
    expect((shadow(el).activeElement as HTMLElement).dataset.id).to.equal('c8');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(statusOf(el, 'c8')).to.equal('discussed');
    let active = shadow(el).activeElement as HTMLElement;
    expect(active.dataset.id).to.equal('c8');
    expect(active.closest('.column')!.getAttribute('data-status')).to.equal('discussed');
    expect(active.tabIndex).to.equal(0);
    await sendKeys({ press: '4' });
    await el.updateComplete;
    expect(statusOf(el, 'c8')).to.equal('parked');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(statusOf(el, 'c8')).to.equal('parked');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(statusOf(el, 'c8')).to.equal('taken-up');
    active = shadow(el).activeElement as HTMLElement;
    expect(active.dataset.id).to.equal('c8');
    await settle();
    await el.updateComplete;
    expect(query(el, '[role=status][aria-live]').textContent).to.equal('Card moved to Taken up.');
    expect(changes).to.have.length(3);
    expect(queryAll(el, 'article.card').filter((card) => card.tabIndex === 0)).to.have.length(1);
    // Tab goes from the card to its own button only, then leaves the board.
    await sendKeys({ press: 'Tab' });
    expect((shadow(el).activeElement as HTMLElement).matches('button.more')).to.equal(true);
    expect(shadow(el).activeElement!.closest('article')).to.equal(active);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement!.closest('article')).to.equal(null);
  });

  it('opens a card’s choices with Enter and changes its status with the radio buttons, keeping the keyboard on them', async () => {
    const el = await board();
    const { changes } = record(el);
    cardEl(el, 'c5').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    const more = cardEl(el, 'c5').querySelector('button.more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    const radio = shadow(el).activeElement as HTMLInputElement;
    expect(radio.type).to.equal('radio');
    expect(radio.value).to.equal('new');
    expect(radio.closest('fieldset')!.querySelector('legend')!.textContent).to.equal('Status');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(statusOf(el, 'c5')).to.equal('discussed');
    const moved = cardEl(el, 'c5');
    expect(moved.closest('.column')!.getAttribute('data-status')).to.equal('discussed');
    expect(shadow(el).activeElement).to.equal(moved.querySelector('input.status[value=discussed]'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(statusOf(el, 'c5')).to.equal('taken-up');
    expect(changes).to.have.length(2);
    // A click on the button closes the choices again.
    cardEl(el, 'c5').querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    expect(cardEl(el, 'c5').querySelector('.card-tools')).to.equal(null);
  });

  it('changes a status by pointer: click "Move or plan", click a status', async () => {
    const el = await board();
    cardEl(el, 'c1').querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    cardEl(el, 'c1').querySelector<HTMLInputElement>('input.status[value=parked]')!.click();
    await el.updateComplete;
    expect(statusOf(el, 'c1')).to.equal('parked');
    expect(cardEl(el, 'c1').closest('.column')!.getAttribute('data-status')).to.equal('parked');
  });

  it('moves a card by dragging it to another column, also into another meeting', async () => {
    const el = await board();
    const { changes } = record(el);
    drag(cardEl(el, 'c5'), query(el, '.meeting[data-meeting="2026-11-18"] .column[data-status=discussed]'));
    await el.updateComplete;
    expect(statusOf(el, 'c5')).to.equal('discussed');
    expect(meetingOf(el, 'c5')).to.equal('2026-11-18');
    drag(cardEl(el, 'c7'), query(el, '.meeting[data-meeting="2026-12-02"] .column[data-status=new] h4'));
    await el.updateComplete;
    expect(meetingOf(el, 'c7')).to.equal('2026-12-02');
    expect(statusOf(el, 'c7')).to.equal('new');
    expect(changes).to.have.length(2);
    expect(shadow(el).querySelector('.drop-target, .dragging')).to.equal(null);
  });

  it('plans one card for a meeting, and all cards not planned yet at once', async () => {
    const el = await board();
    const more = cardEl(el, 'c7').querySelector<HTMLButtonElement>('button.more')!;
    more.click();
    await el.updateComplete;
    const date = fieldByLabel(el, 'Meeting date');
    date.value = '2026-12-16';
    cardEl(el, 'c7').querySelector<HTMLButtonElement>('button[data-action=plan]')!.click();
    await el.updateComplete;
    expect(meetingOf(el, 'c7')).to.equal('2026-12-16');
    expect(cardEl(el, 'c7').closest('.meeting')!.getAttribute('data-meeting')).to.equal('2026-12-16');
    expect(shadow(el).activeElement).to.equal(cardEl(el, 'c7').querySelector('button.more'));

    const planAll = fieldByLabel(el, 'Plan these cards for the meeting on');
    query<HTMLButtonElement>(el, 'button[data-action=plan-all]').click();
    expect(meetingOf(el, 'c8')).to.equal(null);
    planAll.value = '2026-12-02';
    planAll.dispatchEvent(new Event('change', { bubbles: true }));
    query<HTMLButtonElement>(el, 'button[data-action=plan-all]').click();
    await el.updateComplete;
    expect(meetingOf(el, 'c8')).to.equal('2026-12-02');
    expect(shadow(el).querySelector('.meeting[data-meeting=""]')).to.equal(null);
  });

  it('removes a card with undo', async () => {
    const el = await board();
    cardEl(el, 'c3').querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    cardEl(el, 'c3').querySelector<HTMLButtonElement>('button[data-action=remove]')!.click();
    await el.updateComplete;
    expect(el.value.cards.map((card) => card.id)).not.to.include('c3');
    expect(query(el, '.notices').textContent).to.contain('Removed: the card "Een wachtkamer waar kinderen');
    query<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(filledBoard);
  });

  describe('addCard()', () => {
    it('adds a valid card, not planned yet, returns its id; a host call, so no coprod-change', async () => {
      const el = await board();
      const { changes, invalids } = record(el);
      const id = el.addCard({ id: 'c9', idea: 'Een buurtbarbecue.', name: 'Bas', date: '2026-11-24', wantsToJoin: true, status: 'new' });
      await el.updateComplete;
      expect(id).to.equal('c9');
      expect(el.value.cards.at(-1)).to.deep.equal({ id: 'c9', idea: 'Een buurtbarbecue.', name: 'Bas', date: '2026-11-24', wantsToJoin: true, status: 'new', meeting: null });
      expect(changes).to.have.length(0);
      expect(invalids).to.have.length(0);
      expect(cardEl(el, 'c9').closest('.meeting')!.getAttribute('data-meeting')).to.equal('');
    });

    it('gives a card without an id a fresh one', async () => {
      const el = await board();
      const id = el.addCard({ idea: 'Zonder id' });
      expect(id).to.match(/^c-[a-z0-9]{12}$/);
      expect(el.value.cards.find((card) => card.id === id)!.idea).to.equal('Zonder id');
      const again = el.addCard({ id: '', idea: 'Lege id' });
      expect(again).to.match(/^c-/);
      expect(again).not.to.equal(id);
    });

    it('refuses an invalid card (source property, paths into the card) and changes nothing', async () => {
      const el = await board();
      const { changes, invalids } = record(el);
      for (const [bad, path] of [
        [{ idea: 42 }, '/idea'],
        [{ idea: 'ok', status: 'done' }, '/status'],
        [{ idea: 'ok', meeting: 'morgen' }, '/meeting'],
        [{ idea: 'x'.repeat(5001) }, '/idea'],
      ] as const) {
        expect(el.addCard(bad as unknown as CardInput)).to.equal(null);
        const last = invalids.at(-1)!;
        expect(last.detail.source).to.equal('property');
        expect(last.detail.errors[0].path).to.equal(path);
      }
      expect(el.addCard(null as unknown as CardInput)).to.equal(null);
      expect(invalids).to.have.length(5);
      expect(changes).to.have.length(0);
      expect(el.value).to.deep.equal(filledBoard);
    });

    it('updates a card handed in again (same id), keeping the keeper’s status and meeting', async () => {
      const el = await board();
      el.addCard({ id: 'c4', idea: 'Een maatjesproject, ook voor mantelzorgers.', name: 'Kees Bakker', date: '2026-11-10', wantsToJoin: true, status: 'new' });
      expect(el.value.cards).to.have.length(filledBoard.cards.length);
      expect(el.value.cards[3]).to.deep.equal({ ...filledBoard.cards[3], idea: 'Een maatjesproject, ook voor mantelzorgers.' });
    });
  });

  it('exports the cards shown as CSV, grouped as on the board, in the active locale', async () => {
    const el = await board({ ...filledBoard, cards: [...filledBoard.cards, { id: 'c10', idea: '=HYPERLINK("x")', name: '', date: '2026-11-23', wantsToJoin: false, status: 'new', meeting: null }] });
    const downloads = captureDownloads();
    try {
      const text = el.downloadCsv();
      expect(el.toCsv(), 'toCsv() gives the same text without downloading').to.equal(text);
      const lines = text.split('\r\n');
      expect(lines[0]).to.equal('Meeting,Status,Idea,Name,Date,Wants to help');
      expect(lines[1]).to.equal('Not planned yet,New,"Samen koken met de buurt, één keer per maand.",Fatima El Amrani,2026-11-20,yes');
      expect(lines[2]).to.equal('Not planned yet,New,"Een tolk bij het eerste gesprek, als iemand dat wil.",Anonymous,2026-11-22,no');
      expect(lines[3]).to.equal(`Not planned yet,New,"'=HYPERLINK(""x"")",Anonymous,2026-11-23,no`);
      expect(lines[4]).to.equal('2026-11-04,Discussed,"De folder over het spreekuur samen met ouders herschrijven, in eenvoudige taal.",Anonymous,2026-10-30,no');
      expect(lines).to.have.length(10);
      expect(downloads.names).to.deep.equal(['opportunity-cards.csv']);

      await switchLocale('nl');
      query<HTMLButtonElement>(el, 'button.toggle[data-status=new]').click();
      await el.updateComplete;
      const dutch = el.downloadCsv().split('\r\n');
      expect(dutch[0]).to.equal('Overleg;Status;Idee;Naam;Datum;Wil helpen');
      expect(dutch[1]).to.equal('2026-11-04;Besproken;De folder over het spreekuur samen met ouders herschrijven, in eenvoudige taal.;Anoniem;2026-10-30;nee');
      expect(dutch).to.have.length(5);
    } finally {
      downloads.restore();
    }
  });

  it('prints as a meeting list: the cards without the controls', async () => {
    const el = await board();
    await emulateMedia({ media: 'print' });
    for (const selector of ['.filters', '.keys', '.controls', '.plan-all', '.footer']) expect(getComputedStyle(query(el, selector)).display, selector).to.equal('none');
    expect(getComputedStyle(query(el, '.print-title')).display).to.equal('block');
    expect(getComputedStyle(query(el, 'article.card')).display).not.to.equal('none');
  });

  it('read-only: the cards without any control, not draggable', async () => {
    const el = await board(filledBoard, { readonly: '' });
    expect(queryAll(el, 'article.card')).to.have.length(8);
    expect(queryAll(el, 'select, button, input, textarea')).to.have.length(0);
    expect(cardEl(el, 'c1').getAttribute('draggable')).to.equal('false');
    expect(shadow(el).textContent).to.contain('Ingrid Smit');
  });

  it('shows a thousand cards and moves one without touching the others', async () => {
    const el = await board(generateBoard(1000));
    expect(queryAll(el, 'article.card')).to.have.length(1000);
    const before = queryAll(el, 'article.card');
    const target = before[500];
    const id = target.dataset.id!;
    const status = statusOf(el, id);
    target.focus();
    await sendKeys({ press: status === 'parked' ? 'ArrowLeft' : 'ArrowRight' });
    await el.updateComplete;
    expect(statusOf(el, id)).not.to.equal(status);
    const after = queryAll(el, 'article.card');
    expect(after).to.have.length(1000);
    // Keyed rendering: every other card keeps its DOM node.
    const kept = after.filter((card) => before.includes(card));
    expect(kept).to.have.length(999);
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/opportunity/define-card.js';
import '../src/opportunity/define-board.js';
import type { CoprodOpportunityBoard } from '../src/opportunity/board.element.js';
import type { CoprodOpportunityCard } from '../src/opportunity/card.element.js';
import { BLANK_CARD_ID } from '../src/opportunity/card.state.js';
import type { OpportunityCardState } from '../src/opportunity/opportunity.types.js';
import { today } from '../src/core/validate.js';
import type { CoprodSubmitEvent } from '../src/core/events.js';
import { runContractSuite } from './contract.suite.js';
import { filledCard } from './fixtures/opportunity.fixtures.js';
import { clone, fieldByLabel, mount, query, queryAll, record, shadow, switchLocale, typeInto } from './helpers.js';

runContractSuite<OpportunityCardState>({
  tag: 'coprod-opportunity-card',
  filled: filledCard,
  withText: (state, text) => ({ ...state, idea: text }),
  textPath: '/idea',
  withName: (state, text) => ({ ...state, name: text }),
  namePath: '/name',
  invalid: [
    { name: 'an unknown status', data: (filled) => ({ ...filled, status: 'done' }), path: '/status' },
    { name: 'a date that does not exist', data: (filled) => ({ ...filled, date: '2026-02-30' }), path: '/date' },
    { name: 'a wish to join that is not true or false', data: (filled) => ({ ...filled, wantsToJoin: 'ja' }), path: '/wantsToJoin' },
    { name: 'an empty id', data: (filled) => ({ ...filled, id: '' }), path: '/id' },
  ],
  userEdit: async (el) => {
    typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'My idea'), 'Een buurtbarbecue in juni.');
    await el.updateComplete;
  },
});

async function card(value?: OpportunityCardState): Promise<CoprodOpportunityCard> {
  return mount<CoprodOpportunityCard>('coprod-opportunity-card', value ? { properties: { value: clone(value) } } : {});
}

/** Records handed-in cards as a host that takes them does: with `preventDefault()`. */
function submits(el: HTMLElement): CoprodSubmitEvent<OpportunityCardState>[] {
  const events: CoprodSubmitEvent<OpportunityCardState>[] = [];
  el.addEventListener('coprod-submit', (event) => {
    event.preventDefault();
    events.push(event as CoprodSubmitEvent<OpportunityCardState>);
  });
  return events;
}

const handInButton = (el: HTMLElement) => query<HTMLButtonElement>(el, 'button.hand-in');

describe('coprod-opportunity-card', () => {
  afterEach(async () => {
    document.body.querySelectorAll('coprod-opportunity-card, coprod-opportunity-board').forEach((el) => el.remove());
    await switchLocale('en');
  });

  it('starts blank with today’s date and says kindly that a name is not needed', async () => {
    const el = await card();
    expect(el.value).to.deep.include({ id: BLANK_CARD_ID, idea: '', name: '', date: today(), wantsToJoin: false, status: 'new' });
    expect(fieldByLabel(el, 'Date').value).to.equal(today());
    const name = fieldByLabel(el, 'My name (optional)');
    expect(shadow(el).getElementById(name.getAttribute('aria-describedby')!)!.textContent).to.equal('You may leave this empty. Anonymous is fine too.');
  });

  it('does not hand in a card without an idea: it says why and puts the keyboard in the idea field', async () => {
    const el = await card();
    const events = submits(el);
    const { changes } = record(el);
    handInButton(el).click();
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(changes).to.have.length(0);
    const idea = fieldByLabel<HTMLTextAreaElement>(el, 'My idea');
    expect(shadow(el).activeElement).to.equal(idea);
    expect(idea.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).getElementById(idea.getAttribute('aria-describedby')!)!.textContent).to.equal('Write your idea first. Then you can hand in your card.');
    await switchLocale('nl');
    await el.updateComplete;
    expect(shadow(el).getElementById(idea.getAttribute('aria-describedby')!)!.textContent).to.equal('Schrijf eerst je idee op. Dan kun je je kaart inleveren.');
    await sendKeys({ type: 'Een spelletjesavond' });
    await el.updateComplete;
    expect(idea.getAttribute('aria-invalid')).to.equal('false');
  });

  it('does not count spaces alone as an idea', async () => {
    const el = await card({ ...filledCard, idea: '   ' });
    const events = submits(el);
    expect(el.handIn()).to.equal(false);
    expect(events).to.have.length(0);
  });

  it('hands in a copy of the card and clears it for the next idea (a user edit)', async () => {
    const el = await card(filledCard);
    const events = submits(el);
    const { changes } = record(el);
    handInButton(el).click();
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    expect(events[0].detail.value).to.deep.equal(filledCard);
    expect(changes).to.have.length(1);
    const cleared = el.value;
    expect(changes[0].detail.value).to.deep.equal(cleared);
    expect(cleared).to.deep.include({ idea: '', name: '', date: today(), wantsToJoin: false, status: 'new' });
    expect(cleared.id).not.to.equal(filledCard.id);
    expect(cleared.id).not.to.equal(BLANK_CARD_ID);
    expect(fieldByLabel<HTMLTextAreaElement>(el, 'My idea').value).to.equal('');
    expect(query(el, '.thanks').textContent).to.contain('Thank you! Your card was handed in.');
    // The event's copy is the host's: changing it does not change the element.
    events[0].detail.value.idea = 'changed';
    expect(el.value).to.deep.equal(cleared);
  });

  it('gives a blank card a unique id when it is handed in', async () => {
    const first = await card();
    const second = await card();
    const all: CoprodSubmitEvent<OpportunityCardState>[] = [];
    for (const el of [first, second]) {
      el.addEventListener('coprod-submit', (event) => {
        event.preventDefault();
        all.push(event as CoprodSubmitEvent<OpportunityCardState>);
      });
    }
    for (const el of [first, second]) {
      typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'My idea'), 'Een idee');
      await el.updateComplete;
      el.handIn();
    }
    expect(all).to.have.length(2);
    const ids = all.map((event) => event.detail.value.id);
    expect(ids[0]).to.match(/^c-[a-z0-9]{12}$/);
    expect(ids[1]).to.match(/^c-[a-z0-9]{12}$/);
    expect(ids[0]).not.to.equal(ids[1]);
  });

  it('brings the last card back after a wrong click, until the next edit', async () => {
    const el = await card(filledCard);
    submits(el);
    handInButton(el).click();
    await el.updateComplete;
    const bringBack = query<HTMLButtonElement>(el, 'button.bring-back');
    expect(bringBack.textContent).to.equal('Bring back my last card');
    bringBack.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(filledCard);
    expect(shadow(el).querySelector('button.bring-back')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(fieldByLabel(el, 'My idea'));

    handInButton(el).click();
    await el.updateComplete;
    fieldByLabel(el, 'I would like to help take this further').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('button.bring-back')).to.equal(null);
    expect(el.value.idea).to.equal('');
  });

  it('can be filled in and handed in with the keyboard alone', async () => {
    const el = await card();
    const events = submits(el);
    fieldByLabel<HTMLTextAreaElement>(el, 'My idea').focus();
    await sendKeys({ type: 'Een taalcafé op dinsdagavond.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Daan' });
    await sendKeys({ press: 'Tab' });
    expect((shadow(el).activeElement as HTMLInputElement).type).to.equal('date');
    // Tab steps through the date's day, month and year first.
    for (let i = 0; i < 4 && (shadow(el).activeElement as HTMLInputElement).type === 'date'; i++) await sendKeys({ press: 'Tab' });
    expect((shadow(el).activeElement as HTMLInputElement).type).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(handInButton(el));
    await sendKeys({ press: 'Enter' });
    expect(events).to.have.length(1);
    expect(events[0].detail.value).to.deep.include({ idea: 'Een taalcafé op dinsdagavond.', name: 'Daan', wantsToJoin: true, date: today() });
  });

  it('read-only: shows the card as text and says "Anonymous" for an empty name', async () => {
    const el = await mount<CoprodOpportunityCard>('coprod-opportunity-card', { attributes: { readonly: '' }, properties: { value: { ...filledCard, name: '' } } });
    expect(shadow(el).textContent).to.contain(filledCard.idea);
    expect(shadow(el).textContent).to.contain('Anonymous');
    expect(shadow(el).textContent).to.contain('I would like to help take this further.');
    expect(queryAll(el, 'button')).to.have.length(0);
    const events = submits(el);
    expect(el.handIn()).to.equal(false);
    expect(events).to.have.length(0);
  });

  it('wires to a board in one line; a card brought back and handed in again updates its place on the board', async () => {
    const el = await card();
    const board = await mount<CoprodOpportunityBoard>('coprod-opportunity-board');
    el.addEventListener('coprod-submit', (e) => {
      e.preventDefault();
      board.addCard(e.detail.value);
    });
    for (const idea of ['Een buurtmoestuin.', 'Een ruilkast.']) {
      typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'My idea'), idea);
      await el.updateComplete;
      handInButton(el).click();
      await el.updateComplete;
    }
    expect(board.value.cards.map((c) => c.idea)).to.deep.equal(['Een buurtmoestuin.', 'Een ruilkast.']);
    expect(board.value.cards.every((c) => c.meeting === null && c.status === 'new')).to.equal(true);
    query<HTMLButtonElement>(el, 'button.bring-back').click();
    await el.updateComplete;
    typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'My idea'), 'Een ruilkast in de hal.');
    await el.updateComplete;
    handInButton(el).click();
    expect(board.value.cards.map((c) => c.idea)).to.deep.equal(['Een buurtmoestuin.', 'Een ruilkast in de hal.']);
  });
});

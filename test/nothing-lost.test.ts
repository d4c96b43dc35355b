import { expect, fixtureCleanup } from '@open-wc/testing';
import { html as litHtml, LitElement, render as litRender } from 'lit';
import { h, render as preactRender } from 'preact';
import '../src/index.js';
import type { CoprodActionPlan } from '../src/action-plan/plan.element.js';
import type { CoprodLadder } from '../src/ladder/ladder.element.js';
import type { CoprodOpportunityBoard } from '../src/opportunity/board.element.js';
import type { CoprodOpportunityCard } from '../src/opportunity/card.element.js';
import type { OpportunityCardState } from '../src/opportunity/opportunity.types.js';
import type { CoprodReadinessRadar } from '../src/readiness-radar/radar.element.js';
import type { CoprodSupportCircle } from '../src/support-circle/circle.element.js';
import type { SupportCircleState } from '../src/support-circle/circle.types.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import { filledLadder } from './fixtures/ladder.fixtures.js';
import { filledBoard, filledCard } from './fixtures/opportunity.fixtures.js';
import { filledReadiness } from './fixtures/readiness-radar.fixtures.js';
import { filledCircle } from './fixtures/support-circle.fixtures.js';
import { clone, eventually, fieldByLabel, mount, mountIn, openSecondTab, query, queryAll, record, sameJson, settle, shadow, typeInto, type AnyCoprodElement } from './helpers.js';

const small: SupportCircleState = { ...filledCircle, people: filledCircle.people.slice(0, 3) };

function involvementField(el: HTMLElement, index: number): HTMLTextAreaElement {
  return queryAll<HTMLLabelElement>(el, 'label')
    .filter((label) => label.textContent?.trim() === 'How are they involved?')
    .map((label) => label.control as HTMLTextAreaElement)[index];
}

describe('nothing lost: two tabs with one storage-key', () => {
  let tab: Window | undefined;
  afterEach(() => {
    tab?.close();
    tab = undefined;
    fixtureCleanup();
    document.body.querySelectorAll('coprod-support-circle').forEach((el) => el.remove());
    localStorage.clear();
  });

  /** The circle in this tab and a second one, under one key: saved there already, or (`saved: false`) as both tabs' starting state with nothing saved yet. */
  async function twoTabs(key: string, { saved = true } = {}): Promise<[CoprodSupportCircle, CoprodSupportCircle]> {
    const attributes: Record<string, string> = { 'storage-key': key };
    if (saved) localStorage.setItem(key, JSON.stringify(small));
    else attributes.value = JSON.stringify(small);
    const here = await mount<CoprodSupportCircle>('coprod-support-circle', { attributes });
    tab = await openSecondTab();
    const there = await mountIn<CoprodSupportCircle>(tab, 'coprod-support-circle', attributes);
    return [here, there];
  }

  /** Both tabs type in a different person before either hears of the other's save; both texts stay, on screen and saved. */
  async function bothKeepTheirTyping(here: CoprodSupportCircle, there: CoprodSupportCircle, key: string, [textHere, textThere]: [string, string]): Promise<void> {
    typeInto(involvementField(here, 0), textHere);
    typeInto(involvementField(there, 2), textThere);
    const expected = clone(small);
    expected.people[0].involvement = textHere;
    expected.people[2].involvement = textThere;
    await eventually(() => sameJson(here.value, expected) && sameJson(there.value, expected), 'both tabs show both edits');
    await eventually(() => sameJson(JSON.parse(localStorage.getItem(key)!), expected), 'the saved copy holds both edits');
  }

  it('keeps both edits when two tabs change different people at the same moment', async () => {
    const [here, there] = await twoTabs('two-tabs-different');
    await bothKeepTheirTyping(here, there, 'two-tabs-different', ['Trekker van de buurtkamer.', 'Helpt met de vergunning.']);
    // And the text is on screen, not only in the state.
    await here.updateComplete;
    expect(involvementField(here, 2).value).to.equal('Helpt met de vergunning.');
  });

  it('keeps people added in both tabs at the same moment (lists merge by id)', async () => {
    const [here, there] = await twoTabs('two-tabs-added');
    const withAnna = { ...small, people: [...small.people, { id: 'x-here', name: 'Anna Smit', ring: 'involved', involvement: '', contact: '' }] };
    const withBram = { ...small, people: [...small.people, { id: 'x-there', name: 'Bram Peters', ring: 'consulted', involvement: '', contact: '' }] };
    here.importJSON(JSON.stringify(withAnna));
    there.importJSON(JSON.stringify(withBram));
    await eventually(
      () => [here, there].every((el) => el.value.people.some((p) => p.id === 'x-here') && el.value.people.some((p) => p.id === 'x-there')),
      'both tabs hold both new people',
    );
    expect(sameJson(here.value, there.value)).to.equal(true);
  });

  it('where one field was typed in both, keeps the latest and offers the other as Undo', async () => {
    const [here, there] = await twoTabs('two-tabs-same-field');
    typeInto(involvementField(here, 1), 'Versie van tab één.');
    typeInto(involvementField(there, 1), 'Versie van tab twee.');
    await eventually(() => sameJson(here.value, there.value), 'the tabs agree');
    const kept = here.value.people[1].involvement;
    const other = kept === 'Versie van tab één.' ? 'Versie van tab twee.' : 'Versie van tab één.';
    expect([kept, other]).to.have.members(['Versie van tab één.', 'Versie van tab twee.']);
    // One of the two tabs offers the other text back.
    await Promise.all([here.updateComplete, there.updateComplete]);
    const offering = [here, there].find((el) => shadow(el).querySelector('button.undo'));
    expect(offering, 'a tab offers Undo').to.not.equal(undefined);
    expect(query(offering!, '.notices').textContent).to.contain('another tab or window');
    query<HTMLButtonElement>(offering!, 'button.undo').click();
    await offering!.updateComplete;
    const afterUndo = offering!.value.people[1].involvement;
    expect(afterUndo).to.not.equal(kept);
    expect(afterUndo).to.equal(other);
  });

  it('Undo of a removal in one tab keeps what the other tab typed since', async () => {
    const [here, there] = await twoTabs('two-tabs-undo');
    const [first, , third] = small.people;
    shadow(here).querySelector<HTMLButtonElement>(`li.person[data-person="${first.id}"] button.remove`)!.click();
    await here.updateComplete;
    await eventually(() => there.value.people.length === 2, 'the other tab follows the removal');
    await there.updateComplete;
    typeInto(involvementField(there, 1), 'Getypt in het andere venster.');
    await eventually(() => here.value.people.find((person) => person.id === third.id)?.involvement === 'Getypt in het andere venster.', 'this tab follows the typing');
    await here.updateComplete;
    query<HTMLButtonElement>(here, 'button.undo').click();
    await here.updateComplete;
    const expected = clone(small);
    expected.people[2].involvement = 'Getypt in het andere venster.';
    expect(here.value).to.deep.equal(expected);
    await eventually(() => sameJson(there.value, expected), 'the other tab has the person back and keeps its text');
    expect(JSON.parse(localStorage.getItem('two-tabs-undo')!)).to.deep.equal(expected);
  });

  it('keeps both first edits when nothing was saved yet under the key', async () => {
    const [here, there] = await twoTabs('two-tabs-first-save', { saved: false });
    expect(localStorage.getItem('two-tabs-first-save')).to.equal(null);
    await bothKeepTheirTyping(here, there, 'two-tabs-first-save', ['Eerste bewaring, hier.', 'Eerste bewaring, daar.']);
  });

  it('where one field was typed in both, the tab whose text lost says so and Undo brings its text back', async () => {
    const [here, there] = await twoTabs('two-tabs-lost-field');
    const texts = new Map([
      [here, 'Getypt in tab één.'],
      [there, 'Getypt in tab twee.'],
    ]);
    for (const [el, text] of texts) typeInto(involvementField(el, 1), text);
    await eventually(() => sameJson(here.value, there.value), 'the tabs agree');
    await eventually(() => JSON.parse(localStorage.getItem('two-tabs-lost-field')!).people[1].involvement === here.value.people[1].involvement, 'the save agrees');
    const kept = here.value.people[1].involvement;
    const loser = [here, there].find((el) => texts.get(el) !== kept)!;
    await eventually(() => !!shadow(loser).querySelector('button.undo'), 'the tab whose text lost offers Undo');
    expect(query(loser, '.notices').textContent).to.contain('at the same time');
    query<HTMLButtonElement>(loser, 'button.undo').click();
    await loser.updateComplete;
    expect(loser.value.people[1].involvement).to.equal(texts.get(loser));
    expect(involvementField(loser, 1).value).to.equal(texts.get(loser));
  });

  it('a stale tab does not overwrite a newer save when it types again', async () => {
    const [here, there] = await twoTabs('two-tabs-stale');
    typeInto(involvementField(here, 0), 'Eerst hier getypt.');
    await eventually(() => there.value.people[0].involvement === 'Eerst hier getypt.', 'the other tab follows');
    await there.updateComplete;
    typeInto(involvementField(there, 2), 'Daarna daar getypt.');
    await eventually(() => here.value.people[2].involvement === 'Daarna daar getypt.', 'this tab follows');
    const stored = JSON.parse(localStorage.getItem('two-tabs-stale')!) as SupportCircleState;
    expect(stored.people[0].involvement).to.equal('Eerst hier getypt.');
    expect(stored.people[2].involvement).to.equal('Daarna daar getypt.');
  });
});

describe('nothing lost: a storage-key that changes (an app switching between people)', () => {
  afterEach(() => {
    document.body.querySelectorAll('coprod-support-circle').forEach((el) => el.remove());
    localStorage.clear();
  });

  it('saves the last keystrokes under the old key, shows the new key\'s work, and starts a key with nothing saved empty', async () => {
    localStorage.setItem('circle-anna', JSON.stringify(small));
    localStorage.setItem('circle-bram', JSON.stringify(filledCircle));
    const el = await mount<CoprodSupportCircle>('coprod-support-circle', { attributes: { 'storage-key': 'circle-anna' } });
    typeInto(involvementField(el, 0), 'Net getypt, nog niet bewaard.');
    el.setAttribute('storage-key', 'circle-bram');
    await el.updateComplete;
    expect((JSON.parse(localStorage.getItem('circle-anna')!) as SupportCircleState).people[0].involvement).to.equal('Net getypt, nog niet bewaard.');
    expect(el.value).to.deep.equal(filledCircle);
    el.setAttribute('storage-key', 'circle-chris');
    await el.updateComplete;
    expect(el.value.people, 'nothing of Bram shows under Chris').to.deep.equal([]);
    expect((JSON.parse(localStorage.getItem('circle-bram')!) as SupportCircleState).people).to.have.length(filledCircle.people.length);
    el.setAttribute('storage-key', 'circle-anna');
    await el.updateComplete;
    expect(el.value.people[0].involvement).to.equal('Net getypt, nog niet bewaard.');
  });

  it('keeps the state the host set just before switching to a key with nothing saved', async () => {
    const el = await mount<CoprodSupportCircle>('coprod-support-circle', { attributes: { 'storage-key': 'circle-one' } });
    el.value = clone(small);
    el.storageKey = 'circle-dora';
    await el.updateComplete;
    expect(el.value).to.deep.equal(small);
    expect(JSON.parse(localStorage.getItem('circle-dora')!)).to.deep.equal(small);
  });
});

/** A host that writes each coprod-change back as the circle's value (the controlled pattern), drawn with Lit. */
async function controlledCircle(): Promise<{ circle: CoprodSupportCircle; state: () => SupportCircleState }> {
  const container = document.createElement('div');
  container.className = 'host';
  document.body.append(container);
  let state: SupportCircleState = clone(small);
  const draw = () => litRender(litHtml`<coprod-support-circle .value=${state} @coprod-change=${onChange}></coprod-support-circle>`, container);
  const onChange = (event: Event) => {
    state = (event as CustomEvent<{ value: SupportCircleState }>).detail.value;
    draw();
  };
  draw();
  const circle = container.querySelector('coprod-support-circle')!;
  await circle.updateComplete;
  return { circle, state: () => state };
}

describe('nothing lost: host re-renders', () => {
  afterEach(() => {
    document.body.querySelectorAll('.host').forEach((host) => host.remove());
  });

  it('a Lit host that re-renders with the same start object keeps the typing', async () => {
    class CircleHost extends LitElement {
      static override properties = { title: {} };
      start = clone(small);
      override title = 'Ons project';
      override render() {
        return litHtml`<h1>${this.title}</h1><coprod-support-circle .value=${this.start}></coprod-support-circle>`;
      }
    }
    if (!customElements.get('circle-lit-host')) customElements.define('circle-lit-host', CircleHost);
    const host = document.createElement('circle-lit-host') as CircleHost;
    host.className = 'host';
    document.body.append(host);
    await host.updateComplete;
    const circle = host.shadowRoot!.querySelector('coprod-support-circle')!;
    await circle.updateComplete;
    typeInto(involvementField(circle, 0), 'Getypt voor de host opnieuw tekent.');
    await circle.updateComplete;
    host.title = 'Ons project, nieuw';
    await host.updateComplete;
    await circle.updateComplete;
    expect(circle.value.people[0].involvement).to.equal('Getypt voor de host opnieuw tekent.');
    expect(involvementField(circle, 0).value).to.equal('Getypt voor de host opnieuw tekent.');
    // A new object from the host is still applied.
    host.start = clone(filledCircle);
    host.requestUpdate();
    await host.updateComplete;
    expect(circle.value.people).to.have.length(filledCircle.people.length);
  });

  it('a Preact host that re-renders keeps the typing', async () => {
    const container = document.createElement('div');
    container.className = 'host';
    document.body.append(container);
    const start = clone(small);
    const app = (title: string) => h('div', null, h('h1', null, title), h('coprod-support-circle', { value: start }));
    preactRender(app('Ons project'), container);
    const circle = container.querySelector('coprod-support-circle')!;
    await circle.updateComplete;
    expect(circle.value.people).to.have.length(3);
    typeInto(involvementField(circle, 1), 'Getypt in een Preact-pagina.');
    await circle.updateComplete;
    preactRender(app('Ons project, nieuw'), container);
    await circle.updateComplete;
    expect(container.querySelector('h1')!.textContent).to.equal('Ons project, nieuw');
    expect(circle.value.people[1].involvement).to.equal('Getypt in een Preact-pagina.');
    preactRender(null, container);
  });

  it('the controlled pattern (writing coprod-change back) keeps every keystroke', async () => {
    const { circle, state } = await controlledCircle();
    for (const text of ['K', 'Ko', 'Koo', 'Kook']) {
      typeInto(involvementField(circle, 0), text);
      await circle.updateComplete;
    }
    expect(state().people[0].involvement).to.equal('Kook');
    expect(circle.value.people[0].involvement).to.equal('Kook');
  });

  it('the controlled pattern keeps a field\'s "too long" message and its text while other fields are typed in', async () => {
    const { circle, state } = await controlledCircle();
    const long = 'x'.repeat(5001);
    typeInto(involvementField(circle, 0), long);
    await circle.updateComplete;
    typeInto(involvementField(circle, 1), 'Iets anders.');
    await circle.updateComplete;
    expect(state().people[1].involvement).to.equal('Iets anders.');
    expect(involvementField(circle, 0).value).to.equal(long);
    expect(involvementField(circle, 0).getAttribute('aria-invalid')).to.equal('true');
    expect(involvementField(circle, 0).closest('.field')!.querySelector('.error')?.textContent).to.contain('too long');
  });

  it('"Start again" and form reset also clear refused text from the screen', async () => {
    const form = document.createElement('form');
    form.className = 'host';
    document.body.append(form);
    const circle = await mount<CoprodSupportCircle>('coprod-support-circle', { parent: form, attributes: { value: JSON.stringify(small) } });
    const long = 'x'.repeat(5001);
    typeInto(involvementField(circle, 0), long);
    await circle.updateComplete;
    form.reset();
    await circle.updateComplete;
    expect(involvementField(circle, 0).value).to.equal(small.people[0].involvement);
    expect(shadow(circle).querySelector('.error')).to.equal(null);
    // "Start again" in an exercise whose empty state still has the field: the gratitude's first good thing.
    const gratitude = await mount<AnyCoprodElement>('coprod-gratitude', { parent: form });
    const firstThing = queryAll<HTMLTextAreaElement>(gratitude, 'textarea')[0];
    typeInto(firstThing, long);
    await gratitude.updateComplete;
    expect(firstThing.getAttribute('aria-invalid')).to.equal('true');
    query<HTMLButtonElement>(gratitude, 'button.start-again').click();
    await gratitude.updateComplete;
    query<HTMLButtonElement>(gratitude, '[data-start-again="yes"]').click();
    await gratitude.updateComplete;
    expect(queryAll<HTMLTextAreaElement>(gratitude, 'textarea').filter((field) => field.value === long)).to.deep.equal([]);
    expect(shadow(gratitude).querySelector('.error')).to.equal(null);
  });
});

describe('nothing lost: a handed-in opportunity card', () => {
  afterEach(() => {
    document.body.querySelectorAll('form, coprod-opportunity-card, coprod-opportunity-board').forEach((el) => el.remove());
    localStorage.clear();
  });

  function customElementsIn(frame: HTMLIFrameElement): CustomElementRegistry {
    return (frame.contentWindow as Window & typeof globalThis).customElements;
  }

  async function cardIn(parent: HTMLElement, attributes: Record<string, string> = {}): Promise<CoprodOpportunityCard> {
    return mount<CoprodOpportunityCard>('coprod-opportunity-card', { parent, attributes, properties: { value: clone(filledCard) } });
  }

  it('inside a form, submits the form with the handed-in card as its value, then empties itself', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = await cardIn(form, { name: 'kaart' });
    const sent: OpportunityCardState[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault(); // the test page must stay; a real page posts the form
      sent.push(JSON.parse(new FormData(form).get('kaart') as string) as OpportunityCardState);
    });
    query<HTMLButtonElement>(el, 'button.hand-in').click();
    await el.updateComplete;
    expect(sent).to.have.length(1);
    expect(sent[0]).to.deep.include({ idea: filledCard.idea, name: filledCard.name, wantsToJoin: filledCard.wantsToJoin });
    expect(el.value.idea).to.equal('');
    expect(query(el, '.thanks').textContent).to.contain('Thank you');
    expect(JSON.parse(new FormData(form).get('kaart') as string).idea).to.equal('');
  });

  it('handed in with a form, comes back filled when the browser goes back to the page (as a native field does)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/card-form.html';
    document.body.append(frame);
    try {
      const ready = () => (frame.contentWindow as (Window & { coprodReady?: boolean }) | null)?.coprodReady === true;
      await eventually(ready, 'the page with the form is ready', 15000);
      const card = () => frame.contentDocument!.querySelector('coprod-opportunity-card') as CoprodOpportunityCard;
      await customElementsIn(frame).whenDefined('coprod-opportunity-card');
      await card().updateComplete;
      typeInto(fieldByLabel<HTMLTextAreaElement>(card(), 'My idea'), 'Een moestuin bij de buurtkamer.');
      await card().updateComplete;
      query<HTMLButtonElement>(card(), 'button.hand-in').click();
      await eventually(() => frame.contentWindow!.location.pathname.endsWith('second-tab.html'), 'the form was sent', 15000);
      const sent = JSON.parse(new URLSearchParams(frame.contentWindow!.location.search).get('card')!) as OpportunityCardState;
      expect(sent.idea).to.equal('Een moestuin bij de buurtkamer.');
      frame.contentWindow!.history.back();
      await eventually(() => frame.contentWindow!.location.pathname.endsWith('card-form.html') && ready(), 'back on the form', 15000);
      await eventually(() => card()?.value?.idea === 'Een moestuin bij de buurtkamer.', 'the card is back with its idea', 15000);
    } finally {
      frame.remove();
    }
  });

  it('inside a form that cannot be sent yet, keeps the card and says it was not handed in', async () => {
    const form = document.createElement('form');
    const required = document.createElement('input');
    required.required = true;
    form.append(required);
    document.body.append(form);
    const el = await cardIn(form, { name: 'kaart' });
    expect(el.handIn()).to.equal(false);
    await el.updateComplete;
    expect(el.value.idea).to.equal(filledCard.idea);
    expect(JSON.parse(new FormData(form).get('kaart') as string).idea).to.equal(filledCard.idea);
    expect(query(el, '.notices').textContent).to.contain('Your card was not handed in');
  });

  it('with board="ID", hands the card to that board on the page, with no script', async () => {
    const board = await mount<CoprodOpportunityBoard>('coprod-opportunity-board', { attributes: { id: 'kaartenbak' }, properties: { value: clone(filledBoard) } });
    const el = await cardIn(document.body, { board: 'kaartenbak' });
    const before = board.value.cards.length;
    const { changes } = record(board);
    query<HTMLButtonElement>(el, 'button.hand-in').click();
    await el.updateComplete;
    expect(board.value.cards).to.have.length(before + 1);
    // The user's click changed the board, and no host script saw it: the board says so.
    expect(changes).to.have.length(1);
    expect(changes[0].detail.value).to.deep.equal(board.value);
    board.addCard({ ...filledCard, id: 'from-script' });
    expect(changes, 'a host call still fires none').to.have.length(1);
    expect(board.value.cards.at(-1)!.idea).to.equal(filledCard.idea);
    expect(el.value.idea).to.equal('');
  });

  it('with nowhere to go, stays filled in, thanks nobody and says how to keep the idea', async () => {
    const el = await cardIn(document.body, { board: 'no-such-board' });
    const { changes } = record(el);
    expect(el.handIn()).to.equal(false);
    await el.updateComplete;
    expect(el.value).to.deep.equal(filledCard);
    expect(changes).to.have.length(0);
    expect(shadow(el).querySelector('.thanks')).to.equal(null);
    const notice = query(el, '.notices').textContent!;
    expect(notice).to.contain('Your card was not handed in');
    expect(notice).to.contain('Save it to a file');
  });

  it('a coprod-submit listener that calls preventDefault() takes the card', async () => {
    const el = await cardIn(document.body);
    const taken: OpportunityCardState[] = [];
    el.addEventListener('coprod-submit', (event) => {
      event.preventDefault();
      taken.push(event.detail.value as OpportunityCardState);
    });
    expect(el.handIn()).to.equal(true);
    expect(taken[0].idea).to.equal(filledCard.idea);
    expect(el.value.idea).to.equal('');
  });

  it('a listener that reads the card takes it, as the contract\'s one-line host does (no preventDefault)', async () => {
    const board = await mount<CoprodOpportunityBoard>('coprod-opportunity-board', { properties: { value: clone(filledBoard) } });
    const el = await cardIn(document.body);
    const before = board.value.cards.length;
    el.addEventListener('coprod-submit', (event) => board.addCard(event.detail.value));
    query<HTMLButtonElement>(el, 'button.hand-in').click();
    await el.updateComplete;
    expect(board.value.cards).to.have.length(before + 1);
    expect(el.value.idea).to.equal('');
    expect(query(el, '.notices').textContent).not.to.contain('not handed in');
    expect(shadow(el).querySelector('.thanks')).not.to.equal(null);
  });

  it('a listener that does not read the card does not take it', async () => {
    const el = await cardIn(document.body);
    const seen: string[] = [];
    el.addEventListener('coprod-submit', (event) => seen.push(event.type));
    expect(el.handIn()).to.equal(false);
    await el.updateComplete;
    expect(seen).to.deep.equal(['coprod-submit']);
    expect(el.value).to.deep.equal(filledCard);
    expect(query(el, '.notices').textContent).to.contain('Your card was not handed in');
  });
});

describe('nothing lost: radar plan="ID" and ladder switching', () => {
  afterEach(() => {
    document.body.querySelectorAll('coprod-readiness-radar, coprod-action-plan, coprod-ladder').forEach((el) => el.remove());
  });

  it('"Plan an action" adds the action to the plan named by plan="ID", with no script', async () => {
    const plan = await mount<CoprodActionPlan>('coprod-action-plan', { attributes: { id: 'ons-plan' }, properties: { value: clone(filledPlan) } });
    const radar = await mount<CoprodReadinessRadar>('coprod-readiness-radar', { attributes: { plan: 'ons-plan' }, properties: { value: clone(filledReadiness) } });
    const before = plan.value.actions.filter((action) => action.principle === 'blur-roles').length;
    const { changes } = record(plan);
    queryAll<HTMLButtonElement>(radar, '.gaps button')[1].click();
    await plan.updateComplete;
    expect(plan.value.actions.filter((action) => action.principle === 'blur-roles')).to.have.length(before + 1);
    expect(changes, 'the user\'s click is an edit of the plan').to.have.length(1);
    expect(changes[0].detail.value).to.deep.equal(plan.value);
  });

  it('a coprod-plan-action listener that calls preventDefault() plans it itself; a missing plan is said', async () => {
    const plan = await mount<CoprodActionPlan>('coprod-action-plan', { attributes: { id: 'ons-plan' }, properties: { value: clone(filledPlan) } });
    const radar = await mount<CoprodReadinessRadar>('coprod-readiness-radar', { attributes: { plan: 'ons-plan' }, properties: { value: clone(filledReadiness) } });
    const stop = (event: Event) => event.preventDefault();
    radar.addEventListener('coprod-plan-action', stop);
    queryAll<HTMLButtonElement>(radar, '.gaps button')[0].click();
    expect(plan.value.actions).to.have.length(filledPlan.actions.length);
    radar.removeEventListener('coprod-plan-action', stop);
    radar.plan = 'elders';
    await radar.updateComplete;
    queryAll<HTMLButtonElement>(radar, '.gaps button')[0].click();
    await radar.updateComplete;
    expect(query(radar, '.notices').textContent).to.contain('The action plan is not on this page');
  });

  it('switching ladders and back restores every example’s step; the switch says so and offers Undo', async () => {
    const el = await mount<CoprodLadder>('coprod-ladder', { properties: { value: clone(filledLadder) } });
    const select = query<HTMLSelectElement>(el, 'select#model');
    select.value = 'arnstein';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.examples.map((example) => example.rung)).to.deep.equal([null, 'informing']);
    expect(query(el, '.notices').textContent).to.contain('1 example has no step on this ladder yet');
    expect(shadow(el).querySelector('button.undo')).to.not.equal(null);
    const again = query<HTMLSelectElement>(el, 'select#model');
    again.value = 'co-production';
    again.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.examples.map((example) => example.rung)).to.deep.equal(['co-design', 'informing']);
    // Undo after a switch brings the whole ladder back.
    const third = query<HTMLSelectElement>(el, 'select#model');
    third.value = 'arnstein';
    third.dispatchEvent(new Event('change'));
    await el.updateComplete;
    query<HTMLButtonElement>(el, 'button.undo').click();
    await settle();
    expect(el.value).to.deep.equal(filledLadder);
    expect(fieldByLabel<HTMLSelectElement>(el, 'Which ladder?').value).to.equal('co-production');
  });
});

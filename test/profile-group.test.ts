import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/profile-card/define.js';
import type { CoprodProfileCard } from '../src/profile-card/profile-card.element.js';
import { sectionsByTemplate, templateOf } from '../src/profile-card/profile-card.group.js';
import type { ProfileState } from '../src/profile-card/profile-card.types.js';
import { filledProfile, teamProfiles } from './fixtures/profile-card.fixtures.js';
import { clone, eventually, query, queryAll, record, settle, switchLocale, typeInto } from './helpers.js';

/** The group's template: a facilitator's card with two sections, the second renamed, no photo, no age. */
const templateState = (): ProfileState => ({
  ...clone(filledProfile),
  name: 'Begeleider',
  show: { age: false, photo: false },
  sections: [
    { id: 'important', items: ['Rust.'] },
    { id: 'appreciate', title: 'Wat anderen in mij waarderen', items: ['Geduld.'] },
  ],
});

async function group(count = 3): Promise<{ template: CoprodProfileCard; cards: CoprodProfileCard[] }> {
  const template = document.createElement('coprod-profile-card');
  template.id = 'group-template';
  template.value = templateState();
  document.body.append(template);
  const cards = teamProfiles.slice(0, count).map((profile) => {
    const card = document.createElement('coprod-profile-card');
    card.setAttribute('template', 'group-template');
    card.value = clone(profile);
    document.body.append(card);
    return card;
  });
  await Promise.all([template, ...cards].map((card) => card.updateComplete));
  await settle();
  await Promise.all(cards.map((card) => card.updateComplete));
  return { template, cards };
}

const sectionTitles = (card: HTMLElement) => queryAll(card, '.sections .section h3').map((heading) => heading.textContent!.trim());

describe('profile cards: one template for the group', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await switchLocale('en');
  });

  it('pure: the template orders and limits a card’s sections, keeping its own items', () => {
    const template = templateOf(templateState());
    expect(template).to.deep.equal({ sections: [{ id: 'important' }, { id: 'appreciate', title: 'Wat anderen in mij waarderen' }], show: { age: false, photo: false } });
    const shown = sectionsByTemplate(filledProfile, template);
    expect(shown.map((section) => section.id)).to.deep.equal(['important', 'appreciate']);
    expect(shown[0].items).to.deep.equal(filledProfile.sections[1].items);
    expect(sectionsByTemplate({ ...filledProfile, sections: [] }, template)[0].items).to.deep.equal(['']);
  });

  it('limits and orders the sections of every card that uses it, with its photo and age choice', async () => {
    const { cards } = await group();
    for (const card of cards) {
      expect(sectionTitles(card)).to.deep.equal(['What is important to me', 'Wat anderen in mij waarderen']);
      // The group decides: no section tools, no "add a section", no own show choices.
      expect(queryAll(card, '.section-tools, .add-section, fieldset.show').length).to.equal(0);
      expect(query(card, '.template-note').textContent).to.contain('Your group chose these sections');
      expect(queryAll(card, '.photo, #age').length).to.equal(0);
    }
    await expect(cards[0]).to.be.accessible();
    // The card's own data is untouched: its third section is kept, not shown.
    expect(cards[0].value.sections.map((section) => section.id)).to.deep.equal(teamProfiles[0].sections.map((section) => section.id));
    expect(query(cards[0], '.template-note').textContent).to.contain('1 other section of yours is kept');
  });

  it('a change to the template reaches every card; typing in the template’s items does not', async () => {
    const { template, cards } = await group();
    const before = cards.map((card) => query(card, '.sections'));
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    for (const card of cards) observer.observe(card.shadowRoot!, { subtree: true, childList: true, characterData: true });
    // Typing in the template card's own item changes no follower.
    typeInto(template.shadowRoot!.querySelector<HTMLTextAreaElement>('.section textarea')!, 'Rust en ruimte.');
    await template.updateComplete;
    await settle();
    observer.disconnect();
    expect(mutations.length).to.equal(0);
    // A new section, a new order and the photo: every card follows.
    const state = template.value;
    template.value = { ...state, show: { age: true, photo: true }, sections: [state.sections[1], state.sections[0], { id: 's1', title: 'Mijn hobby', items: [''] }] };
    await eventually(() => cards.every((card) => sectionTitles(card).length === 3), 'every card follows the template', 10_000);
    for (const card of cards) {
      await card.updateComplete;
      expect(sectionTitles(card)).to.deep.equal(['Wat anderen in mij waarderen', 'What is important to me', 'Mijn hobby']);
      expect(queryAll(card, '.photo').length).to.equal(1);
      expect(queryAll(card, '#age').length).to.equal(1);
    }
    expect(before[0].isConnected).to.equal(true);
  });

  it('typing in a template section the card does not have yet adds it to the card, with the template’s title', async () => {
    const { template, cards } = await group(1);
    const state = template.value;
    template.value = { ...state, sections: [...state.sections, { id: 's9', title: 'Mijn hobby', items: [''] }] };
    await eventually(() => sectionTitles(cards[0]).includes('Mijn hobby'), 'the new section', 10_000);
    const { changes } = record(cards[0]);
    const field = queryAll<HTMLTextAreaElement>(cards[0], '.section textarea').at(-1)!;
    typeInto(field, 'Tuinieren');
    await cards[0].updateComplete;
    expect(changes.length).to.equal(1);
    expect(cards[0].value.sections.at(-1)).to.deep.equal({ title: 'Mijn hobby', id: 's9', items: ['Tuinieren'] });
  });

  it('without the template card on the page a card shows its own sections', async () => {
    const card = document.createElement('coprod-profile-card');
    card.setAttribute('template', 'nowhere');
    card.value = clone(teamProfiles[0]);
    document.body.append(card);
    await card.updateComplete;
    expect(sectionTitles(card).length).to.equal(teamProfiles[0].sections.length);
    expect(queryAll(card, '.add-section').length).to.equal(1);
  });
});

describe('profile cards: gallery of the group', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await switchLocale('en');
  });

  async function gallery(): Promise<CoprodProfileCard> {
    const el = document.createElement('coprod-profile-card');
    el.setAttribute('template', 'group-template');
    el.setAttribute('gallery', '');
    document.body.append(el);
    await el.updateComplete;
    await settle();
    await el.updateComplete;
    return el;
  }

  it('shows each card’s content as text, with headings, in the template’s sections', async () => {
    const { cards } = await group();
    const el = await gallery();
    expect(query(el, 'h2').textContent).to.equal('The cards of the group');
    const articles = queryAll(el, 'article.gallery-card');
    expect(articles.length).to.equal(4);
    expect(articles.map((article) => article.querySelector('h3')!.textContent)).to.deep.equal(['Begeleider', ...teamProfiles.slice(0, 3).map((profile) => profile.name)]);
    for (const article of articles) {
      expect([...article.querySelectorAll('h4')].map((heading) => heading.textContent)).to.deep.equal(['What is important to me', 'Wat anderen in mij waarderen']);
      expect(article.querySelectorAll('input, textarea, select, button').length).to.equal(0);
      expect(article.getAttribute('aria-labelledby')).to.equal(article.querySelector('h3')!.id);
    }
    expect(articles[1].textContent).to.contain(teamProfiles[0].sections.find((section) => section.id === 'important')!.items[0]);
    await expect(el).to.be.accessible();
    // Side by side on a wide screen.
    expect(articles[1].getBoundingClientRect().top).to.equal(articles[0].getBoundingClientRect().top);
    // It follows a card as it is filled in.
    cards[0].value = { ...cards[0].value, name: 'Nieuwe naam' };
    await eventually(() => queryAll(el, 'article.gallery-card h3')[1]?.textContent === 'Nieuwe naam', 'the gallery follows a card', 10_000);
  });

  it('adds no tab stops: it is text to read, by headings and articles', async () => {
    await group();
    const el = await gallery();
    const before = document.createElement('button');
    before.textContent = 'before';
    const after = document.createElement('button');
    after.textContent = 'after';
    el.before(before);
    el.after(after);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    const articles = queryAll(el, 'article.gallery-card');
    expect(articles.length).to.equal(4);
    expect(articles.every((article) => !article.hasAttribute('tabindex') || article.tabIndex < 0)).to.equal(true);
    expect(articles.map((article) => article.querySelector('h3')?.textContent?.trim())).to.have.length(4);
  });

  it('follows cards that join the group later, and speaks Dutch', async () => {
    await group(1);
    const el = await gallery();
    expect(queryAll(el, 'article.gallery-card').length).to.equal(2);
    const late = document.createElement('coprod-profile-card');
    late.setAttribute('template', 'group-template');
    late.value = clone(teamProfiles[2]);
    document.body.append(late);
    await eventually(() => queryAll(el, 'article.gallery-card').length === 3, 'the new card joins', 10_000);
    await switchLocale('nl');
    await el.updateComplete;
    expect(query(el, 'h2').textContent).to.equal('De kaarten van de groep');
    expect(query(el, '.gallery-count').textContent).to.equal('3 kaarten');
  });
});

describe('support circle: a name opens that person’s profile card', () => {
  afterEach(() => document.body.replaceChildren());

  it('a card asked for focus before it has rendered takes it on its title once it shows', async () => {
    const card = document.createElement('coprod-profile-card');
    card.value = clone(teamProfiles[0]);
    document.body.append(card);
    expect(card.hasUpdated).to.equal(false);
    card.focus();
    await card.updateComplete;
    // Booleans and ids, not elements: a failing comparison of elements prints the whole page.
    expect(document.activeElement === card, 'focus in the card').to.equal(true);
    expect(card.shadowRoot!.activeElement?.id).to.equal('card-title');
  });

  it('offers the card only for names with a card on the page, and moves focus to it', async () => {
    await import('../src/support-circle/define.js');
    const circle = document.createElement('coprod-support-circle');
    circle.value = {
      type: 'coprod-support-circle',
      version: 1,
      people: [
        { id: 'p1', name: ` ${teamProfiles[0].name.toUpperCase()} `, ring: 'co-producers', involvement: '', contact: '' },
        { id: 'p2', name: 'Iemand zonder kaart', ring: 'participants', involvement: '', contact: '' },
      ],
    };
    document.body.append(circle);
    const card = document.createElement('coprod-profile-card');
    card.value = clone(teamProfiles[0]);
    document.body.append(card);
    await eventually(() => circle.shadowRoot!.querySelectorAll('.open-card').length === 1, 'the circle finds the card', 10_000);
    const button = circle.shadowRoot!.querySelector<HTMLButtonElement>('.open-card')!;
    expect(button.closest('[data-person]')!.getAttribute('data-person')).to.equal('p1');
    expect(button.textContent).to.contain('Open the profile card');
    button.click();
    // At once when the card has rendered; on a busy page it may still wait its turn to render.
    await card.updateComplete;
    expect(document.activeElement === card, 'focus in the card').to.equal(true);
    expect(card.shadowRoot!.activeElement!.id).to.equal('card-title');
    // The card gets another name: the offer goes.
    card.value = { ...card.value, name: 'Een andere naam' };
    await eventually(() => circle.shadowRoot!.querySelectorAll('.open-card').length === 0, 'the offer goes', 10_000);
    // Read-only circles offer it too.
    card.value = { ...card.value, name: teamProfiles[0].name };
    circle.readonly = true;
    await eventually(() => circle.shadowRoot!.querySelectorAll('.open-card').length === 1, 'read-only offer', 10_000);
    expect(circle.shadowRoot!.querySelectorAll('.remove').length).to.equal(0);
  });
});

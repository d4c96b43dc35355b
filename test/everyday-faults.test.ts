import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { READABLE_SHARE } from '../src/core/drawing-fit.js';
import type { CoprodReadinessRadar } from '../src/readiness-radar/radar.element.js';
import { defaultQuestionIds } from '../src/readiness-radar/radar.questions.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import { allTags, filledByTag } from './fixtures/all.fixtures.js';
import { filledLadder } from './fixtures/ladder.fixtures.js';
import { filledCard } from './fixtures/opportunity.fixtures.js';
import { filledProfile } from './fixtures/profile-card.fixtures.js';
import { filledReadiness, readinessWithReadings } from './fixtures/readiness-radar.fixtures.js';
import { filledCircle } from './fixtures/support-circle.fixtures.js';
import { clone, mount, query, queryAll, record, settle, switchLocale, type AnyCoprodElement } from './helpers.js';

/** Faults people met when they tried the exercises (issue 12); each test fails on the code before the fix. */

interface AxNode {
  role?: string;
  name?: string;
  description?: string;
  children?: AxNode[];
}

function allNodes(node: AxNode | null, out: AxNode[] = []): AxNode[] {
  if (!node) return out;
  out.push(node);
  for (const child of node.children ?? []) allNodes(child, out);
  return out;
}

/** The text a screen reader gets from a node: text of everything not hidden from it with aria-hidden. */
function spokenText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return [...node.childNodes].map(spokenText).join('');
}

/** Captures the names of files offered for download. */
function captureDownloads(): { names: string[]; restore: () => void } {
  const names: string[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) names.push(this.download);
    else click.call(this);
  };
  return { names, restore: () => (HTMLAnchorElement.prototype.click = click) };
}

function buttonNamed(el: HTMLElement, text: string): HTMLButtonElement {
  const button = queryAll<HTMLButtonElement>(el, 'button').find((candidate) => candidate.textContent?.trim() === text);
  if (!button) throw new Error(`no button "${text}" in ${el.localName}`);
  return button;
}

describe('everyday faults (issue 12)', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    localStorage.clear();
    await switchLocale('en');
    await setViewport({ width: 1280, height: 900 });
  });

  describe('dates', () => {
    it('shows each chosen date in words in the page language, beside the field', async () => {
      await switchLocale('nl');
      const plan = await mount('coprod-action-plan', { properties: { value: { ...clone(filledPlan), actions: [{ ...filledPlan.actions[0], when: '2026-03-01' }] } } });
      const input = query<HTMLInputElement>(plan, 'input[type=date]');
      const words = query(plan, `#${input.id}-words`);
      expect(words.textContent?.trim()).to.equal('1 maart 2026');
      expect(input.getAttribute('aria-describedby')).to.contain(`${input.id}-words`);
      const card = await mount('coprod-opportunity-card', { properties: { value: { ...clone(filledCard), date: '2026-02-12' } } });
      expect(query(card, '.date-words').textContent?.trim()).to.equal('12 februari 2026');
      await switchLocale('en');
      expect(query(card, '.date-words').textContent?.trim()).to.equal('February 12, 2026');
    });

    it('keeps the other parts of a date when one part is cleared with Backspace and typed again', async () => {
      // Chromium fires input and change with an empty value as soon as one part is cleared;
      // writing that empty value back into the field would clear the month and year too.
      const plan = await mount('coprod-action-plan', { properties: { value: clone(filledPlan) } });
      const when = query<HTMLInputElement>(plan, '.row:not(.head) input[type=date]');
      const board = await mount('coprod-opportunity-board', { properties: { value: clone(filledByTag['coprod-opportunity-board']) } });
      const planAll = query<HTMLInputElement>(board, '#plan-all-date');
      for (const [el, field] of [
        [plan, when],
        [board, planAll],
      ] as const) {
        field.focus();
        field.value = '';
        await sendKeys({ type: '03012026' });
        await el.updateComplete;
        expect(field.value, field.id).to.equal('2026-03-01');
        await sendKeys({ press: 'ArrowLeft' });
        await sendKeys({ press: 'Backspace' });
        await el.updateComplete;
        expect(field.value, field.id).to.equal('');
        await sendKeys({ type: '05' });
        await el.updateComplete;
        expect(field.value, `${field.id}: the other parts stayed`).to.match(/^2026-0[135]-0[15]$/);
      }
    });

    it('shows the date in words beside the board’s own date fields while the keeper picks one', async () => {
      await switchLocale('nl');
      const board = await mount('coprod-opportunity-board', { properties: { value: clone(filledByTag['coprod-opportunity-board']) } });
      const input = query<HTMLInputElement>(board, '#plan-all-date');
      expect(query(board, '#plan-all-date-words').textContent?.trim()).to.equal('Nog geen datum gekozen');
      input.value = '2026-03-01';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await board.updateComplete;
      expect(query(board, '#plan-all-date-words').textContent?.trim()).to.equal('1 maart 2026');
      expect(input.getAttribute('aria-describedby')).to.equal('plan-all-date-words');
      // The browser fires change after input; the board draws again, in another language too.
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await board.updateComplete;
      await switchLocale('en');
      await board.updateComplete;
      expect(query(board, '#plan-all-date-words').textContent?.trim()).to.equal('March 1, 2026');
      expect(query<HTMLInputElement>(board, '#plan-all-date').value).to.equal('2026-03-01');

      // A card's own meeting date: the words follow the pick before the card is planned.
      query<HTMLButtonElement>(board, 'button.more').click();
      await board.updateComplete;
      const cardDate = query<HTMLInputElement>(board, 'input.plan-date');
      const words = () => query(board, `#${cardDate.id}-words`).textContent?.trim();
      cardDate.value = '2026-04-02';
      cardDate.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      cardDate.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await board.updateComplete;
      expect(words()).to.equal('April 2, 2026');
      await switchLocale('nl');
      await board.updateComplete;
      expect(words()).to.equal('2 april 2026');
      expect(query<HTMLInputElement>(board, 'input.plan-date').value).to.equal('2026-04-02');
    });
  });

  describe('readiness check', () => {
    it('counts "don’t know" as answered', async () => {
      const answers = Object.fromEntries(defaultQuestionIds.map((id, index) => [id, index < 2 ? null : 3]));
      const el = await mount('coprod-readiness-radar', { properties: { value: { ...clone(filledReadiness), answers, readings: [] } } });
      expect(query(el, '.progress').textContent).to.contain('19 of 19 questions answered');
    });

    it('starts with the questions when nothing is answered, and shows the results first once there are answers', async () => {
      const el = await mount<CoprodReadinessRadar>('coprod-readiness-radar');
      const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      expect(before(query(el, '.checklist'), query(el, '.results'))).to.equal(true);
      const radio = query<HTMLInputElement>(el, 'fieldset.question input[type=radio]');
      radio.click();
      await el.updateComplete;
      expect(before(query(el, '.results'), query(el, '.checklist'))).to.equal(true);
      // The radio the person used is the same element, still checked: the checklist was not drawn again.
      expect(query<HTMLInputElement>(el, 'fieldset.question input[type=radio]')).to.equal(radio);
      expect(radio.checked).to.equal(true);
    });

    it('names each "Add a note" button after its question', async () => {
      const el = await mount('coprod-readiness-radar');
      const names = queryAll(el, 'details.note summary').map((summary) => summary.textContent!.replace(/\s+/g, ' ').trim());
      expect(names).to.have.length(19);
      expect(new Set(names).size).to.equal(19);
      expect(names[2]).to.equal('Add a note to question 3');
    });

    it('has the chart summary read once: as the name, not again as the description', async () => {
      const el = await mount('coprod-readiness-radar', { properties: { value: clone(filledReadiness) } });
      const summary = query(el, 'svg.radar title').textContent!;
      const tree = (await a11ySnapshot({})) as unknown as AxNode;
      const chart = allNodes(tree).find((node) => node.name === summary);
      expect(chart, 'the chart is named by its summary').to.exist;
      expect(chart!.description ?? '').to.equal('');
    });

    it('shows the whole score table at 1280 px with three readings', async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await mount('coprod-readiness-radar', { properties: { value: clone(readinessWithReadings) } });
      expect((el.value as unknown as typeof readinessWithReadings).readings.length).to.be.at.least(3);
      await settle(50);
      const scroll = query(el, '.table-scroll');
      expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth + 1);
    });
  });

  describe('support circle', () => {
    it('keeps the key names in the keyboard help that screen readers read', async () => {
      const el = await mount('coprod-support-circle', { properties: { value: clone(filledCircle) } });
      const help = spokenText(query(el, '#circle-keys')).replace(/\s+/g, ' ');
      expect(help).to.contain('Left and right arrow: go to the next person.');
      expect(help).to.contain('Up arrow: move the person one ring inwards.');
      expect(help).to.contain('Down arrow: move the person one ring outwards.');
      expect(help).to.contain('Enter opens the person in the list.');
    });

    it('shows focus on the first Tab stop of the drawing: a person, with a visible ring', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.append(before);
      const el = await mount('coprod-support-circle', { properties: { value: clone(filledCircle) } });
      before.focus();
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as SVGElement | null;
      expect(active?.classList.contains('mark'), `focus is on ${active?.tagName}.${active?.getAttribute('class')}`).to.equal(true);
      expect(active!.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(active!).outlineStyle).to.equal('solid');
    });

    it('lets the drawing give way to the list when its names would be too small to read, and keeps them readable when shown', async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await mount('coprod-support-circle', { properties: { value: clone(filledCircle) } });
      await settle(50);
      await el.updateComplete;
      const box = query(el, '.circle-box');
      expect(box.classList.contains('gave-way')).to.equal(false);
      const drawn = (parseFloat(getComputedStyle(query(el, '.mark-text')).fontSize) * box.getBoundingClientRect().width) / 1000;
      expect(drawn).to.be.at.least(parseFloat(getComputedStyle(el).fontSize) * READABLE_SHARE);

      await setViewport({ width: 320, height: 700 });
      await settle(100);
      await el.updateComplete;
      expect(box.classList.contains('gave-way')).to.equal(true);
      expect(query(el, '.gave-way-note').textContent).to.contain('Everyone is in the list below.');
      expect(getComputedStyle(box).visibility).to.equal('hidden');
      // The person may still look at it.
      const show = buttonNamed(el, 'Show it anyway');
      show.focus();
      show.click();
      await el.updateComplete;
      await settle();
      expect(box.classList.contains('gave-way')).to.equal(false);
      // The button went with the note; the keyboard is on the drawing's mark, not on the page (WCAG 2.4.3).
      expect(el.shadowRoot!.activeElement?.matches('.circle-box .mark')).to.equal(true);
    });

    it('lets the radar chart give way to its table on a narrow screen', async () => {
      await setViewport({ width: 320, height: 700 });
      const el = await mount('coprod-readiness-radar', { properties: { value: clone(filledReadiness) } });
      await settle(100);
      await el.updateComplete;
      expect(query(el, '.chart-box').classList.contains('gave-way')).to.equal(true);
      expect(query(el, '.gave-way-note').textContent).to.contain('The scores are in the table.');
    });
  });

  describe('names and headings', () => {
    it('has no "▸" in the name of the profile card’s section tools', async () => {
      const el = await mount('coprod-profile-card', { properties: { value: clone(filledProfile) } });
      const summary = query(el, '.section-tools summary');
      const tree = (await a11ySnapshot({})) as unknown as AxNode;
      const text = summary.textContent!.trim();
      const node = allNodes(tree).find((candidate) => candidate.name?.includes('Change this section'));
      expect(node, `an accessible node named with "${text}"`).to.exist;
      expect(node!.name).not.to.match(/[▸▾]/);
    });

    it('keeps the ladder’s group headings apart from their description', async () => {
      const el = await mount('coprod-ladder', { properties: { value: clone(filledLadder) } });
      const headings = queryAll(el, '.group h3').map((heading) => heading.textContent!.trim());
      expect(headings).to.deep.equal(['Doing with', 'Doing for', 'Doing to']);
      expect(query(el, '.group-description').textContent).to.contain('as equals');
    });
  });

  describe('wrong files', () => {
    it('every exercise says what it is when a file is not one of its own', async () => {
      await switchLocale('nl');
      try {
        for (const tag of allTags) {
          const el = await mount<AnyCoprodElement>(tag);
          const other = allTags.find((candidate) => filledByTag[candidate].type !== filledByTag[tag].type)!;
          (el as unknown as { importJSON(text: string): boolean }).importJSON(JSON.stringify(filledByTag[other]));
          await el.updateComplete;
          const alert = query(el, '[role=alert]').textContent!.replace(/\s+/g, ' ');
          expect(alert, tag).to.match(/Dit bestand is geen opgeslagen [^.]+\. Kies een ander bestand\./);
          // Not the word for any exercise: each has its own name.
          expect(alert, tag).not.to.contain('geen opgeslagen oefening');
          el.remove();
        }
      } finally {
        await switchLocale('en');
      }
    });

    it('tells the person one plain sentence; the detail stays in the event for developers', async () => {
      await switchLocale('nl');
      const el = await mount('coprod-support-circle');
      const { invalids } = record(el);
      (el as unknown as { importJSON(text: string): boolean }).importJSON(JSON.stringify({ ...filledCircle, people: [{ ...filledCircle.people[0], ring: 'kern' }] }));
      await el.updateComplete;
      const alert = query(el, '[role=alert]').textContent!.replace(/\s+/g, ' ').trim();
      expect(alert).to.contain('Dit bestand is geen opgeslagen steuncirkel. Kies een ander bestand.');
      expect(alert).not.to.match(/JSON|kern|co-producers|undefined|\/people/);
      expect(invalids[0].detail.errors[0].path).to.equal('/people/0/ring');
      expect(invalids[0].detail.errors[0].message).to.contain('kern');

      (el as unknown as { importJSON(text: string): boolean }).importJSON('{ not json');
      await el.updateComplete;
      expect(query(el, '[role=alert]').textContent).not.to.contain('JSON');
    });
  });

  describe('shared devices: start again', () => {
    for (const [tag, filled] of Object.entries(filledByTag)) {
      it(`${tag}: clears the state and its saved copy after a confirmation, with Undo`, async () => {
        const key = `start-again-${tag}`;
        const el = await mount<AnyCoprodElement>(tag, { attributes: { 'storage-key': key }, properties: { value: clone(filled) } });
        const empty = (document.createElement(tag) as AnyCoprodElement).value;
        const { changes } = record(el);
        buttonNamed(el, 'Start again').click();
        await el.updateComplete;
        await settle();
        // Nothing is cleared yet: the person is asked first, and focus is on the safe answer.
        expect(el.value).to.deep.equal(filled);
        expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('No, keep it');
        buttonNamed(el, 'Yes, clear everything').click();
        await el.updateComplete;
        expect(el.value).to.deep.equal(empty);
        expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(empty);
        expect(changes).to.have.length(1);
        expect(query(el, '.notices').textContent).to.contain('Everything is cleared.');
        buttonNamed(el, 'Undo').click();
        await el.updateComplete;
        expect(el.value).to.deep.equal(filled);
        expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(filled);
      });
    }

    it('removes the profile photo too, from the screen and from storage', async () => {
      const el = await mount('coprod-profile-card', { attributes: { 'storage-key': 'photo-card' }, properties: { value: clone(filledProfile) } });
      expect(queryAll(el, 'img')).to.have.length.greaterThan(0);
      buttonNamed(el, 'Start again').click();
      await el.updateComplete;
      buttonNamed(el, 'Yes, clear everything').click();
      await el.updateComplete;
      expect(queryAll(el, 'img')).to.have.length(0);
      expect(localStorage.getItem('photo-card')).not.to.contain('data:image');
    });

    it('keeps everything when the person says no', async () => {
      const el = await mount('coprod-ladder', { properties: { value: clone(filledLadder) } });
      buttonNamed(el, 'Start again').click();
      await el.updateComplete;
      buttonNamed(el, 'No, keep it').click();
      await el.updateComplete;
      expect(el.value).to.deep.equal(filledLadder);
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Start again');
    });
  });

  describe('downloads', () => {
    it('every exercise names its saved file in the page language', async () => {
      const downloads = captureDownloads();
      try {
        for (const [locale, save] of [['en', 'Save to a file'], ['nl', 'Opslaan in een bestand']]) {
          await switchLocale(locale);
          for (const tag of allTags) {
            const el = await mount(tag, { properties: { value: clone(filledByTag[tag]) } });
            buttonNamed(el, save).click();
            el.remove();
          }
        }
        const english = downloads.names.slice(0, allTags.length);
        const dutch = downloads.names.slice(allTags.length);
        expect(dutch).to.have.length(allTags.length);
        dutch.forEach((name, i) => expect(name, `${allTags[i]}: ${english[i]}`).to.not.equal(english[i]));
      } finally {
        downloads.restore();
        await switchLocale('en');
      }
    });

    it('names downloaded files in the page language', async () => {
      const downloads = captureDownloads();
      try {
        await switchLocale('nl');
        const circle = await mount('coprod-support-circle', { properties: { value: clone(filledCircle) } });
        buttonNamed(circle, 'Opslaan in een bestand').click();
        buttonNamed(circle, 'Tekening opslaan (SVG)').click();
        const radar = await mount('coprod-readiness-radar', { properties: { value: clone(filledReadiness) } });
        buttonNamed(radar, 'Diagram opslaan (SVG)').click();
        const plan = await mount('coprod-action-plan', { properties: { value: clone(filledPlan) } });
        buttonNamed(plan, 'Opslaan als tabel voor Excel (CSV)').click();
        expect(downloads.names).to.deep.equal(['steuncirkel.json', 'steuncirkel.svg', 'diagram-klaar-voor-co-productie.svg', 'actieplan.csv']);
        await switchLocale('en');
        buttonNamed(circle, 'Save to a file').click();
        expect(downloads.names[4]).to.equal('support-circle.json');
      } finally {
        downloads.restore();
      }
    });
  });
});

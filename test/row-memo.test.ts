import { expect } from '@open-wc/testing';
import '../src/index.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import { filledLadder } from './fixtures/ladder.fixtures.js';
import { filledBoard } from './fixtures/opportunity.fixtures.js';
import { filledReadiness } from './fixtures/readiness-radar.fixtures.js';
import { filledCircle } from './fixtures/support-circle.fixtures.js';
import { clone, mount, query, queryAll, switchLocale, typeInto, type AnyCoprodElement, partsChanged } from './helpers.js';

/**
 * Rows skip re-rendering when their data did not change (per-keystroke work proportional to
 * the edit). These tests make sure that never shows stale data: the edited row changes and
 * only it, a language switch re-renders every row, undo and a host's value bring rows back.
 */


let el: AnyCoprodElement | undefined;
afterEach(async () => {
  el?.remove();
  await switchLocale('en');
});

describe('action plan rows', () => {
  const rows = () => queryAll(el!, '.row:not(.head)');

  it('an edit re-renders only its own row, and that row shows it', async () => {
    el = await mount('coprod-action-plan', { properties: { value: clone(filledPlan) } });
    const row = rows().find((candidate) => candidate.querySelector('.smart-hint')?.textContent?.includes('who will do it'));
    expect(row, 'a row whose SMART tip asks who').to.exist;
    const who = row!.querySelector<HTMLInputElement>('.cell-who input')!;
    const changed = await partsChanged(el, rows(), () => typeInto(who, 'Sam'));
    expect([...changed]).to.deep.equal([row]);
    expect(row!.querySelector('.smart-hint')?.textContent ?? '').not.to.include('who will do it');
  });

  it('re-renders every row when the language changes', async () => {
    el = await mount('coprod-action-plan', { properties: { value: clone(filledPlan) } });
    const english = rows().map((row) => row.getAttribute('aria-label'));
    const changed = await partsChanged(el, rows(), () => switchLocale('nl'));
    expect(changed.size).to.equal(rows().length);
    const dutch = rows().map((row) => row.getAttribute('aria-label'));
    dutch.forEach((label, index) => expect(label).not.to.equal(english[index]));
    await switchLocale('en');
    await el.updateComplete;
    expect(rows().map((row) => row.getAttribute('aria-label'))).to.deep.equal(english);
  });

  it('undo and a value set by the host bring rows back with their text', async () => {
    el = await mount('coprod-action-plan', { properties: { value: clone(filledPlan) } });
    const before = clone(filledPlan);
    const first = () => rows()[0].querySelector<HTMLTextAreaElement>('.cell-what textarea')!;
    typeInto(first(), 'Iets anders');
    await el.updateComplete;
    const count = rows().length;
    rows()[1].querySelector<HTMLButtonElement>('.cell-tools button:last-child')!.click();
    await el.updateComplete;
    expect(rows().length).to.equal(count - 1);
    query<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    expect(rows().length).to.equal(count);
    expect(first().value).to.equal('Iets anders');
    (el as unknown as { value: unknown }).value = before;
    await el.updateComplete;
    expect(first().value).to.equal(before.actions.find((action) => action.principle === 'assets')?.what ?? first().value);
    expect(first().value).not.to.equal('Iets anders');
  });
});

describe('action plan rows that move', () => {
  const groupRows = (principle: string) => queryAll(el!, `section.group[aria-labelledby="group-${principle}"] .row:not(.head)`);

  it('moving an action down renders the two rows that changed place with their new numbers, and no other row', async () => {
    el = await mount('coprod-action-plan', { properties: { value: clone(filledPlan) } });
    const [first, second] = groupRows('mutuality');
    const firstWhat = first.querySelector('textarea')!.value;
    expect(first.getAttribute('aria-label')).to.equal('Mutuality, action 1');
    const allRows = queryAll(el, '.row:not(.head)');
    const changed = await partsChanged(el, allRows, async () => {
      first.querySelector<HTMLButtonElement>('.cell-tools button:nth-child(2)')!.click();
    });
    expect([...changed].sort()).to.have.members([first, second]);
    const [nowFirst, nowSecond] = groupRows('mutuality');
    expect(nowSecond.querySelector('textarea')!.value).to.equal(firstWhat);
    expect(nowFirst.getAttribute('aria-label')).to.equal('Mutuality, action 1');
    expect(nowSecond.getAttribute('aria-label')).to.equal('Mutuality, action 2');
    expect(nowFirst.querySelector<HTMLButtonElement>('[id^="up-"]')!.disabled).to.equal(true);
    expect(nowSecond.querySelector<HTMLButtonElement>('[id^="up-"]')!.disabled).to.equal(false);
    expect(nowSecond.querySelector<HTMLButtonElement>('[id^="down-"]')!.disabled).to.equal(true);
  });
});

describe('ladder examples', () => {
  const examples = () => queryAll(el!, 'article.example');

  it('an edit re-renders only its own example; the language re-renders all', async () => {
    el = await mount('coprod-ladder', { properties: { value: clone(filledLadder) } });
    expect(examples().length).to.be.greaterThan(1);
    const second = examples()[1];
    const changed = await partsChanged(el, examples(), () => typeInto(second.querySelector<HTMLTextAreaElement>('textarea')!, 'Nieuw voorbeeld'));
    expect([...changed].every((example) => example === second)).to.equal(true);
    // The ladder beside the worksheet shows the new text on the example's rung.
    expect(queryAll(el, '.placed-example').some((placed) => placed.textContent!.includes('Example 2: Nieuw voorbeeld'))).to.equal(true);
    const headings = examples().map((example) => example.querySelector('h4')!.textContent);
    await switchLocale('nl');
    await el.updateComplete;
    examples().forEach((example, index) => expect(example.querySelector('h4')!.textContent).not.to.equal(headings[index]));
  });

  it('removing an example renumbers the ones after it', async () => {
    el = await mount('coprod-ladder', { properties: { value: clone(filledLadder) } });
    const count = examples().length;
    examples()[0].querySelector<HTMLButtonElement>('.example-actions button')!.click();
    await el.updateComplete;
    expect(examples().length).to.equal(count - 1);
    expect(examples()[0].querySelector('h4')!.textContent).to.equal('Example 1');
    query<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    expect(examples().map((example) => example.querySelector('h4')!.textContent)).to.deep.equal(Array.from({ length: count }, (_, i) => `Example ${i + 1}`));
  });
});

describe('support circle rows and marks', () => {
  const rows = () => queryAll(el!, 'li.person');

  it('typing a name re-renders only that row and shows the name on its mark', async () => {
    el = await mount('coprod-support-circle', { properties: { value: clone(filledCircle) } });
    const row = rows()[2];
    const id = row.getAttribute('data-person')!;
    const changed = await partsChanged(el, rows(), () => typeInto(row.querySelector<HTMLInputElement>('input[type=text]')!, 'Zoë Zuiderwijk'));
    expect([...changed]).to.deep.equal([row]);
    expect(row.querySelector('fieldset')!.getAttribute('aria-label')).to.equal('Zoë Zuiderwijk');
    expect(query(el, `.mark[data-id="${id}"]`).getAttribute('aria-label')).to.include('Zoë Zuiderwijk');
  });

  it('the language re-renders every row and mark', async () => {
    el = await mount('coprod-support-circle', { properties: { value: clone(filledCircle) } });
    const marks = queryAll(el, '.mark').map((mark) => mark.getAttribute('aria-label'));
    const labels = rows().map((row) => row.querySelector('label')!.textContent);
    await switchLocale('nl');
    await el.updateComplete;
    queryAll(el, '.mark').forEach((mark, index) => expect(mark.getAttribute('aria-label')).not.to.equal(marks[index]));
    rows().forEach((row, index) => expect(row.querySelector('label')!.textContent).not.to.equal(labels[index]));
  });
});

describe('readiness radar questions', () => {
  const questions = () => queryAll(el!, 'fieldset.question');

  it('answering re-renders only that question; the language re-renders all', async () => {
    el = await mount('coprod-readiness-radar', { properties: { value: clone(filledReadiness) } });
    const third = questions()[2];
    const radio = third.querySelector<HTMLInputElement>('input[type=radio]:not(:checked)')!;
    const changed = await partsChanged(el, questions(), () => radio.click());
    expect([...changed].every((question) => question === third)).to.equal(true);
    expect(radio.checked).to.equal(true);
    expect((el as unknown as { value: { answers: Record<string, unknown> } }).value.answers[third.getAttribute('data-question')!]).to.equal(
      radio.value === '' ? null : Number(radio.value),
    );
    const texts = questions().map((question) => question.querySelector('.scale')!.textContent);
    await switchLocale('nl');
    await el.updateComplete;
    questions().forEach((question, index) => expect(question.querySelector('.scale')!.textContent).not.to.equal(texts[index]));
  });

  it('a value set by the host shows its answers in every question', async () => {
    el = await mount('coprod-readiness-radar', { properties: { value: clone(filledReadiness) } });
    const host = el as unknown as { value: typeof filledReadiness };
    host.value = { ...clone(filledReadiness), answers: {} };
    await el.updateComplete;
    expect(queryAll<HTMLInputElement>(el, 'fieldset.question input[type=radio]').filter((radio) => radio.checked)).to.have.length(0);
    host.value = clone(filledReadiness);
    await el.updateComplete;
    const checked = queryAll<HTMLInputElement>(el, 'fieldset.question input[type=radio]').filter((radio) => radio.checked).length;
    expect(checked).to.equal(Object.keys(filledReadiness.answers).length);
  });
});

describe('opportunity board cards', () => {
  it('typing in the keeper field re-renders no card; a status change re-renders that card', async () => {
    el = await mount('coprod-opportunity-board', { properties: { value: clone(filledBoard) } });
    const cards = () => queryAll(el!, 'li.card-item');
    const keeper = query<HTMLInputElement>(el, '#f-keeper');
    expect((await partsChanged(el, cards(), () => typeInto(keeper, 'Ingrid S.'))).size).to.equal(0);
    const card = query(el, 'article.card[data-id="c5"]');
    card.focus();
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(query(el, 'article.card[data-id="c5"]').closest('.column')!.getAttribute('data-status')).to.equal('discussed');
    // Tab stops follow the cards that moved: exactly one card can be tabbed to.
    expect(queryAll(el, 'article.card').filter((candidate) => candidate.getAttribute('tabindex') === '0')).to.have.length(1);
    await switchLocale('nl');
    await el.updateComplete;
    expect(query(el, 'article.card[data-id="c5"] button.more').textContent).not.to.equal('Move or plan');
  });
});

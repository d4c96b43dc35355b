import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { LadderState } from '../src/ladder/ladder.types.js';
import type { OpportunityBoardState } from '../src/opportunity/opportunity.types.js';
import type { ReadinessState } from '../src/readiness-radar/radar.types.js';
import { filledLadder, municipalModel } from './fixtures/ladder.fixtures.js';
import { filledBoard } from './fixtures/opportunity.fixtures.js';
import { filledReadiness, readinessWithReadings } from './fixtures/readiness-radar.fixtures.js';
import { clone, mount, query, queryAll, shadow, switchLocale, typeInto, type AnyCoprodElement, partsChanged } from './helpers.js';

/**
 * Typing in a big exercise does work in proportion to the edit: the ladder's drawing, a
 * ladder example's step choice and its reflection, the radar's principles and reading
 * columns, the board's filters skip re-rendering while what they show is unchanged. These
 * tests make sure a skipped part never shows stale content: the edited part changes, and a
 * language switch, read-only, a host's value (same ids, new texts) and undo all show up.
 */

type WithValue<S> = AnyCoprodElement & { value: S; readonly: boolean };


const texts = (elements: Element[]) => elements.map((element) => element.textContent!.replace(/\s+/g, ' ').trim());

let el: AnyCoprodElement | undefined;
afterEach(async () => {
  el?.remove();
  el = undefined;
  await switchLocale('en');
});

describe('ladder: drawing, step choices and reflection skip unchanged parts', () => {
  const ladder = async (value: LadderState) => (el = await mount<WithValue<LadderState>>('coprod-ladder', { properties: { value: clone(value) } })) as WithValue<LadderState>;
  const rungs = () => queryAll(el!, 'li.rung');
  const placed = () => texts(queryAll(el!, '.placed-example'));
  const example = (index: number) => queryAll(el!, 'article.example')[index];

  it('typing what was done redraws only that example’s rung; typing its outcomes redraws no rung', async () => {
    const ladderEl = await ladder(filledLadder);
    const what = example(1).querySelector<HTMLTextAreaElement>('textarea[id$="-what"]')!;
    const informing = query(ladderEl, 'li.rung[data-rung="informing"]');
    let changed = await partsChanged(ladderEl, rungs(), () => typeInto(what, 'Een nieuwe folder'));
    expect([...changed]).to.deep.equal([informing]);
    expect(placed()).to.include('Example 2: Een nieuwe folder');
    const outcomes = example(1).querySelector<HTMLTextAreaElement>('textarea[id$="-outcomes"]')!;
    changed = await partsChanged(ladderEl, rungs(), () => typeInto(outcomes, 'Iedereen las hem.'));
    expect(changed.size).to.equal(0);
    expect(ladderEl.value.examples[1].outcomes).to.equal('Iedereen las hem.');
  });

  it('placing an example on another step moves it on the drawing and checks its new step', async () => {
    const ladderEl = await ladder(filledLadder);
    const radio = [...example(0).querySelectorAll<HTMLInputElement>('.rung-choices input[type=radio]')].find((input) =>
      input.closest('label')!.textContent!.includes('Consultation'),
    )!;
    radio.click();
    await ladderEl.updateComplete;
    expect(ladderEl.value.examples[0].rung).to.equal('consultation');
    expect(texts(queryAll(ladderEl, 'li.rung[data-rung="consultation"] .placed-example'))[0]).to.match(/^Example 1: Met drie ouders/);
    expect(queryAll(ladderEl, 'li.rung[data-rung="co-design"] .placed-example')).to.have.length(0);
    expect(example(0).querySelector<HTMLInputElement>('.rung-choices input:checked')).to.equal(radio);
    // A host's value puts it back: the step shows again as it was.
    ladderEl.value = clone(filledLadder);
    await ladderEl.updateComplete;
    const checked = example(0).querySelector<HTMLInputElement>('.rung-choices input:checked')!;
    expect(checked.closest('label')!.textContent).to.contain('Co-design');
  });

  it('removing an example that is not on the ladder renumbers the examples drawn after it', async () => {
    const value = clone(filledLadder);
    value.examples.unshift({ id: 'e0', what: 'Nog niet geplaatst', rung: null, outcomes: '', better: '' });
    const ladderEl = await ladder(value);
    expect(placed()).to.deep.equal(['Example 2: Met drie ouders en de wijkverpleegkundige samen het inloopspreekuur opnieuw ingericht.', 'Example 3: Een folder gemaakt over de nieuwe wachtlijst en die in de wachtkamer gelegd.']);
    example(0).querySelector<HTMLButtonElement>('.example-actions button')!.click();
    await ladderEl.updateComplete;
    expect(placed().map((text) => text.split(':')[0])).to.deep.equal(['Example 1', 'Example 2']);
  });

  it('a language switch redraws the ladder, the step choices and the reflection', async () => {
    const ladderEl = await ladder(filledLadder);
    const english = {
      rungs: texts(rungs()),
      choices: texts(queryAll(ladderEl, '.rung-choices')),
      reflection: texts(queryAll(ladderEl, '.reflection label')),
      placed: placed(),
    };
    await switchLocale('nl');
    await ladderEl.updateComplete;
    expect(query(ladderEl, 'li.rung[data-rung="coercion"] .avoid').textContent).to.equal('Probeer deze trede te vermijden.');
    texts(rungs()).forEach((text, index) => expect(text).not.to.equal(english.rungs[index]));
    texts(queryAll(ladderEl, '.rung-choices')).forEach((text, index) => expect(text).not.to.equal(english.choices[index]));
    texts(queryAll(ladderEl, '.reflection label')).forEach((text, index) => expect(text).not.to.equal(english.reflection[index]));
    placed().forEach((text, index) => expect(text).not.to.equal(english.placed[index]));
    await switchLocale('en');
    await ladderEl.updateComplete;
    expect(texts(rungs())).to.deep.equal(english.rungs);
    expect(placed()).to.deep.equal(english.placed);
  });

  it('a host’s own ladder follows the language, and a new model object with the same id shows its new labels', async () => {
    const ladderEl = await ladder({ ...filledLadder, model: municipalModel, examples: [{ ...filledLadder.examples[0], rung: 'advise' }] });
    expect(query(ladderEl, 'li.rung[data-rung="advise"] .rung-name').textContent).to.contain('Advise');
    await switchLocale('nl');
    await ladderEl.updateComplete;
    expect(query(ladderEl, 'li.rung[data-rung="advise"] .rung-name').textContent).to.contain('Adviseren');
    expect(texts(queryAll(ladderEl, '.rung-choices label'))).to.include('Adviseren');
    const renamed = clone(municipalModel);
    renamed.rungs[2].label = { en: 'Give advice', nl: 'Advies geven' };
    ladderEl.value = { ...ladderEl.value, model: renamed };
    await ladderEl.updateComplete;
    expect(query(ladderEl, 'li.rung[data-rung="advise"] .rung-name').textContent).to.contain('Advies geven');
    expect(texts(queryAll(ladderEl, '.rung-choices label'))).to.include('Advies geven');
  });

  it('read-only and back: the drawing, the step choices and the reflection follow', async () => {
    const ladderEl = await ladder(filledLadder);
    ladderEl.readonly = true;
    await ladderEl.updateComplete;
    expect(queryAll(ladderEl, '.placed-example button')).to.have.length(0);
    expect(queryAll(ladderEl, '.placed-example span')).to.have.length(2);
    expect(queryAll(ladderEl, '.rung-choices')).to.have.length(0);
    expect(texts(queryAll(ladderEl, '.chosen-rung'))).to.deep.equal(['Co-design (Doing with)', 'Informing (Doing for)']);
    expect(queryAll(ladderEl, '.reflection textarea, .reflection input')).to.have.length(0);
    expect(texts(queryAll(ladderEl, '.reflection .read-text'))).to.include(filledLadder.reflection.skills);
    ladderEl.readonly = false;
    await ladderEl.updateComplete;
    expect(queryAll(ladderEl, '.placed-example button')).to.have.length(2);
    expect(queryAll(ladderEl, '.rung-choices')).to.have.length(2);
    expect(queryAll<HTMLTextAreaElement>(ladderEl, '.reflection textarea').map((field) => field.value)).to.include(filledLadder.reflection.skills);
  });

  it('a host’s value with the same ids but new texts shows them everywhere, and so does the perspective', async () => {
    const ladderEl = await ladder(filledLadder);
    const next = clone(filledLadder);
    next.examples[0].what = 'Anders verwoord';
    next.examples[1].outcomes = 'Nieuwe uitkomst';
    next.reflection.support = 'Een coach';
    ladderEl.value = next;
    await ladderEl.updateComplete;
    expect(placed()[0]).to.equal('Example 1: Anders verwoord');
    expect(example(0).querySelector<HTMLTextAreaElement>('textarea[id$="-what"]')!.value).to.equal('Anders verwoord');
    expect(example(1).querySelector<HTMLTextAreaElement>('textarea[id$="-outcomes"]')!.value).to.equal('Nieuwe uitkomst');
    expect(queryAll<HTMLTextAreaElement>(ladderEl, '.reflection textarea').map((field) => field.value)).to.include('Een coach');
    ladderEl.value = { ...next, perspective: 'team' };
    await ladderEl.updateComplete;
    expect(texts(queryAll(ladderEl, '.reflection label'))).to.include('How can we get support to learn these skills?');
    expect(example(0).querySelector('label')!.textContent).to.equal('What we do');
  });

  it('text over the limit in the reflection shows its message, and it goes with the text', async () => {
    const ladderEl = await ladder(filledLadder);
    const field = queryAll<HTMLTextAreaElement>(ladderEl, '.reflection textarea')[0];
    typeInto(field, 'x'.repeat(5001));
    await ladderEl.updateComplete;
    expect(ladderEl.shadowRoot!.querySelector(`#${field.id}-error`)).to.exist;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    typeInto(field, 'Korter');
    await ladderEl.updateComplete;
    expect(ladderEl.shadowRoot!.querySelector(`#${field.id}-error`)).to.equal(null);
    expect(ladderEl.value.reflection.moveUp).to.equal('Korter');
  });
});

describe('readiness radar: principles, reading columns and group marks skip unchanged parts', () => {
  const radar = async (value: ReadinessState) => (el = await mount<WithValue<ReadinessState>>('coprod-readiness-radar', { properties: { value: clone(value) } })) as WithValue<ReadinessState>;
  const principles = () => queryAll(el!, 'section.principle');
  const headerCells = () => texts(queryAll(el!, 'table[part=table] thead th'));

  it('answering redraws only its principle, which shows the new score', async () => {
    const radarEl = await radar(filledReadiness);
    const assets = principles()[0];
    const radio = assets.querySelector<HTMLInputElement>('fieldset.question input[type=radio][value="0"]')!;
    const changed = await partsChanged(radarEl, principles(), () => radio.click());
    expect([...changed]).to.deep.equal([assets]);
    // Assets: 0, 2 and 3 → 1.7 of 4 (was 2.7).
    expect(assets.querySelector('.principle-score strong')!.textContent).to.equal('1.7 of 4');
    expect(assets.querySelector('.gap-badge')).to.exist;
    expect(query(radarEl, 'table[part=table] tbody tr:first-child td').textContent).to.contain('1.7');
  });

  it('a language switch redraws every principle, the reading columns and the legend, with numbers and dates in that language', async () => {
    const radarEl = await radar(readinessWithReadings);
    const english = { principles: texts(principles()), header: headerCells(), legend: texts(queryAll(radarEl, '.legend li')) };
    expect(english.header.some((text) => text.includes('January 15, 2026'))).to.equal(true);
    await switchLocale('nl');
    await radarEl.updateComplete;
    texts(principles()).forEach((text, index) => expect(text).not.to.equal(english.principles[index]));
    expect(headerCells()[1]).to.equal('Nu');
    // The earlier readings' columns too: the last reading has no answer for one principle.
    const cells = texts(queryAll(radarEl, 'table[part=table] tbody td')).join(' ');
    expect(cells).to.contain('niet ingevuld');
    expect(cells).not.to.contain('not answered');
    expect(headerCells().some((text) => text.includes('15 januari 2026'))).to.equal(true);
    expect(texts(queryAll(radarEl, '.legend li')).some((text) => text.includes('15 januari 2026'))).to.equal(true);
    // Scores with a decimal comma once the page is Dutch.
    expect(query(radarEl, 'section.principle .principle-score strong').textContent).to.equal('2,7 van 4');
    await switchLocale('en');
    await radarEl.updateComplete;
    expect(texts(principles())).to.deep.equal(english.principles);
    expect(headerCells()).to.deep.equal(english.header);
  });

  it('read-only and back: the questions follow', async () => {
    const radarEl = await radar(filledReadiness);
    radarEl.readonly = true;
    await radarEl.updateComplete;
    expect(queryAll(radarEl, 'section.principle input')).to.have.length(0);
    expect(queryAll(radarEl, '.read-answer')).to.have.length(19);
    radarEl.readonly = false;
    await radarEl.updateComplete;
    expect(queryAll(radarEl, 'section.principle input[type=radio]')).to.have.length(19 * 6);
    expect(queryAll<HTMLInputElement>(radarEl, 'section.principle input[type=radio]:checked')).to.have.length(Object.keys(filledReadiness.answers).length);
  });

  it('a host’s value with the same ids but new texts shows the new question texts and reading names', async () => {
    const bank = [
      { id: 'q1', principle: 'assets' as const, text: { en: 'First question', nl: 'Eerste vraag' } },
      { id: 'q2', principle: 'networks' as const, text: { en: 'Second question', nl: 'Tweede vraag' } },
    ];
    const value: ReadinessState = { ...filledReadiness, questions: bank, answers: { q1: 3 }, notes: {}, readings: [{ id: 'r1', label: 'Start', date: '2026-01-15', answers: { q1: 1 } }] };
    const radarEl = await radar(value);
    expect(texts(queryAll(radarEl, '.question-text'))).to.deep.equal(['1. First question', '2. Second question']);
    radarEl.value = { ...value, questions: [{ ...bank[0], text: { en: 'First question, reworded' } }, bank[1]], readings: [{ ...value.readings[0], label: 'Begin' }] };
    await radarEl.updateComplete;
    expect(texts(queryAll(radarEl, '.question-text'))).to.deep.equal(['1. First question, reworded', '2. Second question']);
    expect(headerCells()[3]).to.contain('Begin');
    expect(texts(queryAll(radarEl, '.legend li'))[2]).to.contain('Begin');
    await switchLocale('nl');
    await radarEl.updateComplete;
    expect(texts(queryAll(radarEl, '.question-text'))).to.deep.equal(['1. First question, reworded', '2. Tweede vraag']);
  });

  it('keeps one tab stop on the chart’s points across renders, and gives the group view’s marks theirs when it is drawn', async () => {
    const radarEl = await radar(filledReadiness);
    const stops = (selector: string) => queryAll(radarEl, selector).filter((item) => item.getAttribute('tabindex') === '0');
    queryAll(radarEl, '.axis-point')[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await radarEl.updateComplete;
    expect(shadow(radarEl).activeElement).to.equal(queryAll(radarEl, '.axis-point')[1]);
    queryAll<HTMLInputElement>(radarEl, 'section.principle input[type=radio][value="4"]')[0].click();
    await radarEl.updateComplete;
    expect(stops('.axis-point')).to.deep.equal([queryAll(radarEl, '.axis-point')[1]]);
    // A second reading brings the group view: its marks are new, and each drawing gets one tab stop.
    expect(queryAll(radarEl, '.plot-pair .mark')).to.have.length(0);
    query<HTMLButtonElement>(radarEl, '.readings > button').click();
    await radarEl.updateComplete;
    expect(queryAll(radarEl, '.plot-pair .mark').length).to.be.greaterThan(1);
    expect(stops('.plot-pair .mark')).to.have.length(1);
    // Another reading in the pair: the marks still have exactly one tab stop.
    const second = query<HTMLSelectElement>(radarEl, '#f-pair-1');
    second.value = second.options[0].value;
    second.dispatchEvent(new Event('change'));
    await radarEl.updateComplete;
    expect(stops('.plot-pair .mark')).to.have.length(1);
  });
});

describe('opportunity board: the filters skip re-rendering while the cards and filters stay the same', () => {
  const board = async (value: OpportunityBoardState) => (el = await mount<WithValue<OpportunityBoardState>>('coprod-opportunity-board', { properties: { value: clone(value) } })) as WithValue<OpportunityBoardState>;
  const counts = () => texts(queryAll(el!, '.filters .toggle-count'));
  const meetings = () => texts(queryAll(el!, '#meeting-filter option'));

  it('typing in the keeper field leaves the filters; moving a card updates their counts', async () => {
    const boardEl = await board(filledBoard);
    expect(counts()).to.deep.equal(['(4)', '(2)', '(1)', '(1)']);
    const filters = query(boardEl, '.filters');
    const changed = await partsChanged(boardEl, [filters], () => typeInto(query<HTMLInputElement>(boardEl, 'input#f-keeper'), 'Ingrid'));
    expect(changed.size).to.equal(0);
    expect(boardEl.value.keeper).to.equal('Ingrid');
    const card = query(boardEl, 'article.card[data-id="c5"]');
    card.focus();
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await boardEl.updateComplete;
    expect(counts()).to.deep.equal(['(3)', '(3)', '(1)', '(1)']);
  });

  it('a host’s value with the same card ids but other meetings lists the new meetings', async () => {
    const boardEl = await board(filledBoard);
    expect(meetings()).to.deep.equal(['All meetings', 'Not planned yet', 'Meeting of November 4, 2026', 'Meeting of November 18, 2026', 'Meeting of December 2, 2026']);
    const moved = clone(filledBoard);
    for (const card of moved.cards) if (card.meeting === '2026-12-02') card.meeting = '2026-12-09';
    boardEl.value = moved;
    await boardEl.updateComplete;
    expect(meetings()[4]).to.equal('Meeting of December 9, 2026');
  });

  it('the filters follow the language, a status toggle, the meeting filter and read-only', async () => {
    const boardEl = await board(filledBoard);
    await switchLocale('nl');
    await boardEl.updateComplete;
    expect(meetings()[0]).to.equal('Alle overleggen');
    expect(meetings()[2]).to.contain('4 november 2026');
    await switchLocale('en');
    await boardEl.updateComplete;
    expect(meetings()[0]).to.equal('All meetings');
    const toggle = query<HTMLButtonElement>(boardEl, '.toggle[data-status="new"]');
    toggle.click();
    await boardEl.updateComplete;
    expect(query(boardEl, '.toggle[data-status="new"]').getAttribute('aria-pressed')).to.equal('false');
    const select = query<HTMLSelectElement>(boardEl, '#meeting-filter');
    select.value = '2026-11-18';
    select.dispatchEvent(new Event('change'));
    await boardEl.updateComplete;
    expect(counts()).to.deep.equal(['(1)', '(1)', '(0)', '(0)']);
    boardEl.readonly = true;
    await boardEl.updateComplete;
    expect(queryAll(boardEl, '.filters')).to.have.length(0);
    boardEl.readonly = false;
    await boardEl.updateComplete;
    expect(counts()).to.deep.equal(['(1)', '(1)', '(0)', '(0)']);
    expect(query(boardEl, '.toggle[data-status="new"]').getAttribute('aria-pressed')).to.equal('false');
  });
});

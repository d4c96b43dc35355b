import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/readiness-radar/define.js';
import type { CoprodPlanActionEvent } from '../src/core/events.js';
import type { CoprodReadinessRadar } from '../src/readiness-radar/radar.element.js';
import type { ReadinessState } from '../src/readiness-radar/radar.types.js';
import { today } from '../src/core/validate.js';
import { render } from 'lit';
import { radarChart } from '../src/readiness-radar/radar.chart.js';
import { runContractSuite } from './contract.suite.js';
import { filledReadiness, ownQuestions, readinessWithReadings } from './fixtures/readiness-radar.fixtures.js';
import { afterFrames, clone, fieldByLabel, mount, query, queryAll, READER_TEXT_SPACING, record, shadow, switchLocale, typeInto } from './helpers.js';

runContractSuite<ReadinessState>({
  tag: 'coprod-readiness-radar',
  filled: filledReadiness,
  withText: (state, text) => ({ ...state, notes: { ...state.notes, 'mutuality-1': text } }),
  textPath: '/notes/mutuality-1',
  withName: (state, text) => ({ ...state, readings: [{ ...state.readings[0], label: text }] }),
  namePath: '/readings/0/label',
  invalid: [
    { name: 'an answer to an unknown question', data: (filled) => ({ ...filled, answers: { ...filled.answers, 'assets-9': 2 } }), path: '/answers/assets-9' },
    { name: 'an answer above 4', data: (filled) => ({ ...filled, answers: { ...filled.answers, 'assets-1': 5 } }), path: '/answers/assets-1' },
    { name: 'an answer that is not a whole number', data: (filled) => ({ ...filled, answers: { ...filled.answers, 'networks-2': 2.5 } }), path: '/answers/networks-2' },
    { name: 'an answer given as text', data: (filled) => ({ ...filled, answers: { ...filled.answers, 'catalysts-1': '3' } }), path: '/answers/catalysts-1' },
    { name: 'a note on an unknown question', data: (filled) => ({ ...filled, notes: { 'vraag-1': 'x' } }), path: '/notes/vraag-1' },
    { name: 'answers that are a list', data: (filled) => ({ ...filled, answers: [1, 2] }), path: '/answers' },
    {
      name: 'a reading with an answer to an unknown question',
      data: (filled) => ({ ...filled, readings: [{ ...filled.readings[0], answers: { nope: 1 } }] }),
      path: '/readings/0/answers/nope',
    },
    { name: 'a reading with a date that is not a date', data: (filled) => ({ ...filled, readings: [{ ...filled.readings[0], date: '15-01-2026' }] }), path: '/readings/0/date' },
    { name: 'two readings with one id', data: (filled) => ({ ...filled, readings: [filled.readings[0], filled.readings[0]] }), path: '/readings/1/id' },
    {
      name: 'a question for an unknown principle',
      data: (filled) => ({ ...filled, answers: {}, notes: {}, readings: [], questions: [{ ...ownQuestions[0], principle: 'kindness' }] }),
      path: '/questions/0/principle',
    },
    {
      name: 'a question without text',
      data: (filled) => ({ ...filled, answers: {}, notes: {}, readings: [], questions: [{ id: 'q1', principle: 'assets' }] }),
      path: '/questions/0/text',
    },
    {
      name: 'answers to default questions when the host has its own',
      data: (filled) => ({ ...filled, notes: {}, readings: [], questions: ownQuestions }),
      path: '/answers/assets-1',
    },
  ],
  userEdit: async (el) => {
    queryAll<HTMLInputElement>(el, 'fieldset.question')[0].querySelectorAll<HTMLInputElement>('input[type=radio]')[4].click();
    await el.updateComplete;
  },
});

async function radar(value?: ReadinessState, attributes: Record<string, string> = {}): Promise<CoprodReadinessRadar> {
  return mount<CoprodReadinessRadar>('coprod-readiness-radar', { attributes, properties: value ? { value: clone(value) } : {} });
}

/** The radios of the question with this number (1-based), in scale order: 0…4, then "don't know". */
const radiosOf = (el: HTMLElement, number: number) => [...queryAll(el, 'fieldset.question')[number - 1].querySelectorAll<HTMLInputElement>('input[type=radio]')];

describe('coprod-readiness-radar', () => {
  afterEach(async () => {
    document.body.querySelectorAll('coprod-readiness-radar').forEach((el) => el.remove());
    await switchLocale('en');
  });

  it('computes scores as the mean of answered questions, leaving out "don\'t know" and unanswered', async () => {
    const el = await radar(filledReadiness);
    const scores = el.scores;
    expect(scores.assets).to.be.closeTo(8 / 3, 1e-9);
    expect(scores.capacity).to.equal(2);
    expect(scores.mutuality).to.equal(1.5);
    expect(scores['blur-roles']).to.be.closeTo(5 / 3, 1e-9);
    expect(scores.catalysts).to.equal(3.5);
    expect(el.gaps).to.deep.equal(['mutuality', 'blur-roles']);
    const empty = await radar();
    expect(Object.values(empty.scores)).to.deep.equal([null, null, null, null, null, null]);
    expect(empty.gaps).to.deep.equal([]);
  });

  it('follows the gap-threshold attribute; an unanswered principle is "not answered", not a gap', async () => {
    const withoutNetworks = Object.fromEntries(Object.entries(filledReadiness.answers).filter(([id]) => !id.startsWith('networks-')));
    const el = await radar({ ...filledReadiness, answers: withoutNetworks }, { 'gap-threshold': '3' });
    expect(el.scores.networks).to.equal(null);
    expect(el.gaps).to.deep.equal(['assets', 'capacity', 'mutuality', 'blur-roles']);
    expect(query(el, '.gaps').textContent).to.contain('Not answered yet: Networks');
    el.setAttribute('gap-threshold', '1.5');
    await el.updateComplete;
    expect(el.gaps).to.deep.equal([]);
    expect(queryAll(el, '.gaps button')).to.have.length(0);
  });

  it('draws six axes, the current scores filled, readings as dashed outlines and a legend with dates', async () => {
    const el = await radar(readinessWithReadings);
    const svg = query<SVGSVGElement>(el, 'svg.radar');
    expect(queryAll(el, 'svg.radar .axis')).to.have.length(6);
    expect(queryAll(el, 'svg.radar .ring')).to.have.length(4);
    expect(svg.querySelector('path.current')?.getAttribute('d')).to.match(/^M.*Z$/);
    const dashes = queryAll(el, 'svg.radar path.reading').map((path) => path.getAttribute('stroke-dasharray'));
    expect(dashes).to.have.length(3);
    expect(new Set(dashes).size).to.equal(3);
    const names = queryAll(el, 'svg.radar .label').map((label) => label.querySelector('.name')!.textContent);
    expect(names).to.deep.equal(['Assets', 'Capacity', 'Mutuality', 'Networks', 'Blur roles', 'Catalysts']);
    const legend = query(el, '.legend').textContent!.replace(/\s+/g, ' ');
    expect(legend).to.contain('Start (januari) · January 15, 2026');
    expect(legend).to.contain('Groep ouders · May 2, 2026');
    // The gaps are marked on the chart: a different shape and the word "gap" beside the score.
    expect(queryAll(el, 'svg.radar .point.gap')).to.have.length(2);
    expect(queryAll(el, 'svg.radar .score.gap').map((line) => line.textContent)).to.include.members(['1.5 of 4', 'gap']);
  });

  it('writes each axis label as its name lines, then its score lines, a gap marked on every score line', () => {
    const host = document.createElement('div');
    render(
      radarChart({
        max: 4,
        scores: [1.5, 3, 2, null, 1],
        readings: [],
        gaps: [true, false, true, false, false],
        threshold: 2.5,
        names: ['Assets', 'Aanjagers (katalysatoren)', 'Blur (roles)', 'Plain', 'Two (brackets) (here)'],
        scoreLines: ['1.5 of 4 · gap', '3 of 4', '2 of 4 · gap', 'not answered', 'one · two · three'],
        summary: 'Readiness radar',
      }),
      host,
    );
    const lines = [...host.querySelectorAll('text.label')].map((label) =>
      [...label.querySelectorAll('tspan')].map((line) => `${line.getAttribute('class')}: ${line.textContent}`),
    );
    expect(lines).to.deep.equal([
      ['name: Assets', 'score gap: 1.5 of 4', 'score gap: gap'],
      ['name: Aanjagers', 'name: (katalysatoren)', 'score: 3 of 4'],
      ['name: Blur', 'name: (roles)', 'score gap: 2 of 4', 'score gap: gap'],
      ['name: Plain', 'score: not answered'],
      ['name: Two', 'name: (brackets)', 'name: (here)', 'score: one', 'score: two', 'score: three'],
    ]);
    // The first line is placed by the label's shape; every next line one line lower, at the same x.
    for (const label of host.querySelectorAll('text.label')) {
      const [first, ...rest] = [...label.querySelectorAll('tspan')];
      expect(first.getAttribute('dy')).to.match(/^-?[\d.]+em$/);
      expect(rest.every((line) => line.getAttribute('dy') === '1.2em' && line.getAttribute('x') === label.getAttribute('x'))).to.equal(true);
    }
  });

  it("keeps the axis labels as far inside the chart under the reader's own text spacing (WCAG 1.4.12), in Dutch too, also when set later", async () => {
    const spacing = READER_TEXT_SPACING;
    /** How far (drawing units) the label reaching furthest sticks out of the chart's viewBox at the sides. */
    const furthestOut = (el: CoprodReadinessRadar) => {
      const chart = query<SVGSVGElement>(el, 'svg.radar');
      // Drawn, not given way to the table (the drawing is wide enough to read).
      expect(chart.getBoundingClientRect().width).to.be.greaterThan(300);
      const { x, width } = chart.viewBox.baseVal;
      return Math.max(
        ...queryAll<SVGTextElement>(el, 'svg.radar text.label').map((label) => {
          const box = label.getBBox();
          return Math.max(0, x - box.x, box.x + box.width - (x + width));
        }),
      );
    };
    await switchLocale('nl');
    try {
      const el = await radar(filledReadiness, { style: 'width: 1200px' });
      await afterFrames(el);
      const own = furthestOut(el);
      expect(query(el, 'svg.radar').getAttribute('viewBox')).to.equal('-290 -235 580 470');
      el.setAttribute('style', `${spacing}; width: 1200px`);
      await afterFrames(el);
      expect(furthestOut(el)).to.be.at.most(own + 1);
      const spaced = query(el, 'svg.radar').getAttribute('viewBox');
      expect(spaced).not.to.equal('-290 -235 580 470');
      // The keyboard's layer over the chart keeps its points on the chart's.
      expect(query(el, 'svg.axis-layer').getAttribute('viewBox')).to.equal(spaced);
      el.remove();
      const spacedFromTheStart = await radar(filledReadiness, { style: `${spacing}; width: 1200px` });
      await afterFrames(spacedFromTheStart);
      expect(query(spacedFromTheStart, 'svg.radar').getAttribute('viewBox')).to.equal(spaced);
      expect(furthestOut(spacedFromTheStart)).to.be.at.most(own + 1);
    } finally {
      await switchLocale('en');
    }
  });

  it('gives the chart a role and a summary naming each score and the lowest, in the active locale', async () => {
    const el = await radar(filledReadiness);
    const svg = query<SVGSVGElement>(el, 'svg.radar');
    expect(svg.getAttribute('role')).to.equal('img');
    const title = svg.querySelector('title')!;
    expect(svg.hasAttribute('aria-labelledby'), 'the title names the chart on its own').to.equal(false);
    expect(title.textContent).to.contain('Mutuality 1.5 of 4, lowest');
    expect(title.textContent).to.contain('Assets 2.7 of 4;');
    expect(title.textContent).to.contain('Gaps: Mutuality, Blur roles.');
    await switchLocale('nl');
    await el.updateComplete;
    expect(title.textContent).to.contain('Geven en krijgen 1,5 van 4, laagste');
  });

  it('has a real table of scores per principle and per reading', async () => {
    const el = await radar(readinessWithReadings);
    const table = query<HTMLTableElement>(el, 'table');
    expect(table.caption?.textContent).to.contain('Scores per principle');
    const headers = [...table.tHead!.rows[0].cells].map((cell) => cell.textContent!.trim());
    expect(headers.slice(0, 3)).to.deep.equal(['Principle', 'Now', 'Answered']);
    expect(headers[3]).to.contain('Start (januari)');
    expect(headers).to.have.length(6);
    const rows = [...table.tBodies[0].rows];
    expect(rows.map((row) => row.cells[0].textContent)).to.deep.equal(['Assets', 'Capacity', 'Mutuality', 'Networks', 'Blur roles', 'Catalysts']);
    const mutuality = rows[2];
    expect(mutuality.cells[0].getAttribute('scope')).to.equal('row');
    expect(mutuality.cells[1].textContent).to.contain('1.5').and.contain('gap');
    expect(mutuality.cells[2].textContent).to.equal('4 of 5');
    // The parents' group did not answer about capacity.
    expect(rows[1].cells[5].textContent).to.equal('not answered');
  });

  it('lets keyboard users move through the axes; each names its principle and score', async () => {
    const el = await radar(filledReadiness);
    const points = queryAll(el, '.axis-point');
    expect(points.map((point) => point.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    points[0].focus();
    expect(shadow(el).activeElement?.getAttribute('aria-label')).to.equal('Assets: 2.7 of 4');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement?.getAttribute('aria-label')).to.equal('Mutuality: 1.5 of 4, gap');
    await el.updateComplete;
    expect(queryAll(el, 'svg.radar .label')[2].classList.contains('active')).to.equal(true);
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement?.getAttribute('aria-label')).to.equal('Catalysts: 3.5 of 4');
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement).to.equal(points[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(shadow(el).activeElement).to.equal(points[5]);
    expect(points.map((point) => point.tabIndex)).to.deep.equal([-1, -1, -1, -1, -1, 0]);
  });

  it('lists the gaps, each with a button that fires coprod-plan-action for its principle', async () => {
    const el = await radar(filledReadiness);
    const asked: CoprodPlanActionEvent[] = [];
    document.addEventListener('coprod-plan-action', (event) => asked.push(event), { once: true });
    const buttons = queryAll<HTMLButtonElement>(el, '.gaps button');
    expect(buttons.map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Plan an action for Mutuality', 'Plan an action for Blur roles']);
    buttons[1].click();
    expect(asked).to.have.length(1);
    expect(asked[0].detail).to.deep.equal({ principle: 'blur-roles' });
    expect(asked[0].bubbles && asked[0].composed).to.equal(true);
  });

  it('answers questions with the radio scale; "don\'t know" does not count', async () => {
    const el = await radar();
    const { changes } = record(el);
    expect(queryAll(el, 'fieldset.question')).to.have.length(19);
    radiosOf(el, 7)[1].click(); // mutuality-1: 1
    radiosOf(el, 8)[4].click(); // mutuality-2: 4
    radiosOf(el, 9)[5].click(); // mutuality-3: don't know
    await el.updateComplete;
    expect(el.value.answers).to.deep.equal({ 'mutuality-1': 1, 'mutuality-2': 4, 'mutuality-3': null });
    expect(el.scores.mutuality).to.equal(2.5);
    expect(changes).to.have.length(3);
    expect(query(el, '.progress').textContent).to.contain('3 of 19 questions answered');
    expect(query(el, 'svg.radar path.current').getAttribute('d')).to.match(/^M/);
    // Arrow keys move within a question's scale, as native radios do.
    radiosOf(el, 7)[1].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value.answers['mutuality-1']).to.equal(2);
  });

  it('keeps a note per question', async () => {
    const el = await radar();
    const details = queryAll<HTMLDetailsElement>(el, 'details.note')[2];
    expect(details.open).to.equal(false);
    expect(details.querySelector('textarea')).to.equal(null);
    details.querySelector('summary')!.click();
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    const field = fieldByLabel<HTMLTextAreaElement>(el, 'Note on question 3');
    expect(shadow(el).activeElement).to.equal(field);
    typeInto(field, 'We weten het niet zeker.');
    await el.updateComplete;
    expect(el.value.notes).to.deep.equal({ 'assets-3': 'We weten het niet zeker.' });
  });

  it('uses the host’s own questions in the active locale', async () => {
    const el = await radar({ type: 'coprod-readiness', version: 1, answers: { 'q-parents': 1, 'q-roles': 3 }, notes: {}, readings: [], questions: ownQuestions });
    expect(queryAll(el, 'fieldset.question')).to.have.length(3);
    expect(query(el, 'fieldset.question legend').textContent).to.contain('Do parents help decide');
    expect(el.scores).to.deep.equal({ assets: 1, capacity: null, mutuality: null, networks: null, 'blur-roles': 3, catalysts: null });
    expect(el.gaps).to.deep.equal(['assets']);
    expect(queryAll(el, 'section.principle h4').map((heading) => heading.textContent)).to.deep.equal(['Assets', 'Networks', 'Blur roles']);
    await switchLocale('nl');
    await el.updateComplete;
    expect(query(el, 'fieldset.question legend').textContent).to.contain('Beslissen ouders mee');
  });

  it('exports the chart as a standalone SVG file with its summary, and as a PNG image', async () => {
    const el = await radar(filledReadiness);
    const text = el.exportSvg();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('title')!.textContent).to.contain('Mutuality 1.5 of 4, lowest');
    expect(doc.querySelectorAll('path').length).to.be.greaterThan(5);
    // Styles are written onto the copy: the file has no stylesheet.
    expect(doc.querySelector('path')!.getAttribute('style')).to.contain('stroke');
    expect(text).to.contain('Blur roles');
    const png = await el.exportPng(1);
    expect(png.type).to.equal('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).to.equal('PNG');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.be.greaterThan(200);
  });

  it('downloads the chart from its buttons, and has no export buttons when read-only', async () => {
    const el = await radar(filledReadiness);
    const downloads: { name: string; type: string }[] = [];
    const fetched: Promise<void>[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const download = { name: this.download, type: '' };
      downloads.push(download);
      fetched.push(
        fetch(this.href)
          .then((response) => response.blob())
          .then((blob) => void (download.type = blob.type)),
      );
    };
    try {
      const [svgButton, pngButton] = queryAll<HTMLButtonElement>(el, '.export button');
      svgButton.click();
      pngButton.click();
      // The PNG is drawn asynchronously before it is offered.
      await waitUntil(() => downloads.length === 2, 'both pictures were offered', { timeout: 15_000 });
      await Promise.all(fetched);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(downloads.map((download) => download.name)).to.deep.equal(['readiness-radar.svg', 'readiness-radar.png']);
    expect(downloads.map((download) => download.type)).to.deep.equal(['image/svg+xml', 'image/png']);
    el.readonly = true;
    await el.updateComplete;
    expect(queryAll(el, '.export button')).to.have.length(0);
    expect(el.exportSvg()).to.contain('<svg');
  });

  it('keeps today’s answers as a reading, and removes a reading with undo', async () => {
    const el = await radar(filledReadiness);
    query<HTMLButtonElement>(el, '.readings > button').click();
    await el.updateComplete;
    const added = el.value.readings[1];
    expect(added).to.deep.equal({ id: added.id, label: 'Reading 2', date: today(), answers: filledReadiness.answers });
    expect(added.id).not.to.equal('r1');
    expect(shadow(el).activeElement?.id).to.contain(`reading-${added.id}`);
    expect(queryAll(el, 'svg.radar path.reading')).to.have.length(2);
    const remove = queryAll<HTMLButtonElement>(el, '.reading-item button')[0];
    expect(remove.textContent).to.contain('Remove Start (januari)');
    remove.click();
    await el.updateComplete;
    expect(el.value.readings.map((reading) => reading.id)).to.deep.equal([added.id]);
    query<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    expect(el.value.readings.map((reading) => reading.id)).to.deep.equal(['r1', added.id]);
  });

  it('shows answers and notes as text when read-only', async () => {
    const el = await radar(filledReadiness, { readonly: '' });
    expect(queryAll(el, 'input, textarea, button')).to.have.length(0);
    const answers = queryAll(el, '.read-answer').map((answer) => answer.textContent!.trim());
    expect(answers[0]).to.equal('3 · Mostly');
    expect(answers[5]).to.equal('Don’t know');
    expect(shadow(el).textContent).to.contain('het project van het consultatiebureau');
  });

  it('speaks Dutch: principles, scale and scores', async () => {
    await switchLocale('nl');
    const el = await radar(filledReadiness);
    const names = queryAll(el, 'svg.radar .label .name').map((name) => name.textContent).join(' ');
    expect(names).to.contain('Geven en krijgen');
    expect(names).to.contain('Sterke kanten');
    expect(radiosOf(el, 1)[4].closest('label')!.textContent).to.contain('Ja, helemaal');
    expect(query(el, 'table tbody tr:nth-child(3) td').textContent).to.contain('1,5');
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { CoprodReadinessRadar } from '../src/readiness-radar/radar.element.js';
import type { ReadinessState } from '../src/readiness-radar/radar.types.js';
import { filledReadiness } from './fixtures/readiness-radar.fixtures.js';
import { firstAndLatestReadiness, groupReadiness, selfAndWorker } from './fixtures/radar-group.fixtures.js';
import { clone, fieldByLabel, mount, query, queryAll, record, settle, shadow, switchLocale, typeInto } from './helpers.js';

const radar = (value: unknown, attributes: Record<string, string> = {}) =>
  mount<CoprodReadinessRadar & { value: ReadinessState }>('coprod-readiness-radar', { properties: { value }, attributes });

/** Parses a number as the table shows it in English ("2.5", "+1", "−1"). */
const numberIn = (text: string) => Number(text.replace('−', '-').replace('+', '').trim());

const box = (element: Element) => element.getBoundingClientRect();

describe('readiness radar: whose readings', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('validates person, perspective and agreed on a reading with paths, and keeps old readings unchanged', async () => {
    const el = await radar(filledReadiness);
    const { invalids } = record(el);
    const bad = clone(filledReadiness) as unknown as { readings: Record<string, unknown>[] };
    bad.readings[0].person = 'x'.repeat(201);
    bad.readings[0].perspective = 'boss';
    bad.readings[0].agreed = 'yes';
    el.value = bad as unknown as ReadinessState;
    expect(invalids).to.have.length(1);
    expect(invalids[0].detail.errors.map((error) => error.path)).to.deep.equal(['/readings/0/person', '/readings/0/perspective', '/readings/0/agreed']);
    expect(invalids[0].detail.errors[1].message).to.contain('self, worker, other');
    // An old reading reads back exactly as it was: no new fields appear.
    expect(el.value).to.deep.equal(filledReadiness);
    const good = { ...filledReadiness, readings: [{ ...filledReadiness.readings[0], person: 'Anna', perspective: 'self' as const, agreed: false }] };
    el.value = good;
    expect(el.value).to.deep.equal(good);
    await switchLocale('nl');
    el.value = bad as unknown as ReadinessState;
    expect(invalids[1].detail.errors[2].message).to.not.equal(invalids[0].detail.errors[2].message);
    await switchLocale('en');
  });

  it('asks whose answers, keeps them as a reading, and starts clean for the next person on a shared device', async () => {
    const el = await radar(filledReadiness);
    const { changes } = record(el);
    typeInto(fieldByLabel(el, 'Name'), 'Fatima');
    const view = fieldByLabel<HTMLSelectElement>(el, 'Whose view is it?');
    view.value = 'self';
    view.dispatchEvent(new Event('change'));
    query<HTMLButtonElement>(el, '.readings > button').click();
    await el.updateComplete;
    const kept = el.value.readings[1];
    expect(kept).to.deep.include({ person: 'Fatima', perspective: 'self', label: 'Fatima', answers: filledReadiness.answers });
    expect(kept.agreed).to.equal(undefined);
    expect(query(el, '.next-person').textContent).to.contain('Fatima');

    const notesBefore = Object.values(filledReadiness.notes);
    query<HTMLButtonElement>(el, '.next-person button').click();
    await el.updateComplete;
    await settle();
    expect(el.value.answers).to.deep.equal({});
    expect(el.value.notes).to.deep.equal({});
    expect(el.value.readings).to.have.length(2);
    expect(changes.at(-1)!.detail.value).to.deep.include({ answers: {}, notes: {} });
    // What the next person sees: no answer chosen, no note, no name, no score "now".
    expect(queryAll<HTMLInputElement>(el, 'fieldset.question input[type=radio]').filter((radio) => radio.checked)).to.have.length(0);
    const text = shadow(el).querySelector('.checklist')!.textContent!;
    for (const note of notesBefore) expect(text).to.not.contain(note);
    expect(queryAll<HTMLTextAreaElement>(el, '.checklist textarea').every((area) => area.value === '')).to.equal(true);
    expect(fieldByLabel(el, 'Name').value).to.equal('');
    expect(fieldByLabel<HTMLSelectElement>(el, 'Whose view is it?').value).to.equal('');
    expect(queryAll(el, 'svg.radar path.current')).to.have.length(0);
    expect(queryAll(el, 'table[part=table] tbody tr').map((row) => row.querySelectorAll('td')[0].textContent!.trim())).to.deep.equal(Array(6).fill('not answered'));
    expect(shadow(el).activeElement?.matches('fieldset.question input')).to.equal(true);
    expect(queryAll(el, '.next-person')).to.have.length(0);
  });

  it('keeps an over-long name on screen and keeps no reading with it until it is shorter', async () => {
    const el = await radar(filledReadiness);
    const long = 'N'.repeat(201);
    typeInto(fieldByLabel(el, 'Name'), long);
    await el.updateComplete;
    expect(fieldByLabel(el, 'Name').value).to.equal(long);
    expect(query(el, '.whose .error').textContent).to.contain('too long');
    query<HTMLButtonElement>(el, '.readings > button').click();
    await el.updateComplete;
    expect(el.value.readings).to.have.length(filledReadiness.readings.length);
    expect(shadow(el).activeElement).to.equal(fieldByLabel(el, 'Name'));
    typeInto(fieldByLabel(el, 'Name'), 'Fatima');
    await el.updateComplete;
    expect(shadow(el).querySelector('.whose .error')).to.equal(null);
    query<HTMLButtonElement>(el, '.readings > button').click();
    await el.updateComplete;
    expect(el.value.readings.at(-1)!.person).to.equal('Fatima');
  });

  it('edits whose a reading is in the list', async () => {
    const el = await radar(filledReadiness);
    typeInto(fieldByLabel(el, 'Whose answers (reading 1)'), 'Team Noord');
    const select = fieldByLabel<HTMLSelectElement>(el, 'Whose view (reading 1)');
    select.value = 'worker';
    select.dispatchEvent(new Event('change'));
    const agreed = fieldByLabel(el, /Agreed by the group \(reading 1\)/);
    agreed.click();
    expect(el.value.readings[0]).to.deep.include({ person: 'Team Noord', perspective: 'worker', agreed: true });
    await el.updateComplete;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect('perspective' in el.value.readings[0]).to.equal(false);
  });

  it('adds another person’s saved file as a reading, and refuses a bad file with nothing changed', async () => {
    const el = await radar(filledReadiness);
    const { invalids } = record(el);
    typeInto(fieldByLabel(el, 'Name'), 'Karin');
    const theirs = { type: 'coprod-readiness', version: 1, answers: { 'assets-1': 4, 'mutuality-2': 0 }, notes: { 'assets-1': 'private' }, readings: [] };
    expect(el.addReadingFromJSON(JSON.stringify(theirs), 'karin.json')).to.equal(true);
    await el.updateComplete;
    const added = el.value.readings[1];
    expect(added).to.deep.include({ person: 'Karin', label: 'Karin', answers: { 'assets-1': 4, 'mutuality-2': 0 } });
    // Our own answers and notes are untouched; their notes do not come along.
    expect(el.value.answers).to.deep.equal(filledReadiness.answers);
    expect(el.value.notes).to.deep.equal(filledReadiness.notes);
    expect(el.addReadingFromJSON('{"type":"coprod-readiness","version":1,"answers":{"assets-1":9}}')).to.equal(false);
    expect(invalids.at(-1)!.detail).to.deep.include({ source: 'import' });
    expect(invalids.at(-1)!.detail.errors[0].path).to.equal('/answers/assets-1');
    expect(el.value.readings).to.have.length(2);
  });

  it('offers the support circle’s names for a reading’s person (people="ID"), and follows the circle', async () => {
    const circle = await mount('coprod-support-circle', {
      attributes: { id: 'team-circle' },
      properties: { value: { type: 'coprod-support-circle', version: 1, people: [{ id: 'p1', name: 'Anna de Vries', ring: 'co-producers', involvement: '', contact: '' }] } },
    });
    const el = await radar(filledReadiness, { people: 'team-circle' });
    await settle();
    await el.updateComplete;
    const field = fieldByLabel(el, 'Name');
    const list = shadow(el).getElementById(field.getAttribute('list')!) as HTMLDataListElement;
    expect([...list.options].map((option) => option.value)).to.deep.equal(['Anna de Vries']);
    (circle as unknown as { value: unknown }).value = {
      type: 'coprod-support-circle',
      version: 1,
      people: [
        { id: 'p1', name: 'Anna de Vries', ring: 'co-producers', involvement: '', contact: '' },
        { id: 'p2', name: 'Bram', ring: 'involved', involvement: '', contact: '' },
      ],
    };
    await el.updateComplete;
    expect([...(shadow(el).getElementById(field.getAttribute('list')!) as HTMLDataListElement).options].map((option) => option.value)).to.deep.equal(['Anna de Vries', 'Bram']);
    // Without a source there are no suggestions and no list.
    const alone = await radar(filledReadiness);
    expect(fieldByLabel(alone, 'Name').hasAttribute('list')).to.equal(false);
  });
});

describe('readiness radar: group view', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows no group figures under 3 people, only that they exist', async () => {
    const el = await radar({ ...groupReadiness, readings: groupReadiness.readings.slice(0, 2) });
    expect(query(el, '.spread .suppressed').textContent).to.contain('from 3 people');
    expect(queryAll(el, '.plot-dist')).to.have.length(0);
    expect(queryAll(el, '.spread-table')).to.have.length(0);
  });

  it('keeps the chart’s score points on the chart while the group view is shown (its styles do not reach the chart)', async () => {
    const el = await radar({ ...selfAndWorker, answers: filledReadiness.answers });
    await settle();
    const chart = query(el, 'svg.radar');
    const points = queryAll(el, 'svg.radar .point');
    expect(points.length).to.be.greaterThan(0);
    const frame = box(query(el, 'svg.radar .grid'));
    for (const point of points) {
      const { x, y, width, height } = box(point);
      const centre = { x: x + width / 2, y: y + height / 2 };
      expect(centre.x, 'inside the grid horizontally').to.be.within(frame.left - 1, frame.right + 1);
      expect(centre.y, 'inside the grid vertically').to.be.within(frame.top - 1, frame.bottom + 1);
    }
    expect(chart.contains(points[0])).to.equal(true);
  });

  it('draws the spread of a group of 8, and its table has the same numbers as the drawing', async () => {
    const el = await radar(groupReadiness);
    expect(query(el, '.spread .summary').textContent).to.contain('8 people').and.contain('Mutuality 2 (middle half 1.5 to 3)');
    const rows = queryAll(el, '.plot-dist .plot-row[data-principle]');
    expect(rows).to.have.length(6);
    // How many people answered, in words (networks was left open by two).
    expect(rows.map((row) => row.querySelector('.n')!.textContent)).to.deep.equal(['(8 people)', '(8 people)', '(8 people)', '(6 people)', '(8 people)', '(8 people)']);
    const fullHeights: number[] = [];
    for (const row of rows) {
      const principle = row.dataset.principle!;
      const tableRow = query(el, `.spread-table tr[data-principle=${principle}]`);
      const track = row.querySelector('.track')!;
      const bars = [...row.querySelectorAll<HTMLElement>('.bar')];
      const shares = [...tableRow.querySelectorAll('.share-cell')].map((cell) => /\((\d+)%\)/.exec(cell.textContent!)![1]).map(Number);
      const counts = [...tableRow.querySelectorAll('.share-cell')].map((cell) => Number(cell.textContent!.split(' ')[0]));
      expect(counts, principle).to.deep.equal(bars.map((bar) => Number(bar.previousElementSibling!.textContent)));
      // Each bar's height (without its outline) is its share of the full bar height, the same for every bar.
      bars.forEach((bar, level) => {
        if (shares[level] === 0) expect(bar.clientHeight, `${principle} level ${level}`).to.equal(0);
        else fullHeights.push((bar.clientHeight / shares[level]) * 100);
      });
      // The median's mark sits at the median level's place on the track (a level's centre at (level + ½) / 5).
      const median = numberIn(tableRow.querySelector('.median-cell')!.textContent!);
      const mark = box(row.querySelector('.median')!);
      const at = (mark.left + mark.width / 2 - box(track).left) / box(track).width;
      expect(at, `${principle} median`).to.be.closeTo((median + 0.5) / 5, 0.01);
      const [q1, q3] = tableRow.querySelectorAll('td')[2].textContent!.split(' to ').map(numberIn);
      const iqr = box(row.querySelector('.iqr')!);
      expect((iqr.left - box(track).left) / box(track).width).to.be.closeTo((q1 + 0.5) / 5, 0.01);
      expect((iqr.right - box(track).left) / box(track).width).to.be.closeTo((q3 + 0.5) / 5, 0.01);
    }
    // Shares are whole percents in the table, so the full height they imply agrees within a few percent.
    const full = fullHeights[0];
    expect(full).to.be.greaterThan(40);
    for (const height of fullHeights) expect(Math.abs(height - full) / full).to.be.below(0.06);
    expect(query(el, '.spread-table tr[data-principle=networks] td').textContent).to.equal('6');
  });

  it('puts self and worker side by side, marks 2 or more apart with both scores in words, drawn where the table says', async () => {
    const el = await radar(selfAndWorker);
    const summary = query(el, '.pair .summary').textContent!;
    expect(summary).to.contain('Mutuality (Fatima (Own view): 1 · A little; Jeroen (A worker’s view): 3 · Mostly)');
    expect(summary).to.contain('Blur roles');
    expect(queryAll(el, '.plot-pair .plot-row.marked').map((row) => row.dataset.principle)).to.deep.equal(['mutuality', 'blur-roles']);
    let sameScores = 0;
    for (const row of queryAll(el, '.plot-pair .plot-row[data-principle]')) {
      const tableRow = query(el, `.pair-table tr[data-principle=${row.dataset.principle}]`);
      const track = box(row.querySelector('.track')!);
      const [a, b] = ['a', 'b'].map((which) => Number(tableRow.querySelector<HTMLElement>(`.${which}-cell`)!.dataset.value));
      const [shapeA, shapeB] = ['a', 'b'].map((which) => box(row.querySelector(`.pair-point.${which} .shape`)!));
      if (a !== b) {
        expect((shapeA.left + shapeA.width / 2 - track.left) / track.width).to.be.closeTo((a + 0.5) / 5, 0.01);
        expect((shapeB.left + shapeB.width / 2 - track.left) / track.width).to.be.closeTo((b + 0.5) / 5, 0.01);
        continue;
      }
      // The same score twice: side by side at the point, neither hiding the other, both in reach of the pointer.
      sameScores++;
      const point = track.left + ((a + 0.5) / 5) * track.width;
      expect(shapeA.right).to.be.at.most(point + 1);
      expect(shapeB.left).to.be.at.least(point - 1);
      expect(shapeB.left - shapeA.right).to.be.below(track.width / 10);
      row.scrollIntoView({ block: 'center' });
      for (const which of ['a', 'b']) {
        const shape = box(row.querySelector(`.pair-point.${which} .shape`)!);
        const hit = (el.shadowRoot!.elementFromPoint(shape.left + shape.width / 2, shape.top + shape.height / 2) as Element | null)?.closest('.pair-point');
        expect(hit?.classList.contains(which), `the ${which} mark is under the pointer`).to.equal(true);
      }
    }
    expect(sameScores).to.be.greaterThan(0);
    expect(query(el, '.pair-table tr[data-principle=mutuality]').textContent).to.contain('2 or more apart');
  });

  it('gives each lane the whole width on a phone, with numbers only on the scale (its words would break letter by letter)', async () => {
    const el = await radar(selfAndWorker, { style: 'width: 320px' });
    const plot = box(query(el, '.plot-pair'));
    for (const row of queryAll(el, '.plot-pair .plot-row[data-principle]')) {
      const name = box(row.querySelector('.plot-name')!);
      const track = box(row.querySelector('.track')!);
      expect(track.top).to.be.at.least(name.bottom - 1);
      expect(track.width).to.be.closeTo(plot.width, 1);
    }
    expect(queryAll(el, '.plot-pair .level-name').map((level) => level.innerText.trim())).to.deep.equal(['0', '1', '2', '3', '4']);
    el.style.width = '1000px';
    await new Promise((done) => requestAnimationFrame(done));
    expect(query(el, '.plot-pair .level-name').innerText.trim()).to.equal('0 No, not yet');
  });

  it('shows the distance travelled from the first to the latest agreed reading', async () => {
    const el = await radar(firstAndLatestReadiness);
    expect(query<HTMLSelectElement>(el, '.history select').selectedOptions[0].textContent).to.contain('The group (agreed readings)');
    const cells = (principle: string) => [...query(el, `.history-table tr[data-principle=${principle}]`).querySelectorAll('td')].map((cell) => cell.textContent!.trim());
    expect(cells('assets')).to.deep.equal(['1 · A little', '3 · Mostly', '+2 2 or more apart']);
    expect(cells('catalysts')[2]).to.equal('+1');
    expect(query(el, '.history .summary').textContent).to.contain('Assets +2');
    expect(query(el, '.history-table th:nth-child(2)').textContent).to.contain('First (');
  });

  it('lets the keyboard reach every mark, one tab stop per drawing, and finds a mark in the table', async () => {
    const el = await radar(groupReadiness);
    const marks = queryAll<HTMLButtonElement>(el, '.plot-dist .mark');
    expect(marks).to.have.length(30);
    expect(marks.filter((mark) => mark.getAttribute('tabindex') === '0')).to.have.length(1);
    // No focusable element is hidden behind role="img" in the group view.
    expect(queryAll(el, '.group [role=img]')).to.have.length(0);
    marks[0].focus();
    const seen = new Set<string>();
    for (let i = 0; i < marks.length; i++) {
      seen.add((shadow(el).activeElement as HTMLElement).dataset.key!);
      await sendKeys({ press: 'ArrowRight' });
    }
    expect(seen.size).to.equal(30);
    expect(shadow(el).activeElement!.getAttribute('aria-label')).to.equal('Catalysts, 4 Yes, fully: 2 of 8 people (25%)');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).activeElement!.getAttribute('aria-pressed')).to.equal('true');
    expect(query(el, '.spread-table tr[data-principle=catalysts]').classList.contains('selected')).to.equal(true);
  });
});

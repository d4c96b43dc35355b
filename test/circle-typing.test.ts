import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/support-circle/define.js';
import '../src/profile-card/define.js';
import type { CoprodSupportCircle } from '../src/support-circle/circle.element.js';
import { layoutRing, reuseOrLayoutRing, type KeyedRingLayout } from '../src/support-circle/circle.layout.js';
import { ringIds, type CirclePerson, type RingId, type SupportCircleState } from '../src/support-circle/circle.types.js';
import { teamProfiles } from './fixtures/profile-card.fixtures.js';
import { circleWith, filledCircle } from './fixtures/support-circle.fixtures.js';
import { clone, eventually, mount, query, queryAll, shadow, switchLocale, typeInto } from './helpers.js';

/**
 * The circle renders per edit only what changed: a row or a mark renders again when its person
 * or its placement is a new object, or the language, the mode, the field messages or the cards
 * on the page changed; in a row, a field renders again when its own value did. These tests
 * make sure that never shows stale content.
 */

const ringNames: Record<RingId, string> = { 'co-producers': 'Co-producers', participants: 'Participants', involved: 'Involved', consulted: 'Consulted' };

async function circle(value: SupportCircleState, attributes: Record<string, string> = {}): Promise<CoprodSupportCircle> {
  return mount<CoprodSupportCircle>('coprod-support-circle', { attributes, properties: { value: clone(value) } });
}

const row = (el: HTMLElement, id: string) => query<HTMLLIElement>(el, `li.person[data-person="${id}"]`);
const mark = (el: HTMLElement, id: string) => query<SVGElement>(el, `svg.circle .mark[data-id="${id}"]`);
const nameField = (el: HTMLElement, id: string) => row(el, id).querySelector<HTMLInputElement>('input[type=text]')!;
const textareas = (el: HTMLElement, id: string) => [...row(el, id).querySelectorAll('textarea')];

/** The marks of one ring as drawn: id → [label on the mark, x, y]. */
function drawnMarks(el: HTMLElement, ring: RingId): Map<string, [string, number, number]> {
  return new Map(
    queryAll<SVGElement>(el, `svg.circle .mark[data-ring="${ring}"]`).map((node) => {
      const text = node.querySelector('.mark-text')?.textContent ?? '';
      const box = node.localName === 'circle' ? [Number(node.getAttribute('cx')), Number(node.getAttribute('cy'))] : (node.getAttribute('transform')!.match(/[-\d.]+/g) ?? []).map(Number);
      return [node.dataset.id!, [text, box[0], box[1]]] as const;
    }),
  );
}

/** The marks of one ring as a fresh layout of the element's current people places them. */
function freshMarks(el: CoprodSupportCircle, ring: RingId): Map<string, [string, number, number]> {
  const layout = layoutRing(ring, el.value.people.filter((person) => person.ring === ring), ringNames[ring]);
  return new Map(layout.marks.map((placed) => [placed.id, [placed.label, placed.x, placed.y]] as const));
}

/** The drawing's marks, the legend, the summary and the list as markup (no Lit markers, no tab stops: focus moves those). */
function markup(el: HTMLElement): string[] {
  const clean = (html: string) => html.replace(/<!--[^]*?-->/g, '').replace(/ tabindex="-?\d+"/g, '');
  return ['svg.circle g.marks', '.legend', '#circle-summary', 'section.grid'].map((selector) => clean(query(el, selector).outerHTML));
}

/** What the element shows is what a new element with its value shows. */
async function expectSameAsFresh(el: CoprodSupportCircle): Promise<void> {
  const fresh = await circle(el.value, el.readonly ? { readonly: '' } : {});
  try {
    const [marks, legend, summary, grid] = markup(fresh);
    const now = markup(el);
    expect(now[0], 'marks').to.equal(marks);
    expect(now[1], 'legend').to.equal(legend);
    expect(now[2], 'summary').to.equal(summary);
    expect(now[3], 'list').to.equal(grid);
    const values = (node: HTMLElement) => queryAll<HTMLInputElement>(node, 'li.person input, li.person textarea, li.person select').map((field) => field.value);
    expect(values(el), 'field values').to.deep.equal(values(fresh));
  } finally {
    fresh.remove();
  }
}

/** The marks in the order the arrow keys go (the element's own list) against their drawn order numbers. */
function keyOrderMatchesDrawnOrder(el: CoprodSupportCircle): boolean {
  const byKeys = (el as unknown as { _marksInOrder(): HTMLElement[] })._marksInOrder().map((node) => node.dataset.id);
  const drawn = queryAll<SVGElement>(el, 'svg.circle .mark')
    .sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order))
    .map((node) => node.dataset.id);
  return byKeys.length === drawn.length && byKeys.every((id, i) => id === drawn[i]);
}

/** Runs `action` and returns the rows in which the DOM changed. */
async function rowsChanged(el: CoprodSupportCircle, action: () => void | Promise<void>): Promise<string[]> {
  const changed = new Set<string>();
  const note = (records: MutationRecord[]) => {
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      // A row added or removed counts as a change of that row.
      const nodes = [target, ...record.addedNodes, ...record.removedNodes].filter((node): node is Element => node instanceof Element);
      for (const node of nodes) {
        const person = node.closest('li.person');
        if (person) changed.add(person.getAttribute('data-person')!);
      }
    }
  };
  const observer = new MutationObserver(note);
  observer.observe(shadow(el), { subtree: true, childList: true, attributes: true, characterData: true });
  await action();
  await el.updateComplete;
  note(observer.takeRecords());
  observer.disconnect();
  return [...changed];
}

describe('support circle: per-edit rendering never shows stale content', () => {
  afterEach(async () => {
    document.body.querySelectorAll('coprod-support-circle, coprod-profile-card').forEach((el) => el.remove());
    await switchLocale('en');
  });

  it('a name typed changes only attributes in its row: no text or node there that the browser must lay out again', async () => {
    // In a list of 500 people, one layout costs as much as the keystroke itself: a name typed
    // reaches the row's group and its buttons as accessible names (attributes). The drawing's
    // label is visible text and changes, as it must.
    const el = await circle(filledCircle);
    const changes: string[] = [];
    const note = (records: MutationRecord[]) => {
      for (const record of records) {
        const where = record.target instanceof Element ? record.target : record.target.parentElement;
        if (record.type !== 'attributes' && where?.closest('li.person')) changes.push(`${record.type} in ${where.nodeName}`);
      }
    };
    const observer = new MutationObserver(note);
    observer.observe(shadow(el), { subtree: true, childList: true, characterData: true, attributes: true });
    for (const name of ['Z', 'Zo', 'Zoë']) {
      typeInto(nameField(el, 'p3'), name);
      await el.updateComplete;
    }
    note(observer.takeRecords());
    observer.disconnect();
    expect(changes).to.deep.equal([]);
    expect(row(el, 'p3').querySelector('fieldset')!.getAttribute('aria-label')).to.equal('Zoë');
  });

  it('a name typed shows on its row and its mark, letter by letter', async () => {
    const el = await circle(filledCircle);
    const id = 'p3';
    for (const name of ['Z', 'Zo', 'Zoë', 'Zoë Zuiderwijk', 'Zoë Zuiderwijk-van den Heuvel', '']) {
      typeInto(nameField(el, id), name);
      await el.updateComplete;
      const shown = name.trim() || 'Person without a name';
      expect(row(el, id).querySelector('fieldset')!.getAttribute('aria-label')).to.equal(shown);
      expect(row(el, id).querySelector('.remove')!.getAttribute('aria-label')).to.equal(`Remove ${shown}`);
      expect(mark(el, id).getAttribute('aria-label')).to.contain(`${shown}, Co-producers`);
      expect(drawnMarks(el, 'co-producers')).to.deep.equal(freshMarks(el, 'co-producers'));
      await expectSameAsFresh(el);
    }
    // The other rows still show their own names.
    for (const person of filledCircle.people.filter((candidate) => candidate.id !== id)) {
      expect(row(el, person.id).querySelector('fieldset')!.getAttribute('aria-label')).to.equal(person.name);
      expect(mark(el, person.id).getAttribute('aria-label')).to.contain(person.name);
    }
  });

  it('typing in one field of a row leaves its other fields and the other rows alone', async () => {
    const el = await circle(filledCircle);
    const changed = await rowsChanged(el, () => typeInto(textareas(el, 'p5')[0], 'Kookt nu elke week.'));
    expect(changed.filter((id) => id !== 'p5')).to.deep.equal([]);
    expect(textareas(el, 'p5').map((field) => field.value)).to.deep.equal(['Kookt nu elke week.', filledCircle.people[4].contact]);
    expect(nameField(el, 'p5').value).to.equal(filledCircle.people[4].name);
    expect(el.value.people[4].involvement).to.equal('Kookt nu elke week.');
  });

  it('on a crowded ring, a first name that becomes shared (or stops being) changes the other person’s mark too', async () => {
    const el = await circle(circleWith(200));
    const ring: RingId = 'participants';
    const onRing = el.value.people.filter((person) => person.ring === ring);
    expect(queryAll(el, `svg.circle .mark[data-ring="${ring}"][data-kind="first"]`).length, 'a ring crowded enough for first names').to.be.greaterThan(0);
    // Someone whose first name nobody else on the ring has; give it to another person.
    const firstOf = (person: CirclePerson) => person.name.split(' ')[0];
    const alone = onRing.find((person) => onRing.filter((other) => firstOf(other) === firstOf(person)).length === 1)!;
    const other = onRing.find((person) => person !== alone)!;
    for (const name of [`${firstOf(alone)} Zwart`, `${firstOf(alone)}x Zwart`, `${firstOf(alone)} Zwart`, other.name]) {
      typeInto(nameField(el, other.id), name);
      await el.updateComplete;
      expect(drawnMarks(el, ring)).to.deep.equal(freshMarks(el, ring));
      expect(keyOrderMatchesDrawnOrder(el), 'arrow keys follow the drawing').to.equal(true);
      await expectSameAsFresh(el);
    }
    // Long names move marks (their width class changes): the arrow keys follow them.
    for (const name of ['Maximiliaan Alexander van Wijngaarden-Oosterhout', 'Bo', 'Maximiliaan Alexander']) {
      typeInto(nameField(el, onRing[0].id), name);
      await el.updateComplete;
      expect(drawnMarks(el, ring)).to.deep.equal(freshMarks(el, ring));
      expect(keyOrderMatchesDrawnOrder(el), 'arrow keys follow the drawing').to.equal(true);
      await expectSameAsFresh(el);
    }
  });

  it('moving a person shows on the row, the mark, the legend and the summary', async () => {
    const el = await circle(filledCircle);
    const select = row(el, 'p5').querySelector('select')!;
    select.value = 'consulted';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(row(el, 'p5').dataset.ring).to.equal('consulted');
    expect(row(el, 'p5').querySelector('select')!.value).to.equal('consulted');
    expect(row(el, 'p5').querySelector('option[selected]')!.getAttribute('value')).to.equal('consulted');
    expect(mark(el, 'p5').dataset.ring).to.equal('consulted');
    expect(mark(el, 'p5').getAttribute('aria-label')).to.contain(', Consulted');
    const counts = Object.fromEntries(ringIds.map((ring) => [ring, el.value.people.filter((person) => person.ring === ring).length]));
    expect(queryAll(el, '.legend li').map((item) => item.textContent!.match(/\((\d+)\)/)![1]).map(Number)).to.deep.equal(ringIds.map((ring) => counts[ring]));
    expect(query(el, '#circle-summary').textContent).to.contain(`${counts.consulted} consulted`);
    for (const ring of ['participants', 'consulted'] as const) expect(drawnMarks(el, ring)).to.deep.equal(freshMarks(el, ring));
    expect(keyOrderMatchesDrawnOrder(el), 'arrow keys follow the drawing').to.equal(true);
    await expectSameAsFresh(el);
  });

  it('after a move, the arrow keys still go round in the drawing’s order', async () => {
    const el = await circle(filledCircle);
    mark(el, 'p5').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(mark(el, 'p5').dataset.ring).to.equal('involved');
    const inOrder = queryAll<SVGElement>(el, 'svg.circle .mark').sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order));
    const at = inOrder.indexOf(mark(el, 'p5'));
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement).to.equal(inOrder[(at + 1) % inOrder.length]);
    expect(queryAll(el, 'svg.circle .mark[tabindex="0"]')).to.have.length(1);
  });

  it('a language switch reaches every row’s fields and choices, and every mark', async () => {
    const el = await circle(filledCircle);
    await switchLocale('nl');
    await el.updateComplete;
    for (const person of filledCircle.people) {
      const labels = [...row(el, person.id).querySelectorAll('label')].map((label) => label.textContent!.trim());
      expect(labels).not.to.include('How are they involved?');
      expect(labels).not.to.include('Contact and engagement plan');
      const options = [...row(el, person.id).querySelectorAll('option')].map((option) => option.textContent!.trim());
      expect(options).not.to.include('Participants');
      expect(mark(el, person.id).getAttribute('aria-label')).not.to.match(/, (Co-producers|Participants|Involved|Consulted)$/);
    }
    await switchLocale('en');
    await el.updateComplete;
    expect([...row(el, 'p1').querySelectorAll('option')].map((option) => option.textContent!.trim())).to.deep.equal(ringIds.map((ring) => ringNames[ring]));
    expect(mark(el, 'p1').getAttribute('aria-label')).to.equal('Fatima El Amrani, Co-producers');
    await expectSameAsFresh(el);
  });

  it('read-only and back: every row shows its text, then its fields with their values', async () => {
    const el = await circle(filledCircle);
    typeInto(textareas(el, 'p2')[1], 'Belt op maandag.');
    await el.updateComplete;
    el.readonly = true;
    await el.updateComplete;
    expect(queryAll(el, 'li.person textarea, li.person select, li.person input')).to.have.length(0);
    expect(row(el, 'p2').textContent).to.contain('Belt op maandag.');
    expect(row(el, 'p2').querySelectorAll('.read-text')[1].textContent).to.equal(ringNames['co-producers']);
    expect(mark(el, 'p2').getAttribute('role')).to.equal('listitem');
    await expectSameAsFresh(el);
    el.readonly = false;
    await el.updateComplete;
    expect(textareas(el, 'p2').map((field) => field.value)).to.deep.equal([filledCircle.people[1].involvement, 'Belt op maandag.']);
    expect(row(el, 'p2').querySelector('select')!.value).to.equal('co-producers');
    expect(mark(el, 'p2').getAttribute('role')).to.equal('button');
    await expectSameAsFresh(el);
  });

  it('a value from the host with the same people but new names and plans shows everywhere', async () => {
    const el = await circle(filledCircle);
    const renamed: SupportCircleState = {
      ...clone(filledCircle),
      people: filledCircle.people.map((person, i) => ({ ...person, name: `Persoon ${i + 1}`, involvement: `Rol ${i + 1}`, contact: `Bellen ${i + 1}` })),
    };
    el.value = renamed;
    await el.updateComplete;
    renamed.people.forEach((person) => {
      expect(nameField(el, person.id).value).to.equal(person.name);
      expect(row(el, person.id).querySelector('fieldset')!.getAttribute('aria-label')).to.equal(person.name);
      expect(textareas(el, person.id).map((field) => field.value)).to.deep.equal([person.involvement, person.contact]);
      expect(mark(el, person.id).getAttribute('aria-label')).to.contain(person.name);
    });
    for (const ring of ringIds) expect(drawnMarks(el, ring)).to.deep.equal(freshMarks(el, ring));
    // From a shared room: new plans, nothing else.
    const synced = { ...renamed, people: renamed.people.map((person) => ({ ...person, involvement: `${person.involvement} (gedeeld)`, contact: '' })) };
    expect(el.applyState(synced, 'sync')).to.equal(true);
    await el.updateComplete;
    synced.people.forEach((person) => expect(textareas(el, person.id).map((field) => field.value)).to.deep.equal([person.involvement, '']));
    await expectSameAsFresh(el);
  });

  it('an over-limit message in a plan field shows and goes', async () => {
    const el = await circle(filledCircle);
    const field = textareas(el, 'p4')[0];
    typeInto(field, 'x'.repeat(5001));
    await el.updateComplete;
    expect(row(el, 'p4').querySelector('.error')).to.exist;
    typeInto(textareas(el, 'p4')[0], 'Korter.');
    await el.updateComplete;
    expect(row(el, 'p4').querySelector('.error')).to.equal(null);
    expect(el.value.people[3].involvement).to.equal('Korter.');
  });

  it('adding a person renders only the new row; removing one and undoing brings it back whole', async () => {
    const el = await circle(filledCircle);
    const before = queryAll(el, 'li.person').length;
    const changed = await rowsChanged(el, () => query<HTMLButtonElement>(el, 'button.add[data-ring="involved"]').click());
    expect(queryAll(el, 'li.person')).to.have.length(before + 1);
    const added = queryAll(el, 'li.person').at(-1)!.dataset.person!;
    expect(changed).to.deep.equal([added]);
    row(el, 'p6').querySelector<HTMLButtonElement>('button.remove')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('li.person[data-person="p6"]')).to.equal(null);
    expect(shadow(el).querySelector('svg.circle .mark[data-id="p6"]')).to.equal(null);
    query<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    const p6 = filledCircle.people.find((person) => person.id === 'p6')!;
    expect(nameField(el, 'p6').value).to.equal(p6.name);
    expect(textareas(el, 'p6').map((field) => field.value)).to.deep.equal([p6.involvement, p6.contact]);
    expect(mark(el, 'p6').getAttribute('aria-label')).to.contain(p6.name);
    expect(queryAll(el, 'li.person').map((item) => item.dataset.person)).to.deep.equal(el.value.people.map((person) => person.id));
    expect(queryAll(el, 'svg.circle .mark[tabindex="0"]')).to.have.length(1);
    await expectSameAsFresh(el);
  });

  it('a profile card added to the page later is offered on the row with its name, and goes when renamed', async () => {
    const value = clone(filledCircle);
    value.people[6] = { ...value.people[6], name: teamProfiles[0].name };
    const el = await circle(value);
    expect(queryAll(el, '.open-card')).to.have.length(0);
    const card = document.createElement('coprod-profile-card');
    card.value = clone(teamProfiles[0]);
    document.body.append(card);
    await eventually(() => queryAll(el, '.open-card').length === 1, 'the circle finds the card', 10_000);
    expect(row(el, value.people[6].id).querySelector('.open-card')).to.exist;
    card.value = { ...card.value, name: 'Een andere naam' };
    await eventually(() => queryAll(el, '.open-card').length === 0, 'the offer goes', 10_000);
    // Typing the card's new name into a row offers it there.
    typeInto(nameField(el, 'p2'), 'Een andere naam');
    await el.updateComplete;
    expect(row(el, 'p2').querySelector('.open-card')).to.exist;
  });
});

describe('support circle layout: reused while typing a first name (pure)', () => {
  it('matches a fresh layout when first names start or stop being shared on a crowded ring', () => {
    const people = circleWith(200).people.filter((person) => person.ring === 'participants');
    let current = people;
    let keyed: KeyedRingLayout = reuseOrLayoutRing(undefined, 'participants', current, 'Participants');
    const first = people[0].name.split(' ')[0];
    for (const [index, name] of [
      [1, first],
      [1, `${first} de Boer`],
      [2, `${first} Visser`],
      [1, 'Xander de Boer'],
      [2, ''],
      [0, 'de huisarts'],
      [3, 'huisarts Jansen'],
    ] as const) {
      current = current.map((person, i) => (i === index ? { ...person, name } : person));
      keyed = reuseOrLayoutRing(keyed, 'participants', current, 'Participants');
      expect(keyed.layout, `after "${name}"`).to.deep.equal(layoutRing('participants', current, 'Participants'));
    }
  });

  it('never changes the layout it reuses', () => {
    const people = circleWith(60).people.filter((person) => person.ring === 'consulted');
    const before = reuseOrLayoutRing(undefined, 'consulted', people, 'Consulted');
    const copy = JSON.parse(JSON.stringify(before.layout));
    const key = before.key;
    reuseOrLayoutRing(before, 'consulted', people.map((person, i) => (i === 0 ? { ...person, name: `${person.name} Zwart` } : person)), 'Consulted');
    expect(JSON.parse(JSON.stringify(before.layout))).to.deep.equal(copy);
    expect(before.key).to.equal(key);
  });
});

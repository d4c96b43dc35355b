import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/support-circle/define.js';
import type { CoprodSupportCircle } from '../src/support-circle/circle.element.js';
import { CENTRE, ringMiddle } from '../src/support-circle/circle.layout.js';
import { movePerson } from '../src/support-circle/circle.state.js';
import { ringIds, type RingId, type SupportCircleState } from '../src/support-circle/circle.types.js';
import { runContractSuite } from './contract.suite.js';
import { circleWith, filledCircle } from './fixtures/support-circle.fixtures.js';
import { afterFrames, clone, fieldByLabel, mount, query, queryAll, READER_TEXT_SPACING, record, shadow, switchLocale, typeInto } from './helpers.js';

runContractSuite<SupportCircleState>({
  tag: 'coprod-support-circle',
  filled: filledCircle,
  withText: (state, text) => ({ ...state, people: [{ ...state.people[0], involvement: text }, ...state.people.slice(1)] }),
  textPath: '/people/0/involvement',
  withName: (state, text) => ({ ...state, people: [{ ...state.people[0], name: text }, ...state.people.slice(1)] }),
  namePath: '/people/0/name',
  invalid: [
    { name: 'an unknown ring', data: (filled) => ({ ...filled, people: [{ ...filled.people[0], ring: 'inner-circle' }] }), path: '/people/0/ring' },
    { name: 'a person without a ring', data: (filled) => ({ ...filled, people: [{ id: 'p1', name: 'Anna' }] }), path: '/people/0/ring' },
    { name: 'two people with one id', data: (filled) => ({ ...filled, people: [filled.people[0], { ...filled.people[1], id: 'p1' }] }), path: '/people/1/id' },
    { name: 'people that are not a list', data: (filled) => ({ ...filled, people: { p1: filled.people[0] } }), path: '/people' },
    { name: 'a person that is not an object', data: (filled) => ({ ...filled, people: ['Anna de Vries'] }), path: '/people/0' },
    { name: 'an empty id', data: (filled) => ({ ...filled, people: [{ ...filled.people[0], id: '' }] }), path: '/people/0/id' },
    { name: 'a contact plan that is not text', data: (filled) => ({ ...filled, people: filled.people.map((person, i) => (i === 2 ? { ...person, contact: 3 } : person)) }), path: '/people/2/contact' },
  ],
  userEdit: async (el) => {
    await el.updateComplete;
    typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'How are they involved?'), 'Komt ook naar de buurtbarbecue.');
    await el.updateComplete;
  },
});

async function circle(value?: SupportCircleState, attributes: Record<string, string> = {}): Promise<CoprodSupportCircle> {
  return mount<CoprodSupportCircle>('coprod-support-circle', { attributes, properties: value ? { value: clone(value) } : {} });
}

const marks = (el: HTMLElement) => queryAll<SVGGElement>(el, 'svg.circle .mark');
const markOf = (el: HTMLElement, id: string) => query<SVGGElement>(el, `svg.circle .mark[data-id="${id}"]`);
const ringOf = (el: CoprodSupportCircle, id: string) => el.value.people.find((person) => person.id === id)!.ring;
/**
 * Records what the element says through its live region. The region itself is filled in the
 * next animation frame, which a busy or hidden test page may hold back; the sentence is what matters.
 */
function spokenBy(el: CoprodSupportCircle): string[] {
  const said: string[] = [];
  const element = el as unknown as { announce: (text: string) => void };
  const announce = element.announce.bind(el);
  element.announce = (text: string) => {
    said.push(text);
    announce(text);
  };
  return said;
}

/** The point on screen of a point in the drawing's own units. */
function screenPoint(el: HTMLElement, x: number, y: number): [number, number] {
  const svg = query<SVGSVGElement>(el, 'svg.circle');
  const point = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
  return [Math.round(point.x), Math.round(point.y)];
}

function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('coprod-support-circle', () => {
  before(async () => {
    await setViewport({ width: 1100, height: 1800 });
  });

  afterEach(async () => {
    document.body.querySelectorAll('coprod-support-circle').forEach((el) => el.remove());
    await resetMouse();
    // Stops a smooth scroll ("open in the list") that would go on into the next test.
    window.scrollTo({ top: 0, behavior: 'instant' });
    await switchLocale('en');
  });

  it('draws four rings inside out, named, with a visible summary', async () => {
    const el = await circle(filledCircle);
    const rings = queryAll<SVGCircleElement>(el, 'svg.circle circle.ring');
    const radiusOf = (ring: RingId) => Number(rings.find((circleElement) => circleElement.dataset.ring === ring)!.getAttribute('r'));
    expect(radiusOf('co-producers')).to.be.below(radiusOf('participants'));
    expect(radiusOf('participants')).to.be.below(radiusOf('involved'));
    expect(radiusOf('involved')).to.be.below(radiusOf('consulted'));
    expect(queryAll(el, 'svg .ring-name').map((text) => text.textContent)).to.deep.equal(['Co-producers', 'Participants', 'Involved', 'Consulted']);
    expect(query(el, '#circle-summary').textContent).to.equal('In the circle: 4 co-producers, 5 participants, 3 involved, 3 consulted.');
    const svg = query(el, 'svg.circle');
    expect(svg.getAttribute('aria-describedby')).to.contain('circle-summary');
  });

  it('gives every person one focusable mark named with their ring, and one tab stop', async () => {
    const el = await circle(filledCircle);
    const all = marks(el);
    expect(all).to.have.length(filledCircle.people.length);
    const anna = markOf(el, 'p3');
    expect(anna.getAttribute('role')).to.equal('button');
    expect(anna.getAttribute('aria-label')).to.equal('Anna de Vries, Co-producers');
    expect(anna.dataset.ring).to.equal('co-producers');
    expect(all.filter((mark) => mark.getAttribute('tabindex') === '0')).to.have.length(1);
    expect(all.filter((mark) => mark.getAttribute('tabindex') === '-1')).to.have.length(all.length - 1);
    for (const person of filledCircle.people) {
      const mark = markOf(el, person.id);
      expect(mark.dataset.ring).to.equal(person.ring);
      // The label on the mark is the name or a shorter form of it.
      expect(person.name.startsWith((mark.querySelector('.mark-text')?.textContent ?? '').replace('…', ''))).to.equal(true);
    }
  });

  it('explains the four rings in a legend, in Dutch too', async () => {
    const el = await circle(filledCircle);
    const items = queryAll(el, '.legend li');
    expect(items.map((item) => item.querySelector('strong')!.textContent)).to.deep.equal(['Co-producers', 'Participants', 'Involved', 'Consulted']);
    expect(items[0].textContent).to.contain('(4)');
    expect(items[3].querySelector('.meaning')!.textContent).to.contain('advice');
    await switchLocale('nl');
    await el.updateComplete;
    expect(queryAll(el, '.legend li strong').map((name) => name.textContent)).to.deep.equal(['Makers', 'Deelnemers', 'Op de hoogte', 'Adviseurs']);
    expect(query(el, '#circle-summary').textContent).to.equal('In de cirkel: 4 makers, 5 deelnemers, 3 op de hoogte, 3 adviseurs.');
    expect(markOf(el, 'p3').getAttribute('aria-label')).to.equal('Anna de Vries, Makers');
  });

  it('moves a person a ring outwards and inwards with the arrow keys, announced, one change each', async () => {
    const el = await circle(filledCircle);
    const { changes } = record(el);
    const said = spokenBy(el);
    markOf(el, 'p3').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(ringOf(el, 'p3')).to.equal('participants');
    expect(changes).to.have.length(1);
    expect(changes[0].detail.value).to.deep.equal(movePerson(filledCircle, 'p3', 'participants'));
    // Focus stays on the person, now on their new ring.
    expect(shadow(el).activeElement).to.equal(markOf(el, 'p3'));
    expect(markOf(el, 'p3').dataset.ring).to.equal('participants');
    expect(markOf(el, 'p3').getAttribute('tabindex')).to.equal('0');
    expect(said).to.deep.equal(['Anna de Vries is now in Participants.']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(ringOf(el, 'p3')).to.equal('consulted');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(ringOf(el, 'p3')).to.equal('consulted');
    expect(changes).to.have.length(3);
    expect(said[said.length - 1]).to.equal('Anna de Vries is already in the outer ring.');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(ringOf(el, 'p3')).to.equal('involved');
    expect(changes).to.have.length(4);
    expect(el.value.people.map((person) => person.id)).to.deep.equal(filledCircle.people.map((person) => person.id));
  });

  it('goes from person to person with the left and right arrows, and opens a person in the list with Enter', async () => {
    const el = await circle(filledCircle);
    const { changes } = record(el);
    // Ring by ring, inside out, then clockwise round the ring.
    const all = marks(el).sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order));
    expect(all.map((mark) => mark.dataset.ring)).to.deep.equal([...ringIds].flatMap((ring) => all.filter((mark) => mark.dataset.ring === ring).map(() => ring)));
    all[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement).to.equal(all[1]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(shadow(el).activeElement).to.equal(all[all.length - 1]);
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(all[0]);
    const id = all[0].dataset.id!;
    await sendKeys({ press: 'Enter' });
    const active = shadow(el).activeElement as HTMLInputElement;
    expect(active.localName).to.equal('input');
    expect(active.value).to.equal(filledCircle.people.find((person) => person.id === id)!.name);
    expect(changes).to.have.length(0);
  });

  it('shows the whole name over a shortened mark while it has focus', async () => {
    const crowded = circleWith(200);
    const el = await circle(crowded);
    const short = marks(el).find((mark) => mark.dataset.kind !== 'full')!;
    const person = crowded.people.find((candidate) => candidate.id === short.dataset.id)!;
    short.focus();
    await el.updateComplete;
    expect(query(el, 'svg .full-name text').textContent).to.equal(person.name);
    expect(query(el, '.now').textContent).to.contain(person.name);
    // Escape puts it away (it covers the marks around it), and the keyboard stays on the mark.
    short.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('svg .full-name') === null, 'Escape put the whole name away').to.equal(true);
    expect(shadow(el).activeElement === short).to.equal(true);
    short.blur();
    short.focus();
    await el.updateComplete;
    expect(query(el, 'svg .full-name text').textContent).to.equal(person.name);
    short.blur();
    await el.updateComplete;
    expect(shadow(el).querySelector('svg .full-name')).to.equal(null);
  });

  it('keeps the whole name while the pointer moves onto it and rests there; Escape or leaving puts it away (WCAG 1.4.13)', async () => {
    const crowded = circleWith(200);
    const el = await circle(crowded);
    const short = marks(el).find((mark) => mark.dataset.kind !== 'full' && mark.dataset.kind !== 'dot')!;
    const name = crowded.people.find((person) => person.id === short.dataset.id)!.name;
    short.scrollIntoView({ block: 'center' });
    const shownName = () => shadow(el).querySelector('svg .full-name text')?.textContent ?? null;
    const [markX, markY] = centreOf(short);
    await sendMouse({ type: 'move', position: [markX, markY] });
    await el.updateComplete;
    expect(shownName()).to.equal(name);
    // Straight from the mark to the middle of the name, one pixel at a time.
    const [, nameY] = centreOf(query(el, 'svg .full-name rect'));
    for (let y = markY; y !== nameY; y += Math.sign(nameY - markY)) {
      await sendMouse({ type: 'move', position: [markX, y] });
      expect(shownName(), `at ${y - markY} px from the mark`).to.equal(name);
    }
    await sendMouse({ type: 'move', position: [markX, nameY] });
    await el.updateComplete;
    expect(shownName()).to.equal(name);
    // Escape puts it away while the keyboard is elsewhere on the page.
    expect(shadow(el).activeElement).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shownName()).to.equal(null);
    // Back on the mark it shows again; away from both, it goes.
    await sendMouse({ type: 'move', position: [markX, markY] });
    await el.updateComplete;
    expect(shownName()).to.equal(name);
    await sendMouse({ type: 'move', position: [2, 2] });
    await el.updateComplete;
    expect(shownName()).to.equal(null);
  });

  it("makes room on the drawing for the reader's own letter and word spacing (WCAG 1.4.12), also when it is set later", async () => {
    const spacing = READER_TEXT_SPACING;
    /** Names wider than their mark, and marks that overlap, in drawing units. */
    const misfits = (el: CoprodSupportCircle) => {
      const shapes = marks(el).map((mark) => mark.querySelector<SVGGraphicsElement>('.mark-shape')!.getBBox());
      const wider = marks(el).filter((mark, i) => {
        const text = mark.querySelector<SVGTextElement>('.mark-text');
        return text?.textContent ? text.getBBox().width > shapes[i].width - 4 : false;
      });
      const placed = marks(el).map((mark) => mark.transform.baseVal.consolidate()!.matrix);
      let overlaps = 0;
      shapes.forEach((a, i) =>
        shapes.forEach((b, j) => {
          if (j <= i) return;
          const dx = Math.abs(placed[i].e - placed[j].e);
          const dy = Math.abs(placed[i].f - placed[j].f);
          if (dx < (a.width + b.width) / 2 && dy < (a.height + b.height) / 2) overlaps++;
        }),
      );
      return { wider: wider.map((mark) => mark.textContent!.trim()), overlaps };
    };
    const before = await circle(circleWith(50), { style: spacing });
    await afterFrames(before);
    expect(misfits(before)).to.deep.equal({ wider: [], overlaps: 0 });
    before.remove();
    const later = await circle(circleWith(50));
    later.setAttribute('style', spacing);
    await afterFrames(later);
    expect(misfits(later)).to.deep.equal({ wider: [], overlaps: 0 });
    // Back to the page's own spacing: the labels go back to their own widths.
    const wide = query(later, 'svg .mark .mark-shape').getAttribute('width');
    later.removeAttribute('style');
    await afterFrames(later);
    expect(Number(query(later, 'svg .mark .mark-shape').getAttribute('width'))).to.be.below(Number(wide));
  });

  it('moves a person by dragging the mark to another ring with the mouse: the same change, once', async () => {
    const el = await circle(filledCircle);
    const { changes } = record(el);
    const said = spokenBy(el);
    const kees = markOf(el, 'p8');
    kees.scrollIntoView({ block: 'center' });
    const [fromX, fromY] = centreOf(kees);
    await sendMouse({ type: 'move', position: [fromX, fromY] });
    await sendMouse({ type: 'down' });
    // A point on the involved ring, straight above the middle.
    const [toX, toY] = screenPoint(el, CENTRE, CENTRE - ringMiddle('involved'));
    for (let step = 1; step <= 5; step++) {
      await sendMouse({ type: 'move', position: [Math.round(fromX + ((toX - fromX) * step) / 5), Math.round(fromY + ((toY - fromY) * step) / 5)] });
    }
    await el.updateComplete;
    expect(query(el, 'circle.ring.drop-target').dataset.ring).to.equal('involved');
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(ringOf(el, 'p8')).to.equal('involved');
    expect(changes).to.have.length(1);
    expect(changes[0].detail.value).to.deep.equal(movePerson(filledCircle, 'p8', 'involved'));
    expect(shadow(el).querySelector('circle.ring.drop-target')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(markOf(el, 'p8'));
    expect(said).to.deep.equal(['Kees Visser is now in Involved.']);
  });

  it('handles pointer events: a drop on the same ring or a press without moving changes nothing', async () => {
    const el = await circle(filledCircle);
    const { changes } = record(el);
    const svg = query<SVGSVGElement>(el, 'svg.circle');
    const pointer = (target: Element, type: string, [x, y]: [number, number]) =>
      target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerId: 7, button: 0, isPrimary: true }));
    const henk = markOf(el, 'p2');
    const start = centreOf(henk);
    // Only a press.
    pointer(henk, 'pointerdown', start);
    pointer(henk, 'pointerup', start);
    // Dragged around inside its own ring.
    pointer(henk, 'pointerdown', start);
    pointer(svg, 'pointermove', [start[0] + 12, start[1] + 3]);
    pointer(svg, 'pointerup', [start[0] + 12, start[1] + 3]);
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(henk.style.translate).to.equal('');
    // Dragged out to the consulted ring.
    pointer(henk, 'pointerdown', start);
    const target = screenPoint(el, CENTRE + ringMiddle('consulted'), CENTRE);
    pointer(svg, 'pointermove', target);
    pointer(svg, 'pointerup', target);
    await el.updateComplete;
    expect(changes).to.have.length(1);
    expect(changes[0].detail.value).to.deep.equal(movePerson(filledCircle, 'p2', 'consulted'));
    // Dropped far outside the circle: no ring, no change.
    const noah = markOf(el, 'p9');
    pointer(noah, 'pointerdown', centreOf(noah));
    const outside = screenPoint(el, -400, -400);
    pointer(svg, 'pointermove', outside);
    pointer(svg, 'pointerup', outside);
    await el.updateComplete;
    expect(changes).to.have.length(1);
    expect(ringOf(el, 'p9')).to.equal('participants');
  });

  it('edits the list: add a person to a ring, name them, move them with the ring choice, remove and undo', async () => {
    const el = await circle(filledCircle);
    const { changes } = record(el);
    query<HTMLButtonElement>(el, 'button.add[data-ring=involved]').click();
    await el.updateComplete;
    const added = el.value.people[el.value.people.length - 1];
    expect(added).to.deep.include({ ring: 'involved', name: '' });
    const nameField = shadow(el).activeElement as HTMLInputElement;
    expect(nameField.localName).to.equal('input');
    typeInto(nameField, 'Lisa de Wit');
    await el.updateComplete;
    expect(el.value.people.find((person) => person.id === added.id)!.name).to.equal('Lisa de Wit');
    expect(markOf(el, added.id).getAttribute('aria-label')).to.equal('Lisa de Wit, Involved');
    const select = query<HTMLSelectElement>(el, `#person-f-${added.id} select`);
    select.value = 'co-producers';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ringOf(el, added.id)).to.equal('co-producers');
    // The row stays where it is (focus with it); only its ring changes.
    expect(query(el, `#person-f-${added.id}`).dataset.ring).to.equal('co-producers');
    expect(queryAll(el, '.person').pop()!.id).to.equal(`person-f-${added.id}`);
    expect(shadow(el).activeElement).to.equal(select);
    expect(markOf(el, added.id).dataset.ring).to.equal('co-producers');
    const changesBefore = changes.length;
    query<HTMLButtonElement>(el, `#person-f-${added.id} button.remove`).click();
    await el.updateComplete;
    expect(el.value.people).to.have.length(filledCircle.people.length);
    expect(shadow(el).querySelector(`svg .mark[data-id="${added.id}"]`)).to.equal(null);
    expect(query(el, '.notices').textContent).to.contain('Removed: Lisa de Wit');
    query<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    expect(el.value.people.find((person) => person.id === added.id)).to.deep.include({ name: 'Lisa de Wit', ring: 'co-producers' });
    expect(changes.length).to.equal(changesBefore + 2);
  });

  it('gives a gentle tip when a name looks like a job or a group, and still saves it', async () => {
    const el = await circle(filledCircle);
    const field = fieldByLabel<HTMLInputElement>(el, 'Name');
    typeInto(field, 'the GP');
    await el.updateComplete;
    expect(el.value.people[0].name).to.equal('the GP');
    const tip = shadow(el).getElementById(field.getAttribute('aria-describedby')!);
    expect(tip?.textContent).to.contain('not a job or a group');
    // The tip comes in beside the field: the field typed in stays the same element.
    expect(fieldByLabel<HTMLInputElement>(el, 'Name')).to.equal(field);
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    typeInto(field, 'Samira');
    await el.updateComplete;
    expect(field.hasAttribute('aria-describedby')).to.equal(false);
    await switchLocale('nl');
    await el.updateComplete;
    const dutchField = fieldByLabel<HTMLInputElement>(el, 'Naam');
    typeInto(dutchField, 'de bewoners');
    await el.updateComplete;
    expect(shadow(el).getElementById(dutchField.getAttribute('aria-describedby')!)?.textContent).to.contain('de huisarts');
    expect(el.value.people[0].name).to.equal('de bewoners');
  });

  it('takes more role words from the role-words attribute', async () => {
    const el = await circle(filledCircle, { 'role-words': 'buurtvader, sleutelhouder' });
    expect(el.roleWords).to.deep.equal(['buurtvader', 'sleutelhouder']);
    const field = fieldByLabel<HTMLInputElement>(el, 'Name');
    typeInto(field, 'de sleutelhouder');
    await el.updateComplete;
    expect(field.getAttribute('aria-describedby')).to.be.a('string');
    typeInto(field, 'Henk');
    await el.updateComplete;
    expect(field.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('exports the drawing as SVG text and as a PNG image', async () => {
    const el = await circle(filledCircle);
    const text = el.exportSvg();
    const file = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(file.documentElement.localName).to.equal('svg');
    expect(file.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(file.documentElement.getAttribute('viewBox')).to.equal('0 0 1000 1000');
    expect(file.querySelectorAll('.mark, [data-id]').length).to.equal(filledCircle.people.length);
    for (const person of filledCircle.people) expect(text).to.contain(person.name);
    expect(text).to.contain('Co-producers');
    // Colours are written in, since the file has no stylesheet.
    expect(file.querySelector('circle[data-ring=co-producers]')!.getAttribute('style')).to.match(/fill:/);
    const png = await el.exportPng(1);
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
    const signature = new Uint8Array(await png.slice(0, 4).arrayBuffer());
    expect([...signature]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
    expect(queryAll(el, '.drawing-actions button').map((button) => button.textContent)).to.deep.equal(['Save the drawing (SVG)', 'Save the drawing (PNG)']);
  });

  it('is a list to read when read-only: no buttons, no tab stops in the drawing, names as text', async () => {
    const el = await circle(filledCircle, { readonly: '' });
    expect(shadow(el).querySelector('.drawing-actions, .keys, button.add')).to.equal(null);
    const all = marks(el);
    expect(all.every((mark) => mark.getAttribute('role') === 'listitem' && !mark.hasAttribute('tabindex'))).to.equal(true);
    expect(query(el, 'g.marks').getAttribute('role')).to.equal('list');
    expect(markOf(el, 'p1').getAttribute('aria-label')).to.equal('Fatima El Amrani, Co-producers');
    expect(query(el, '.person[data-ring=consulted]').textContent).to.contain('Samira Ouali');
    // Read-only, the list is sorted by ring, inside out.
    expect(queryAll(el, '.person').map((row) => row.dataset.ring)).to.deep.equal([...filledCircle.people].sort((a, b) => ringIds.indexOf(a.ring) - ringIds.indexOf(b.ring)).map((person) => person.ring));
    el.readonly = false;
    await el.updateComplete;
    expect(marks(el).filter((mark) => mark.getAttribute('tabindex') === '0')).to.have.length(1);
    expect(markOf(el, 'p1').getAttribute('role')).to.equal('button');
  });

  it('draws 200 people, each with a mark, without dropping anyone', async () => {
    const many = circleWith(200);
    const el = await circle(many);
    expect(marks(el)).to.have.length(200);
    expect(queryAll(el, '.person')).to.have.length(200);
    const counted = (query(el, '#circle-summary').textContent!.match(/\d+/g) ?? []).map(Number);
    expect(counted.reduce((sum, count) => sum + count, 0)).to.equal(200);
    const rings = new Set(marks(el).map((mark) => mark.dataset.ring));
    expect(rings.size).to.equal(4);
    // Shortened labels, but still labels: no ring falls back to bare dots at 200 people.
    expect(marks(el).filter((mark) => mark.dataset.kind === 'dot')).to.have.length(0);
  });

  it('says so when nobody is in the circle yet', async () => {
    const el = await circle();
    expect(query(el, '#circle-summary').textContent).to.equal('Nobody is in the circle yet.');
    expect(marks(el)).to.have.length(0);
    expect(queryAll(el, '.nobody')).to.have.length(1);
    const add = queryAll<HTMLButtonElement>(el, 'button.add');
    expect(add.map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Add a person to Co-producers', 'Add a person to Participants', 'Add a person to Involved', 'Add a person to Consulted']);
  });
});

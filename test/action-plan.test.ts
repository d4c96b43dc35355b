import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/action-plan/define.js';
import type { CoprodActionPlan } from '../src/action-plan/plan.element.js';
import type { ActionPlanState } from '../src/action-plan/plan.types.js';
import { today } from '../src/core/validate.js';
import { runContractSuite } from './contract.suite.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import { clone, fieldByLabel, mount, query, queryAll, record, shadow, switchLocale, typeInto } from './helpers.js';

runContractSuite<ActionPlanState>({
  tag: 'coprod-action-plan',
  filled: filledPlan,
  withText: (state, text) => ({ ...state, actions: [{ ...state.actions[0], what: text }, ...state.actions.slice(1)] }),
  textPath: '/actions/0/what',
  withName: (state, text) => ({ ...state, actions: [{ ...state.actions[0], who: text }, ...state.actions.slice(1)] }),
  namePath: '/actions/0/who',
  invalid: [
    { name: 'an unknown principle', data: (filled) => ({ ...filled, actions: [{ ...filled.actions[0], principle: 'kindness' }] }), path: '/actions/0/principle' },
    { name: 'an action without a principle', data: (filled) => ({ ...filled, actions: [{ id: 'x', what: 'Iets' }] }), path: '/actions/0/principle' },
    { name: 'a date that is not a date', data: (filled) => ({ ...filled, actions: [filled.actions[0], { ...filled.actions[1], when: '1 december' }] }), path: '/actions/1/when' },
    { name: 'done that is not true or false', data: (filled) => ({ ...filled, actions: [{ ...filled.actions[0], done: 'yes' }] }), path: '/actions/0/done' },
    { name: 'two actions with one id', data: (filled) => ({ ...filled, actions: [filled.actions[0], { ...filled.actions[1], id: 'a1' }] }), path: '/actions/1/id' },
    { name: 'actions that are not a list', data: (filled) => ({ ...filled, actions: { a1: filled.actions[0] } }), path: '/actions' },
  ],
  userEdit: async (el) => {
    await el.updateComplete;
    typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'Networks, action 1: What will we do?'), 'Een wandelgroep met de buurt.');
    await el.updateComplete;
  },
});

async function plan(value?: ActionPlanState, attributes: Record<string, string> = {}): Promise<CoprodActionPlan> {
  return mount<CoprodActionPlan>('coprod-action-plan', { attributes, properties: value ? { value: clone(value) } : {} });
}

const group = (el: HTMLElement, principle: string) => query(el, `section.group[aria-labelledby="group-${principle}"]`);
const rowsOf = (el: HTMLElement, principle: string) => [...group(el, principle).querySelectorAll<HTMLElement>('.row:not(.head)')];
const idsOf = (el: CoprodActionPlan, principle: string) => el.value.actions.filter((action) => action.principle === principle).map((action) => action.id);

/** The day `days` from today, as `YYYY-MM-DD` in local time (as today() is). */
function dayFromToday(days: number): string {
  const [year, month, day] = today().split('-').map(Number);
  const date = new Date(year, month - 1, day + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

describe('coprod-action-plan', () => {
  afterEach(async () => {
    document.body.querySelectorAll('coprod-action-plan').forEach((el) => el.remove());
    localStorage.clear();
    await switchLocale('en');
  });

  it('has one group per principle, in the radar’s order, each with its actions', async () => {
    const el = await plan(filledPlan);
    expect(queryAll(el, 'section.group h3').map((heading) => heading.textContent)).to.deep.equal([
      'Assets',
      'Capacity',
      'Mutuality',
      'Networks',
      'Blur roles',
      'Catalysts',
    ]);
    expect(rowsOf(el, 'mutuality')).to.have.length(2);
    expect(rowsOf(el, 'blur-roles')).to.have.length(2);
    expect(rowsOf(el, 'assets')).to.have.length(0);
    expect(group(el, 'assets').textContent).to.contain('No actions yet.');
    expect(query(el, '.totals').textContent).to.contain('Actions: 5. Done: 1.');
  });

  it('labels every cell with its principle and column', async () => {
    const el = await plan(filledPlan);
    const row = rowsOf(el, 'networks')[0];
    expect(row.getAttribute('role')).to.equal('group');
    expect(row.getAttribute('aria-label')).to.equal('Networks, action 1');
    const labels = [...row.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((field) => field.labels![0].textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.deep.equal([
      'Networks, action 1: Done',
      'Networks, action 1: What will we do?',
      'Networks, action 1: Who will do it?',
      'Networks, action 1: By when?',
      'Networks, action 1: How will we know it has worked?',
    ]);
    const buttons = [...row.querySelectorAll('button')].map((button) => button.textContent!.trim());
    expect(buttons).to.deep.equal(['Move up: Networks, action 1', 'Move down: Networks, action 1', 'Remove Networks, action 1']);
  });

  it('adds an action from a group’s button, focuses its first field, and counts it as a user edit', async () => {
    const el = await plan(filledPlan);
    const { changes } = record(el);
    const add = group(el, 'capacity').querySelector<HTMLButtonElement>('button.add')!;
    expect(add.textContent).to.contain('Add an action for Capacity');
    add.click();
    await el.updateComplete;
    expect(changes).to.have.length(1);
    const added = el.value.actions.at(-1)!;
    expect(added).to.deep.equal({ id: added.id, principle: 'capacity', what: '', who: '', when: null, measure: '', done: false });
    expect(filledPlan.actions.map((action) => action.id)).not.to.include(added.id);
    expect(shadow(el).activeElement).to.equal(fieldByLabel(el, 'Capacity, action 1: What will we do?'));
    await sendKeys({ type: 'Een leerkring' });
    expect(el.value.actions.at(-1)!.what).to.equal('Een leerkring');
  });

  it('addAction({ principle }) adds, focuses and returns the id, without coprod-change; it is saved', async () => {
    const el = await plan(filledPlan, { 'storage-key': 'plan-add' });
    const { changes } = record(el);
    const id = el.addAction({ principle: 'networks' });
    await el.updateComplete;
    expect(id).to.match(/^a6-/);
    expect(idsOf(el, 'networks')).to.deep.equal(['a4', id]);
    expect(shadow(el).activeElement?.id).to.contain(`${id}-what`);
    expect(changes).to.have.length(0);
    expect(JSON.parse(localStorage.getItem('plan-add')!).actions).to.have.length(6);
    const { invalids } = record(el);
    expect(el.addAction({ principle: 'kindness' })).to.equal(null);
    expect(invalids[0].detail.errors[0].path).to.equal('/principle');
    expect(el.value.actions).to.have.length(6);
  });

  it('removes an action and brings it back with undo', async () => {
    const el = await plan(filledPlan);
    const remove = rowsOf(el, 'mutuality')[1].querySelectorAll('button')[2];
    remove.click();
    await el.updateComplete;
    expect(idsOf(el, 'mutuality')).to.deep.equal(['a1']);
    expect(query(el, '.notices').textContent).to.contain('Removed: Mutuality, action 2 (Een ruilbord');
    query<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(filledPlan);
  });

  it('reorders within a principle with buttons; focus stays on the button, and at the edge moves to its partner', async () => {
    const el = await plan(filledPlan);
    const [first, second] = rowsOf(el, 'blur-roles');
    expect(first.querySelector<HTMLButtonElement>('button[id^=up]')!.disabled).to.equal(true);
    expect(second.querySelector<HTMLButtonElement>('button[id^=down]')!.disabled).to.equal(true);
    second.querySelector<HTMLButtonElement>('button[id^=up]')!.click();
    await el.updateComplete;
    expect(idsOf(el, 'blur-roles')).to.deep.equal(['a5', 'a3']);
    // Other principles keep their places in the list.
    expect(el.value.actions.map((action) => action.id)).to.deep.equal(['a1', 'a2', 'a5', 'a4', 'a3']);
    expect(shadow(el).activeElement?.id).to.equal('down-f-a5');
  });

  it('moves an action with Alt + arrow keys, keeping focus in the same field', async () => {
    const el = await plan(filledPlan);
    const field = fieldByLabel<HTMLTextAreaElement>(el, 'Mutuality, action 1: What will we do?');
    expect(field.value).to.equal(filledPlan.actions[0].what);
    field.focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(idsOf(el, 'mutuality')).to.deep.equal(['a2', 'a1']);
    const active = shadow(el).activeElement as HTMLTextAreaElement;
    expect(active.id).to.contain('a1-what');
    expect(active.value).to.equal(filledPlan.actions[0].what);
    expect(rowsOf(el, 'mutuality')[1].contains(active)).to.equal(true);
  });

  it('marks an action done', async () => {
    const el = await plan(filledPlan);
    const { changes } = record(el);
    const box = rowsOf(el, 'networks')[0].querySelector<HTMLInputElement>('input[type=checkbox]')!;
    box.click();
    await el.updateComplete;
    expect(el.value.actions.find((action) => action.id === 'a4')!.done).to.equal(true);
    expect(changes).to.have.length(1);
    expect(rowsOf(el, 'networks')[0].classList.contains('done')).to.equal(true);
  });

  it('gives quiet SMART hints for what is missing, and flags a past date on an open action', async () => {
    const value = clone(filledPlan);
    value.actions[3].when = dayFromToday(-1); // networks, open
    value.actions[0].when = dayFromToday(-30); // mutuality, done
    value.actions.push({ id: 'a6', principle: 'catalysts', what: '', who: '', when: null, measure: '', done: false });
    const el = await plan(value);
    const [done, bare] = rowsOf(el, 'mutuality');
    expect(done.querySelector('.smart-hint')).to.equal(null);
    expect(done.classList.contains('overdue')).to.equal(false);
    const hint = bare.querySelector('.smart-hint')!;
    expect(hint.textContent).to.equal('To make the action clear, also fill in: who will do it, by when, how you will know it has worked.');
    expect(bare.getAttribute('aria-describedby')).to.equal(hint.id);
    // A new, empty action is not nagged.
    expect(rowsOf(el, 'catalysts')[0].querySelector('.smart-hint')).to.equal(null);
    const late = rowsOf(el, 'networks')[0];
    expect(late.classList.contains('overdue')).to.equal(true);
    const date = late.querySelector<HTMLInputElement>('input[type=date]')!;
    expect(shadow(el).getElementById(date.getAttribute('aria-describedby')!.split(' ')[0])!.textContent).to.equal('This date has passed.');
    expect(query(el, '.totals').textContent).to.contain('Date passed: 1.');
    // Filling in the owner shortens the hint.
    typeInto(fieldByLabel(el, 'Mutuality, action 2: Who will do it?'), 'Fatima');
    await el.updateComplete;
    expect(rowsOf(el, 'mutuality')[1].querySelector('.smart-hint')!.textContent).to.equal('To make the action clear, also fill in: by when, how you will know it has worked.');
  });

  it('exports CSV by principle; "," in English, ";" in Dutch, or as the csv-separator attribute says', async () => {
    const el = await plan(filledPlan);
    const lines = el.toCsv().split('\r\n');
    expect(lines[0]).to.equal('Principle,What will we do?,Who will do it?,By when?,How will we know it has worked?,Done');
    expect(lines).to.have.length(6);
    expect(lines.slice(1).map((line) => line.split(',')[0])).to.deep.equal(['Mutuality', 'Mutuality', 'Networks', 'Blur roles', 'Blur roles']);
    expect(lines[1]).to.contain(',2026-03-01,').and.match(/,Yes$/);
    await switchLocale('nl');
    const dutch = el.toCsv().split('\r\n');
    expect(dutch[0]).to.equal('Principe;Wat gaan we doen?;Wie doet het?;Wanneer is het klaar?;Hoe weten we dat het gewerkt heeft?;Klaar');
    expect(dutch[1].split(';')[0]).to.equal('Geven en krijgen');
    expect(dutch[1]).to.match(/;Ja$/);
    el.setAttribute('csv-separator', ',');
    expect(el.toCsv().split('\r\n')[0]).to.contain('Principe,Wat gaan we doen?');
    expect(el.toCsv(';').split('\r\n')[0]).to.contain('Principe;Wat');
  });

  it('quotes cells that need it and defuses formulas', async () => {
    const value = clone(filledPlan);
    value.actions = [{ ...value.actions[0], what: 'Koffie; thee en "soep"\nop dinsdag', who: '=SOM(A1)' }];
    const el = await plan(value, { 'csv-separator': ';' });
    const csv = el.toCsv();
    expect(csv).to.contain(';"Koffie; thee en ""soep""\nop dinsdag";');
    expect(csv).to.contain(";'=SOM(A1);");
  });

  it('downloads the CSV as UTF-8 with a byte order mark', async () => {
    const el = await plan(filledPlan);
    let file: { name: string; bytes: Uint8Array; type: string } | undefined;
    const original = HTMLAnchorElement.prototype.click;
    const fetched: Promise<void>[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const name = this.download;
      fetched.push(
        fetch(this.href)
          .then((response) => response.blob())
          .then(async (blob) => void (file = { name, type: blob.type, bytes: new Uint8Array(await blob.arrayBuffer()) })),
      );
    };
    try {
      query<HTMLButtonElement>(el, '.export button').click();
      await Promise.all(fetched);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(file!.name).to.equal('action-plan.csv');
    expect(file!.type).to.contain('text/csv');
    expect([...file!.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(file!.bytes.slice(3));
    expect(text).to.equal(el.toCsv());
    expect(text).to.contain('Coördinator vrijwilligers');
  });

  it('shows the plan as the toolkit’s sheet when read-only, and when printing', async () => {
    const el = await plan(filledPlan, { readonly: '' });
    const sheet = query<HTMLTableElement>(el, 'table.sheet');
    expect([...sheet.tHead!.rows[0].cells].map((cell) => cell.textContent!.trim())).to.deep.equal([
      'Principle',
      'What will we do?',
      'Who will do it?',
      'By when?',
      'How will we know it has worked?',
      'Done',
    ]);
    expect(sheet.tBodies).to.have.length(6);
    const mutuality = sheet.tBodies[2];
    expect(mutuality.rows).to.have.length(2);
    expect(mutuality.querySelector('th')!.getAttribute('rowspan')).to.equal('2');
    expect(mutuality.querySelector('th')!.textContent).to.equal('Mutuality');
    expect(sheet.tBodies[0].textContent).to.contain('No actions yet.');
    expect(queryAll(el, 'input, textarea, button')).to.have.length(0);

    const editable = await plan(filledPlan);
    expect(shadow(editable).querySelector('table.sheet')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await editable.updateComplete;
    expect(shadow(editable).querySelector('table.sheet')).not.to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await editable.updateComplete;
    expect(shadow(editable).querySelector('table.sheet')).to.equal(null);
  });

  it('can be filled in with the keyboard: Tab goes through a row’s cells in order', async () => {
    const el = await plan(filledPlan);
    rowsOf(el, 'mutuality')[0].querySelector<HTMLInputElement>('input[type=checkbox]')!.focus();
    const visited: string[] = [];
    for (let i = 0; i < 12 && visited.length < 7; i++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement as HTMLElement;
      const name = (active as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? active.textContent!.trim();
      // Tab also steps through the parts of a date (day, month, year): count each field once.
      if (visited.at(-1) !== name) visited.push(name);
    }
    expect(visited.slice(0, 4)).to.deep.equal([
      'Mutuality, action 1: What will we do?',
      'Mutuality, action 1: Who will do it?',
      'Mutuality, action 1: By when?',
      'Mutuality, action 1: How will we know it has worked?',
    ]);
    // "Move up" is disabled on the first action, so Tab skips it.
    expect(visited[4]).to.equal('Move down: Mutuality, action 1');
    expect(visited[5]).to.equal('Remove Mutuality, action 1');
    expect(visited[6]).to.equal('Mutuality, action 2: Done');
  });

  it('speaks Dutch', async () => {
    await switchLocale('nl');
    const el = await plan(filledPlan);
    expect(query(el, 'h2').textContent).to.equal('Actieplan');
    expect(() => fieldByLabel(el, 'Netwerken, actie 1: Wie doet het?')).not.to.throw();
    expect(query(el, 'section.group h3').textContent).to.equal('Sterke kanten');
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/ladder/define.js';
import type { CoprodLadder } from '../src/ladder/ladder.element.js';
import type { LadderState } from '../src/ladder/ladder.types.js';
import { runContractSuite } from './contract.suite.js';
import { filledLadder, municipalModel } from './fixtures/ladder.fixtures.js';
import { clone, eventually, fieldByLabel, mount, query, queryAll, record, shadow, switchLocale, typeInto } from './helpers.js';

runContractSuite<LadderState>({
  tag: 'coprod-ladder',
  filled: filledLadder,
  withText: (state, text) => ({ ...state, examples: [{ ...state.examples[0], what: text }, ...state.examples.slice(1)] }),
  textPath: '/examples/0/what',
  invalid: [
    { name: 'an unknown rung', data: (filled) => ({ ...filled, examples: [{ ...filled.examples[0], rung: 'top' }] }), path: '/examples/0/rung' },
    { name: 'an unknown model', data: (filled) => ({ ...filled, model: 'hart' }), path: '/model' },
    { name: 'an unknown perspective', data: (filled) => ({ ...filled, perspective: 'they' }), path: '/perspective' },
    { name: 'an unknown tendency', data: (filled) => ({ ...filled, reflection: { ...filled.reflection, tendency: 'by' } }), path: '/reflection/tendency' },
    { name: 'two examples with one id', data: (filled) => ({ ...filled, examples: [filled.examples[0], { ...filled.examples[1], id: 'e1' }] }), path: '/examples/1/id' },
    { name: 'text that is not a string', data: (filled) => ({ ...filled, reflection: { ...filled.reflection, skills: 12 } }), path: '/reflection/skills' },
    {
      name: 'a custom model whose rung names a missing group',
      data: (filled) => ({ ...filled, examples: [], model: { ...municipalModel, rungs: [{ id: 'x', group: 'nowhere', label: { en: 'X' } }] } }),
      path: '/model/rungs/0/group',
    },
  ],
  userEdit: async (el) => {
    typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'How can I get support to learn these skills?'), 'Een coach vragen.');
    await el.updateComplete;
  },
});

async function ladder(value?: LadderState): Promise<CoprodLadder> {
  return mount<CoprodLadder>('coprod-ladder', value ? { properties: { value: clone(value) } } : {});
}

const rungNames = (el: HTMLElement) => queryAll(el, '.rung .rung-name').map((name) => name.textContent!.replace(/^.*?:\s*/, '').trim());

describe('coprod-ladder', () => {
  afterEach(async () => {
    document.body.querySelectorAll('coprod-ladder').forEach((el) => el.remove());
    await switchLocale('en');
  });

  it('draws the co-production ladder top first, in three groups', async () => {
    const el = await ladder();
    expect(rungNames(el)).to.deep.equal(['Co-production', 'Co-design', 'Engagement', 'Consultation', 'Informing', 'Educating', 'Coercion']);
    expect(queryAll(el, '.group-heading h3').map((heading) => heading.textContent)).to.deep.equal(['Doing with', 'Doing for', 'Doing to']);
    expect(query(el, 'figcaption').textContent).to.contain('7 steps');
    expect(query(el, '[data-rung=coercion]').textContent).to.contain('Try to avoid this step.');
    expect(query(el, '[data-rung=informing]').textContent).not.to.contain('avoid');
  });

  it('shows each placed example on its rung', async () => {
    const el = await ladder(filledLadder);
    expect(query(el, '[data-rung=co-design] .placed').textContent).to.contain('Example 1');
    expect(query(el, '[data-rung=informing] .placed').textContent).to.contain('Example 2');
    expect(queryAll(el, '[data-rung=coercion] .placed li')).to.have.length(0);
  });

  it('places an example on a rung with the keyboard: arrows, Home and End', async () => {
    const el = await ladder();
    const { changes } = record(el);
    query<HTMLButtonElement>(el, '.worksheet button.primary').click();
    await el.updateComplete;
    expect(el.value.examples).to.have.length(1);
    expect(shadow(el).activeElement?.id).to.contain(`${el.value.examples[0].id}-what`);
    const radios = queryAll<HTMLInputElement>(el, '.rung-choices input[type=radio]');
    radios[0].focus();
    await sendKeys({ press: 'Space' });
    expect(el.value.examples[0].rung).to.equal('co-production');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value.examples[0].rung).to.equal('engagement');
    await sendKeys({ press: 'End' });
    expect(el.value.examples[0].rung).to.equal(null);
    await sendKeys({ press: 'Home' });
    expect(el.value.examples[0].rung).to.equal('co-production');
    await el.updateComplete;
    expect(query(el, '[data-rung=co-production] .placed').textContent).to.contain('Example 1');
    expect(changes.length).to.be.greaterThan(3);
    expect(query(el, '[role=status][aria-live]').textContent).to.satisfy((text: string) => text === '' || text.includes('Example 1'));
  });

  it('names each rung choice with its group for screen readers', async () => {
    const el = await ladder(filledLadder);
    const groups = queryAll(el, '.example .rung-group[role=group]');
    // Named by the group and the example it belongs to, so no two groups on the page share a name.
    const names = groups.map((group) => group.getAttribute('aria-labelledby')!.split(' ').map((id) => shadow(el).getElementById(id)!.textContent!.trim()).join(' '));
    expect(names.map((name) => name.split(' ').slice(0, 2).join(' '))).to.include.members(['Doing with', 'Doing for', 'Doing to']);
    expect(new Set(names).size).to.equal(names.length);
    const coDesign = queryAll<HTMLInputElement>(el, '.example input[type=radio]').find((radio) => radio.checked)!;
    expect(coDesign.closest('label')!.textContent!.trim()).to.equal('Co-design');
    const description = shadow(el).getElementById(coDesign.getAttribute('aria-describedby')!);
    expect(description?.textContent).to.contain('together with professionals');
  });

  it('switches to Arnstein, unplacing examples whose rung it lacks', async () => {
    const el = await ladder(filledLadder);
    const select = query<HTMLSelectElement>(el, 'select#model');
    select.value = 'arnstein';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.model).to.equal('arnstein');
    expect(rungNames(el)).to.have.length(8);
    expect(rungNames(el)[0]).to.equal('Citizen control');
    // co-design is not on Arnstein's ladder; informing is.
    expect(el.value.examples.map((example) => example.rung)).to.deep.equal([null, 'informing']);
    expect(el.value.examples[0].what).to.equal(filledLadder.examples[0].what);
  });

  it('changes the wording for a team ("we")', async () => {
    const el = await ladder();
    query<HTMLButtonElement>(el, '.worksheet button.primary').click();
    await el.updateComplete;
    expect(() => fieldByLabel(el, 'What I did')).not.to.throw();
    const team = queryAll<HTMLInputElement>(el, 'input[name=perspective]').find((radio) => radio.value === 'team')!;
    team.click();
    await el.updateComplete;
    expect(el.value.perspective).to.equal('team');
    expect(() => fieldByLabel(el, 'What we do')).not.to.throw();
    expect(() => fieldByLabel(el, 'How could we have achieved a better outcome?')).not.to.throw();
    expect(shadow(el).textContent).to.contain('In our service we tend to work by');
  });

  it('draws a custom model in the active locale and keeps it selectable', async () => {
    const value: LadderState = { ...clone(filledLadder), model: municipalModel, examples: [{ ...filledLadder.examples[0], rung: 'advise' }] };
    const el = await ladder(value);
    expect(rungNames(el)).to.deep.equal(['Self-manage', 'Co-create', 'Advise', 'Consult', 'Inform']);
    await switchLocale('nl');
    await el.updateComplete;
    expect(rungNames(el)).to.deep.equal(['Zelf beheren', 'Coproduceren', 'Adviseren', 'Raadplegen', 'Informeren']);
    expect(query(el, '[data-rung=advise] .placed').textContent).to.contain('Voorbeeld 1');
    const options = queryAll<HTMLOptionElement>(el, 'select#model option').map((option) => option.textContent);
    expect(options).to.include('Participatieladder van de gemeente');
    expect(el.value).to.deep.equal(value);
  });

  it('refuses over-long typed text with a message, keeps it on screen and keeps the saved state', async () => {
    const el = await ladder(filledLadder);
    const { changes } = record(el);
    const field = fieldByLabel<HTMLTextAreaElement>(el, 'Which skills do I need to learn to move up the ladder?');
    typeInto(field, 'z'.repeat(5001));
    await el.updateComplete;
    expect(field.value).to.have.length(5001);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(query(el, '.error').textContent).to.contain('too long');
    expect(el.value.reflection.skills).to.equal(filledLadder.reflection.skills);
    expect(changes).to.have.length(0);
    typeInto(field, 'z'.repeat(5000));
    await el.updateComplete;
    expect(el.value.reflection.skills).to.have.length(5000);
    expect(shadow(el).querySelector('.error')).to.equal(null);
  });

  it('removes an example and brings it back with undo', async () => {
    const el = await ladder(filledLadder);
    const remove = queryAll<HTMLButtonElement>(el, '.example-actions button')[0];
    expect(remove.textContent).to.contain('Remove Example 1');
    remove.click();
    await el.updateComplete;
    expect(el.value.examples.map((example) => example.id)).to.deep.equal(['e2']);
    const undo = query<HTMLButtonElement>(el, 'button.undo');
    expect(shadow(el).activeElement).to.equal(undo);
    undo.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(filledLadder);
  });

  it('can be filled in with the keyboard alone, tabbing through labelled fields', async () => {
    const el = await ladder();
    el.focus();
    const visited: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement as HTMLElement | null;
      if (!active) break;
      visited.push(active.localName);
      if (active.localName === 'button' && active.textContent?.includes('Add an example')) {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await sendKeys({ type: 'Samen met bewoners een plan gemaakt.' });
        break;
      }
    }
    expect(visited).to.include('select');
    expect(el.value.examples[0].what).to.equal('Samen met bewoners een plan gemaakt.');
  });

  it('reads a Dutch page language on its own', async () => {
    document.documentElement.lang = 'nl-NL';
    const el = await ladder();
    await eventually(() => query(el, 'h2').textContent === 'Ladder van meedoen', 'the ladder speaks Dutch');
    expect(query(el, 'h2').textContent).to.equal('Ladder van meedoen');
    document.documentElement.lang = 'en';
    await eventually(() => query(el, 'h2').textContent === 'Participation ladder', 'the ladder speaks English again');
    expect(query(el, 'h2').textContent).to.equal('Participation ladder');
  });
});

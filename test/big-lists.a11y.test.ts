import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { manyActions } from './fixtures/action-plan.fixtures.js';
import { generateBoard } from './fixtures/opportunity.fixtures.js';
import { filledReadiness } from './fixtures/readiness-radar.fixtures.js';
import { circleWith } from './fixtures/support-circle.fixtures.js';
import { mount, settle, type AnyCoprodElement } from './helpers.js';

interface AxNode {
  role: string;
  name: string;
}

/** Chromium's accessibility tree, as a screen reader gets it (nodes not ignored), by role. */
async function axNodes(roles: string[]): Promise<AxNode[]> {
  await settle(50);
  return executeServerCommand<AxNode[], { roles: string[] }>('coprod-ax-nodes', { roles });
}

/**
 * Big lists must keep every row in the accessibility tree, also the rows far below the fold
 * (`content-visibility: auto` left rows out of it until they were scrolled to).
 */
describe('big lists: every row reaches assistive technology', function () {
  // Big states, read from the browser's accessibility tree: slower than most tests.
  this.timeout(90_000);
  let el: AnyCoprodElement | undefined;
  afterEach(() => el?.remove());

  // Sizes well past what fits on the screen (about 76 cards, 12 people, 3 actions were in the tree before), kept small for speed.
  it('board: all 300 cards are in the accessibility tree', async () => {
    el = await mount('coprod-opportunity-board', { properties: { value: generateBoard(300) } });
    const cards = await axNodes(['article']);
    expect(cards.length).to.equal(300);
    // A card far below the fold, by its name (its idea).
    expect(cards.map((card) => card.name)).to.include('Een moestuin bij de school, samen met de buurt. (289)');
  });

  it('support circle: all 80 people have their row in the tree', async () => {
    el = await mount('coprod-support-circle', { properties: { value: circleWith(80) } });
    const rows = el.shadowRoot!.querySelectorAll('li.person').length;
    const legend = el.shadowRoot!.querySelectorAll('.legend li').length;
    expect(rows).to.equal(80);
    // Every row and legend entry; other lists (e.g. the read-aloud controls) may add a few more.
    expect((await axNodes(['listitem'])).length).to.be.at.least(rows + legend);
    // And what is in the rows: `content-visibility: auto` on a row kept the row itself in the
    // tree but left out its fields until it was scrolled to.
    const fields = await axNodes(['textbox', 'combobox']);
    expect(fields.filter((node) => node.name === 'Name').length).to.equal(rows);
    expect(fields.filter((node) => node.name === 'Contact and engagement plan').length).to.equal(rows);
    expect(fields.filter((node) => node.role === 'combobox' && node.name === 'Ring').length).to.equal(rows);
  });

  it('action plan: all 60 actions have their row in the tree', async () => {
    el = await mount('coprod-action-plan', { properties: { value: manyActions(60) } });
    const rows = (await axNodes(['group'])).filter((node) => /, action \d+$/.test(node.name));
    expect(rows.length).to.equal(60);
  });

  it('readiness radar: every question and all its choices are in the tree', async () => {
    el = await mount('coprod-readiness-radar', { properties: { value: filledReadiness } });
    const questions = el.shadowRoot!.querySelectorAll('fieldset.question').length;
    expect(questions).to.be.greaterThan(15);
    const radios = await axNodes(['radio']);
    expect(radios.length).to.equal(questions * 6);
  });
});

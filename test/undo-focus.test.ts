import { expect } from '@open-wc/testing';
import '../src/index.js';
import { allTags, filledByTag } from './fixtures/all.fixtures.js';
import { clone, mount, query, queryAll, type AnyCoprodElement } from './helpers.js';

/** The name a button is known by: its aria-label, else its text. */
function nameOf(button: Element): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('Undo puts the keyboard back where the undone change was made (WCAG 2.4.3)', () => {
  for (const tag of allTags) {
    it(`${tag}: after Remove and Undo, the keyboard is on the Remove button of the item that is back`, async () => {
      const el = await mount<AnyCoprodElement>(tag, { properties: { value: clone(filledByTag[tag]) } });
      const removes = queryAll<HTMLButtonElement>(el, 'button').filter((button) => /^Remove\b/.test(nameOf(button)) && button.getClientRects().length > 0);
      if (removes.length === 0) return; // an exercise with nothing to remove when filled (the card)
      const remove = removes[Math.min(1, removes.length - 1)];
      const name = nameOf(remove);
      remove.focus();
      remove.click();
      await el.updateComplete;
      const undo = query<HTMLButtonElement>(el, 'button.undo');
      expect(el.shadowRoot!.activeElement === undo, 'the keyboard is on Undo').to.equal(true);
      undo.click();
      await el.updateComplete;
      const active = el.shadowRoot!.activeElement;
      expect(active ? nameOf(active) : 'nothing (the page)').to.equal(name);
    });
  }

  it('after Start again and Undo, the keyboard is on Start again', async () => {
    const el = await mount<AnyCoprodElement>('coprod-gratitude', { properties: { value: clone(filledByTag['coprod-gratitude']) } });
    query<HTMLButtonElement>(el, 'button.start-again').click();
    await el.updateComplete;
    query<HTMLButtonElement>(el, '[data-start-again="yes"]').click();
    await el.updateComplete;
    query<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.classList.contains('start-again')).to.equal(true);
  });
});

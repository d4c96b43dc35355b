import { expect } from '@open-wc/testing';
import '../src/index.js';
import { allTags, filledByTag } from './fixtures/all.fixtures.js';
import { clone, mount, queryAll, shadow, typeInto, type AnyCoprodElement } from './helpers.js';

/**
 * The contract's text limits, typed into every text field an exercise shows: over the limit,
 * the field keeps what was typed, says why next to it and is marked invalid, and the state
 * does not change; shorter again, the message goes.
 */

const overLimit = 'x'.repeat(5001);

/** Text fields a person can type in now (not in a closed part, not read-only). */
function textFields(el: HTMLElement): (HTMLInputElement | HTMLTextAreaElement)[] {
  return queryAll<HTMLInputElement | HTMLTextAreaElement>(el, 'textarea, input[type="text"], input:not([type])').filter(
    (field) => !field.disabled && !field.readOnly && field.getClientRects().length > 0,
  );
}

/** Opens the parts that hold more fields: the first card's tools on the board. */
async function openTools(el: AnyCoprodElement): Promise<void> {
  const tools = shadow(el).querySelector<HTMLButtonElement>('li.card button[aria-expanded="false"]');
  tools?.click();
  await el.updateComplete;
}

function messageOf(field: HTMLElement): string {
  const id = field.getAttribute('aria-describedby') ?? '';
  const described = id
    .split(/\s+/)
    .map((part) => (part ? field.getRootNode() instanceof ShadowRoot && (field.getRootNode() as ShadowRoot).getElementById(part)?.textContent : ''))
    .join(' ');
  return `${described} ${field.closest('.field, label, li, td')?.querySelector('.error')?.textContent ?? ''}`;
}

describe('text limits in every text field', () => {
  it('says the "too long" message in the live region once, when it appears (WCAG 4.1.3)', async () => {
    const el = await mount<AnyCoprodElement>('coprod-gratitude', { properties: { value: clone(filledByTag['coprod-gratitude']) } });
    const field = textFields(el)[0];
    const live = () => shadow(el).querySelector('.notices [role="status"]')!.textContent!.trim();
    typeInto(field, overLimit);
    await el.updateComplete;
    await new Promise((done) => setTimeout(done, 10));
    await el.updateComplete;
    expect(live()).to.contain('too long');
  });


  for (const tag of allTags) {
    it(`${tag}: over the limit is refused with a message next to the field, and the typed text stays`, async () => {
      const el = await mount<AnyCoprodElement>(tag, { properties: { value: clone(filledByTag[tag]) } });
      await openTools(el);
      const fields = textFields(el);
      expect(fields.length, 'fields found').to.be.greaterThan(0);
      const problems: string[] = [];
      for (let index = 0; index < fields.length; index++) {
        const field = textFields(el)[index];
        const name = `${field.id || field.getAttribute('aria-label') || field.localName} (${index})`;
        const before = JSON.stringify(el.value);
        const earlier = field.value;
        typeInto(field, overLimit);
        await el.updateComplete;
        const now = textFields(el)[index];
        if (JSON.stringify(el.value) !== before) problems.push(`${name}: the state changed`);
        if (now.value !== overLimit) problems.push(`${name}: the typed text is gone (${now.value.length} characters left)`);
        if (!/too long/.test(messageOf(now))) problems.push(`${name}: no message`);
        if (now.getAttribute('aria-invalid') !== 'true') problems.push(`${name}: not marked invalid`);
        typeInto(now, earlier);
        await el.updateComplete;
        const after = textFields(el)[index];
        if (/too long/.test(messageOf(after))) problems.push(`${name}: the message stays after a short text`);
      }
      expect(problems).to.deep.equal([]);
    });
  }
});

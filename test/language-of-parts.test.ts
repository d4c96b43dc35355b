import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { mount, settle, switchLocale } from './helpers.js';

describe('language of parts (WCAG 3.1.2)', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    await switchLocale('en');
  });

  it('marks an element lang="nl" while it speaks Dutch on an English page, and no longer when it speaks English again', async () => {
    expect(document.documentElement.lang === '' || document.documentElement.lang.startsWith('en')).to.equal(true);
    const el = await mount('coprod-ladder');
    expect(el.hasAttribute('lang')).to.equal(false);
    await switchLocale('nl');
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('nl');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Ladder van meedoen');
    await switchLocale('en');
    await el.updateComplete;
    expect(el.hasAttribute('lang')).to.equal(false);
  });

  it('keeps a lang the host set on the element', async () => {
    const el = await mount('coprod-gratitude', { attributes: { lang: 'nl-BE' } });
    await switchLocale('nl');
    await el.updateComplete;
    await switchLocale('en');
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('nl-BE');
  });
});

describe('label in name (WCAG 2.5.3)', () => {
  afterEach(() => document.body.replaceChildren());

  it('a readiness answer is named with its number too, as it shows ("3 Mostly"), so speech input can say it', async () => {
    await mount('coprod-readiness-radar');
    await settle(50);
    const radios = await executeServerCommand<{ role: string; name: string }[], { roles: string[] }>('coprod-ax-nodes', { roles: ['radio'] });
    const names = radios.map((radio) => radio.name);
    expect(names.slice(0, 5)).to.deep.equal(['0 No, not yet', '1 A little', '2 Partly', '3 Mostly', '4 Yes, fully']);
  });
});

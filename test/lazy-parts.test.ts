import { expect } from '@open-wc/testing';
import { dutchAndEnglish, install, spoken, synthesis } from './fake-speech.js';
import { query, settle } from './helpers.js';
import { lazyPart } from '../src/core/lazy.js';

/**
 * The drop-in files load some parts on first use, from dist/bundle/chunks/ (built by `npm test`
 * first). Here the opportunity card comes from /offline/dist/bundle/, where the chunks do not
 * load (see web-test-runner.config.mjs), and the ladder from dist/bundle/ as a page has it.
 */
interface DropIn {
  setLocale(code: string): Promise<void>;
}
const ladderUrl = '/dist/bundle/ladder.js';
const offlineCardUrl = '/offline/dist/bundle/opportunity-card.js';
type Rendered = HTMLElement & { updateComplete: Promise<unknown>; value: { idea?: string } };

const chunksFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/dist/bundle/chunks/'));

async function mountTag(tag: string): Promise<Rendered> {
  const el = document.createElement(tag) as Rendered;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('parts of the drop-in files that load on first use', () => {
  const realSynthesis = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
  const realUtterance = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');
  beforeEach(() => install(dutchAndEnglish));
  afterEach(() => {
    document.body.replaceChildren();
    if (realSynthesis) Object.defineProperty(window, 'speechSynthesis', realSynthesis);
    else delete (window as unknown as Record<string, unknown>).speechSynthesis;
    if (realUtterance) Object.defineProperty(window, 'SpeechSynthesisUtterance', realUtterance);
  });

  it('reads aloud through the chunk, fetched on the first click and not before', async () => {
    const ladder = (await import(/* @vite-ignore */ ladderUrl)) as DropIn;
    await ladder.setLocale('nl');
    const el = await mountTag('coprod-ladder');
    await settle(50);
    expect(chunksFetched(), 'before the click').to.deep.equal([]);
    query<HTMLButtonElement>(el, '.read-aloud button[data-read="start"]').click();
    await spoken();
    expect(synthesis.spoken[0].text).to.equal('Ladder van meedoen');
    expect(synthesis.spoken[0].lang).to.equal('nl-NL');
    expect(chunksFetched()).to.have.length(1);
    expect(chunksFetched()[0]).to.match(/^\/dist\/bundle\/chunks\/read-aloud\.speaker-[\w-]+\.js$/);
    await ladder.setLocale('en');
  });

  it('says so in the page’s language when a part cannot load, and keeps what the person typed', async () => {
    const card = (await import(/* @vite-ignore */ offlineCardUrl)) as DropIn;
    await card.setLocale('nl');
    const el = await mountTag('coprod-opportunity-card');
    const idea = query<HTMLTextAreaElement>(el, 'textarea');
    idea.value = 'Een ruilkast in de hal.';
    idea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const start = query<HTMLButtonElement>(el, '.read-aloud button[data-read="start"]');
    start.click();
    let notice: Element | null = null;
    for (let wait = 0; wait < 100 && !notice; wait++) {
      await settle(20);
      notice = el.shadowRoot!.querySelector('.notices .notice');
    }
    expect(notice?.textContent).to.contain('Voorlezen lukt niet: een deel van de pagina is niet geladen.');
    expect(synthesis.spoken).to.have.length(0);
    expect(query<HTMLTextAreaElement>(el, 'textarea').value).to.equal('Een ruilkast in de hal.');
    expect(el.value.idea).to.equal('Een ruilkast in de hal.');
    // The buttons stay; a next click tries again (and fails again here, still without loss).
    expect(query(el, '.read-aloud button[data-read="start"]')).to.exist;
    await card.setLocale('en');
  });

  it('loads a part once, and tries again after a failed load', async () => {
    let calls = 0;
    let online = false;
    const load = lazyPart(async () => {
      calls++;
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return { part: calls };
    });
    let failure: unknown;
    await load().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    online = true;
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).to.equal(second);
    expect(await load()).to.equal(first);
    expect(calls).to.equal(2);
  });
});

import { expect, waitUntil } from '@open-wc/testing';

/** The autoloader and the per-element drop-in files as a page without a build step uses them (built by `npm test` first). */
interface Autoloader {
  load(tag: string): Promise<void>;
  discover(root: Element | Document | ShadowRoot): Promise<void>;
  setLocale(code: string): Promise<void>;
  getLocale(): string;
}
const autoloadUrl = '/dist/bundle/autoload.js';
const ladderUrl = '/dist/bundle/ladder.js';
type Rendered = HTMLElement & { updateComplete: Promise<unknown>; value: unknown };

const bundleFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/bundle/'))
    .map((path) => path.slice('/dist/bundle/'.length));

describe('autoloader (dist/bundle/autoload.js)', () => {
  let autoload: Autoloader;
  let ladder: Rendered;

  before(async () => {
    // A tag already in the page when the autoloader arrives.
    document.body.insertAdjacentHTML('beforeend', '<coprod-ladder id="start"></coprod-ladder>');
    ladder = document.getElementById('start') as Rendered;
    expect(customElements.get('coprod-ladder')).to.equal(undefined);
    autoload = (await import(/* @vite-ignore */ autoloadUrl)) as Autoloader;
  });

  it('loads an element present at start, and nothing else', async () => {
    await customElements.whenDefined('coprod-ladder');
    await ladder.updateComplete;
    expect(ladder.shadowRoot!.querySelector('h2')!.textContent).to.equal('Participation ladder');
    expect(bundleFiles().sort()).to.deep.equal(['autoload.js', 'ladder.js']);
    for (const tag of ['coprod-action-plan', 'coprod-readiness-radar', 'coprod-support-circle']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('is small, and the element file is self-contained but for its own chunks, which import nothing', async () => {
    const loader = await (await fetch('/dist/bundle/autoload.js')).text();
    // A map and a watcher, no element code and no Lit.
    expect(loader).to.match(/"coprod-room":\s*"\.\/coprod-room\.js"/);
    expect(loader).not.to.contain('customElements.define');
    expect(loader).not.to.contain('attachShadow');
    const file = await (await fetch('/dist/bundle/ladder.js')).text();
    expect(file).not.to.match(/\bfrom\s*["'](?![./])/);
    expect(file).not.to.match(/\bimport\s*\(\s*["'`](?!\.\/chunks\/)/);
    // Parts loaded on first use (reading aloud): chunks beside it that import nothing back.
    const chunks = [...file.matchAll(/\bimport\s*\(\s*["'`](\.\/chunks\/[^"'`]+)["'`]/g)].map((match) => match[1]);
    expect(chunks).to.have.length.greaterThan(0);
    for (const chunk of chunks) {
      const response = await fetch(new URL(chunk, new URL('/dist/bundle/ladder.js', location.href)));
      expect(response.ok, chunk).to.equal(true);
      expect(await response.text(), chunk).not.to.match(/\bimport\b\s*[\s\w{},*$]*["'`(]/);
    }
    // Only the ladder's own Dutch: not the support circle's title.
    expect(file).to.contain('Ladder van meedoen');
    expect(file).not.to.contain('Steuncirkel');
  });

  it('loads an element added later, also inside a fragment', async () => {
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<section><coprod-action-plan></coprod-action-plan></section>';
    document.body.append(wrapper);
    await waitUntil(() => customElements.get('coprod-action-plan'), 'coprod-action-plan was not loaded', { timeout: 10_000 });
    const plan = wrapper.querySelector('coprod-action-plan') as Rendered;
    await plan.updateComplete;
    expect(plan.shadowRoot!.querySelector('h2')).to.exist;
    expect(bundleFiles()).to.include('action-plan.js');
    expect(bundleFiles()).not.to.include('coprod.js');
    wrapper.remove();
  });

  it('discover() finds elements in a shadow root it cannot observe', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<coprod-profile-card></coprod-profile-card>';
    await autoload.discover(shadow);
    expect(customElements.get('coprod-profile-card')).to.be.a('function');
    host.remove();
  });

  it('switches loaded elements and elements loaded later to Dutch', async () => {
    await autoload.setLocale('nl');
    await ladder.updateComplete;
    expect(autoload.getLocale()).to.equal('nl');
    expect(ladder.shadowRoot!.querySelector('h2')!.textContent).to.equal('Ladder van meedoen');
    const card = document.createElement('coprod-opportunity-card') as Rendered;
    document.body.append(card);
    await autoload.load('coprod-opportunity-card');
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Kans');
    // Messages from the shared core are translated in each file too.
    let message = '';
    ladder.addEventListener('coprod-invalid', (event) => (message = (event as CustomEvent).detail.errors[0].message), { once: true });
    ladder.value = { type: 'coprod-ladder', version: 1, examples: 'no list' };
    expect(message).to.equal('Hier hoort een lijst.');
    await autoload.setLocale('en');
    card.remove();
  });

  it('ignores tags it does not know, and a second copy of a file does not throw', async () => {
    await autoload.load('coprod-not-an-element');
    document.body.insertAdjacentHTML('beforeend', '<coprod-unknown></coprod-unknown>');
    await import(/* @vite-ignore */ `${ladderUrl}?copy=2`);
    expect(customElements.get('coprod-ladder')).to.be.a('function');
  });
});

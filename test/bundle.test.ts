import { expect } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { filledElementInDutch } from './translated-texts.js';
import { readinessWithReadings } from './fixtures/readiness-radar.fixtures.js';
import { firstAndLatestReadiness } from './fixtures/radar-group.fixtures.js';

/** The drop-in bundle as a host page without a build step uses it (built by `npm test` first). */
interface BundleModule {
  setLocale(code: string): Promise<void>;
  getLocale(): string;
}

const bundleUrl = '/dist/bundle/coprod.js';
const tags = [
  'coprod-ladder',
  'coprod-readiness-radar',
  'coprod-action-plan',
  'coprod-support-circle',
  'coprod-profile-card',
  'coprod-opportunity-card',
  'coprod-opportunity-board',
  'coprod-gratitude',
];

describe('drop-in bundle (dist/bundle/coprod.js)', () => {
  let bundle: BundleModule;

  before(async () => {
    // A host page that uses @lit/localize itself must keep working beside the bundle.
    configureLocalization({ sourceLocale: 'en', targetLocales: ['de'], loadLocale: async () => ({ templates: {} }) });
    bundle = (await import(/* @vite-ignore */ bundleUrl)) as BundleModule;
  });

  it('is one self-contained module: no bare imports, no other chunks', async () => {
    const text = await (await fetch(bundleUrl)).text();
    expect(text).not.to.match(/\bfrom\s*["'](?![./])/);
    expect(text).not.to.match(/\bimport\s*\(\s*["'`]/);
  });

  it('registers every element', () => {
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('exports setLocale and getLocale, and switches its elements to Dutch', async () => {
    const el = document.createElement('coprod-ladder') as HTMLElement & { updateComplete: Promise<unknown> };
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Participation ladder');
    await bundle.setLocale('nl');
    await el.updateComplete;
    expect(bundle.getLocale()).to.equal('nl');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Ladder van meedoen');
    await bundle.setLocale('en');
    el.remove();
  });

  it('shows each element in Dutch, text by text, after switching', async () => {
    for (const tag of tags) {
      expect(await filledElementInDutch(tag, bundle.setLocale), tag).to.be.greaterThan(5);
    }
  });

  it('switches the room\'s drop-in file too, which has its own localisation, also when it loads later', async () => {
    await bundle.setLocale('nl');
    const roomUrl = '/dist/bundle/coprod-room.js';
    await import(/* @vite-ignore */ roomUrl);
    const room = document.createElement('coprod-room') as HTMLElement & { updateComplete: Promise<unknown> };
    document.body.append(room);
    await room.updateComplete;
    const text = () => room.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text()).to.contain('Je naam (mag leeg blijven)');
    await bundle.setLocale('en');
    await room.updateComplete;
    await new Promise((done) => setTimeout(done));
    await room.updateComplete;
    expect(text()).to.contain('Your name (optional)');
    await bundle.setLocale('nl');
    await new Promise((done) => setTimeout(done));
    await room.updateComplete;
    expect(text()).to.contain('Je naam (mag leeg blijven)');
    await bundle.setLocale('en');
    room.remove();
  });

  it('does not throw when a second copy of the bundle loads on the same page', async () => {
    const second = (await import(/* @vite-ignore */ `${bundleUrl}?copy=2`)) as BundleModule;
    expect(second.getLocale).to.be.a('function');
    for (const tag of tags) expect(customElements.get(tag)).to.be.a('function');
  });

  it('keeps the space where a part that comes and goes starts (the minifier trims the start of a template)', async () => {
    const mount = async (value: unknown) => {
      const el = document.createElement('coprod-readiness-radar') as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
      el.value = structuredClone(value);
      document.body.append(el);
      await el.updateComplete;
      return el;
    };
    const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
    const radar = await mount(readinessWithReadings);
    const root = radar.shadowRoot!;
    expect(text(root.querySelector('.legend'))).to.contain('Start (januari) · January 15, 2026');
    const gapCells = [...root.querySelectorAll('table td')].filter((cell) => cell.querySelector('.gap-badge')).map(text);
    expect(gapCells).to.include('1.5 gap');
    radar.remove();
    const group = await mount(firstAndLatestReadiness);
    const cells = [...group.shadowRoot!.querySelectorAll('.history-table tr[data-principle=assets] td')].map(text);
    expect(cells[2]).to.equal('+2 2 or more apart');
    group.remove();
  });

  it('answers "don\u2019t know" as no score (the minifier must keep the radio\'s empty value)', async () => {
    const radar = document.createElement('coprod-readiness-radar') as HTMLElement & { value: { answers: Record<string, unknown> }; updateComplete: Promise<unknown> };
    document.body.append(radar);
    await radar.updateComplete;
    const question = radar.shadowRoot!.querySelector('fieldset.question')!;
    const id = (question as HTMLElement).dataset.question!;
    const [sure, unsure] = [question.querySelector<HTMLInputElement>('input[value="3"]')!, [...question.querySelectorAll('input')].at(-1)!];
    sure.click();
    await radar.updateComplete;
    unsure.click();
    await radar.updateComplete;
    expect(Object.is(radar.value.answers[id], null), String(radar.value.answers[id])).to.equal(true);
    expect(radar.shadowRoot!.textContent).not.to.contain('NaN');
    radar.remove();
  });

  it('works from static HTML: the value attribute and a form', async () => {
    const form = document.createElement('form');
    const value = { type: 'coprod-ladder', version: 1, examples: [{ id: 'a', what: 'Samen met ouders gepland', rung: 'co-design' }] };
    form.innerHTML = `<coprod-ladder name="ladder"></coprod-ladder>`;
    form.firstElementChild!.setAttribute('value', JSON.stringify(value));
    document.body.append(form);
    const el = form.firstElementChild as HTMLElement & { updateComplete: Promise<unknown>; value: { examples: { what: string }[] } };
    await el.updateComplete;
    expect(el.value.examples[0].what).to.equal('Samen met ouders gepland');
    expect(JSON.parse(new FormData(form).get('ladder') as string).examples[0].rung).to.equal('co-design');
    form.remove();
  });
});

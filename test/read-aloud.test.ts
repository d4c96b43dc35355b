import { expect } from '@open-wc/testing';
import '../src/index.js';
import { READ_ALOUD_HIGHLIGHT, SLOW_RATE, splitSentences } from '../src/core/read-aloud.speaker.js';
import { filledLadder } from './fixtures/ladder.fixtures.js';
import { filledReadiness } from './fixtures/readiness-radar.fixtures.js';
import { dutchAndEnglish, install, spoken, synthesis } from './fake-speech.js';
import { clone, mount, query, queryAll, settle, switchLocale, typeInto, type AnyCoprodElement } from './helpers.js';

const realSynthesis = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
const realUtterance = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');

function button(el: HTMLElement, what: string): HTMLButtonElement {
  return query<HTMLButtonElement>(el, `.read-aloud button[data-read="${what}"]`);
}

function highlighted(): string | undefined {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const highlight = registry.get(READ_ALOUD_HIGHLIGHT);
  return highlight ? [...highlight][0]?.toString() : undefined;
}

describe('read aloud', () => {
  afterEach(async () => {
    document.body.replaceChildren();
    localStorage.clear();
    await switchLocale('en');
    if (realSynthesis) Object.defineProperty(window, 'speechSynthesis', realSynthesis);
    else delete (window as unknown as Record<string, unknown>).speechSynthesis;
    if (realUtterance) Object.defineProperty(window, 'SpeechSynthesisUtterance', realUtterance);
  });

  it('splits text into sentences', () => {
    expect(splitSentences('Bekijk de ladder.  Waar past je werk? Schrijf op: een voorbeeld!')).to.deep.equal(['Bekijk de ladder.', 'Waar past je werk?', 'Schrijf op:', 'een voorbeeld!']);
    expect(splitSentences(' · ')).to.deep.equal([]);
    expect(splitSentences('7. Weet iedereen het?')).to.deep.equal(['7. Weet iedereen het?']);
  });

  it('reads the element’s own text in Dutch, sentence by sentence, in order, with a Dutch voice', async () => {
    install(dutchAndEnglish);
    await switchLocale('nl');
    const el = await mount('coprod-ladder', { properties: { value: clone(filledLadder) } });
    // Never on its own: nothing is said until the person asks.
    await settle(20);
    expect(synthesis.spoken).to.have.length(0);
    expect(button(el, 'start').textContent!.trim()).to.equal('Lees voor');
    button(el, 'start').click();
    await spoken();
    await el.updateComplete;
    expect(synthesis.spoken).to.have.length(1);
    const first = synthesis.spoken[0];
    expect(first.text).to.equal('Ladder van meedoen');
    expect(first.lang).to.equal('nl-NL');
    expect(first.voice?.name).to.equal('Xander');
    expect(first.rate).to.equal(1);
    synthesis.finish();
    expect(synthesis.spoken[1].text).to.equal('Bekijk de treden van de ladder.');
    expect(synthesis.spoken[2], 'one sentence at a time').to.equal(undefined);
    const texts = synthesis.readAll();
    // Order: intro, ladder, rungs (top first), examples, reflection.
    const at = (text: string) => texts.findIndex((candidate) => candidate === text);
    expect(at('Schrijf voorbeelden op.')).to.be.greaterThan(0);
    expect(at('Hoger is niet altijd beter.')).to.be.greaterThan(at('Schrijf voorbeelden op.'));
    expect(at('Samen ontwerpen')).to.be.greaterThan(at('Hoger is niet altijd beter.'));
    expect(at('Samen ontwerpen')).to.be.lessThan(at('Dwang'));
    expect(at('Voorbeelden uit de praktijk')).to.be.greaterThan(at('Dwang'));
    // Buttons and the typed answers are not read unless asked.
    expect(texts.some((text) => text.includes('Voorbeeld toevoegen'))).to.equal(false);
    expect(texts.some((text) => text.includes(filledLadder.examples[0].what.split('.')[0]))).to.equal(false);
    for (const utterance of synthesis.spoken) expect(utterance.lang).to.equal('nl-NL');
    await el.updateComplete;
    expect(button(el, 'start'), 'back to the start button at the end').to.exist;
  });

  it('highlights the sentence being read and marks its block', async () => {
    install(dutchAndEnglish);
    const el = await mount('coprod-ladder', { properties: { value: clone(filledLadder) } });
    button(el, 'start').click();
    await spoken();
    synthesis.start();
    expect(highlighted()).to.equal('Participation ladder');
    expect(query(el, 'header h2').classList.contains('reading-aloud')).to.equal(true);
    synthesis.finish();
    synthesis.start();
    expect(highlighted()).to.equal('Look at the steps of the ladder.');
    expect(query(el, 'header h2').classList.contains('reading-aloud')).to.equal(false);
    expect(query(el, 'header .intro').classList.contains('reading-aloud')).to.equal(true);
  });

  it('pauses, goes on and stops; stopping removes the highlight', async () => {
    install(dutchAndEnglish);
    const el = await mount('coprod-support-circle');
    button(el, 'start').click();
    await spoken();
    await el.updateComplete;
    synthesis.start();
    button(el, 'pause').click();
    await el.updateComplete;
    expect(synthesis.paused).to.equal(true);
    expect(button(el, 'resume').textContent!.trim()).to.equal('Go on reading');
    button(el, 'resume').click();
    await el.updateComplete;
    expect(synthesis.paused).to.equal(false);
    button(el, 'stop').click();
    await el.updateComplete;
    expect(synthesis.cancelled).to.be.greaterThan(0);
    expect(highlighted()).to.equal(undefined);
    expect(queryAll(el, '.reading-aloud')).to.have.length(0);
    // An `end` arriving late from the stopped run does not go on reading.
    const count = synthesis.spoken.length;
    synthesis.spoken[count - 1].dispatchEvent(new Event('end'));
    expect(synthesis.spoken).to.have.length(count);
    expect(button(el, 'start')).to.exist;
  });

  it('keeps the keyboard on its button through start, pause, go on and stop', async () => {
    install(dutchAndEnglish);
    const el = await mount('coprod-gratitude');
    const main = button(el, 'start');
    main.focus();
    main.click();
    await spoken();
    await el.updateComplete;
    synthesis.start();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-read'), 'Read aloud became Pause').to.equal('pause');
    button(el, 'pause').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-read'), 'Pause became Go on reading').to.equal('resume');
    button(el, 'stop').focus();
    button(el, 'stop').click();
    await el.updateComplete;
    await settle();
    expect(el.shadowRoot!.activeElement?.getAttribute('data-read'), 'Stop goes; the keyboard is on Read aloud').to.equal('start');
  });

  it('reads more slowly when asked', async () => {
    install(dutchAndEnglish);
    const el = await mount('coprod-profile-card');
    const slow = button(el, 'slow');
    expect(slow.getAttribute('aria-pressed')).to.equal('false');
    slow.click();
    await el.updateComplete;
    expect(slow.getAttribute('aria-pressed')).to.equal('true');
    button(el, 'start').click();
    await spoken();
    expect(synthesis.spoken[0].rate).to.equal(SLOW_RATE);
  });

  it('reads the person’s own answers only on request', async () => {
    install(dutchAndEnglish);
    const el = await mount('coprod-opportunity-card');
    typeInto(query<HTMLTextAreaElement>(el, 'textarea'), 'Een ruilkast in de hal. Voor boeken en speelgoed.');
    await el.updateComplete;
    button(el, 'start').click();
    await spoken();
    expect(synthesis.readAll().join(' ')).not.to.contain('ruilkast');
    button(el, 'answers').click();
    await el.updateComplete;
    synthesis.spoken = [];
    button(el, 'start').click();
    await spoken();
    const texts = synthesis.readAll();
    expect(texts).to.include('Een ruilkast in de hal.');
    expect(texts).to.include('Voor boeken en speelgoed.');
  });

  it('reads one readiness question, or one ladder step, on its own', async () => {
    install(dutchAndEnglish);
    await switchLocale('nl');
    const radar = await mount('coprod-readiness-radar', { properties: { value: clone(filledReadiness) } });
    const readQuestion = queryAll<HTMLButtonElement>(radar, 'fieldset.question button.read-item')[6];
    expect(readQuestion.getAttribute('aria-label')).to.equal('Lees vraag 7 voor');
    readQuestion.click();
    await spoken();
    expect(synthesis.readAll()).to.deep.equal(['7. Voelt iedereen dat het ook hun project is, niet alleen dat van de organisatie?']);

    synthesis.spoken = [];
    const ladder = await mount('coprod-ladder', { properties: { value: clone(filledLadder) } });
    const step = query<HTMLButtonElement>(ladder, '.rung[data-rung="coercion"] button.read-item');
    expect(step.getAttribute('aria-label')).to.equal('Lees trede 1 voor');
    step.click();
    await spoken();
    expect(synthesis.readAll()).to.deep.equal(['Dwang', 'Mensen moeten meedoen of hulp aannemen.', 'Ze hebben niets te zeggen.', 'Probeer deze trede te vermijden.']);
  });

  it('is absent where the browser has no voice for the page’s language, and appears when one arrives', async () => {
    install([{ lang: 'en-GB', name: 'Daniel' }]);
    await switchLocale('nl');
    const el = await mount<AnyCoprodElement>('coprod-action-plan');
    expect(queryAll(el, '.read-aloud')).to.have.length(0);
    expect(queryAll(el, 'button.read-item')).to.have.length(0);
    await switchLocale('en');
    expect(queryAll(el, '.read-aloud')).to.have.length(1);
    await switchLocale('nl');
    expect(queryAll(el, '.read-aloud')).to.have.length(0);
    synthesis.voices = [...synthesis.voices, { lang: 'nl_BE', name: 'Ellen' }];
    synthesis.dispatchEvent(new Event('voiceschanged'));
    await el.updateComplete;
    expect(queryAll(el, '.read-aloud')).to.have.length(1);
    button(el, 'start').click();
    await spoken();
    expect(synthesis.spoken[0].lang).to.equal('nl-BE');
  });

  it('asks the browser for its voices again only when they or the locale change, not on every render', async () => {
    install(dutchAndEnglish);
    const el = await mount<AnyCoprodElement>('coprod-opportunity-card');
    const second = await mount<AnyCoprodElement>('coprod-profile-card');
    const lookups = synthesis.voiceLookups;
    expect(lookups).to.be.at.most(1);
    for (let edit = 0; edit < 5; edit++) {
      typeInto(query<HTMLTextAreaElement>(el, 'textarea'), `Idee ${edit}`);
      await el.updateComplete;
    }
    second.requestUpdate();
    await second.updateComplete;
    expect(synthesis.voiceLookups, 'renders of two elements').to.equal(lookups);
    await switchLocale('nl');
    expect(synthesis.voiceLookups, 'after the locale switch').to.equal(lookups + 1);
    expect(query(el, '.read-aloud button[data-read="start"]').textContent!.trim()).to.equal('Lees voor');
    synthesis.voices = [{ lang: 'en-GB', name: 'Daniel' }];
    synthesis.dispatchEvent(new Event('voiceschanged'));
    await el.updateComplete;
    await second.updateComplete;
    expect(queryAll(el, '.read-aloud'), 'no Dutch voice any more').to.have.length(0);
    expect(queryAll(second, '.read-aloud')).to.have.length(0);
  });

  it('does not start when stopped while the speaking part loads', async () => {
    install(dutchAndEnglish);
    const el = await mount('coprod-opportunity-card');
    const readAloud = (el as unknown as { readAloud: { read(): Promise<void>; stop(): void; status: string } }).readAloud;
    const reading = readAloud.read();
    readAloud.stop();
    await reading;
    await settle(20);
    expect(synthesis.spoken).to.have.length(0);
    expect(readAloud.status).to.equal('idle');
    expect(button(el, 'start')).to.exist;
  });

  it('is absent where the browser has no speech at all', async () => {
    install(null);
    const el = await mount('coprod-readiness-radar');
    expect(queryAll(el, '.read-aloud')).to.have.length(0);
    expect(queryAll(el, 'button.read-item')).to.have.length(0);
  });

  it('stays available on the read-only sheet', async () => {
    install(dutchAndEnglish);
    const el = await mount('coprod-ladder', { attributes: { readonly: '' }, properties: { value: clone(filledLadder) } });
    expect(queryAll(el, '.read-aloud')).to.have.length(1);
  });
});

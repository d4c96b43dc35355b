import { expect } from '@open-wc/testing';
import { parseState, today } from '../src/core/validate.js';
import { switchLocale } from './helpers.js';
import { emptyGratitude, gratitudeSchema, MAX_GOOD_THINGS, namesFromCircles, nextGoodThingId, writtenGoodThings } from '../src/gratitude/gratitude.state.js';
import { layoutPostcard, POSTCARD_HEIGHT, POSTCARD_WIDTH, wrapText, type PostcardText } from '../src/gratitude/gratitude.postcard.js';
import { filledGratitude } from './fixtures/gratitude.fixtures.js';

/** Every character 10 units wide at size 20 (scales with the size): easy to reason about. */
const measure = (text: string, size: number) => [...text].length * size * 0.5;

const card = (message: string, to = 'Anna de Vries'): PostcardText => ({
  heading: 'Today I am grateful for…',
  message,
  toLabel: 'To:',
  to,
  date: '2 December 2026',
  title: 'Gratitude postcard',
});

describe('gratitude state (pure)', () => {
  afterEach(() => switchLocale('en'));

  it('accepts the empty and the filled sheet unchanged', () => {
    for (const state of [emptyGratitude(), filledGratitude]) expect(parseState(gratitudeSchema, JSON.parse(JSON.stringify(state)))).to.deep.equal({ ok: true, value: state });
  });

  it('starts with three empty good things, today’s date and the start-of-meeting mode; every empty() is the same', () => {
    expect(emptyGratitude()).to.deep.equal({
      type: 'coprod-gratitude',
      version: 1,
      mode: 'three-good-things',
      date: today(),
      items: [
        { id: 'g1', text: '', why: '' },
        { id: 'g2', text: '', why: '' },
        { id: 'g3', text: '', why: '' },
      ],
      to: '',
      message: '',
      diary: { achieved: '', learned: '', people: '', partOf: '' },
    });
    expect(emptyGratitude()).to.deep.equal(emptyGratitude());
  });

  it('reads a sparse hand-written sheet: missing fields take their empty values', () => {
    const result = parseState(gratitudeSchema, { type: 'coprod-gratitude', version: 1, mode: 'postcard', message: 'Bedankt!' });
    expect(result).to.deep.equal({
      ok: true,
      value: { type: 'coprod-gratitude', version: 1, mode: 'postcard', date: null, items: [], to: '', message: 'Bedankt!', diary: { achieved: '', learned: '', people: '', partOf: '' } },
    });
  });

  it('accepts fewer than three good things, and none', () => {
    for (const count of [0, 1, 2, 3]) {
      const items = filledGratitude.items.slice(0, count);
      expect(parseState(gratitudeSchema, { ...filledGratitude, items }).ok, `${count}`).to.equal(true);
    }
  });

  it('reports every fault with its path, in the active locale', async () => {
    const bad = {
      ...filledGratitude,
      mode: 'journal',
      date: '2026-02-30',
      items: [{ id: 'g1', text: 5, why: '' }, { id: 'g1', text: '', why: '' }, { id: '', text: '' }],
      to: 'n'.repeat(201),
      message: 'x'.repeat(5001),
      diary: { achieved: '', learned: [], people: '', partOf: '' },
    };
    const result = parseState(gratitudeSchema, bad);
    expect(result.ok).to.equal(false);
    const paths = result.ok ? [] : result.errors.map((error) => error.path);
    expect(paths).to.have.members(['/mode', '/date', '/items/0/text', '/items/1/id', '/items/2/id', '/to', '/message', '/diary/learned']);
    const english = result.ok ? '' : result.errors.find((error) => error.path === '/to')!.message;
    expect(english).to.contain('200');
    await switchLocale('nl');
    const dutch = parseState(gratitudeSchema, bad);
    expect(dutch.ok ? '' : dutch.errors.find((error) => error.path === '/to')!.message).not.to.equal(english);
  });

  it('allows a name of 200 characters and a text of 5,000, not one more', () => {
    expect(parseState(gratitudeSchema, { ...filledGratitude, to: 'n'.repeat(200), message: 'x'.repeat(5000) }).ok).to.equal(true);
    expect(parseState(gratitudeSchema, { ...filledGratitude, items: [{ id: 'g1', text: 'x'.repeat(5000), why: 'y'.repeat(5000) }] }).ok).to.equal(true);
    expect(parseState(gratitudeSchema, { ...filledGratitude, diary: { ...filledGratitude.diary, partOf: 'x'.repeat(5001) } })).to.deep.include({ ok: false });
  });

  it(`refuses more than ${MAX_GOOD_THINGS} good things: that is not the exercise`, () => {
    const items = [1, 2, 3, 4].map((n) => ({ id: `g${n}`, text: `Ding ${n}`, why: '' }));
    const result = parseState(gratitudeSchema, { ...filledGratitude, items });
    expect(result.ok).to.equal(false);
    expect(result.ok ? [] : result.errors.map((error) => error.path)).to.deep.equal(['/items']);
  });

  it('refuses a diary or an item that is not an object, and a date that is not text', () => {
    for (const [data, path] of [
      [{ ...filledGratitude, diary: 'fijn' }, '/diary'],
      [{ ...filledGratitude, items: ['koffie'] }, '/items/0'],
      [{ ...filledGratitude, items: 'koffie' }, '/items'],
      [{ ...filledGratitude, date: 20261202 }, '/date'],
    ] as const) {
      const result = parseState(gratitudeSchema, data);
      expect(result.ok ? [] : result.errors.map((error) => error.path), path).to.include(path);
    }
  });

  it('gives a new good thing the first free id', () => {
    expect(nextGoodThingId([])).to.match(/^g1-[0-9a-z]{4}$/);
    expect(['g1', 'g3']).not.to.include(nextGoodThingId([{ id: 'g1', text: '', why: '' }, { id: 'g3', text: '', why: '' }]));
  });

  it('counts as written a good thing with text or a why, not one with spaces only', () => {
    const items = [
      { id: 'a', text: '  ', why: '' },
      { id: 'b', text: '', why: 'Omdat het zonnig was' },
      { id: 'c', text: 'Koffie', why: '' },
    ];
    expect(writtenGoodThings(items).map((item) => item.id)).to.deep.equal(['b', 'c']);
  });

  it('reads names from support circles: each once, in order, blanks and odd data left out', () => {
    const circle = (names: unknown[]) => ({ type: 'coprod-support-circle', version: 1, people: names.map((name, i) => ({ id: `p${i}`, name })) });
    expect(namesFromCircles([])).to.deep.equal([]);
    expect(namesFromCircles([circle(['Anna de Vries', ' ', 'Kees', 'Anna de Vries ']), circle(['Fatima', 'Kees']), null, 'x', { people: 'nope' }, circle([42])])).to.deep.equal([
      'Anna de Vries',
      'Kees',
      'Fatima',
    ]);
  });
});

describe('gratitude postcard layout (pure)', () => {
  it('wraps at spaces within the width, keeps the user’s line breaks, breaks a too-long word', () => {
    // At size 20 a character is 10 units: 100 units hold 10 characters.
    expect(wrapText('een twee drie vier', 100, 20, measure)).to.deep.equal(['een twee', 'drie vier']);
    expect(wrapText('hallo\n\nwereld\n\n', 100, 20, measure)).to.deep.equal(['hallo', '', 'wereld']);
    expect(wrapText('abcdefghijklmnopqrstuvwxy kort', 100, 20, measure)).to.deep.equal(['abcdefghij', 'klmnopqrst', 'uvwxy kort']);
    expect(wrapText('', 100, 20, measure)).to.deep.equal(['']);
    for (const line of wrapText('Dat je bleef luisteren, ook toen we het oneens waren.', 100, 20, measure)) expect(measure(line, 20)).to.be.at.most(100);
  });

  it('keeps a short card at A6 proportions with the text large, and all of the message on it', () => {
    const message = 'Dat je bleef luisteren, ook toen we het oneens waren.';
    const layout = layoutPostcard(card(message), measure);
    expect(layout.width).to.equal(POSTCARD_WIDTH);
    expect(layout.height).to.equal(POSTCARD_HEIGHT);
    expect(POSTCARD_WIDTH / POSTCARD_HEIGHT).to.be.closeTo(148 / 105, 0.01);
    const messageLines = layout.lines.filter((line) => !line.bold && line.x < layout.divider.x && line.size >= 16);
    expect(messageLines.map((line) => line.text).join(' ')).to.equal(message);
    expect(messageLines[0].size).to.equal(28);
    expect(layout.lines.map((line) => line.text)).to.include.members(['Today I am grateful for…', 'To:', 'Anna de Vries', '2 December 2026']);
    for (const line of layout.lines) {
      expect(line.y, line.text).to.be.at.most(layout.height);
      expect(line.x + measure(line.text, line.size), line.text).to.be.at.most(layout.width);
    }
  });

  it('makes the text smaller for a longer message, and the card taller only when even small text does not fit', () => {
    const medium = layoutPostcard(card('woord '.repeat(80)), measure);
    const mediumSize = medium.lines.find((line) => line.text.startsWith('woord'))!.size;
    expect(mediumSize).to.be.below(28).and.at.least(16);
    expect(medium.height).to.equal(POSTCARD_HEIGHT);
    const long = 'x'.repeat(5000);
    const tall = layoutPostcard(card(long), measure);
    expect(tall.height).to.be.greaterThan(POSTCARD_HEIGHT);
    const messageText = tall.lines.filter((line) => line.text.startsWith('x')).map((line) => line.text).join('');
    expect(messageText).to.equal(long);
    for (const line of tall.lines) expect(line.y).to.be.at.most(tall.height);
  });

  it('leaves the name line empty (but ruled) when the card is for nobody yet, and wraps a long name', () => {
    const blank = layoutPostcard({ ...card(''), to: '', date: '' }, measure);
    expect(blank.lines.map((line) => line.text)).to.deep.equal(['Today I am grateful for…', 'To:']);
    expect(blank.rules).to.have.length(3);
    const long = layoutPostcard(card('Dank je', 'Maria Magdalena van der Heijden-Oosterhuis'), measure);
    expect(long.rules.length).to.be.greaterThan(3);
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/gratitude/define.js';
import '../src/support-circle/define.js';
import type { CoprodGratitude } from '../src/gratitude/gratitude.element.js';
import type { GratitudeState } from '../src/gratitude/gratitude.types.js';
import type { CoprodSupportCircle } from '../src/support-circle/circle.element.js';
import { runContractSuite } from './contract.suite.js';
import { filledDiary, filledGratitude, filledPostcard, oneGoodThing } from './fixtures/gratitude.fixtures.js';
import { filledCircle } from './fixtures/support-circle.fixtures.js';
import { clone, fieldByLabel, mount, query, queryAll, record, settle, shadow, switchLocale, typeInto } from './helpers.js';

runContractSuite<GratitudeState>({
  tag: 'coprod-gratitude',
  filled: filledGratitude,
  withText: (state, text) => ({ ...state, items: state.items.map((item, index) => (index === 0 ? { ...item, text } : item)) }),
  textPath: '/items/0/text',
  withName: (state, text) => ({ ...state, to: text }),
  namePath: '/to',
  invalid: [
    { name: 'an unknown mode', data: (filled) => ({ ...filled, mode: 'journal' }), path: '/mode' },
    { name: 'a date that does not exist', data: (filled) => ({ ...filled, date: '2026-02-30' }), path: '/date' },
    { name: 'four good things', data: (filled) => ({ ...filled, items: [...filled.items, { id: 'g4', text: '', why: '' }] }), path: '/items' },
    { name: 'the same id twice', data: (filled) => ({ ...filled, items: [filled.items[0], { ...filled.items[1], id: filled.items[0].id }] }), path: '/items/1/id' },
    { name: 'a diary that is not an object', data: (filled) => ({ ...filled, diary: 'fijn' }), path: '/diary' },
    { name: 'an over-long diary answer', data: (filled) => ({ ...filled, diary: { ...filled.diary, learned: 'x'.repeat(5001) } }), path: '/diary/learned' },
  ],
  userEdit: async (el) => {
    typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'Good thing 1'), 'Een wandeling met de hond.');
    await el.updateComplete;
  },
});

async function gratitude(value?: GratitudeState, attributes: Record<string, string> = {}, parent?: HTMLElement): Promise<CoprodGratitude> {
  return mount<CoprodGratitude>('coprod-gratitude', { attributes, parent, properties: value ? { value: clone(value) } : {} });
}

async function chooseMode(el: CoprodGratitude, mode: string): Promise<void> {
  query<HTMLInputElement>(el, `input[name=mode][value=${mode}]`).click();
  await el.updateComplete;
}

/** Catches downloads (the anchor click) and reads what they would save. */
function catchDownloads() {
  const downloads: { name: string; blob?: Blob }[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const download: { name: string; blob?: Blob } = { name: this.download };
    downloads.push(download);
    void fetch(this.href)
      .then((response) => response.blob())
      .then((blob) => (download.blob = blob));
  };
  return { downloads, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

function isPng(bytes: Uint8Array): boolean {
  return [...bytes.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('') === 'PNG';
}

describe('coprod-gratitude', () => {
  afterEach(async () => {
    document.body.querySelectorAll('coprod-gratitude, coprod-support-circle, .stage').forEach((el) => el.remove());
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    await switchLocale('en');
    localStorage.clear();
  });

  it('starts with three good things to write, the date of today, and a choice of three exercises', async () => {
    const el = await gratitude();
    expect(query(el, 'h2').textContent).to.equal('Three good things');
    expect(queryAll<HTMLInputElement>(el, 'input[name=mode]').map((radio) => [radio.value, radio.checked])).to.deep.equal([
      ['three-good-things', true],
      ['postcard', false],
      ['diary', false],
    ]);
    for (const n of [1, 2, 3]) expect(fieldByLabel<HTMLTextAreaElement>(el, `Good thing ${n}`).value).to.equal('');
    expect(queryAll(el, 'textarea')).to.have.length(6);
    expect(queryAll(el, '.add-thing')).to.have.length(0);
  });

  it('shows each mode’s own fields and fires coprod-change when the mode changes', async () => {
    const el = await gratitude();
    const { changes } = record(el);
    await chooseMode(el, 'postcard');
    expect(el.value.mode).to.equal('postcard');
    expect(changes).to.have.length(1);
    expect(query(el, 'h2').textContent).to.equal('Gratitude postcard');
    expect(fieldByLabel<HTMLTextAreaElement>(el, 'Today I am grateful for…').localName).to.equal('textarea');
    expect(fieldByLabel(el, 'To').type).to.equal('text');
    expect(queryAll(el, '.thing')).to.have.length(0);
    await chooseMode(el, 'diary');
    expect(query(el, 'h2').textContent).to.equal('Gratitude diary');
    expect(queryAll(el, '.prompt label').map((label) => label.textContent!.trim())).to.deep.equal([
      'What I achieved in this project, and am grateful for',
      'What I learned from the challenges',
      'The people in this project I am grateful for',
      'It is good that I am part of this, because…',
    ]);
    expect(changes.map((change) => (change.detail.value as GratitudeState).mode)).to.deep.equal(['postcard', 'diary']);
  });

  it('never loses text typed in another mode when the mode switches', async () => {
    const el = await gratitude();
    typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'Good thing 1'), 'Koffie met mijn zus.');
    typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'Why did this happen? (optional)'), 'We namen er de tijd voor.');
    await el.updateComplete;
    await chooseMode(el, 'postcard');
    typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'Today I am grateful for…'), 'Je geduld vandaag.');
    typeInto(fieldByLabel(el, 'To'), 'Kees');
    await el.updateComplete;
    await chooseMode(el, 'diary');
    typeInto(fieldByLabel<HTMLTextAreaElement>(el, 'What I learned from the challenges'), 'Samen gaat het beter.');
    await el.updateComplete;
    await chooseMode(el, 'three-good-things');
    expect(fieldByLabel<HTMLTextAreaElement>(el, 'Good thing 1').value).to.equal('Koffie met mijn zus.');
    await chooseMode(el, 'postcard');
    expect(fieldByLabel<HTMLTextAreaElement>(el, 'Today I am grateful for…').value).to.equal('Je geduld vandaag.');
    expect(fieldByLabel(el, 'To').value).to.equal('Kees');
    const value = el.value;
    expect(value.items[0]).to.deep.equal({ id: 'g1', text: 'Koffie met mijn zus.', why: 'We namen er de tijd voor.' });
    expect(value.message).to.equal('Je geduld vandaag.');
    expect(value.to).to.equal('Kees');
    expect(value.diary.learned).to.equal('Samen gaat het beter.');
  });

  it('accepts fewer than three good things without a word of reproach', async () => {
    const el = await gratitude(oneGoodThing);
    const { invalids } = record(el);
    expect(queryAll(el, '.thing')).to.have.length(1);
    expect(queryAll(el, '.error, [role=alert], [aria-invalid=true]')).to.have.length(0);
    expect(query(el, '.things-footer .hint').textContent).to.equal('One or two is fine too. Write what you like, and share what you want to share.');
    // No counts, no streaks: nothing says how many are "missing".
    expect(shadow(el).textContent).not.to.match(/1 of 3|1\/3|streak|missing/i);
    el.readonly = true;
    await el.updateComplete;
    expect(queryAll(el, '.thing')).to.have.length(1);
    expect(invalids).to.have.length(0);
    // A sheet with one written and two empty good things shows the written one only.
    el.value = { ...filledGratitude, items: [filledGratitude.items[0], { id: 'g2', text: '', why: '' }, { id: 'g3', text: ' ', why: '' }] };
    await el.updateComplete;
    expect(queryAll(el, '.thing')).to.have.length(1);
  });

  it('removes a good thing with undo, and adds one again up to three', async () => {
    const el = await gratitude(filledGratitude);
    const remove = queryAll<HTMLButtonElement>(el, 'button.remove-thing')[1];
    expect(remove.getAttribute('aria-label')).to.equal('Remove good thing 2');
    remove.click();
    await el.updateComplete;
    expect(el.value.items.map((item) => item.id)).to.deep.equal(['g1', 'g3']);
    const undo = query<HTMLButtonElement>(el, 'button.undo');
    expect(shadow(el).activeElement).to.equal(undo);
    expect(query(el, '.notices').textContent).to.contain('Removed: De zon scheen vanochtend');
    undo.click();
    await el.updateComplete;
    expect(el.value.items).to.deep.equal(filledGratitude.items);

    queryAll<HTMLButtonElement>(el, 'button.remove-thing')[2].click();
    await el.updateComplete;
    const add = query<HTMLButtonElement>(el, 'button.add-thing');
    add.click();
    await el.updateComplete;
    const added = el.value.items[2];
    expect(el.value.items.map((item) => item.id)).to.deep.equal(['g1', 'g2', added.id]);
    expect(added).to.deep.equal({ id: added.id, text: '', why: '' });
    expect(added.id).not.to.equal('g3');
    expect(shadow(el).activeElement).to.equal(fieldByLabel(el, 'Good thing 3'));
    expect(queryAll(el, 'button.add-thing')).to.have.length(0);
  });

  it('removes an empty good thing at once (nothing to undo) and moves the keyboard to a neighbour', async () => {
    const el = await gratitude();
    queryAll<HTMLButtonElement>(el, 'button.remove-thing')[2].click();
    await el.updateComplete;
    expect(queryAll(el, 'button.undo')).to.have.length(0);
    expect(shadow(el).activeElement).to.equal(fieldByLabel(el, 'Good thing 2'));
    for (let left = 2; left > 0; left--) {
      queryAll<HTMLButtonElement>(el, 'button.remove-thing')[0].click();
      await el.updateComplete;
    }
    await settle();
    expect(el.value.items).to.deep.equal([]);
    expect(shadow(el).activeElement).to.equal(query(el, 'button.add-thing'));
  });

  it('offers the names of a support circle on the same page for the postcard, only when there is one', async () => {
    const el = await gratitude({ ...filledPostcard, to: '' });
    const to = fieldByLabel(el, 'To');
    expect(to.hasAttribute('list')).to.equal(false);
    expect(queryAll(el, 'datalist')).to.have.length(0);
    expect(shadow(el).getElementById(to.getAttribute('aria-describedby')!)!.textContent).to.equal('The name of the person the card is for.');

    const circle = await mount<CoprodSupportCircle>('coprod-support-circle', { properties: { value: clone(filledCircle) } });
    // A circle set up by script fires no event: the names are read again when the field gets focus.
    fieldByLabel(el, 'To').focus();
    await el.updateComplete;
    const field = fieldByLabel(el, 'To');
    const options = queryAll<HTMLOptionElement>(el, `datalist#${field.getAttribute('list')} option`).map((option) => option.value);
    expect(options).to.deep.equal(filledCircle.people.map((person) => person.name));
    expect(shadow(el).getElementById(field.getAttribute('aria-describedby')!)!.textContent).to.equal('Names from your circle of support are suggested.');

    // An edit in the circle updates the suggestions at once.
    typeInto(fieldByLabel(circle, 'Name'), 'Noor Bakker');
    await circle.updateComplete;
    await el.updateComplete;
    expect(queryAll<HTMLOptionElement>(el, 'datalist option').map((option) => option.value)).to.include('Noor Bakker');

    typeInto(field, filledCircle.people[0].name);
    await el.updateComplete;
    expect(el.value.to).to.equal(filledCircle.people[0].name);

    circle.remove();
    el.remove();
    const alone = await gratitude(filledPostcard);
    expect(fieldByLabel(alone, 'To').hasAttribute('list')).to.equal(false);
  });

  it('exports the postcard as a picture: an SVG with the text as text, and a PNG', async () => {
    const el = await gratitude({ ...filledPostcard, message: '<b>Bedankt</b> & tot gauw', to: 'Anna <de Vries>' });
    const svgText = el.exportSvg();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')!.textContent).to.equal('Gratitude postcard to Anna <de Vries>');
    expect(doc.querySelector('b')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((text) => text.textContent);
    expect(texts).to.include.members(['Today I am grateful for…', 'To:', 'Anna <de Vries>', 'December 2, 2026']);
    expect(texts.join(' ')).to.contain('<b>Bedankt</b> & tot gauw');
    // Lit's markers are not part of the file; nothing is left behind in the element.
    expect(svgText).not.to.contain('<!--');
    expect(queryAll(el, 'svg')).to.have.length(0);

    const png = await el.exportPng(1);
    expect(png.type).to.equal('image/png');
    expect(isPng(new Uint8Array(await png.arrayBuffer()))).to.equal(true);
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(900);
    expect(bitmap.width / bitmap.height).to.be.closeTo(148 / 105, 0.01);

    await switchLocale('nl');
    await el.updateComplete;
    const dutch = new DOMParser().parseFromString(el.exportSvg(), 'image/svg+xml');
    expect([...dutch.querySelectorAll('text')].map((text) => text.textContent).join(' ')).to.contain('Vandaag ben ik dankbaar');
    expect(dutch.querySelector('title')!.textContent).to.equal('Dankbaarheidskaart aan Anna <de Vries>');
  });

  it('saves the card as a PNG from its button (postcard mode only), named after the person', async () => {
    const el = await gratitude(filledPostcard);
    const { downloads, restore } = catchDownloads();
    try {
      query<HTMLButtonElement>(el, 'button.save-picture').click();
      await waitUntil(() => downloads[0]?.blob, 'the picture was offered', { timeout: 15000 });
    } finally {
      restore();
    }
    expect(downloads.map((download) => download.name)).to.deep.equal(['gratitude-postcard-Anna-de-Vries.png']);
    expect(downloads[0].blob!.type).to.equal('image/png');
    expect(isPng(new Uint8Array(await downloads[0].blob!.arrayBuffer()))).to.equal(true);
    await chooseMode(el, 'diary');
    expect(queryAll(el, 'button.save-picture')).to.have.length(0);
    await chooseMode(el, 'postcard');
    el.readonly = true;
    await el.updateComplete;
    expect(queryAll(el, 'button')).to.have.length(0);
  });

  it('prints the postcard as a card of A6 size, without any control', async () => {
    const el = await gratitude(filledPostcard);
    expect(query(el, 'button.print').textContent!.trim()).to.equal('Print this sheet');
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    expect(queryAll(el, 'button, input, textarea')).to.have.length(0);
    const card = query(el, '.postcard');
    const mm = 96 / 25.4;
    expect(card.getBoundingClientRect().width).to.be.closeTo(148 * mm, 2);
    expect(card.getBoundingClientRect().height).to.be.closeTo(105 * mm, 2);
    expect(card.textContent).to.contain('Anna de Vries');
    expect(card.textContent).to.contain('Dat je bleef luisteren');
    expect(getComputedStyle(query(el, '.intro, .modes, .notices')).display).to.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(queryAll(el, 'textarea').length).to.be.greaterThan(0);
  });

  it('prints a blank three-good-things sheet as a worksheet: name line, date, three boxes with lines', async () => {
    const el = await gratitude({ ...filledGratitude, items: [], date: null });
    expect(query(el, 'button.print').textContent!.trim()).to.equal('Print this sheet');
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    expect(getComputedStyle(query(el, '.name-line')).display).not.to.equal('none');
    expect(query(el, '.name-line').textContent).to.contain('Name');
    const things = queryAll(el, '.thing');
    expect(things).to.have.length(3);
    const blank = things[0].querySelector<HTMLElement>('.read-text.blank')!;
    expect(getComputedStyle(blank).backgroundImage).to.contain('repeating-linear-gradient');
    expect(blank.getBoundingClientRect().height).to.be.greaterThan(50);
    expect(queryAll(el, 'button, textarea')).to.have.length(0);
  });

  it('prints a filled diary with the four answers, and a blank one with space to write', async () => {
    const el = await gratitude(filledDiary);
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    expect(queryAll(el, '.prompt h3')).to.have.length(4);
    expect(shadow(el).textContent).to.contain(filledDiary.diary.partOf);
    el.value = { ...filledDiary, diary: { achieved: '', learned: '', people: '', partOf: '' } };
    await el.updateComplete;
    expect(queryAll(el, '.prompt .read-text.blank')).to.have.length(4);
  });

  it('shows every mode read-only, with the texts and no controls', async () => {
    const el = await gratitude(filledGratitude, { readonly: '' });
    expect(queryAll(el, 'input, textarea, button, select')).to.have.length(0);
    expect(queryAll(el, '.thing')).to.have.length(3);
    expect(shadow(el).textContent).to.contain('Ze heeft er hard voor gewerkt');
    el.value = filledPostcard;
    await el.updateComplete;
    expect(query(el, '.postcard-heading').textContent).to.equal('Today I am grateful for…');
    expect(query(el, '.to').textContent).to.contain('Anna de Vries');
    expect(query(el, '.postcard-date').textContent).to.equal('December 2, 2026');
    el.value = filledDiary;
    await el.updateComplete;
    expect(queryAll(el, '.prompt h3').map((heading) => heading.textContent)).to.have.length(4);
    expect(shadow(el).textContent).to.contain('Ik hoor erbij, en mijn ervaring telt.');
  });

  it('speaks Dutch: the postcard says "Vandaag ben ik dankbaar voor…"', async () => {
    await switchLocale('nl');
    const el = await gratitude(filledPostcard);
    expect(query(el, 'h2').textContent).to.equal('Dankbaarheidskaart');
    expect(fieldByLabel<HTMLTextAreaElement>(el, 'Vandaag ben ik dankbaar voor…').value).to.equal(filledPostcard.message);
    expect(fieldByLabel(el, 'Aan').value).to.equal('Anna de Vries');
    expect(queryAll(el, '.mode-name').map((name) => name.textContent)).to.deep.equal(['Drie goede dingen', 'Kaart', 'Dagboek']);
  });

  for (const mode of ['postcard', 'diary'] as const) {
    for (const readonly of [false, true]) {
      it(`needs no horizontal scrolling at 320 px (${mode}${readonly ? ', read-only' : ''})`, async () => {
        const stage = document.createElement('div');
        stage.className = 'stage';
        stage.style.width = '320px';
        document.body.append(stage);
        const el = await gratitude({ ...filledGratitude, mode }, readonly ? { readonly: '' } : {}, stage);
        await settle(30);
        const limit = el.getBoundingClientRect().right + 1;
        const wide = [...shadow(el).querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > limit && !node.closest('.visually-hidden'));
        expect(wide.map((node) => node.className)).to.deep.equal([]);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      });
    }
  }
});

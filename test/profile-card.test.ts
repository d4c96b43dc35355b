import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/profile-card/define.js';
import type { CoprodProfileCard } from '../src/profile-card/profile-card.element.js';
import type { ProfileState } from '../src/profile-card/profile-card.types.js';
import { runContractSuite } from './contract.suite.js';
import { filledProfile, samplePhoto } from './fixtures/profile-card.fixtures.js';
import { clone, eventually, fieldByLabel, mount, query, queryAll, record, settle, shadow, switchLocale, typeInto } from './helpers.js';

runContractSuite<ProfileState>({
  tag: 'coprod-profile-card',
  filled: filledProfile,
  withText: (state, text) => ({ ...state, sections: [{ ...state.sections[0], items: [text, ...state.sections[0].items.slice(1)] }, ...state.sections.slice(1)] }),
  textPath: '/sections/0/items/0',
  withName: (state, text) => ({ ...state, name: text }),
  namePath: '/name',
  invalid: [
    { name: 'an age over 130', data: (filled) => ({ ...filled, age: 131 }), path: '/age' },
    { name: 'an age that is not a whole number', data: (filled) => ({ ...filled, age: 3.5 }), path: '/age' },
    { name: 'a javascript: photo', data: (filled) => ({ ...filled, photo: 'javascript:alert(1)' }), path: '/photo' },
    { name: 'a data:text/html photo', data: (filled) => ({ ...filled, photo: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }), path: '/photo' },
    { name: 'an http: photo', data: (filled) => ({ ...filled, photo: 'http://example.org/foto.jpg' }), path: '/photo' },
    { name: 'two sections with one id', data: (filled) => ({ ...filled, sections: [filled.sections[0], { ...filled.sections[1], id: 'appreciate' }] }), path: '/sections/1/id' },
    { name: 'a show switch that is not true or false', data: (filled) => ({ ...filled, show: { ...filled.show, age: 'yes' } }), path: '/show/age' },
    { name: 'an item that is not text', data: (filled) => ({ ...filled, sections: [{ ...filled.sections[0], items: ['ok', 12] }] }), path: '/sections/0/items/1' },
    { name: 'an over-long section title', data: (filled) => ({ ...filled, sections: [{ id: 's9', title: 't'.repeat(201), items: [] }] }), path: '/sections/0/title' },
  ],
  userEdit: async (el) => {
    typeInto(fieldByLabel(el, 'Name'), 'Sanne Vermeulen');
    await el.updateComplete;
  },
});

async function profile(value?: ProfileState, attributes: Record<string, string> = {}): Promise<CoprodProfileCard> {
  return mount<CoprodProfileCard>('coprod-profile-card', { attributes, properties: value ? { value: clone(value) } : {} });
}

const headings = (el: HTMLElement) => queryAll(el, '.section h3').map((heading) => heading.textContent!.trim());

/** A large photo, as a phone makes it: a 3000 × 2000 drawing encoded as JPEG. */
async function largePhoto(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 3000;
  canvas.height = 2000;
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, 3000, 2000);
  gradient.addColorStop(0, '#c33');
  gradient.addColorStop(1, '#33c');
  context.fillStyle = gradient;
  context.fillRect(0, 0, 3000, 2000);
  for (let i = 0; i < 400; i++) {
    context.fillStyle = `hsl(${(i * 37) % 360} 70% 50%)`;
    context.fillRect((i * 97) % 3000, (i * 53) % 2000, 40 + (i % 90), 40 + (i % 70));
  }
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((result) => resolve(result!), 'image/jpeg', 0.95));
  return new File([blob], 'IMG_2041.jpg', { type: 'image/jpeg' });
}

function pick(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('coprod-profile-card', () => {
  afterEach(async () => {
    document.body.querySelectorAll('coprod-profile-card').forEach((el) => el.remove());
    await switchLocale('en');
    await emulateMedia({ media: 'screen' });
  });

  it('shows the three default sections with translated titles, and a group’s own section with its title', async () => {
    const el = await profile(filledProfile);
    expect(headings(el)).to.deep.equal(['What others appreciate about me', 'What is important to me', 'How people can best support and encourage me', 'Waar ik goed in ben']);
    await switchLocale('nl');
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['Wat anderen in mij waarderen', 'Wat belangrijk is voor mij', 'Hoe mensen mij het best kunnen helpen', 'Waar ik goed in ben']);
    expect(el.value).to.deep.equal(filledProfile);
  });

  it('starts empty with one item to type in per section', async () => {
    const el = await profile();
    expect(el.value.sections.map((section) => section.items)).to.deep.equal([[''], [''], ['']]);
    expect(queryAll(el, '.section textarea')).to.have.length(3);
    const first = queryAll<HTMLTextAreaElement>(el, '.section textarea')[0];
    typeInto(first, 'Ik ben geduldig.');
    await el.updateComplete;
    expect(el.value.sections[0].items).to.deep.equal(['Ik ben geduldig.']);
  });

  it('read-only: the name is the heading, with age, photo and alt text from the name', async () => {
    const el = await profile(filledProfile, { readonly: '' });
    expect(query(el, 'h2.name').textContent!.trim()).to.equal('Fatima El Amrani');
    expect(query(el, '.age').textContent).to.contain('42');
    const photo = query<HTMLImageElement>(el, '.photo img');
    expect(photo.getAttribute('src')).to.equal(samplePhoto);
    expect(photo.alt).to.equal('Photo of Fatima El Amrani');
    expect(queryAll(el, '.section li').map((item) => item.textContent)).to.include('Fietsen repareren.');
    await switchLocale('nl');
    await el.updateComplete;
    expect(query<HTMLImageElement>(el, '.photo img').alt).to.equal('Foto van Fatima El Amrani');
  });

  it('leaves out photo and age when they are switched off, keeping them in the state', async () => {
    const el = await profile(filledProfile);
    const { changes } = record(el);
    const photoSwitch = fieldByLabel(el, 'A photo');
    photoSwitch.click();
    fieldByLabel(el, 'My age').click();
    await el.updateComplete;
    expect(el.value.show).to.deep.equal({ age: false, photo: false });
    expect(el.value.photo).to.equal(samplePhoto);
    expect(el.value.age).to.equal(42);
    expect(shadow(el).querySelector('.photo, .photo-controls, #age')).to.equal(null);
    expect(changes).to.have.length(2);
    el.readonly = true;
    await el.updateComplete;
    expect(shadow(el).querySelector('.photo, .age')).to.equal(null);
  });

  it('downscales a large picked photo to at most 256 px and stores a small data URL', async () => {
    const el = await profile(filledProfile);
    const file = await largePhoto();
    expect(file.size).to.be.greaterThan(200_000);
    const input = query<HTMLInputElement>(el, 'input.photo-file');
    const changed = oneEvent(el, 'coprod-change');
    pick(input, file);
    await changed;
    const photo = el.value.photo!;
    expect(photo).to.match(/^data:image\/(webp|jpeg);base64,/);
    expect(photo.length).to.be.lessThan(60_000);
    // Decoded with createImageBitmap: Image.decode() waits forever in a page that is not in front.
    const image = await createImageBitmap(await (await fetch(photo)).blob());
    expect(Math.max(image.width, image.height)).to.equal(256);
    expect(image.width).to.equal(256);
    expect(image.height).to.equal(171);
    await el.updateComplete;
    expect(query<HTMLImageElement>(el, '.photo img').getAttribute('src')).to.equal(photo);
  });

  it('says so when a picked file is not a picture, and keeps the photo', async () => {
    const el = await profile(filledProfile);
    const { changes } = record(el);
    pick(query<HTMLInputElement>(el, 'input.photo-file'), new File(['not a picture'], 'notes.txt', { type: 'text/plain' }));
    await eventually(() => shadow(el).querySelector('#photo-error') !== null, 'the photo error shows');
    expect(query(el, '#photo-error').textContent).to.contain('could not be read as a photo');
    expect(el.value.photo).to.equal(samplePhoto);
    expect(changes).to.have.length(0);
  });

  it('refuses a photo address that is not https: in the URL field, with the translated message and path /photo', async () => {
    const el = await profile(filledProfile);
    const { changes } = record(el);
    const field = fieldByLabel(el, 'Or the web address of a photo');
    for (const [locale, expected] of [
      ['en', 'Only web addresses that start with https: and pictures (data:image) are allowed.'],
      ['nl', 'Alleen webadressen met https: en afbeeldingen (data:image) mogen.'],
    ] as const) {
      await switchLocale(locale);
      await el.updateComplete;
      for (const bad of ['javascript:alert(1)', 'data:text/html,<b>hi</b>', 'http://example.org/foto.jpg']) {
        const input = fieldByLabel(el, locale === 'en' ? 'Or the web address of a photo' : 'Of het webadres van een foto');
        input.value = bad;
        input.dispatchEvent(new Event('change'));
        await el.updateComplete;
        const error = query(el, '#photo-error');
        expect(error.textContent!.trim()).to.equal(expected);
        expect(error.dataset.path).to.equal('/photo');
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(el.value.photo).to.equal(samplePhoto);
      }
    }
    expect(changes).to.have.length(0);
    await switchLocale('en');
    await el.updateComplete;
    field.value = 'https://example.org/team/fatima.jpg';
    field.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value.photo).to.equal('https://example.org/team/fatima.jpg');
    expect(shadow(el).querySelector('#photo-error')).to.equal(null);
    // The hint is back in the error's place, with nothing of the error left on it.
    const hint = query(el, '#photo-hint');
    expect(hint.className).to.equal('hint');
    expect(hint.hasAttribute('data-path')).to.equal(false);
    expect(hint.textContent!.trim()).to.equal('It must start with https://. A photo you choose is made small, so it saves quickly.');
    expect(field.getAttribute('aria-describedby')).to.equal('photo-hint');
  });

  it('refuses a javascript: photo given as value, with the message in the active locale', async () => {
    const el = await profile(filledProfile);
    const { invalids } = record(el);
    await switchLocale('nl');
    el.value = { ...filledProfile, photo: 'javascript:alert(1)' };
    expect(invalids[0].detail.errors).to.deep.equal([{ path: '/photo', message: 'Alleen webadressen met https: en afbeeldingen (data:image) mogen.' }]);
    expect(el.value.photo).to.equal(samplePhoto);
  });

  it('removes the photo with undo', async () => {
    const el = await profile(filledProfile);
    queryAll<HTMLButtonElement>(el, '.photo-actions button').find((button) => button.textContent!.includes('Remove the photo'))!.click();
    await el.updateComplete;
    expect(el.value.photo).to.equal(null);
    expect(query(el, '.photo .initials').textContent).to.equal('FA');
    query<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    expect(el.value.photo).to.equal(samplePhoto);
  });

  it('checks the age: a whole number from 0 to 130, or empty', async () => {
    const el = await profile(filledProfile);
    const age = fieldByLabel(el, 'Age');
    typeInto(age, '200');
    await el.updateComplete;
    expect(el.value.age).to.equal(42);
    expect(age.getAttribute('aria-invalid')).to.equal('true');
    expect(query(el, '#age-error').textContent).to.contain('whole number from 0 to 130');
    typeInto(age, '35');
    await el.updateComplete;
    expect(el.value.age).to.equal(35);
    expect(shadow(el).querySelector('#age-error')).to.equal(null);
    expect(query(el, '#age-hint').className).to.equal('hint');
    expect(query(el, '#age-hint').textContent).to.equal('You may leave this empty.');
    expect(age.getAttribute('aria-describedby')).to.equal('age-hint');
    typeInto(age, '');
    await el.updateComplete;
    expect(el.value.age).to.equal(null);
  });

  it('edits items one by one: add, Enter for the next, remove with undo', async () => {
    const el = await profile(filledProfile);
    const section = () => query(el, '[data-section=important]');
    (section().querySelector('button.add-item') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.value.sections[1].items).to.have.length(4);
    const added = shadow(el).activeElement as HTMLTextAreaElement;
    expect(added.localName).to.equal('textarea');
    expect(added.labels![0].textContent).to.equal('What is important to me: item 4');
    await sendKeys({ type: 'Muziek' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.sections[1].items.slice(3)).to.deep.equal(['Muziek', '']);
    expect((shadow(el).activeElement as HTMLTextAreaElement).labels![0].textContent).to.equal('What is important to me: item 5');
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.value.sections[1].items).to.have.length(4);
    const remove = section().querySelectorAll<HTMLButtonElement>('button.remove-item')[0];
    expect(remove.getAttribute('aria-label')).to.equal('Remove item 1 of What is important to me');
    remove.click();
    await el.updateComplete;
    expect(el.value.sections[1].items[0]).to.equal('Afspraken nakomen, ook kleine.');
    expect(query(el, '.notices').textContent).to.contain('Mijn twee dochters.');
    query<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    expect(el.value.sections[1].items.slice(0, 3)).to.deep.equal(filledProfile.sections[1].items);
  });

  it('renames a default section, and can go back to the standard title', async () => {
    const el = await profile(filledProfile);
    const section = query(el, '[data-section=support]');
    const tools = section.querySelector('details')!;
    tools.open = true;
    const title = section.querySelector<HTMLInputElement>('.section-tools input')!;
    expect(title.value).to.equal('How people can best support and encourage me');
    typeInto(title, 'Zo help je mij');
    await el.updateComplete;
    expect(el.value.sections[2]).to.deep.equal({ id: 'support', title: 'Zo help je mij', items: filledProfile.sections[2].items });
    expect(headings(el)[2]).to.equal('Zo help je mij');
    await switchLocale('nl');
    await el.updateComplete;
    expect(headings(el)[2]).to.equal('Zo help je mij');
    await switchLocale('en');
    await el.updateComplete;
    queryAll<HTMLButtonElement>(el, '[data-section=support] .tool-row button')[0].click();
    await el.updateComplete;
    expect(el.value.sections[2]).to.deep.equal(filledProfile.sections[2]);
  });

  it('adds a section to be named, moves sections and removes one with undo', async () => {
    const el = await profile(filledProfile);
    query<HTMLButtonElement>(el, 'button.add-section').click();
    await el.updateComplete;
    const focused = shadow(el).activeElement as HTMLInputElement;
    expect(focused.labels![0].textContent).to.equal('Title of this section');
    await sendKeys({ type: 'Mijn hobby’s' });
    await el.updateComplete;
    const added = el.value.sections[4].id;
    expect(el.value.sections[4]).to.deep.equal({ id: added, title: 'Mijn hobby’s', items: [''] });
    const moveUp = query<HTMLButtonElement>(el, `[data-section=${added}] button.move-up`);
    moveUp.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value.sections.map((section) => section.id)).to.deep.equal(['appreciate', 'important', 'support', added, 's1']);
    expect(shadow(el).activeElement).to.equal(query(el, `[data-section=${added}] button.move-up`));
    await settle();
    expect(query(el, '[role=status][aria-live]').textContent).to.contain('is now section 4 of 5');
    expect(query<HTMLButtonElement>(el, '[data-section=appreciate] button.move-up').disabled).to.equal(true);
    query<HTMLButtonElement>(el, '[data-section=important] button.remove-section').click();
    await el.updateComplete;
    expect(el.value.sections.map((section) => section.id)).to.deep.equal(['appreciate', 'support', added, 's1']);
    query<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    expect(el.value.sections.map((section) => section.id)).to.deep.equal(['appreciate', 'important', 'support', added, 's1']);
  });

  it('prints the finished card, not the form, and comes back to the form after printing', async () => {
    const el = await profile(filledProfile);
    window.dispatchEvent(new Event('beforeprint'));
    // Rendered at once: window.print() from script lays out before microtasks run.
    expect(query(el, 'h2.name').textContent!.trim()).to.equal('Fatima El Amrani');
    expect(queryAll(el, 'input, textarea, button')).to.have.length(0);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(fieldByLabel(el, 'Name').value).to.equal('Fatima El Amrani');
    expect(el.value).to.deep.equal(filledProfile);
  });

  it('prints the card without its editing controls', async () => {
    const el = await profile(filledProfile);
    await emulateMedia({ media: 'print' });
    for (const selector of ['.photo-controls', '.section-tools', '.show', 'button.add-section', '.file-actions']) {
      expect(getComputedStyle(query(el, selector)).display, selector).to.equal('none');
    }
    // A long card goes on over pages, between items (test/print.test.ts prints one).
    expect(getComputedStyle(query(el, '.item')).breakInside).to.equal('avoid');
  });
});

import { expect } from '@open-wc/testing';
import { filledByTag } from './fixtures/all.fixtures.js';

/**
 * Checks a built file's translations as a reader sees them: every text an element shows in
 * English that is a whole text of locales/nl.xlf must, after switching to Dutch, show that
 * text's Dutch, in the same place. The build numbers the messages (scripts/locale-tables.mjs);
 * a text left in English or a number pointing at another text fails here.
 */

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** English → Dutch for every text of locales/nl.xlf without placeholders whose Dutch differs. */
async function plainTranslations(): Promise<Map<string, string>> {
  const xml = new DOMParser().parseFromString(await (await fetch('/locales/nl.xlf')).text(), 'application/xml');
  const translations = new Map<string, string>();
  for (const unit of xml.getElementsByTagName('trans-unit')) {
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    if (!source || !target || source.getElementsByTagName('x').length) continue;
    const english = normalise(source.textContent ?? '');
    const dutch = normalise(target.textContent ?? '');
    if (english && english !== dutch) translations.set(english, dutch);
  }
  return translations;
}

const readableAttributes = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label'];

interface Place {
  read(): string;
  where: string;
}

/** Every text node and readable attribute under `root`, inside nested shadow roots too. */
function placesIn(root: Node, where: string, places: Place[] = []): Place[] {
  for (const node of root.childNodes) {
    if (node instanceof Text) places.push({ read: () => node.data, where });
    if (node instanceof Element) {
      const here = `${where} > ${node.localName}`;
      for (const name of readableAttributes) {
        if (node.hasAttribute(name)) places.push({ read: () => node.getAttribute(name) ?? '', where: `${here}[${name}]` });
      }
      if (node.shadowRoot) placesIn(node.shadowRoot, here, places);
      placesIn(node, here, places);
    }
  }
  return places;
}

async function settled(element: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Renders `element` in English, switches to Dutch with `switchTo` and expects each known
 * English text to be replaced by its Dutch; returns how many texts were checked.
 */
export async function expectDutchInPlace(element: HTMLElement & { updateComplete?: Promise<unknown> }, switchTo: (code: string) => Promise<void>): Promise<number> {
  const translations = await plainTranslations();
  await settled(element);
  const checked = placesIn(element.shadowRoot!, element.localName)
    .map((place) => ({ place, english: normalise(place.read()) }))
    .filter(({ english }) => translations.has(english));
  await switchTo('nl');
  await settled(element);
  const wrong = checked
    .filter(({ place, english }) => normalise(place.read()) !== translations.get(english))
    .map(({ place, english }) => `${place.where}: "${normalise(place.read())}", expected "${translations.get(english)}" for "${english}"`);
  expect(wrong).to.deep.equal([]);
  return checked.length;
}

/**
 * Mounts `tag` filled in, switches to Dutch with `switchTo` and checks every text in place
 * (see `expectDutchInPlace`), then switches back to English and removes it.
 * @returns how many texts were checked
 */
export async function filledElementInDutch(tag: string, switchTo: (code: string) => Promise<void>): Promise<number> {
  const el = document.createElement(tag) as HTMLElement & { value: unknown };
  el.value = filledByTag[tag];
  document.body.append(el);
  try {
    return await expectDutchInPlace(el, switchTo);
  } finally {
    await switchTo('en');
    el.remove();
  }
}

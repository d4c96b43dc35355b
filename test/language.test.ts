import { expect } from '@open-wc/testing';
import { principleIds, principleText } from '../src/core/principles.js';
import { resolveModel } from '../src/ladder/ladder.models.js';
import { builtInModelIds } from '../src/ladder/ladder.types.js';
import { resolveQuestions } from '../src/readiness-radar/radar.questions.js';
import { switchLocale } from './helpers.js';

/**
 * The language rules of docs/language.md, checked on every Dutch and English string: the
 * sources and targets of locales/nl.xlf (every msg() text), and the question bank, ladder
 * models and principles as the elements show them.
 */

/** The longest sentence allowed, in words (a placeholder counts as one word). */
export const MAX_WORDS = 15;

/** Jargon and words that say one thing two ways (see the glossary). Whole words, any case. */
export const bannedWords: Record<'en' | 'nl', string[]> = {
  nl: [
    'activa', 'capaciteit', 'wederkerigheid', 'katalysator', 'katalysatoren', 'aanjager', 'aanjagers',
    'co-producent', 'co-producenten', 'geraadpleegde', 'geraadpleegden', 'betrokkene', 'betrokkenen',
    'gat', 'gaten', 'smart', 'specifiek', 'meetbaar', 'acceptabel', 'tijdgebonden', 'geparkeerd', 'opgepakt',
    'dienst', 'diensten', 'json', 'stimuleren', 'faciliteren', 'implementeren', 'stakeholder', 'stakeholders',
    'feedback', 'evalueren', 'verwijderen', 'verwijderd', 'downloaden', 'jullie', 'participatieladder',
    'mediaan', 'spreiding', 'bijeenkomst', 'bijeenkomsten', 'vergadering', 'wiens', 'afgelegde weg', 'niet verplicht',
  ],
  en: ['smart', 'stakeholder', 'stakeholders', 'facilitate', 'download', 'downloaded'],
};

/** Splits a text into sentences, after . ! ? or … */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

export function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}{]/u.test(word));
}

/** Every broken rule in one text, as readable lines. */
export function problemsOf(text: string, locale: 'en' | 'nl'): string[] {
  const problems: string[] = [];
  for (const sentence of sentencesOf(text)) {
    const count = wordsOf(sentence).length;
    if (count > MAX_WORDS) problems.push(`${locale}: ${count} words: ${sentence}`);
    const lower = sentence.toLowerCase();
    for (const word of bannedWords[locale]) {
      if (new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'u').test(lower)) problems.push(`${locale}: "${word}" in: ${sentence}`);
    }
  }
  // One quote style in Dutch: ‘…’.
  if (locale === 'nl' && /["“”]/.test(text)) problems.push(`nl: straight or double quotes in: ${text}`);
  return problems;
}

interface Unit {
  id: string;
  source: string;
  target: string | null;
}

/** The text of a source or target, each placeholder as `{0}`. */
function textOf(element: Element | null): string | null {
  if (!element) return null;
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node instanceof Element && node.localName === 'x') text += `{${node.getAttribute('id')}}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

async function units(): Promise<Unit[]> {
  const response = await fetch('/locales/nl.xlf');
  const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
  return [...xml.getElementsByTagName('trans-unit')].map((unit) => ({
    id: unit.getAttribute('id')!,
    source: textOf(unit.getElementsByTagName('source')[0])!,
    target: textOf(unit.getElementsByTagName('target')[0] ?? null),
  }));
}

describe('plain language (docs/language.md)', () => {
  afterEach(() => switchLocale('en'));

  it('catches a long sentence, a banned word and a wrong quote', () => {
    expect(problemsOf('Maak van elk gat een actie.', 'nl')).to.have.length(1);
    expect(problemsOf('Dit is een zin met veel te veel woorden, want hij gaat maar door en door en door.', 'nl')).to.have.length(1);
    expect(problemsOf('Kies "weet ik niet".', 'nl')).to.have.length(1);
    expect(problemsOf('Download chart (SVG)', 'en')).to.have.length(1);
    expect(problemsOf('Sterke kanten. Kunnen en groeien. Wat gaan we doen?', 'nl')).to.deep.equal([]);
    // A word that only contains a banned one is fine ("gaten" is banned, "gaatjes" and "Plan een actie" are not).
    expect(problemsOf('Er zitten gaatjes in. Dienstverlening.', 'nl')).to.deep.equal([]);
  });

  it('has a Dutch text for every English one', async () => {
    const all = await units();
    expect(all.length).to.be.greaterThan(300);
    expect(all.filter((unit) => !unit.target).map((unit) => `${unit.id}: ${unit.source}`)).to.deep.equal([]);
  });

  it('keeps every English and Dutch string short and plain', async () => {
    const problems: string[] = [];
    for (const unit of await units()) {
      problems.push(...problemsOf(unit.source, 'en').map((problem) => `${unit.id} ${problem}`));
      if (unit.target) problems.push(...problemsOf(unit.target, 'nl').map((problem) => `${unit.id} ${problem}`));
    }
    expect(problems).to.deep.equal([]);
  });

  for (const locale of ['en', 'nl'] as const) {
    it(`keeps the question bank, ladders and principles plain in ${locale}`, async () => {
      await switchLocale(locale);
      const texts: string[] = [];
      texts.push(...resolveQuestions({}).map((question) => question.text));
      for (const id of builtInModelIds) {
        const model = resolveModel(id);
        texts.push(model.label, ...model.groups.flatMap((group) => [group.label, group.description ?? '']), ...model.rungs.flatMap((rung) => [rung.label, rung.description ?? '']));
      }
      for (const id of principleIds) texts.push(principleText(id).name, principleText(id).meaning);
      expect(texts.length).to.be.greaterThan(60);
      expect(texts.flatMap((text) => problemsOf(text, locale))).to.deep.equal([]);
      if (locale === 'nl') {
        // "We" for questions about the organisation: never "je" or "jullie" in the question bank.
        const personal = resolveQuestions({}).filter((question) => /\b(je|jij|jullie|u)\b/i.test(question.text));
        expect(personal.map((question) => question.text)).to.deep.equal([]);
        expect(principleIds.map((id) => principleText(id).name)).to.deep.equal(['Sterke kanten', 'Kunnen en groeien', 'Geven en krijgen', 'Netwerken', 'Rollen delen', 'Zelf laten doen']);
      }
    });
  }
});

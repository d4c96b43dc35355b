import { expect, fixtureCleanup } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import { filledLadder } from './fixtures/ladder.fixtures.js';
import { filledBoard, filledCard } from './fixtures/opportunity.fixtures.js';
import { filledProfile } from './fixtures/profile-card.fixtures.js';
import { filledReadiness, manyReadings } from './fixtures/readiness-radar.fixtures.js';
import { filledPostcard } from './fixtures/gratitude.fixtures.js';
import { selfAndWorker } from './fixtures/radar-group.fixtures.js';
import { circleWith, filledCircle } from './fixtures/support-circle.fixtures.js';
import { clone, mount, query, settle, switchLocale } from './helpers.js';

/** What the print command gives back: the number of A4 pages and the text of each. */
interface PrintedPdf {
  pages: number;
  text: string[];
  width: number;
  height: number;
  /** The size most of the text has, in points: a sheet wider than the paper is shrunk, text and all. */
  commonText: number;
}

/** Prints the test page to PDF in Chromium, as a person's browser print would (A4). */
async function printToPdf(name: string): Promise<PrintedPdf> {
  return (await executeServerCommand('coprod-print-pdf', { name })) as PrintedPdf;
}

type Locale = 'en' | 'nl';
const words = {
  en: { name: 'Name', date: 'Date', save: 'Save to a file', print: 'Print this sheet' },
  nl: { name: 'Naam', date: 'Datum', save: 'Opslaan in een bestand', print: 'Dit blad printen' },
};

interface PrintCase {
  name: string;
  tag: string;
  value?: unknown;
  attributes?: Record<string, string>;
  title: Record<Locale, string>;
  maxPages: number;
  /** Text a person typed (or the sheet's printed words) that must be on paper. */
  texts: (locale: Locale) => string[];
  /** Text that must not be on paper. */
  absent?: (locale: Locale) => string[];
  /** The sheet prints the person's name itself (a filled profile: the name is its title). */
  namePrinted?: boolean;
  /** The sheet prints its date itself, without a line to write it on (a filled postcard). */
  datePrinted?: boolean;
  /** More to check in the text of all pages. */
  check?: (all: string, locale: Locale, pdf: PrintedPdf) => void;
}

const titles = {
  ladder: { en: 'Participation ladder', nl: 'Ladder van meedoen' },
  radar: { en: 'Co-production readiness check', nl: 'Klaar voor co-productie?' },
  circle: { en: 'Circle of support', nl: 'Steuncirkel' },
  plan: { en: 'Action plan', nl: 'Actieplan' },
  profile: { en: 'My profile', nl: 'Mijn profiel' },
  card: { en: 'Opportunity card', nl: 'Kanskaart' },
  board: { en: 'Meeting list', nl: 'Lijst voor het overleg' },
};

const big = circleWith(200);

/** A link as people paste it from an intranet: long, without a place to break. */
const pastedLink = `https://gemeente.sharepoint.com/sites/Sociaal-Domein/Gedeelde%20documenten/${'Werkgroep%20Coproductie%20'.repeat(3)}verslag.docx`;
const longMessage = `${'Dank je wel voor alles wat je deed, ook op de dagen dat het zwaar was. '.repeat(20)}Tot ziens bij het volgende overleg.`;
const readings12 = manyReadings(12);
const boardWithNotes = {
  ...filledBoard,
  keepers: { '2026-11-18': 'Marieke Jansen' },
  cards: filledBoard.cards.map((card) => (card.id === 'c4' ? { ...card, decided: 'Kees zoekt drie maatjes voor januari.', invited: true } : card)),
};
const dates = { en: 'December 2, 2026', nl: '2 december 2026' };
const longItem = (n: number) => `Punt ${n}: ${'Ik werk graag samen met ouders en buren, en ik neem de tijd om goed te luisteren. '.repeat(2)}`;
// One long section beside short ones (its row and the next were stretched to one height).
const longProfile = { ...filledProfile, sections: filledProfile.sections.map((section, s) => (s === 0 ? { ...section, items: Array.from({ length: 14 }, (_, i) => longItem(i + 1)) } : section)) };
const yesNo = { en: /\b(Yes|No)\b/g, nl: /\b(Ja|Nee)\b/g };

const cases: PrintCase[] = [
  {
    name: 'ladder-blank',
    tag: 'coprod-ladder',
    title: titles.ladder,
    maxPages: 3,
    texts: (l) => (l === 'en' ? ['What I did', 'What outcomes were achieved?', 'Co-production'] : ['Wat ik deed', 'Co-productie']),
  },
  {
    name: 'ladder-filled',
    tag: 'coprod-ladder',
    value: filledLadder,
    title: titles.ladder,
    maxPages: 3,
    texts: () => [
      // Placed on its rung (the drawing) and in the worksheet: twice.
      'het inloopspreekuur opnieuw ingericht',
      'De ouders eerder vragen, al bij het eerste idee.',
      'Intervisie met collega’s en een ervaringsdeskundige als maatje.',
    ],
  },
  {
    name: 'radar-blank',
    tag: 'coprod-readiness-radar',
    title: titles.radar,
    maxPages: 3,
    texts: (l) => (l === 'en' ? ['Do we keep track of whether people and the community grow stronger?', 'No, not yet', 'Yes, fully'] : ['Nee, nog niet', 'Ja, helemaal']),
  },
  {
    name: 'radar-filled',
    tag: 'coprod-readiness-radar',
    value: filledReadiness,
    title: titles.radar,
    maxPages: 3,
    texts: (l) => ['het project van het consultatiebureau', l === 'en' ? '2 — Partly' : '2 — Deels'],
  },
  {
    name: 'circle-blank',
    tag: 'coprod-support-circle',
    title: titles.circle,
    maxPages: 2,
    texts: (l) => (l === 'en' ? ['Co-producers', 'Consulted', 'Contact and engagement plan'] : ['Makers', 'Adviseurs']),
  },
  {
    name: 'circle-15',
    tag: 'coprod-support-circle',
    value: filledCircle,
    title: titles.circle,
    maxPages: 2,
    texts: () => ['Fatima El Amrani', 'Mehmet Yılmaz', 'Elke dinsdag samen de week doorspreken in de buurtkamer.', 'Kent veel moeders in de wijk.'],
  },
  {
    name: 'circle-200',
    tag: 'coprod-support-circle',
    value: big,
    title: titles.circle,
    maxPages: 10,
    texts: () => [big.people[0]!.name, big.people[199]!.name],
  },
  {
    name: 'plan-blank',
    tag: 'coprod-action-plan',
    title: titles.plan,
    maxPages: 2,
    texts: (l) => (l === 'en' ? ['Assets', 'Catalysts'] : ['Sterke kanten', 'Zelf laten doen']),
    absent: (l) => [l === 'en' ? 'No actions yet.' : 'Nog geen acties.'],
  },
  {
    name: 'plan-filled',
    tag: 'coprod-action-plan',
    value: filledPlan,
    title: titles.plan,
    maxPages: 2,
    texts: () => [filledPlan.actions[0]!.what, filledPlan.actions[0]!.who],
  },
  {
    name: 'profile-blank',
    tag: 'coprod-profile-card',
    title: titles.profile,
    maxPages: 1,
    texts: (l) => (l === 'en' ? ['Age', 'What is important to me'] : ['Leeftijd']),
  },
  {
    name: 'profile-filled',
    tag: 'coprod-profile-card',
    value: filledProfile,
    title: { en: 'Fatima El Amrani', nl: 'Fatima El Amrani' },
    namePrinted: true,
    maxPages: 1,
    texts: () => ['Ik luister goed en neem de tijd.', 'Fietsen repareren.', 'Waar ik goed in ben'],
  },
  {
    // 14 long items in one section: more than a page. The card goes on over pages, with no page of empty boxes.
    name: 'profile-long',
    tag: 'coprod-profile-card',
    value: longProfile,
    title: { en: 'Fatima El Amrani', nl: 'Fatima El Amrani' },
    namePrinted: true,
    maxPages: 3,
    texts: () => ['Punt 1:', 'Punt 14:', filledProfile.sections[3]!.items[0]!],
    check: (_all, _l, pdf) => expect(pdf.text[0], 'the first page holds items, not only the name and date').to.contain('Punt 1:'),
  },
  {
    name: 'card-blank',
    tag: 'coprod-opportunity-card',
    title: titles.card,
    maxPages: 1,
    texts: () => [],
  },
  {
    name: 'card-filled',
    tag: 'coprod-opportunity-card',
    value: filledCard,
    title: titles.card,
    maxPages: 1,
    texts: () => [filledCard.idea, filledCard.name],
  },
  {
    name: 'board-filled',
    tag: 'coprod-opportunity-board',
    value: filledBoard,
    title: titles.board,
    maxPages: 2,
    texts: () => [filledBoard.keeper, filledBoard.cards[3]!.idea, filledBoard.cards[6]!.idea],
  },
  {
    // Typed into the board: the card keeper of one meeting, what was decided, and who was invited.
    name: 'board-meeting-notes',
    tag: 'coprod-opportunity-board',
    value: boardWithNotes,
    title: titles.board,
    maxPages: 2,
    texts: (l) => ['Marieke Jansen', 'Kees zoekt drie maatjes voor januari.', l === 'en' ? 'The writer was invited to help' : 'De schrijver is gevraagd om mee te helpen'],
  },
  {
    // A column per reading ran off the page from about ten readings.
    name: 'radar-12-readings',
    tag: 'coprod-readiness-radar',
    value: readings12,
    title: titles.radar,
    maxPages: 5,
    texts: (l) => [l === 'en' ? 'Scores per reading (0 to 4)' : 'Scores per meting (0 tot en met 4)', ...readings12.readings.map((reading) => reading.label!)],
    check: (_all, _l, pdf) => expect(pdf.commonText, 'not shrunk to fit (pt)').to.be.at.least(7.5),
  },
  {
    name: 'postcard-long',
    tag: 'coprod-gratitude',
    value: { ...filledPostcard, message: longMessage },
    title: { en: 'Today I am grateful for', nl: 'Vandaag ben ik dankbaar voor' },
    namePrinted: true,
    datePrinted: true,
    maxPages: 2,
    texts: (l) => ['Tot ziens bij het volgende overleg.', filledPostcard.to, dates[l]],
  },
  {
    // A pasted link must not push the Done column off the page.
    name: 'plan-pasted-link',
    tag: 'coprod-action-plan',
    value: { ...filledPlan, actions: filledPlan.actions.map((action) => ({ ...action, measure: pastedLink })) },
    title: titles.plan,
    maxPages: 3,
    texts: () => filledPlan.actions.map((action) => action.who),
    check: (all, l, pdf) => {
      expect(all.match(yesNo[l])?.length ?? 0, 'a Yes or No for every action').to.be.at.least(filledPlan.actions.length);
      expect(pdf.commonText, 'not shrunk to fit (pt)').to.be.at.least(7.5);
    },
  },
  {
    name: 'circle-pasted-link',
    tag: 'coprod-support-circle',
    value: { ...filledCircle, people: filledCircle.people.map((person, i) => (i === 0 ? { ...person, contact: `${pastedLink}${pastedLink}` } : person)) },
    title: titles.circle,
    maxPages: 3,
    // (Texts with a hyphen may break after it, which reads back as a space.)
    texts: () => filledCircle.people.map((person) => person.involvement ?? '').filter((text) => text && !text.includes('-')),
    check: (_all, _l, pdf) => expect(pdf.commonText, 'not shrunk to fit (pt)').to.be.at.least(7.5),
  },
];

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('printing: what a person gets on paper (PDF from Chromium, A4)', function () {
  this.timeout(60_000);

  afterEach(async () => {
    fixtureCleanup();
    document.body.replaceChildren();
    await switchLocale('en');
  });

  for (const locale of ['en', 'nl'] as const) {
    for (const sheet of cases) {
      it(`${sheet.name} (${locale}): ≤ ${sheet.maxPages} A4 pages, with title, name and date line, and what was typed`, async () => {
        await switchLocale(locale);
        await mount(sheet.tag, { attributes: sheet.attributes, properties: sheet.value ? { value: clone(sheet.value) } : {} });
        await settle();
        const pdf = await printToPdf(`${sheet.name}-${locale}`);
        const all = squash(pdf.text.join(' '));
        // Measured figure, for the report: the page count of each sheet.
        console.log(`print ${sheet.name} ${locale}: ${pdf.pages} pages`);
        expect(Math.round(pdf.width), 'A4 width in points').to.equal(595);
        expect(Math.round(pdf.height), 'A4 height in points').to.equal(842);
        expect(pdf.pages, 'pages').to.be.within(1, sheet.maxPages);
        expect(pdf.text.every((page) => page.length > 0), 'no empty page').to.equal(true);
        expect(pdf.text[0], 'title on the first page').to.contain(sheet.title[locale]);
        if (!sheet.namePrinted) expect(pdf.text[0], 'name line').to.contain(words[locale].name);
        if (!sheet.datePrinted) expect(pdf.text[0], 'date line').to.contain(words[locale].date);
        for (const text of sheet.texts(locale)) expect(all, 'text on paper').to.contain(squash(text));
        sheet.check?.(all, locale, pdf);
        for (const text of [words[locale].save, words[locale].print, ...(sheet.absent?.(locale) ?? [])]) {
          expect(all, 'not on paper').not.to.contain(text);
        }
      });
    }
  }

  it('on paper the group view keeps the marks of its drawings, drops its choices, and a dark screen prints dark text on white', async () => {
    const el = await mount('coprod-readiness-radar', { properties: { value: clone(selfAndWorker) } });
    const root = el.shadowRoot!;
    try {
      await emulateMedia({ media: 'print', colorScheme: 'dark' });
      window.dispatchEvent(new Event('beforeprint'));
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const marks = [...root.querySelectorAll('.plot-pair .pair-point')];
      expect(marks.length).to.be.greaterThan(0);
      expect(marks.filter((mark) => getComputedStyle(mark).display === 'none').length, 'marks hidden on paper').to.equal(0);
      expect(getComputedStyle(root.querySelector('.pickers')!).display).to.equal('none');
      // Muted text (the hints) against the white paper: at least 4.5:1, also when the screen is dark.
      const luminance = (css: string) => {
        const [r, g, b] = css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((part) => Number(part) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const hint = root.querySelector('.plot-pair')!.closest('section')!.querySelector('.summary') ?? root.querySelector('.hint')!;
      const muted = getComputedStyle(root.querySelector('.intro') ?? hint).color;
      expect(1.05 / (luminance(muted) + 0.05), `contrast of ${muted} on white`).to.be.at.least(4.5);
      window.dispatchEvent(new Event('afterprint'));
    } finally {
      await emulateMedia({ media: 'screen', colorScheme: 'light' });
    }
  });

  it('an Undo notice is a message on screen: it does not print', async () => {
    const el = await mount('coprod-action-plan', { properties: { value: clone(filledPlan) } });
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button.icon[title="Remove"]')!.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(root.querySelector('.notices button.undo'), 'Undo offered').not.to.equal(null);
    const pdf = await printToPdf('plan-undo');
    expect(squash(pdf.text.join(' '))).not.to.contain('Removed:');
  });

  it('a filled readiness check prints its chart and score table on the first page', async () => {
    await mount('coprod-readiness-radar', { properties: { value: clone(filledReadiness) } });
    const pdf = await printToPdf('radar-first-page');
    expect(pdf.text[0]).to.contain('Scores per principle (0 to 4)');
    expect(pdf.text[0]).to.contain('Mutuality');
  });

  it('a blank opportunity card prints a page of cards to cut out', async () => {
    await mount('coprod-opportunity-card');
    const pdf = await printToPdf('card-page');
    expect(pdf.pages).to.equal(1);
    const cards = pdf.text[0]!.split('My idea').length - 1;
    expect(cards, 'cards on one A4').to.be.at.least(4);
  });

  it('the Print button prints and is not on paper; after printing the form is back', async () => {
    const el = await mount('coprod-ladder', { properties: { value: clone(filledLadder) } });
    const button = query<HTMLButtonElement>(el, '.file-actions button.print');
    expect(button.textContent?.trim()).to.equal(words.en.print);
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      button.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.shadowRoot!.querySelector('textarea'), 'the worksheet prints as text').to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('textarea'), 'editing again after printing').not.to.equal(null);
  });
});

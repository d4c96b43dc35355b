import { expect, fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import { filledLadder } from './fixtures/ladder.fixtures.js';
import { filledBoard, filledCard } from './fixtures/opportunity.fixtures.js';
import { filledProfile } from './fixtures/profile-card.fixtures.js';
import { filledReadiness } from './fixtures/readiness-radar.fixtures.js';
import { circleWith, filledCircle } from './fixtures/support-circle.fixtures.js';
import { clone, mount, query, settle, switchLocale } from './helpers.js';

/** What the print command gives back: the number of A4 pages and the text of each. */
interface PrintedPdf {
  pages: number;
  text: string[];
  width: number;
  height: number;
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
  title: Record<Locale, string>;
  maxPages: number;
  /** Text a person typed (or the sheet's printed words) that must be on paper. */
  texts: (locale: Locale) => string[];
  /** Text that must not be on paper. */
  absent?: (locale: Locale) => string[];
  /** The sheet prints the person's name itself (a filled profile: the name is its title). */
  namePrinted?: boolean;
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
        await mount(sheet.tag, { properties: sheet.value ? { value: clone(sheet.value) } : {} });
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
        expect(pdf.text[0], 'date line').to.contain(words[locale].date);
        for (const text of sheet.texts(locale)) expect(all, 'text on paper').to.contain(squash(text));
        for (const text of [words[locale].save, words[locale].print, ...(sheet.absent?.(locale) ?? [])]) {
          expect(all, 'not on paper').not.to.contain(text);
        }
      });
    }
  }

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

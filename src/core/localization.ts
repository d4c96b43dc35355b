import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type LocaleCode = (typeof allLocales)[number];

/** Locale modules by code: a fixed map, so bundlers see every dynamic import. */
const loaders = {
  nl: () => import('../generated/locales/nl.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

type LocalizationRuntime = ReturnType<typeof configureLocalization>;
let runtime: LocalizationRuntime | undefined;
let languageObserver: MutationObserver | undefined;

/**
 * One page may hold several copies of this code, each with its own localisation: the bundle
 * and the room's drop-in file, or two versions of the bundle. `setLocale` in any of them
 * switches them all: it tells the others with this window event, and keeps the choice under
 * a registered symbol for a copy that loads later.
 */
const LOCALE_EVENT = 'coprod-locale';
const chosenLocaleKey = Symbol.for('coprod.chosen-locale');
type PageGlobal = typeof globalThis & { [chosenLocaleKey]?: string };
const page = globalThis as PageGlobal;

/** The supported locale for a language tag (`nl-BE` → `nl`), or `undefined`. */
export function matchLocale(tag: string | null | undefined): LocaleCode | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (allLocales as readonly string[]).includes(base) ? (base as LocaleCode) : undefined;
}

/**
 * Sets up @lit/localize on first use rather than at import, so importing a module
 * has no side effects and `configureLocalization` (allowed once per copy) runs once.
 */
export function ensureLocalization(): LocalizationRuntime {
  if (runtime) return runtime;
  runtime = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
  });
  followDocumentLanguage();
  followOtherCopies();
  return runtime;
}

function followDocumentLanguage(): void {
  if (typeof document === 'undefined' || languageObserver) return;
  const root = document.documentElement;
  const apply = () => {
    // The page's language, changed later, is the choice now for every copy.
    delete page[chosenLocaleKey];
    void ensureLocalization().setLocale(matchLocale(root.lang) ?? sourceLocale);
  };
  languageObserver = new MutationObserver(apply);
  languageObserver.observe(root, { attributes: true, attributeFilter: ['lang'] });
  const start = matchLocale(page[chosenLocaleKey]) ?? matchLocale(root.lang);
  if (start && start !== sourceLocale) void ensureLocalization().setLocale(start);
}

function followOtherCopies(): void {
  if (typeof window === 'undefined') return;
  window.addEventListener(LOCALE_EVENT, (event) => {
    const locale = matchLocale((event as CustomEvent<unknown>).detail as string);
    if (locale) void ensureLocalization().setLocale(locale);
  });
}

/** The active locale code (`en`, `nl`). */
export function getLocale(): LocaleCode {
  return ensureLocalization().getLocale() as LocaleCode;
}

/**
 * Switches every coprod element on the page to a locale, also those of another coprod file
 * (the room's drop-in, a second copy of the bundle). Accepts language tags (`nl-NL`); an
 * unsupported code falls back to English. Elements keep their state.
 */
export async function setLocale(code: string): Promise<void> {
  const locale = matchLocale(code) ?? sourceLocale;
  const runtime = ensureLocalization();
  page[chosenLocaleKey] = locale;
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(LOCALE_EVENT, { detail: locale }));
  await runtime.setLocale(locale);
}

// Building an Intl formatter costs far more than using one: keep one per locale and option.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Decimal and grouping marks of the locales we ship: like dates, the first `Intl.NumberFormat`
 * on a page costs 12–35 ms while its locale data loads. The result is exactly Intl's (checked
 * in the tests); other locales still use Intl.
 */
const numberMarks: Record<string, { decimal: string; group: string }> = {
  en: { decimal: '.', group: ',' },
  nl: { decimal: ',', group: '.' },
};

/**
 * A non-negative number rounded as Intl rounds it: from its shortest decimal form ("1.15",
 * not the binary value just under it), halves away from zero; trailing zeros dropped.
 * `undefined` for numbers written with an exponent.
 */
function roundHalfExpand(value: number, digits: number): [whole: string, decimals: string] | undefined {
  const text = String(value);
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const [whole, fraction = ''] = text.split('.');
  if (fraction.length <= digits) return [whole, fraction.replace(/0+$/, '')];
  let kept = whole + fraction.slice(0, digits);
  if (fraction.charCodeAt(digits) >= 53 /* "5" */) kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  const cut = kept.length - digits;
  return [kept.slice(0, cut).replace(/^0+(?=\d)/, ''), kept.slice(cut).replace(/0+$/, '')];
}

/** Formats a number for the active locale (1.5 → "1,5" in Dutch). */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  const locale = getLocale();
  const marks = numberMarks[locale];
  const rounded = marks ? roundHalfExpand(Math.abs(value), maximumFractionDigits) : undefined;
  if (marks && rounded) {
    const [whole, decimals] = rounded;
    const sign = value < 0 || Object.is(value, -0) ? '-' : '';
    return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, marks.group)}${decimals ? marks.decimal + decimals : ''}`;
  }
  const key = `${locale}|${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits })));
  return format.format(value);
}

/**
 * Month names of the locales we ship: the first `Intl.DateTimeFormat` on a page costs 15–60 ms
 * (its locale data loads), more than a whole first render. The words are exactly Intl's `long`
 * style (checked in the tests); other locales still use Intl.
 */
const monthNames: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/** Formats a `YYYY-MM-DD` date for people, in the active locale ("18 november 2026"). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const locale = getLocale();
  const months = monthNames[locale];
  if (months && months[month - 1] && day >= 1 && day <= 31) {
    return locale === 'en' ? `${months[month - 1]} ${day}, ${year}` : `${day} ${months[month - 1]} ${year}`;
  }
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** Picks the active locale's text from a `{ en, nl }` label, falling back to English, then any. */
export function localText(label: Record<string, string> | string | undefined): string {
  if (label === undefined) return '';
  if (typeof label === 'string') return label;
  return label[getLocale()] ?? label[sourceLocale] ?? Object.values(label)[0] ?? '';
}

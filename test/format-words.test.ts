import { expect } from '@open-wc/testing';
import '../src/index.js';
import { formatDate, formatNumber, setLocale } from '../src/core/localization.js';

const pad = (n: number) => String(n).padStart(2, '0');

describe('dates in words', () => {
  after(() => setLocale('en'));

  for (const locale of ['en', 'nl']) {
    it(`match Intl's long date in ${locale}, every month, first and last days, other years`, async () => {
      await setLocale(locale);
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      for (const year of [1999, 2026, 2040]) {
        for (let month = 1; month <= 12; month++) {
          const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
          for (const day of [1, 9, 10, 28, last]) {
            const iso = `${year}-${pad(month)}-${pad(day)}`;
            expect(formatDate(iso), iso).to.equal(intl.format(new Date(Date.UTC(year, month - 1, day))));
          }
        }
      }
    });
  }

  it('shows "18 november 2026" in Dutch and "November 18, 2026" in English', async () => {
    await setLocale('nl');
    expect(formatDate('2026-11-18')).to.equal('18 november 2026');
    await setLocale('en');
    expect(formatDate('2026-11-18')).to.equal('November 18, 2026');
  });
});

describe('numbers', () => {
  after(() => setLocale('en'));

  const values = [0, -0, 1, 1.5, 1.05, 1.15, 1.25, 2.349, 2.35, 3.999, 4, -1.25, -0.04, 0.04, 0.05, 12.34, 999.95, 1000, 1234.5, 5000, 20000, 123456.789, 1234567, -98765.4321];
  for (const locale of ['en', 'nl']) {
    it(`match Intl in ${locale} with one, none and two decimals, also grouping and rounding halves`, async () => {
      await setLocale(locale);
      for (const digits of [0, 1, 2]) {
        const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        for (const value of [...values, ...Array.from({ length: 200 }, (_, i) => (i * 37.0137) % 4.5)]) {
          expect(formatNumber(value, digits), `${value} with ${digits}`).to.equal(intl.format(value));
        }
      }
    });
  }

  it('shows "1,7" and "5.000" in Dutch, "1.7" and "5,000" in English', async () => {
    await setLocale('nl');
    expect([formatNumber(1.66), formatNumber(5000)]).to.deep.equal(['1,7', '5.000']);
    await setLocale('en');
    expect([formatNumber(1.66), formatNumber(5000)]).to.deep.equal(['1.7', '5,000']);
  });
});

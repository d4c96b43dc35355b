import { expect } from '@open-wc/testing';
import '../src/index.js';
import { formatDate, setLocale } from '../src/core/localization.js';

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

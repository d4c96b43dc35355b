import { expect } from '@open-wc/testing';
import { filledElementInDutch } from './translated-texts.js';

/** Each element's own drop-in file (dist/bundle/<name>.js, built by `npm test` first), each with just its own Dutch. */
const dropIns: Record<string, string> = {
  'coprod-ladder': 'ladder',
  'coprod-profile-card': 'profile-card',
  'coprod-opportunity-card': 'opportunity-card',
  'coprod-opportunity-board': 'opportunity-board',
  'coprod-support-circle': 'support-circle',
  'coprod-readiness-radar': 'readiness-radar',
  'coprod-action-plan': 'action-plan',
  'coprod-gratitude': 'gratitude',
};

interface DropIn {
  setLocale(code: string): Promise<void>;
}

describe('drop-in files (dist/bundle/<element>.js)', () => {
  for (const [tag, file] of Object.entries(dropIns)) {
    it(`${file}.js shows its element in Dutch, text by text, after switching`, async () => {
      const dropIn = (await import(/* @vite-ignore */ `/dist/bundle/${file}.js`)) as DropIn;
      expect(await filledElementInDutch(tag, dropIn.setLocale)).to.be.greaterThan(10);
    });
  }
});

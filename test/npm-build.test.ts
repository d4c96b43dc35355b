import { expect } from '@open-wc/testing';
import { allTags } from './fixtures/all.fixtures.js';
import { filledElementInDutch } from './translated-texts.js';

/** The npm build (dist/index.js and its chunks, built by `npm test` first) as a host's bundler imports it. */
interface PackageModule {
  setLocale(code: string): Promise<void>;
}

const packageUrl = '/dist/index.js';

describe('npm build (dist/index.js)', () => {
  it('shows each element in Dutch, text by text, after switching', async () => {
    const coprod = (await import(/* @vite-ignore */ packageUrl)) as PackageModule;
    for (const tag of allTags) {
      expect(await filledElementInDutch(tag, coprod.setLocale), tag).to.be.greaterThan(10);
    }
  });
});

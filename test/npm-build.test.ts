import { expect } from '@open-wc/testing';
import { allTags, filledByTag } from './fixtures/all.fixtures.js';
import { expectDutchInPlace } from './translated-texts.js';

/** The npm build (dist/index.js and its chunks, built by `npm test` first) as a host's bundler imports it. */
interface PackageModule {
  setLocale(code: string): Promise<void>;
}

const packageUrl = '/dist/index.js';

describe('npm build (dist/index.js)', () => {
  it('shows each element in Dutch, text by text, after switching', async () => {
    const coprod = (await import(/* @vite-ignore */ packageUrl)) as PackageModule;
    for (const tag of allTags) {
      const el = document.createElement(tag) as HTMLElement & { value: unknown };
      el.value = filledByTag[tag];
      document.body.append(el);
      const checked = await expectDutchInPlace(el, coprod.setLocale);
      expect(checked, tag).to.be.greaterThan(10);
      await coprod.setLocale('en');
      el.remove();
    }
  });
});

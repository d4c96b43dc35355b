import { expect, waitUntil } from '@open-wc/testing';
import { filledByTag } from './fixtures/all.fixtures.js';
import { firstAndLatestReadiness, groupReadiness, selfAndWorker } from './fixtures/radar-group.fixtures.js';
import { readinessWithReadings } from './fixtures/readiness-radar.fixtures.js';

type Lines = Record<string, string[]>;
type PageWindow = Window & { coprodReady?: boolean; renderedLines(states: [string, string, unknown][], locale: string, print?: boolean): Promise<Lines> };

/** A page with the built bundle or the sources (test/pages/rendered-text.html), in an iframe. */
async function page(build: 'bundle' | 'source'): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 800px; border: 0';
  frame.src = `/test/pages/rendered-text.html?build=${build}`;
  document.body.append(frame);
  const view = frame.contentWindow as PageWindow;
  await waitUntil(() => view.coprodReady === true, `the ${build} page did not load`, { timeout: 15_000 });
  return view;
}

const states: [string, string, unknown][] = [
  ...Object.entries(filledByTag).map(([tag, value]): [string, string, unknown] => [tag, tag, value]),
  ['radar with readings', 'coprod-readiness-radar', readinessWithReadings],
  ['radar, group', 'coprod-readiness-radar', groupReadiness],
  ['radar, first and latest', 'coprod-readiness-radar', firstAndLatestReadiness],
  ['radar, self and worker', 'coprod-readiness-radar', selfAndWorker],
];

// The build minifies templates (rollup.config.js); the other tests run the sources. Whatever the
// minifier does, a person must read the same words with the same spaces between them.
describe('the built bundle shows the same text as the sources', () => {
  let bundle: PageWindow;
  let source: PageWindow;

  before(async () => {
    [bundle, source] = await Promise.all([page('bundle'), page('source')]);
  });

  /** Lines only one of the two pages shows, per state. */
  function differences(built: Lines, expected: Lines): string[] {
    expect(Object.keys(built)).to.deep.equal(Object.keys(expected));
    // The comparison saw the exercises' text, not two empty pages.
    expect(Object.values(expected).every((lines) => lines.length > 5)).to.equal(true);
    return Object.keys(expected).flatMap((name) => {
      const seen = new Set(built[name]);
      const wanted = new Set(expected[name]);
      return [...expected[name].filter((line) => !seen.has(line)).map((line) => `${name}: missing "${line}"`), ...built[name].filter((line) => !wanted.has(line)).map((line) => `${name}: built shows "${line}"`)];
    });
  }

  for (const locale of ['en', 'nl']) {
    it(`${locale}: every exercise filled in, editable and read-only, the snapshot comparison and the radar's group views`, async () => {
      expect(differences(await bundle.renderedLines(states, locale), await source.renderedLines(states, locale))).to.deep.equal([]);
    });

    it(`${locale}: every exercise's printed worksheet`, async () => {
      expect(differences(await bundle.renderedLines(states, locale, true), await source.renderedLines(states, locale, true))).to.deep.equal([]);
    });
  }
});

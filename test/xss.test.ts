import { expect } from '@open-wc/testing';
import '../src/index.js';
import { allTags, filledByTag } from './fixtures/all.fixtures.js';
import { clone, mount, queryAll, record, settle, shadow, typeInto, type AnyCoprodElement } from './helpers.js';

/** What attackers and odd data put into text fields. */
const corpus = [
  '<script>window.__coprodXss=1</script>',
  '<img src=x onerror="window.__coprodXss=1">',
  '"><svg onload="window.__coprodXss=1"><circle r="1"/></svg>',
  "'><iframe src=\"javascript:window.__coprodXss=1\"></iframe>",
  'javascript:window.__coprodXss=1',
  'data:text/html,<script>window.__coprodXss=1</script>',
  '<a href="javascript:window.__coprodXss=1">click</a>',
  '${window.__coprodXss=1} {{constructor.constructor("window.__coprodXss=1")()}}',
  '\u202Eمرحبا بالعالم — שלום עולם\u202C',
  'W'.repeat(190),
  'Lang'.repeat(1200),
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON Pointer paths of every string in a state, except the header. */
function stringPaths(value: Json, base = ''): string[] {
  if (typeof value === 'string') return [base];
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => (base === '' && (key === 'type' || key === 'version') ? [] : stringPaths(child, `${base}/${key}`)));
}

function withString(value: Json, path: string, text: string): Json {
  const copy = clone(value);
  const keys = path.split('/').slice(1);
  const last = keys.pop()!;
  const parent = keys.reduce<Json>((node, key) => (node as Record<string, Json>)[key], copy) as Record<string, Json>;
  parent[last] = text;
  return copy;
}

/** Nothing from the corpus became markup or ran, and nothing spills out sideways. */
function expectInert(el: AnyCoprodElement, context: string): void {
  const root = shadow(el);
  expect(root.querySelector('script, iframe, img[onerror], svg[onload], a[href^="javascript:"], [onerror], [onload]'), context).to.equal(null);
  expect((window as unknown as Record<string, unknown>).__coprodXss, context).to.equal(undefined);
  expect(el.scrollWidth, `${context}: no horizontal overflow`).to.be.at.most(el.clientWidth + 2);
}

for (const tag of allTags) {
  describe(`${tag}: hostile and odd text`, () => {
    const filled = filledByTag[tag] as unknown as Json;
    let container: HTMLElement;

    beforeEach(() => {
      container = document.createElement('div');
      container.style.width = '420px';
      document.body.append(container);
    });

    afterEach(() => {
      container.remove();
      localStorage.clear();
    });

    it('through the value property, in every text field: shown as text or refused, never run', async () => {
      const el = await mount<AnyCoprodElement>(tag, { parent: container });
      let accepted = 0;
      for (const path of stringPaths(filled)) {
        for (const text of corpus) {
          const { invalids } = record(el);
          const before = el.value;
          el.value = withString(filled, path, text) as never;
          await el.updateComplete;
          if (invalids.length) expect(el.value, `${path} refused: state kept`).to.deep.equal(before);
          else accepted++;
          expectInert(el, `${path} = ${text.slice(0, 30)}`);
        }
      }
      expect(accepted).to.be.greaterThan(0);
    });

    it('through the value attribute, storage and the read-only view', async () => {
      const paths = stringPaths(filled);
      for (const text of corpus) {
        // Every text field at once; ids and choices that refuse it are put back.
        let state = filled;
        for (const path of paths) {
          const candidate = withString(state, path, text);
          const probe = document.createElement(tag) as AnyCoprodElement;
          const { invalids } = record(probe);
          probe.value = candidate as never;
          if (!invalids.length) state = candidate;
        }
        const viaAttribute = await mount<AnyCoprodElement>(tag, { parent: container, attributes: { value: JSON.stringify(state) } });
        expect(viaAttribute.value).to.deep.equal(state);
        expectInert(viaAttribute, `attribute: ${text.slice(0, 30)}`);
        localStorage.setItem('xss', JSON.stringify(state));
        const viaStorage = await mount<AnyCoprodElement>(tag, { parent: container, attributes: { 'storage-key': 'xss', readonly: '' } });
        expect(viaStorage.value).to.deep.equal(state);
        expectInert(viaStorage, `storage, read-only: ${text.slice(0, 30)}`);
        viaAttribute.remove();
        viaStorage.remove();
      }
    });

    it('typed into every text field', async () => {
      const el = await mount<AnyCoprodElement>(tag, { parent: container, properties: { value: clone(filled) } });
      for (const text of corpus) {
        for (const field of queryAll<HTMLInputElement | HTMLTextAreaElement>(el, 'textarea, input[type=text], input:not([type])')) {
          if (!field.isConnected) continue;
          typeInto(field, text);
          await el.updateComplete;
        }
        await settle();
        expectInert(el, `typed: ${text.slice(0, 30)}`);
      }
    });
  });
}

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { record, type AnyCoprodElement } from '../helpers.js';

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Every leaf and container inside a JSON value, as JSON Pointer paths (the root excluded). */
export function pathsOf(value: JsonValue, base = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => {
    const path = `${base}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return [path, ...pathsOf(child, path)];
  });
}

function at(value: JsonValue, path: string): JsonValue {
  return path
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<JsonValue>((node, key) => (node as Record<string, JsonValue>)[key], value);
}

/** A copy with the value at `path` replaced by one of a type no field of ours accepts there. */
export function corrupt(value: JsonValue, path: string): JsonValue {
  const copy = JSON.parse(JSON.stringify(value)) as JsonValue;
  const segments = path.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = segments.pop()!;
  const parent = segments.reduce<JsonValue>((node, key) => (node as Record<string, JsonValue>)[key], copy) as Record<string, JsonValue>;
  const old = parent[last];
  parent[last] = typeof old === 'string' ? 4.5 : typeof old === 'number' ? 'many' : typeof old === 'boolean' ? 'yes' : old === null ? { nothing: true } : 7;
  return copy;
}

export interface PropertyFixture<S> {
  tag: string;
  /** Generates valid states of this element. */
  valid: fc.Arbitrary<S>;
  /** Paths whose corruption may still be valid data (e.g. an `any`-typed extension); rarely needed. */
  tolerated?: (path: string) => boolean;
  runs?: number;
}

/** Generated-state round trips and generated refusals, for one element. */
export function runPropertySuite<S>(fixture: PropertyFixture<S>): void {
  const runs = fixture.runs ?? 1000;

  describe(`${fixture.tag}: generated states`, () => {
    let el: AnyCoprodElement;
    before(async () => {
      el = document.createElement(fixture.tag) as AnyCoprodElement;
      document.body.append(el);
      await el.updateComplete;
    });
    after(() => el.remove());

    it(`round-trips ${runs} generated valid states exactly`, () => {
      fc.assert(
        fc.property(fixture.valid, (state) => {
          const { invalids } = record(el);
          el.value = state as never;
          expect(invalids, JSON.stringify(invalids[0]?.detail.errors)).to.have.length(0);
          expect(el.value).to.deep.equal(state);
          expect(JSON.parse(JSON.stringify(el))).to.deep.equal(state);
        }),
        { numRuns: runs },
      );
    });

    it(`refuses ${runs} generated invalid states at the faulty path, keeping the previous state`, () => {
      const withPath = fixture.valid.chain((state) => {
        const paths = pathsOf(state as JsonValue).filter((path) => !fixture.tolerated?.(path));
        return fc.tuple(fc.constant(state), fc.constantFrom(...paths));
      });
      fc.assert(
        fc.property(withPath, ([state, path]) => {
          el.value = state as never;
          const before = el.value;
          const { invalids } = record(el);
          el.value = corrupt(state as JsonValue, path) as never;
          expect(invalids, `${path} in ${JSON.stringify(at(state as JsonValue, path))}`).to.have.length(1);
          const paths = invalids[0].detail.errors.map((error) => error.path);
          expect(paths.some((reported) => reported === path || reported.startsWith(`${path}/`)), `${path} vs ${paths.join(', ')}`).to.equal(true);
          expect(el.value).to.deep.equal(before);
        }),
        { numRuns: runs },
      );
    });
  });
}

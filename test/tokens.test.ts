import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { tokenStyles } from '../src/core/tokens.styles.js';
import '../src/ladder/define.js';
import { mount, type AnyCoprodElement } from './helpers.js';

/**
 * tokens/coprod.tokens.json (DTCG) against the styles the elements really use: the same
 * tokens, the same NL Design System fallbacks, the same light and dark defaults.
 * (scripts/tokens-json.mjs writes the file from the styles; this proves the result in Chromium.)
 */
interface ColourValue {
  colorSpace: string;
  components: number[];
  hex: string;
}
interface DimensionValue {
  value: number;
  unit: string;
}
type TokenValue = ColourValue | DimensionValue | string[] | string;
interface Token {
  path: string;
  $value: TokenValue;
  $type: string;
  $description: string;
  $extensions: { coprod: { cssProperty: string; nlDesignSystem: string | null; darkValue?: TokenValue } };
}

let tokens: Token[] = [];
const byPath = new Map<string, Token>();

function collect(group: Record<string, unknown>, path: string[]): void {
  for (const [key, child] of Object.entries(group)) {
    if (key.startsWith('$') || typeof child !== 'object' || child === null) continue;
    if ('$value' in child) {
      const token = { ...(child as Omit<Token, 'path'>), path: [...path, key].join('.') };
      tokens.push(token);
      byPath.set(token.path, token);
    } else collect(child as Record<string, unknown>, [...path, key]);
  }
}

/** A DTCG value written the way our CSS writes it. */
function asCss(value: TokenValue): string {
  if (typeof value === 'string') {
    const target = /^\{(.+)\}$/.exec(value);
    if (!target || !byPath.has(target[1])) throw new Error(`unknown reference ${value}`);
    return asCss(byPath.get(target[1])!.$value);
  }
  if (Array.isArray(value)) return value.map((family) => (/\s/.test(family) ? `'${family}'` : family)).join(', ');
  if ('hex' in value) return value.hex;
  return `${value.value}${value.unit}`;
}

/** The private copy an element reads for a public token, found in the shared styles. */
function internalOf(cssProperty: string): string {
  const match = new RegExp(`(--_[\\w-]+):\\s*var\\(${cssProperty}\\s*,`).exec(tokenStyles.cssText);
  if (!match) throw new Error(`the shared styles do not read ${cssProperty}`);
  return match[1];
}

/** A value of the token's type that no default has, to see where an element takes it from. */
function probeValue(type: string, which: 'basis' | 'coprod'): string {
  if (type === 'color') return which === 'basis' ? '#010203' : '#040506';
  if (type === 'dimension') return which === 'basis' ? '7px' : '9px';
  return which === 'basis' ? 'Basis Probe Font' : 'Coprod Probe Font';
}

let wrapper: HTMLDivElement;
let el: AnyCoprodElement;
const read = (name: string) => getComputedStyle(el).getPropertyValue(name).trim();

before(async () => {
  const response = await fetch('/tokens/coprod.tokens.json');
  expect(response.ok, 'tokens/coprod.tokens.json is served').to.be.true;
  tokens = [];
  collect(await response.json(), []);
});

beforeEach(async () => {
  wrapper = document.createElement('div');
  document.body.append(wrapper);
  el = await mount<AnyCoprodElement>('coprod-ladder', { parent: wrapper });
});

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
  wrapper.remove();
});

describe('DTCG tokens (tokens/coprod.tokens.json)', () => {
  it('is DTCG: every token has $value, $type and $description, under the coprod group', () => {
    expect(tokens.length).to.be.greaterThan(15);
    const types = new Set(['color', 'dimension', 'fontFamily']);
    for (const token of tokens) {
      expect(token.path, token.path).to.match(/^coprod\./);
      expect(types.has(token.$type), `${token.path}: $type ${token.$type}`).to.be.true;
      expect(token.$description, `${token.path}: $description`).to.be.a('string').and.not.empty;
      if (token.$type === 'color' && typeof token.$value === 'object' && 'hex' in token.$value) {
        expect(token.$value.colorSpace).to.equal('srgb');
        const fromComponents = `#${token.$value.components.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`;
        expect(fromComponents, `${token.path}: components match hex`).to.equal(token.$value.hex);
      }
    }
  });

  it('lists exactly the --coprod-* tokens the shared styles read', () => {
    const read = new Set([...tokenStyles.cssText.matchAll(/var\((--coprod-[\w-]+)/g)].map((match) => match[1]));
    const listed = new Set(tokens.map((token) => token.$extensions.coprod.cssProperty));
    expect([...listed].sort()).to.deep.equal([...read].sort());
  });

  it('names exactly the NL Design System basis tokens the shared styles fall back to', () => {
    const read = new Set([...tokenStyles.cssText.matchAll(/var\((--basis-[\w-]+)/g)].map((match) => match[1]));
    const named = new Set(tokens.map((token) => token.$extensions.coprod.nlDesignSystem).filter((name): name is string => !!name));
    expect([...named].sort()).to.deep.equal([...read].sort());
  });

  it('has the light defaults the elements use when nothing is set', () => {
    for (const token of tokens) {
      expect(read(internalOf(token.$extensions.coprod.cssProperty)), token.path).to.equal(asCss(token.$value));
    }
  });

  it('has the dark defaults the elements use in a dark scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
    for (const token of tokens) {
      const expected = asCss(token.$extensions.coprod.darkValue ?? token.$value);
      expect(read(internalOf(token.$extensions.coprod.cssProperty)), `${token.path} (dark)`).to.equal(expected);
    }
  });

  it('each token falls back to its NL Design System basis token, and our own token wins over it', async () => {
    for (const token of tokens) {
      const { cssProperty, nlDesignSystem } = token.$extensions.coprod;
      const internal = internalOf(cssProperty);
      expect(nlDesignSystem, `${token.path} names a basis token`).to.be.a('string');
      wrapper.style.setProperty(nlDesignSystem!, probeValue(token.$type, 'basis'));
      expect(read(internal), `${token.path} from ${nlDesignSystem}`).to.equal(probeValue(token.$type, 'basis'));
      wrapper.style.setProperty(cssProperty, probeValue(token.$type, 'coprod'));
      expect(read(internal), `${token.path}: ${cssProperty} wins`).to.equal(probeValue(token.$type, 'coprod'));
      wrapper.removeAttribute('style');
    }
  });

  it('the basis token wins over our dark default too: a light theme stays light on a dark system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    wrapper.style.setProperty('--basis-color-default-bg-document', '#fefefe');
    wrapper.style.setProperty('--basis-color-default-color-document', '#111111');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(254, 254, 254)');
    expect(getComputedStyle(el).color).to.equal('rgb(17, 17, 17)');
  });
});

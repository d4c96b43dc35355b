import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import { filledByTag } from './fixtures/all.fixtures.js';
import { clone, mount, queryAll, type AnyCoprodElement } from './helpers.js';

function channels(color: string): number[] {
  const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b];
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour behind an element: the first ancestor (across shadow roots) with a background that is not transparent. */
function backgroundBehind(node: Element): string {
  for (let current: Element | null = node; current; current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host ?? null)) {
    const color = getComputedStyle(current).backgroundColor;
    if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
  }
  return 'rgb(255, 255, 255)';
}

describe('contrast of the radar\'s scale (WCAG 1.4.11)', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.body.replaceChildren();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`its rings and axes are 3:1 or more, ${scheme}`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await mount<AnyCoprodElement>('coprod-readiness-radar', { properties: { value: clone(filledByTag['coprod-readiness-radar']) } });
      const lines = queryAll<SVGElement>(el, 'svg.radar .ring, svg.radar .axis');
      expect(lines.length).to.be.greaterThan(6);
      const low = lines
        .map((line) => ({ style: getComputedStyle(line), line }))
        .filter(({ style, line }) => Number(style.strokeOpacity) < 1 || contrast(style.stroke, backgroundBehind(line)) < 3)
        .map(({ style, line }) => `${line.getAttribute('class')}: ${style.stroke} × ${style.strokeOpacity}`);
      expect(low).to.deep.equal([]);
    });
  }
});

describe('placeholder text contrast (WCAG 1.4.3)', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.body.replaceChildren();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`every placeholder is 4.5:1 or more against its field, ${scheme}`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const ratios: string[] = [];
      for (const tag of ['coprod-ladder', 'coprod-profile-card', 'coprod-support-circle']) {
        const el = await mount<AnyCoprodElement>(tag, { properties: { value: clone(filledByTag[tag]) } });
        for (const field of queryAll<HTMLInputElement>(el, 'input[placeholder], textarea[placeholder]')) {
          const ratio = contrast(getComputedStyle(field, '::placeholder').color, getComputedStyle(field).backgroundColor);
          if (ratio < 4.5) ratios.push(`${tag} #${field.id}: ${ratio.toFixed(2)}`);
        }
      }
      expect(ratios).to.deep.equal([]);
    });
  }
});

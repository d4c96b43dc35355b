import { expect } from '@open-wc/testing';
import '../src/index.js';
import { filledPlan } from './fixtures/action-plan.fixtures.js';
import { filledLadder } from './fixtures/ladder.fixtures.js';
import { filledBoard } from './fixtures/opportunity.fixtures.js';
import { readinessWithReadings } from './fixtures/readiness-radar.fixtures.js';
import { filledCircle } from './fixtures/support-circle.fixtures.js';
import { clone, focusable, mount, settle, shadow, type AnyCoprodElement } from './helpers.js';

/**
 * The repeated parts of big exercises (rows, cards, examples) contain their paint, so typing
 * repaints one part, not hundreds. Paint containment clips at the part's padding: whatever can
 * take the keyboard inside must have its whole focus ring inside that edge, or a keyboard user
 * sees a ring cut off on one side.
 */
const contained: { tag: string; value: object; parts: string[] }[] = [
  { tag: 'coprod-action-plan', value: filledPlan, parts: ['.row:not(.head)'] },
  { tag: 'coprod-opportunity-board', value: filledBoard, parts: ['.columns'] },
  { tag: 'coprod-ladder', value: filledLadder, parts: ['.example'] },
  { tag: 'coprod-support-circle', value: filledCircle, parts: ['li.person'] },
  { tag: 'coprod-readiness-radar', value: readinessWithReadings, parts: ['.principle', '.reading-list'] },
];

/** Focusable things in `part` whose focus ring (as drawn when focused) reaches past the part's padding edge. */
function ringsCut(part: HTMLElement, root: ShadowRoot): string[] {
  const cut: string[] = [];
  for (const target of part.querySelectorAll<HTMLElement>(focusable)) {
    if ((target as HTMLButtonElement).disabled || !target.getClientRects().length || target.closest('.visually-hidden')) continue;
    target.focus();
    if (root.activeElement !== target) continue;
    // Measured after focusing, which may scroll.
    const box = part.getBoundingClientRect();
    const edge = {
      left: box.left + part.clientLeft,
      top: box.top + part.clientTop,
      right: box.left + part.clientLeft + part.clientWidth,
      bottom: box.top + part.clientTop + part.clientHeight,
    };
    const style = getComputedStyle(target);
    expect(style.outlineStyle, `${target.localName} shows a focus ring`).to.not.equal('none');
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const rect = target.getBoundingClientRect();
    const over = { left: edge.left - (rect.left - reach), right: rect.right + reach - edge.right, top: edge.top - (rect.top - reach), bottom: rect.bottom + reach - edge.bottom };
    const sides = Object.entries(over).filter(([, px]) => px > 0.5);
    if (sides.length) cut.push(`${target.localName}${target.id ? `#${target.id}` : ''}: ${sides.map(([side, px]) => `${side} ${px.toFixed(1)} px`).join(', ')}`);
  }
  return cut;
}

const themes: { name: string; tokens: string }[] = [
  { name: 'built-in theme', tokens: '' },
  // A compact house style: little space, a wide ring.
  { name: 'compact theme with a wide ring', tokens: '--coprod-space: 2px; --coprod-focus-ring-width: 4px;' },
];

describe('focus rings are whole inside parts that contain their paint', function () {
  this.timeout(30_000);
  for (const { tag, value, parts } of contained) {
    for (const width of [360, 1200]) {
      for (const theme of themes) {
        it(`${tag}, ${width} px wide, ${theme.name}`, async () => {
          const container = document.createElement('div');
          container.style.width = `${width}px`;
          document.body.append(container);
          const el = await mount<AnyCoprodElement>(tag, { parent: container, properties: { value: clone(value) } });
          el.setAttribute('style', theme.tokens);
          await settle(50);
          const root = shadow(el);
          const cut: string[] = [];
          let checked = 0;
          for (const selector of parts) {
            const found = [...root.querySelectorAll<HTMLElement>(selector)];
            expect(found.length, `${selector} is drawn`).to.be.greaterThan(0);
            for (const part of found) {
              expect(getComputedStyle(part).contain, `${selector} contains its paint`).to.include('paint');
              checked += part.querySelectorAll(focusable).length;
              cut.push(...ringsCut(part, root).map((what) => `${selector}: ${what}`));
            }
          }
          expect(checked, 'focusable things checked').to.be.greaterThan(0);
          expect(cut).to.deep.equal([]);
          container.remove();
        });
      }
    }
  }
});

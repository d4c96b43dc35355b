import { expect } from '@open-wc/testing';
import '../src/index.js';
import { allTags, filledByTag } from './fixtures/all.fixtures.js';
import { clone, mount, settle, shadow, type AnyCoprodElement } from './helpers.js';

/** WCAG 1.4.10 reflow: at 320 CSS px (400% zoom of 1280) nothing may need horizontal scrolling. */
function overflowing(el: HTMLElement): string[] {
  const limit = el.getBoundingClientRect().right + 1;
  // Data tables may scroll inside their own region (WCAG's exception for two-dimensional content).
  const insideScroller = (node: Element) => {
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      if (/(auto|scroll)/.test(getComputedStyle(parent).overflowX)) return true;
    }
    return false;
  };
  return [...shadow(el).querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getBoundingClientRect().right > limit && !node.closest('[hidden], .visually-hidden') && !insideScroller(node))
    .map((node) => `${node.localName}.${[...node.classList].join('.')} (${Math.round(node.getBoundingClientRect().right - limit)} px)`)
    .slice(0, 5);
}

for (const tag of allTags) {
  describe(`${tag}: reflow at 320 px`, () => {
    for (const readonly of [false, true]) {
      it(`needs no horizontal scrolling${readonly ? ' (read-only)' : ''}`, async () => {
        const container = document.createElement('div');
        container.style.width = '320px';
        document.body.append(container);
        const el = await mount<AnyCoprodElement>(tag, { parent: container, properties: { value: clone(filledByTag[tag]), readonly } });
        await settle(50);
        expect(overflowing(el)).to.deep.equal([]);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        container.remove();
      });
    }
  });
}

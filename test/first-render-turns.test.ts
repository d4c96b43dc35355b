import { expect } from '@open-wc/testing';
import '../src/index.js';
import { firstRenderTurn } from '../src/core/first-render-turns.js';
import { filledByTag } from './fixtures/all.fixtures.js';

function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Stands in for first renders that fill the task.
  }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('first renders take turns', () => {
  it('lets a first render run at once in a fresh task, and in the same task while the budget lasts', async () => {
    await nextTask();
    expect(firstRenderTurn()).to.equal(undefined);
    busyFor(1);
    expect(firstRenderTurn()).to.equal(undefined);
  });

  it('makes a first render wait once this task spent its budget', async () => {
    await nextTask();
    expect(firstRenderTurn()).to.equal(undefined);
    busyFor(40);
    const turn = firstRenderTurn();
    expect(turn).to.be.instanceOf(Promise);
    await turn;
    // The waiting render starts a fresh turn of its own.
    expect(firstRenderTurn()).to.equal(undefined);
  });

  it('makes the waiting render come after the browser drew a frame, so the page is laid out and painted in between', async () => {
    // Start just after a frame, so the next one is not due yet when the budget runs out.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(firstRenderTurn()).to.equal(undefined);
    busyFor(14);
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    await firstRenderTurn();
    expect(framed).to.equal(true);
  });

  it('does not wait for ever where the page draws no frames (a hidden tab, a throttled frame)', async () => {
    const draw = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      await nextTask();
      expect(firstRenderTurn()).to.equal(undefined);
      busyFor(40);
      const started = performance.now();
      await firstRenderTurn();
      expect(performance.now() - started).to.be.below(1000);
    } finally {
      window.requestAnimationFrame = draw;
    }
  });

  it('renders every element of a page with all exercises, each with its own data', async () => {
    const page = document.createElement('main');
    const tags = Object.keys(filledByTag);
    for (const tag of tags) {
      const el = document.createElement(tag) as HTMLElement & { value: unknown };
      el.value = structuredClone(filledByTag[tag]);
      page.append(el);
    }
    document.body.append(page);
    try {
      const elements = [...page.children] as (HTMLElement & { value: unknown; updateComplete: Promise<unknown> })[];
      await Promise.all(elements.map((el) => el.updateComplete));
      for (const el of elements) {
        expect(el.shadowRoot!.querySelector('h2'), el.localName).to.exist;
        expect(el.value, el.localName).to.deep.equal(filledByTag[el.localName]);
      }
    } finally {
      page.remove();
    }
  });
});

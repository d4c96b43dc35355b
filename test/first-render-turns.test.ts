import { expect } from '@open-wc/testing';
import '../src/index.js';
import { takeTurn } from '../src/core/first-render-turns.js';
import { filledByTag } from './fixtures/all.fixtures.js';

function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Stands in for first renders that fill the task.
  }
}

/** Resolves after the browser drew a frame (and after the turn that frame ended). */
const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 0), 0)));

describe('first renders take turns', () => {
  it('lets a first render run at once, and the next too while the frame’s budget lasts', async () => {
    await afterFrame();
    expect(takeTurn(() => busyFor(1))).to.equal(undefined);
    expect(takeTurn(() => 'rendered')).to.equal('rendered');
  });

  it('makes a first render wait for the next frame once this frame’s renders spent the budget', async () => {
    await afterFrame();
    takeTurn(() => busyFor(10));
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    let rendered = false;
    const turn = takeTurn(() => (rendered = true));
    expect(turn).to.be.instanceOf(Promise);
    expect(rendered).to.equal(false);
    await turn;
    expect(rendered).to.equal(true);
    // The page was laid out and painted in between.
    expect(framed).to.equal(true);
  });

  it('lets renders that waited for the same frame share its budget: the next waits another frame (also across tasks)', async () => {
    await afterFrame();
    takeTurn(() => busyFor(10));
    let frames = 0;
    const count = () => {
      frames++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const at: number[] = [];
    await Promise.all([takeTurn(() => (busyFor(10), at.push(frames))), takeTurn(() => (busyFor(10), at.push(frames))), takeTurn(() => at.push(frames))]);
    expect(at).to.have.length(3);
    expect(at[0]).to.be.at.least(1);
    expect(at[1]).to.be.greaterThan(at[0]);
    expect(at[2]).to.be.greaterThan(at[1]);
  });

  it('does not wait for ever where the page draws no frames (a hidden tab, a throttled frame)', async () => {
    await afterFrame();
    const draw = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      takeTurn(() => busyFor(10));
      const started = performance.now();
      let rendered = false;
      await takeTurn(() => (rendered = true));
      expect(rendered).to.equal(true);
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

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
    busyFor(5);
    expect(firstRenderTurn()).to.equal(undefined);
  });

  it('makes a first render wait for a new task once this task spent its budget', async () => {
    await nextTask();
    expect(firstRenderTurn()).to.equal(undefined);
    busyFor(40);
    const turn = firstRenderTurn();
    expect(turn).to.be.instanceOf(Promise);
    await turn;
    // The waiting render starts a fresh turn of its own.
    expect(firstRenderTurn()).to.equal(undefined);
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

import { allTags, filledByTag } from '../test/fixtures/all.fixtures.js';
import { forceLayout, type BenchSuite } from './harness.js';

/**
 * All seven exercises, filled in, on one page: the longest main-thread task while they are
 * created and rendered (0 when no task reached the browser's 50 ms long-task mark).
 */
export async function longestTaskWithAllElements(): Promise<number> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const page = document.createElement('main');
  document.body.append(page);
  for (const tag of allTags) {
    const el = document.createElement(tag) as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
    el.value = JSON.parse(JSON.stringify(filledByTag[tag]));
    page.append(el);
  }
  await Promise.all([...page.children].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  // The browser lays out and paints in its own frame, as on a real page (a layout forced here
  // would add the whole page's layout to the task of the last render). Long tasks are
  // reported after they end.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300)));
  observer.takeRecords().forEach((entry) => (longest = Math.max(longest, entry.duration)));
  observer.disconnect();
  page.remove();
  return longest;
}

/** Create, append and render all seven filled elements in one go. */
async function allElementsFirstRender(): Promise<number> {
  const start = performance.now();
  const page = document.createElement('main');
  document.body.append(page);
  for (const tag of allTags) {
    const el = document.createElement(tag) as HTMLElement & { value: unknown };
    el.value = JSON.parse(JSON.stringify(filledByTag[tag]));
    page.append(el);
  }
  await Promise.all([...page.children].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  forceLayout(page);
  const ms = performance.now() - start;
  page.remove();
  return ms;
}

export const suite: BenchSuite = {
  name: 'all seven on one page',
  scenarios: [
    { name: 'first render of all seven, filled', samples: 9, sample: allElementsFirstRender },
    { name: 'longest long task while they render (0 = none over 50 ms)', samples: 9, sample: longestTaskWithAllElements, target: 'no task > 50 ms' },
  ],
};

/**
 * Benchmark helpers, run in headless Chromium by `npm run bench` against the production
 * build of Lit. Each `bench/<exercise>.bench.ts` exports `suite: BenchSuite`.
 * Figures are printed, never asserted.
 */
export interface BenchScenario {
  name: string;
  /** Measured runs after one warm-up run (default 15). */
  samples?: number;
  /** One measured run; returns milliseconds. */
  sample: () => Promise<number>;
  /** Optional target, printed beside the figure (e.g. "≤ 16 ms"). */
  target?: string;
}

export interface BenchSuite {
  name: string;
  scenarios: BenchScenario[];
}

export interface BenchFigure {
  suite: string;
  scenario: string;
  median: number;
  p95: number;
  samples: number;
  target?: string;
}

/** Forces style and layout, so a render is measured until pixels could be painted. */
export function forceLayout(el: Element): void {
  void (el as HTMLElement).offsetHeight;
  void el.shadowRoot?.firstElementChild?.getBoundingClientRect();
}

/** Creates an element, sets its value, appends it, waits for the render and forces layout. */
export async function timeFirstRender(tag: string, value?: unknown, attributes: Record<string, string> = {}): Promise<{ ms: number; el: HTMLElement }> {
  const start = performance.now();
  const el = document.createElement(tag) as HTMLElement & { value: unknown; updateComplete: Promise<unknown> };
  for (const [name, text] of Object.entries(attributes)) el.setAttribute(name, text);
  if (value !== undefined) el.value = value;
  document.body.append(el);
  await el.updateComplete;
  forceLayout(el);
  return { ms: performance.now() - start, el };
}

/** Times `action` until the element has re-rendered and laid out. */
export async function timeUpdate(el: HTMLElement & { updateComplete: Promise<unknown> }, action: () => void): Promise<number> {
  const start = performance.now();
  action();
  await el.updateComplete;
  forceLayout(el);
  return performance.now() - start;
}

/** A scenario that measures the first render of an element with a given value. */
export function firstRenderScenario(name: string, tag: string, value: () => unknown, target?: string): BenchScenario {
  return {
    name,
    target,
    async sample() {
      const { ms, el } = await timeFirstRender(tag, value());
      el.remove();
      return ms;
    },
  };
}

/**
 * Resolves in a new task after the browser drew a frame. Each sample starts in one, as an
 * element made by a person's action does: a sample right after another one's first render
 * would add the wait of first renders taking turns, one turn per frame
 * (src/core/first-render-turns.ts), which is idle time, not work.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs every scenario once before measuring any, so figures are the same whichever suite
 * comes first: they describe a page that is running (code compiled, styles parsed), not the
 * one-off cost of loading the script.
 */
export async function runSuites(suites: BenchSuite[]): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const suite of suites) for (const scenario of suite.scenarios) await scenario.sample();
  for (const suite of suites) {
    for (const scenario of suite.scenarios) {
      const count = scenario.samples ?? 15;
      await scenario.sample();
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        await nextTurn();
        times.push(await scenario.sample());
      }
      figures.push({ suite: suite.name, scenario: scenario.name, median: median(times), p95: percentile(times, 95), samples: count, target: scenario.target });
    }
  }
  return figures;
}

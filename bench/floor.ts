/**
 * The floor every figure is compared with: the same DOM and stylesheets as an element
 * renders, built without Lit (markup parsed into a shadow root with the same sheets), and
 * for typing the same listener doing only `input.value` bookkeeping. Driven from Node by
 * `scripts/bench.mjs` (trusted key presses, CPU throttling, fresh pages for cold starts),
 * so it exposes small functions on `window.benchFloor`. Figures are printed, never asserted.
 */
import { render } from 'lit';
import type { ReadinessState } from '../src/readiness-radar/radar.types.js';
import { radarChart } from '../src/readiness-radar/radar.chart.js';
import { manyActions } from '../test/fixtures/action-plan.fixtures.js';
import { allTags, filledByTag } from '../test/fixtures/all.fixtures.js';
import { filledLadder } from '../test/fixtures/ladder.fixtures.js';
import { generateBoard } from '../test/fixtures/opportunity.fixtures.js';
import { filledReadiness, manyReadings } from '../test/fixtures/readiness-radar.fixtures.js';
import { circleWith } from '../test/fixtures/support-circle.fixtures.js';
import { forceLayout, median, nextTurn } from './harness.js';
import { longestTaskWithAllElements } from './page.bench.js';
import { chartInput, chartStyleSheets } from './readiness-radar.bench.js';

type Lit = HTMLElement & { value: unknown; updateComplete: Promise<unknown> };

/** A captured element: its shadow markup (values written as attributes) and its stylesheets as text. */
export interface Floor {
  html: string;
  css: string[];
}

function ladderWith(examples: number) {
  const rungs = ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co-design', 'co-production'];
  return {
    ...filledLadder,
    examples: Array.from({ length: examples }, (_, i) => ({ ...filledLadder.examples[i % 2], id: `e${i + 1}`, rung: rungs[i % rungs.length] })),
  };
}

/** The states measured: every element filled in, and the big ones people feel on a slow phone. */
const states: Record<string, { tag: string; value: () => unknown; attributes?: Record<string, string> }> = {
  ...Object.fromEntries(allTags.map((tag) => [tag, { tag, value: () => structuredClone(filledByTag[tag]) }])),
  'circle 500': { tag: 'coprod-support-circle', value: () => circleWith(500) },
  'plan 300': { tag: 'coprod-action-plan', value: () => manyActions(300) },
  'plan 300 storage-key': { tag: 'coprod-action-plan', value: () => manyActions(300), attributes: { 'storage-key': 'bench-plan' } },
  'board 1000': { tag: 'coprod-opportunity-board', value: () => generateBoard(1000) },
  'ladder 50': { tag: 'coprod-ladder', value: () => ladderWith(50) },
  // 50 readings: the most a radar accepts (more is refused as invalid data).
  'radar 50 readings': { tag: 'coprod-readiness-radar', value: () => manyReadings(50) },
};

/** Where one keystroke goes in each typing scenario, and which key. */
const typing: Record<string, { state: string; field: string; key: 'letter' | 'ArrowRight' }> = {
  'circle 500': { state: 'circle 500', field: 'input[id$="-name"]', key: 'letter' },
  'plan 300': { state: 'plan 300', field: '.row:not(.head) textarea', key: 'letter' },
  'plan 300 storage-key': { state: 'plan 300 storage-key', field: '.row:not(.head) textarea', key: 'letter' },
  'board 1000': { state: 'board 1000', field: 'input#f-keeper', key: 'letter' },
  'ladder 50': { state: 'ladder 50', field: 'textarea[id$="-what"]', key: 'letter' },
  'radar 50 readings': { state: 'radar 50 readings', field: 'fieldset.question input[type=radio]:checked', key: 'ArrowRight' },
};

function cssText(sheet: CSSStyleSheet): string {
  return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
}

/** Every element, text node and attribute as rendered, with form values written into the markup. */
function markupOf(root: ShadowRoot): string {
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
    if (field instanceof HTMLTextAreaElement) field.textContent = field.value;
    else if (field instanceof HTMLSelectElement) field.selectedOptions[0]?.setAttribute('selected', '');
    else if (field.type === 'checkbox' || field.type === 'radio') field.toggleAttribute('checked', field.checked);
    else if (field.type !== 'file') field.setAttribute('value', field.value);
  }
  // Lit's markers are comments: the floor has none.
  return root.innerHTML.replace(/<!--[^]*?-->/g, '');
}

async function create(name: string, value = states[name].value()): Promise<Lit> {
  const { tag, attributes = {} } = states[name];
  const el = document.createElement(tag) as Lit;
  for (const [attribute, text] of Object.entries(attributes)) el.setAttribute(attribute, text);
  el.value = value;
  document.body.append(el);
  await el.updateComplete;
  forceLayout(el);
  return el;
}

/** Renders the element once (untimed) and keeps what the floor needs. */
async function capture(name: string): Promise<Floor> {
  const el = await create(name);
  const root = el.shadowRoot!;
  const floor = { html: markupOf(root), css: root.adoptedStyleSheets.map(cssText) };
  el.remove();
  localStorage.clear();
  return floor;
}

let warmSheets = new Map<string, CSSStyleSheet>();

/** The floor's stylesheets; made from text when cold, shared between instances when warm (as Lit shares them). */
function sheetsOf(floor: Floor, cold: boolean): CSSStyleSheet[] {
  return floor.css.map((text) => {
    let sheet = cold ? undefined : warmSheets.get(text);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      if (!cold) warmSheets.set(text, sheet);
    }
    return sheet;
  });
}

/** Builds the floor: a host with a shadow root, the same sheets and the same markup, laid out. */
function buildFloor(floor: Floor, cold = false): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheetsOf(floor, cold);
  root.innerHTML = floor.html;
  document.body.append(host);
  forceLayout(host);
  return host;
}

async function timeOurs(name: string): Promise<number> {
  // The data is made before the clock starts: the floor gets its markup ready-made too.
  const value = states[name].value();
  const start = performance.now();
  const el = await create(name, value);
  const ms = performance.now() - start;
  el.remove();
  localStorage.clear();
  return ms;
}

function timeFloor(floor: Floor, cold = false): number {
  const start = performance.now();
  const host = buildFloor(floor, cold);
  const ms = performance.now() - start;
  host.remove();
  return ms;
}

/**
 * Warm first render: ours and the floor, median of each. Each sample starts after a frame, and
 * the two take turns going first: a render that starts straight after another one, with the
 * caches still warm from it, is faster (a filled opportunity card's floor: 1.2 ms right after
 * ours, 1.7 ms after a frame), so a fixed order favours whichever goes second.
 */
async function warm(name: string, floor: Floor, samples = 9): Promise<{ ours: number; floor: number }> {
  warmSheets = new Map();
  await timeOurs(name);
  timeFloor(floor);
  const ours: number[] = [];
  const floors: number[] = [];
  const sampleOurs = async () => {
    await nextTurn();
    ours.push(await timeOurs(name));
  };
  const sampleFloor = async () => {
    await nextTurn();
    floors.push(timeFloor(floor));
  };
  for (let i = 0; i < samples; i++) for (const sample of i % 2 ? [sampleFloor, sampleOurs] : [sampleOurs, sampleFloor]) await sample();
  return { ours: median(ours), floor: median(floors) };
}

/** The first instance on a fresh page (its code not yet run, its template not yet prepared). */
async function coldOurs(name: string): Promise<number> {
  return timeOurs(name);
}

function coldFloor(floor: Floor): number {
  return timeFloor(floor, true);
}

// The radar chart alone, against the same SVG as static markup.
const BATCH = 20;
let chartFloor: string | undefined;

function chartState(readings: number): ReadinessState {
  return readings === 1 ? filledReadiness : manyReadings(readings);
}

function chartHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  host.style.width = '580px';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = chartStyleSheets;
  return { host, root };
}

function timeCharts(make: () => HTMLElement): number {
  const hosts: HTMLElement[] = [];
  const start = performance.now();
  for (let i = 0; i < BATCH; i++) hosts.push(make());
  const ms = (performance.now() - start) / BATCH;
  for (const host of hosts) host.remove();
  return ms;
}

async function chart(readings: number, samples = 15): Promise<{ ours: number; floor: number }> {
  const input = chartInput(chartState(readings));
  const { host, root } = chartHost();
  document.body.append(host);
  render(radarChart(input), root);
  chartFloor = markupOf(root);
  host.remove();
  const ours = () =>
    timeCharts(() => {
      const { host, root } = chartHost();
      document.body.append(host);
      render(radarChart(input), root);
      forceLayout(host);
      return host;
    });
  const floor = () =>
    timeCharts(() => {
      const { host, root } = chartHost();
      root.innerHTML = chartFloor!;
      document.body.append(host);
      forceLayout(host);
      return host;
    });
  ours();
  floor();
  const a: number[] = [];
  const b: number[] = [];
  const sampleOurs = () => a.push(ours());
  const sampleFloor = () => b.push(floor());
  // The two take turns going first, as in warm().
  for (let i = 0; i < samples; i++) for (const sample of i % 2 ? [sampleFloor, sampleOurs] : [sampleOurs, sampleFloor]) sample();
  return { ours: median(a), floor: median(b) };
}

// Typing: the element (or its floor) stays on the page; Node presses keys and reads Event Timing.
let typingTarget: HTMLElement | undefined;
type EventEntry = PerformanceEventTiming & { interactionId?: number };

/**
 * The bench's own work in the page while it measures typing: watching Event Timing (here) and
 * waiting for the next paint (called from Node). Both live in the bench page's own script
 * (PROBE_SCRIPT in scripts/bench.mjs), so that the trace can leave them out of the script per
 * keystroke.
 */
const probe = window.benchProbe;

async function setupTyping(name: string, variant: 'ours' | 'floor', floor?: Floor): Promise<string> {
  const scenario = typing[name];
  localStorage.clear();
  let root: ShadowRoot;
  if (variant === 'ours') {
    typingTarget = await create(scenario.state);
    root = typingTarget.shadowRoot!;
  } else {
    typingTarget = buildFloor(floor!);
    root = typingTarget.shadowRoot!;
    // The floor's listener: bookkeeping of the value typed, nothing else.
    const values = new Map<string, string>();
    root.addEventListener('input', (event) => {
      const field = event.composedPath()[0] as HTMLInputElement;
      values.set(field.id || field.name, field.value);
    });
  }
  const field = root.querySelector<HTMLElement>(scenario.field)!;
  field.scrollIntoView({ block: 'center' });
  field.focus();
  probe.watchEvents();
  return scenario.key;
}

/** Per interaction (keystroke), its longest event duration; 0 when under the 16 ms threshold. */
async function finishTyping(keystrokes: number): Promise<number[]> {
  await new Promise((done) => setTimeout(done, 300));
  const eventEntries = probe.takeEvents();
  const byInteraction = new Map<number, number>();
  for (const entry of eventEntries) {
    if (!entry.interactionId) continue;
    byInteraction.set(entry.interactionId, Math.max(byInteraction.get(entry.interactionId) ?? 0, entry.duration));
  }
  const durations = [...byInteraction.values()];
  while (durations.length < keystrokes) durations.push(0);
  typingTarget?.remove();
  typingTarget = undefined;
  localStorage.clear();
  return durations;
}

declare global {
  interface Window {
    benchFloor: typeof api;
    benchProbe: { nextPaint(): Promise<void>; watchEvents(): void; takeEvents(): EventEntry[] };
  }
}

const api = {
  states: Object.keys(states),
  typing: Object.keys(typing),
  capture,
  warm,
  coldOurs,
  coldFloor,
  chart,
  setupTyping,
  finishTyping,
  longestTask: longestTaskWithAllElements,
};
window.benchFloor = api;

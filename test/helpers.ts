import { setLocale } from '../src/core/localization.js';
import type { CoprodElement } from '../src/core/coprod-element.js';
import type { CoprodChangeEvent, CoprodInvalidEvent } from '../src/core/events.js';

export type AnyCoprodElement = CoprodElement<object> & HTMLElement;

/** Creates an element, applies attributes and properties before it connects, appends it and waits for its render. */
export async function mount<E extends AnyCoprodElement>(
  tag: string,
  options: { attributes?: Record<string, string>; properties?: Record<string, unknown>; parent?: HTMLElement; listen?: (el: E) => void } = {},
): Promise<E> {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  for (const [name, value] of Object.entries(options.properties ?? {})) (el as unknown as Record<string, unknown>)[name] = value;
  options.listen?.(el);
  (options.parent ?? document.body).append(el);
  await el.updateComplete;
  return el;
}

/** Records the coprod events an element fires. */
export function record(el: HTMLElement) {
  const changes: CoprodChangeEvent[] = [];
  const invalids: CoprodInvalidEvent[] = [];
  el.addEventListener('coprod-change', (event) => changes.push(event));
  el.addEventListener('coprod-invalid', (event) => invalids.push(event));
  return { changes, invalids };
}

/** Whatever can take the keyboard: fields, buttons, links, a `<details>`'s summary, roving items. */
export const focusable = 'a[href], button, input, select, summary, textarea, [tabindex]';

export function shadow(el: HTMLElement): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

export function query<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in ${el.localName}`);
  return found;
}

export function queryAll<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T[] {
  return [...shadow(el).querySelectorAll<T>(selector)];
}

/** Types into a field as a user would: sets the text and fires `input`. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Finds a labelled field in the shadow root by its visible label text. */
export function fieldByLabel<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, label: string | RegExp): T {
  const labels = queryAll<HTMLLabelElement>(el, 'label');
  const match = labels.find((candidate) => (typeof label === 'string' ? candidate.textContent?.trim() === label : label.test(candidate.textContent ?? '')));
  if (!match?.control) throw new Error(`no field labelled ${label} in ${el.localName}`);
  return match.control as unknown as T;
}

/** Lets timers and pending renders run; unlike an animation frame it also runs in a hidden page. */
/** A reader's own text spacing at WCAG 1.4.12's values, as a style on the element. */
export const READER_TEXT_SPACING = 'letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5';

/** Waits a few frames (a ResizeObserver's turn and the render it asks for), then the element's update. */
export async function afterFrames(el: AnyCoprodElement, frames = 3): Promise<void> {
  for (let frame = 0; frame < frames; frame++) await new Promise((done) => requestAnimationFrame(done));
  await el.updateComplete;
}

export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function switchLocale(code: string): Promise<void> {
  await setLocale(code);
  await settle();
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Whether two JSON values are equal (key order aside). */
export function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1)).map(([key, inner]) => [key, canonical(inner)]))
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Waits until `check` is true, giving timers and other pages time to run. */
export async function eventually(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting until ${what}`);
    await settle(20);
  }
}

/** Opens a second real page of the same browser profile (another tab) with every element registered. */
export async function openSecondTab(): Promise<Window> {
  const tab = window.open('/test/pages/second-tab.html', '_blank');
  if (!tab) throw new Error('the browser did not open a second tab');
  await eventually(() => (tab as Window & { coprodReady?: boolean }).coprodReady === true, 'the second tab is ready', 15000);
  return tab;
}

/** Creates an element in another page, like `mount()` does here. */
export async function mountIn<E extends AnyCoprodElement>(tab: Window, tag: string, attributes: Record<string, string> = {}): Promise<E> {
  const el = tab.document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  tab.document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Runs `action` and returns which of `parts` had a DOM change (rows that skip re-rendering). */
export async function partsChanged(el: AnyCoprodElement, parts: Element[], action: () => void | Promise<void>): Promise<Set<Element>> {
  const changed = new Set<Element>();
  const note = (records: MutationRecord[]) => {
    for (const record of records) {
      const part = parts.find((candidate) => candidate.contains(record.target));
      if (part) changed.add(part);
    }
  };
  const observer = new MutationObserver(note);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  await action();
  await el.updateComplete;
  note(observer.takeRecords());
  observer.disconnect();
  return changed;
}

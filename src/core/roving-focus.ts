import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The items, in keyboard order, read fresh at each use (the view may have re-rendered). */
  items: () => HTMLElement[];
  /** Which arrow keys move: up/down, left/right, or both. */
  orientation?: 'vertical' | 'horizontal' | 'both';
  /** Whether moving past the last item goes to the first. */
  wrap?: boolean;
  /**
   * What the items depend on, e.g. the list they are rendered from. When every entry is the
   * same as at the last update, the tab stops are not applied again after a render (with a
   * thousand items, reading them all costs a frame on every keystroke elsewhere).
   */
  itemsKey?: () => readonly unknown[];
}

/**
 * One tab stop for a group of items (WAI-ARIA roving tabindex): Tab enters the group at the
 * current item, arrow keys, Home and End move within it. Shared by every keyboard-navigable
 * group (radar axes, circle marks, board cards).
 */
export class RovingFocusController implements ReactiveController {
  private _current = 0;
  private _appliedKey: readonly unknown[] | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  /** Index of the item that holds the group's tab stop. */
  get current(): number {
    return this._current;
  }

  hostUpdated(): void {
    const key = this.options.itemsKey?.();
    const applied = this._appliedKey;
    if (key && applied && key.length === applied.length && key.every((entry, index) => entry === applied[index])) return;
    this._applyTabStops();
    this._appliedKey = key;
  }

  /** Makes `index` the tab stop and, when asked, focuses it. */
  moveTo(index: number, focus = true): void {
    const items = this.options.items();
    if (!items.length) return;
    this._current = Math.max(0, Math.min(items.length - 1, index));
    this._applyTabStops();
    if (focus) items[this._current].focus();
  }

  /** Call from the group's `keydown`; returns whether the key moved focus. */
  handleKeydown(event: KeyboardEvent): boolean {
    const items = this.options.items();
    const index = items.indexOf(event.composedPath().find((node) => items.includes(node as HTMLElement)) as HTMLElement);
    if (index < 0) return false;
    const orientation = this.options.orientation ?? 'both';
    const previousKeys = orientation === 'vertical' ? ['ArrowUp'] : orientation === 'horizontal' ? ['ArrowLeft'] : ['ArrowUp', 'ArrowLeft'];
    const nextKeys = orientation === 'vertical' ? ['ArrowDown'] : orientation === 'horizontal' ? ['ArrowRight'] : ['ArrowDown', 'ArrowRight'];
    let target: number;
    if (previousKeys.includes(event.key)) target = index - 1;
    else if (nextKeys.includes(event.key)) target = index + 1;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = items.length - 1;
    else return false;
    if (this.options.wrap) target = (target + items.length) % items.length;
    event.preventDefault();
    this.moveTo(target);
    return true;
  }

  private _applyTabStops(): void {
    const items = this.options.items();
    if (this._current >= items.length) this._current = Math.max(0, items.length - 1);
    // Only touch what differs: with hundreds of items, writing every tabIndex costs a frame.
    // The attribute, not the tabIndex property: an SVG mark without the attribute reads -1
    // yet cannot take focus.
    items.forEach((item, index) => {
      const wanted = index === this._current ? '0' : '-1';
      if (item.getAttribute('tabindex') !== wanted) item.setAttribute('tabindex', wanted);
    });
  }
}

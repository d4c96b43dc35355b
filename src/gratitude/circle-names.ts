import type { ReactiveController, ReactiveElement } from 'lit';
import { namesFromCircles } from './gratitude.state.js';

const CIRCLE_TAG = 'coprod-support-circle';

/**
 * The names in the `coprod-support-circle`s on the same page (the same document or shadow
 * root), read through their public `value`. Nothing requires a circle: without one the list
 * stays empty. It follows the circles' edits (`coprod-change`), a circle defined later, and
 * `refresh()` when the host element wants the latest (e.g. when a field gets focus).
 */
export class CircleNamesController implements ReactiveController {
  names: string[] = [];
  private _root: Document | ShadowRoot | undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.getRootNode();
    this._root = root instanceof Document || root instanceof ShadowRoot ? root : undefined;
    this._root?.addEventListener('coprod-change', this._onChange);
    this.refresh();
    void customElements.whenDefined(CIRCLE_TAG).then(() => this.refresh());
  }

  hostDisconnected(): void {
    this._root?.removeEventListener('coprod-change', this._onChange);
    this._root = undefined;
  }

  /** Reads the circles again; re-renders the host only when the names changed. */
  refresh(): void {
    const circles = this._root ? [...this._root.querySelectorAll(CIRCLE_TAG)] : [];
    const names = namesFromCircles(circles.map((circle) => (circle as Element & { value?: unknown }).value));
    if (names.length === this.names.length && names.every((name, index) => name === this.names[index])) return;
    this.names = names;
    this.host.requestUpdate();
  }

  private _onChange = (event: Event) => {
    if (event.composedPath().some((node) => (node as Element).localName === CIRCLE_TAG)) this.refresh();
  };
}

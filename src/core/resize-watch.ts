import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Calls `changed` when the element `target()` gives (looked up again after each render of
 * `host`) changes size, for as long as the host is connected. Called after the observer's
 * turn: a change made in that turn that resized an observed box again would be a resize loop.
 */
export function watchResize(host: ReactiveElement, target: () => Element | null, changed: () => void): void {
  host.addController(new ResizeWatch(target, changed));
}

class ResizeWatch implements ReactiveController {
  private _observer: ResizeObserver | undefined;
  private _observed: Element | null = null;

  constructor(
    private readonly target: () => Element | null,
    private readonly changed: () => void,
  ) {}

  hostConnected(): void {
    if (typeof ResizeObserver !== 'undefined') this._observer = new ResizeObserver(() => setTimeout(this.changed, 0));
  }

  hostUpdated(): void {
    const target = this.target();
    if (target === this._observed || !this._observer) return;
    if (this._observed) this._observer.unobserve(this._observed);
    this._observed = target;
    if (target) this._observer.observe(target);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._observed = null;
  }
}

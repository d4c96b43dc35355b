import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Knows when the page is being printed, so an element can print its finished sheet
 * (e.g. the read-only view) instead of its editing controls.
 */
export class PrintController implements ReactiveController {
  /** True between the browser's `beforeprint` and `afterprint`. */
  active = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this._before);
    window.addEventListener('afterprint', this._after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this._before);
    window.removeEventListener('afterprint', this._after);
  }

  private _before = () => {
    this.active = true;
    this.host.requestUpdate();
    // window.print() from script lays out the page before microtasks run: render now.
    // performUpdate is protected on the element; a controller acting for it may call it.
    (this.host as unknown as { performUpdate(): void }).performUpdate();
  };

  private _after = () => {
    this.active = false;
    this.host.requestUpdate();
  };
}

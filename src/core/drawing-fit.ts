import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { watchResize } from './resize-watch.js';

/**
 * Drawn text smaller than this share of the body text is too small to read: 9.6 px beside
 * 16 px text. A laptop (a 1100 px window) still shows the circle's names at about 12 px; a
 * phone, 400% zoom or a doubled text size makes the drawing give way.
 */
export const READABLE_SHARE = 0.6;

export interface DrawingFitOptions {
  /** The box the drawing fills (measured for its width; it keeps its width while it gives way). */
  box: () => Element | null;
  /** The drawing's width in its own units (the SVG viewBox width), or a function when it changes. */
  viewWidth: number | (() => number);
  /** An element whose computed font size is the drawing's text size, in drawing units. */
  text: () => Element | null;
  /** The smallest readable share of the body text (default {@link READABLE_SHARE}). */
  share?: number;
}

/**
 * Lets an SVG drawing give way to its list or table when its text would be drawn too small to
 * read: SVG text shrinks with the drawing, so on a narrow screen or at 400% zoom a name of 19
 * units becomes 5 px at 400% zoom. The text is compared with the element's own body text size, so a larger
 * browser text size raises the bar with it. The person can still show the drawing anyway.
 */
export class DrawingFitController {
  /** The drawing's text would be smaller than {@link READABLE_SHARE} of the body text. */
  tooSmall = false;
  /** The person chose to see the drawing anyway. */
  showAnyway = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: DrawingFitOptions,
  ) {
    // Giving way changes the box's height: measured after the observer's turn (watchResize).
    watchResize(host, options.box, () => this.measure());
  }

  /** Whether the drawing steps aside now. */
  get givesWay(): boolean {
    return this.tooSmall && !this.showAnyway;
  }

  /** Measures again; the host renders again when the outcome changed. */
  measure(): void {
    const box = this.options.box();
    const text = this.options.text();
    if (!box || !text) return;
    const width = box.getBoundingClientRect().width;
    if (!width) return;
    const { viewWidth } = this.options;
    const drawn = (parseFloat(getComputedStyle(text).fontSize) * width) / (typeof viewWidth === 'function' ? viewWidth() : viewWidth);
    const body = parseFloat(getComputedStyle(this.host).fontSize);
    const tooSmall = drawn < body * (this.options.share ?? READABLE_SHARE);
    if (tooSmall !== this.tooSmall) {
      this.tooSmall = tooSmall;
      this.host.requestUpdate();
    }
  }

  /** The note shown instead of the drawing, with a button to show it anyway. */
  renderNote(text: string): TemplateResult | typeof nothing {
    if (!this.tooSmall) return nothing;
    if (this.showAnyway) return nothing;
    return html`<p class="gave-way-note">
      <span>${text}</span>
      <button type="button" class="quiet" @click=${this._show}>${msg('Show it anyway')}</button>
    </p>`;
  }

  private _show = async () => {
    this.showAnyway = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The button went away with the note: the keyboard goes to the drawing it asked for
    // (its mark with the tab stop, else the drawing itself).
    const box = this.options.box();
    if (!(box instanceof HTMLElement || box instanceof SVGElement)) return;
    const mark = box.querySelector<HTMLElement | SVGElement>('[tabindex="0"]');
    if (!mark && !box.hasAttribute('tabindex')) box.setAttribute('tabindex', '-1');
    (mark ?? box).focus();
  };
}

import { noChange } from 'lit';
import { AsyncDirective, directive, PartType, type ElementPart, type PartInfo } from 'lit/async-directive.js';

/**
 * A wrapper that lets a wide table scroll sideways. While its content is wider than the
 * wrapper, keyboard users must be able to scroll it, so it becomes a named, focusable region
 * (`tabindex="0" role="region"`, WCAG 2.1.1). While everything fits it is a plain box: a
 * focusable element that is not a widget is only noise for screen readers.
 *
 * `<div class="table-scroll" ${scrollRegion('caption-id')}>…</div>`
 */
class ScrollRegionDirective extends AsyncDirective {
  private _element?: HTMLElement;
  private _labelledBy = '';
  private _observer?: ResizeObserver;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('scrollRegion() belongs on an element');
  }

  /** `labelledBy`: the id of the element (a caption) that names the region. */
  render(labelledBy: string): unknown {
    void labelledBy;
    return noChange;
  }

  override update(part: ElementPart, [labelledBy]: [string]): unknown {
    this._labelledBy = labelledBy;
    if (this._element !== part.element) {
      this._element = part.element as HTMLElement;
      this._observe();
    }
    this.sync();
    return noChange;
  }

  /** Makes the wrapper a focusable region exactly while its content overflows it. */
  sync(): void {
    const element = this._element;
    if (!element) return;
    if (element.scrollWidth > element.clientWidth + 1) {
      element.tabIndex = 0;
      element.setAttribute('role', 'region');
      element.setAttribute('aria-labelledby', this._labelledBy);
    } else {
      element.removeAttribute('tabindex');
      element.removeAttribute('role');
      element.removeAttribute('aria-labelledby');
    }
  }

  private _observe(): void {
    this._observer?.disconnect();
    if (!this._element || typeof ResizeObserver === 'undefined') return;
    this._observer = new ResizeObserver(() => this.sync());
    this._observer.observe(this._element);
    for (const child of this._element.children) this._observer.observe(child);
  }

  protected override disconnected(): void {
    this._observer?.disconnect();
  }

  protected override reconnected(): void {
    this._observe();
  }
}

export const scrollRegion = directive(ScrollRegionDirective);

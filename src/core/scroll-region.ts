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
  private _childWatch?: MutationObserver;

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
    const first = this._element !== part.element;
    const renamed = labelledBy !== this._labelledBy;
    this._labelledBy = labelledBy;
    if (first) {
      this._element = part.element as HTMLElement;
      this._observe();
    }
    // Measured at once only when bound or renamed: reading the width while the element renders
    // forces a layout on every render. Later sizes come from the ResizeObserver, before paint.
    if (first || renamed) this.sync();
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

  /** Watches the wrapper's size, its children's sizes, and which children it has. */
  private _observe(): void {
    this._observer?.disconnect();
    this._childWatch?.disconnect();
    const element = this._element;
    if (!element || typeof ResizeObserver === 'undefined') return;
    this._observer = new ResizeObserver(() => this.sync());
    this._observer.observe(element);
    for (const child of element.children) this._observer.observe(child);
    // A child put in later is observed too (observing it measures it once, before paint).
    this._childWatch = new MutationObserver(() => this._observe());
    this._childWatch.observe(element, { childList: true });
  }

  protected override disconnected(): void {
    this._observer?.disconnect();
    this._childWatch?.disconnect();
  }

  protected override reconnected(): void {
    this._observe();
  }
}

export const scrollRegion = directive(ScrollRegionDirective);

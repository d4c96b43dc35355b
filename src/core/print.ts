import { css, html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * The paper size every worksheet is laid out for. `@page` works only in the document's own
 * style sheets (a shadow root's is ignored), so it is adopted by the document once. It sits in
 * a cascade layer: a host page's own `@page` rule (unlayered) still wins.
 */
const PAGE_RULE = '@layer coprod-page { @page { size: A4; margin: 14mm 14mm 16mm; } }';
let pageSheetAdopted = false;

function adoptPageSheet(): void {
  if (pageSheetAdopted || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  pageSheetAdopted = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_RULE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // An old browser without constructable style sheets prints on its own default paper.
  }
}

/**
 * Knows when the page is being printed, so an element can print its finished sheet
 * (e.g. the read-only view) instead of its editing controls.
 *
 * Print-only markup is rendered only while `active` (from `beforeprint` to `afterprint`),
 * so a big exercise pays nothing for it on every keystroke. Chromium fires `beforeprint` for
 * the print dialog (Ctrl+P, `window.print()`) and for `page.pdf()` alike.
 */
export class PrintController implements ReactiveController {
  /** True between the browser's `beforeprint` and `afterprint`. */
  active = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    adoptPageSheet();
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

/** Opens the browser's print dialog; each exercise on the page prints as its worksheet. */
export function printPage(): void {
  window.print();
}

/** The visible "Print" button every exercise has beside its file buttons (never on paper). */
export function renderPrintButton(): TemplateResult {
  return html`<button type="button" class="quiet print" @click=${printPage}>${msg('Print this sheet')}</button>`;
}

/**
 * The line under a worksheet's title where a person writes their name and the date.
 * Print-only; `name` fills the name in when the exercise knows it.
 */
export function renderPrintNameLine(options: { name?: string; date?: string } = {}): TemplateResult {
  const blank = (text: string | undefined) => (text ? html`<span class="print-filled">${text}</span>` : html`<span class="print-blank"></span>`);
  return html`<p class="print-only print-name-line">
    <span class="print-field"><span class="print-label">${msg('Name')}:</span> ${blank(options.name)}</span>
    <span class="print-field"><span class="print-label">${msg('Date')}:</span> ${blank(options.date)}</span>
  </p>`;
}

/** `count` ruled lines to write on, for a blank worksheet. */
export function renderWriteLines(count: number): TemplateResult {
  return html`<span class="write-lines" aria-hidden="true">${Array.from({ length: count }, () => html`<span class="write-line"></span>`)}</span>`;
}

/** An empty box to tick by hand, with its label. */
export function renderTickBox(label: string): TemplateResult {
  return html`<span class="tick"><span class="tick-box" aria-hidden="true"></span> ${label}</span>`;
}

/**
 * Shared print styles: `.print-only` is hidden on screen; on paper it shows, a
 * `.print-sheet` replaces everything after it in the element, and ruled lines, tick boxes
 * and compact tables are black on white (browsers drop backgrounds when printing).
 */
export const printStyles = css`
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .print-sheet ~ * {
      display: none !important;
    }
    h2,
    h3,
    h4,
    caption {
      break-after: avoid;
    }
    .print-only.print-name-line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem 2rem;
      margin: 0.3rem 0 0.8rem;
      font-size: 11pt;
    }
    .print-field {
      display: flex;
      align-items: baseline;
      gap: 0.4rem;
      flex: 1 1 6cm;
    }
    .print-label {
      font-weight: 700;
    }
    .print-blank {
      flex: 1;
      min-width: 4cm;
      border-bottom: 1px solid #000;
      height: 1.1em;
    }
    :not(td).read-text:empty {
      display: block;
      min-height: 1.6cm;
      border: 1px solid #777;
      border-radius: 0.2rem;
    }
    .read-text:empty::before {
      content: none;
    }
    .write-lines {
      display: block;
    }
    .write-line {
      display: block;
      height: 0.85cm;
      border-bottom: 1px solid #555;
    }
    .tick {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      margin-inline-end: 0.7rem;
      white-space: nowrap;
    }
    .tick-box {
      display: inline-block;
      width: 0.85em;
      height: 0.85em;
      border: 1px solid #000;
      flex: none;
    }
    .print-table {
      width: 100%;
      border-collapse: collapse;
      font-size: 9.5pt;
      line-height: 1.3;
      color: #000;
      break-inside: auto;
    }
    .print-table caption {
      text-align: start;
      font-weight: 700;
      font-size: 11pt;
      padding: 0.3rem 0;
    }
    .print-table th,
    .print-table td {
      border: 1px solid #000;
      padding: 0.15rem 0.3rem;
      text-align: start;
      vertical-align: top;
      overflow-wrap: break-word;
      white-space: normal;
    }
    .print-table thead {
      display: table-header-group;
    }
    .print-table tr {
      break-inside: avoid;
    }
    .print-table td.blank-cell {
      height: 0.9cm;
    }
  }
`;

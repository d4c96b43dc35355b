import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderTickBox, renderWriteLines } from '../core/print.js';

/** Cards on one A4 sheet: two across, three down. */
const CARDS_PER_PAGE = 6;

/**
 * A blank card prints as a sheet of empty cards to cut out and hand round the group.
 * Rendered only while printing; on paper it replaces the card form.
 */
export function renderBlankCards(): TemplateResult {
  return html`<div class="print-only print-sheet cut-sheet">
    ${Array.from(
      { length: CARDS_PER_PAGE },
      () => html`<section class="cut-card">
        <h2>${msg('Opportunity card')}</h2>
        <p class="print-label">${msg('My idea')}</p>
        ${renderWriteLines(4)}
        <p class="cut-line"><span class="print-label">${msg('Name')}:</span> <span class="print-blank"></span></p>
        <p class="cut-line"><span class="print-label">${msg('Date')}:</span> <span class="print-blank"></span></p>
        <p class="cut-join">${renderTickBox(msg('I would like to help take this further'))}</p>
      </section>`,
    )}
  </div>`;
}

/** On paper: the filled card in black on white; the blank sheet in cards with dashed cut lines. */
export const cardPrintStyles = css`
  @media print {
    :host {
      font-size: 11pt;
    }
    .card {
      max-width: 12cm;
    }
    .read-text {
      color: #000;
    }
    .cut-sheet {
      display: grid;
      grid-template-columns: 1fr 1fr;
      grid-auto-rows: 8.6cm;
      gap: 0;
    }
    .cut-card {
      border: 1px dashed #000;
      padding: 0.35cm 0.45cm;
      break-inside: avoid;
      font-size: 10pt;
      overflow: hidden;
    }
    .cut-card h2 {
      font-size: 13pt;
      margin: 0 0 0.15cm;
    }
    .cut-card .print-label {
      margin: 0;
      font-weight: 700;
    }
    .cut-card .write-line {
      height: 0.75cm;
    }
    .cut-line {
      display: flex;
      align-items: baseline;
      gap: 0.3rem;
      margin: 0.3cm 0 0;
    }
    .cut-line .print-blank {
      min-width: 0;
    }
    .cut-join {
      margin: 0.3cm 0 0;
    }
    .cut-join .tick {
      white-space: normal;
    }
  }
`;

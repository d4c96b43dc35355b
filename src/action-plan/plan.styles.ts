import { css } from 'lit';

export const planStyles = css`
  :host {
    --_row-background: var(--coprod-action-plan-row-background, var(--_surface));
    --_done: var(--coprod-action-plan-done-color, var(--_success));
    --_overdue: var(--coprod-action-plan-overdue-color, var(--_warning));
    padding: calc(var(--_space) * 2);
  }

  .intro {
    margin: 0 0 var(--_space);
    max-width: 70ch;
  }

  .totals {
    margin: 0 0 calc(var(--_space) * 2);
    font-weight: 600;
  }

  .overdue-flag {
    display: inline-block;
    color: var(--_overdue);
    font-weight: 700;
  }

  .groups {
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  .group {
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .group h3 {
    font-size: 1.2rem;
    margin-bottom: 0.25rem;
  }

  .meaning {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }

  .empty {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-style: italic;
  }

  .rows {
    display: grid;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }

  .row {
    position: relative;
    display: grid;
    gap: var(--_space);
    /* Typing in a row lays out and paints that row only, not all of a long plan: 50 times less
       layout at 300 rows, and a quarter of the paint. Paint containment clips at the padding,
       which is kept wide enough for the focus rings of the fields inside. */
    contain: layout paint;
    padding: max(var(--_space), var(--_ring-room));
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_row-background);
  }

  .row.head {
    display: none;
  }

  /* The done mark: a band down the left edge, drawn in the padding (not a wider border), so the
     columns stay in line and the first field's focus ring keeps its room. */
  .row.done {
    border-left-color: var(--_done);
  }

  .row.done::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: var(--_space);
    background: var(--_done);
  }

  .row.done .cell-what textarea {
    color: var(--_muted);
  }

  .cell {
    min-width: 0;
  }

  .cell .field {
    margin: 0;
  }

  .row textarea {
    min-height: var(--_target);
  }

  .cell-done {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    font-weight: 600;
  }

  .cell-done label {
    cursor: pointer;
  }

  .cell-when .hint {
    order: 3;
    color: var(--_overdue);
    font-weight: 700;
  }

  .cell-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }

  button.icon {
    display: inline-grid;
    place-items: center;
    padding: 0;
  }

  button.icon svg path {
    fill: currentColor;
  }

  button:disabled {
    opacity: 0.4;
    cursor: default;
    background: var(--_surface);
  }

  .smart-hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.95em;
  }

  button.add {
    margin-top: 0.25rem;
  }

  @container (min-width: 60rem) {
    .row {
      grid-template-columns: 3.5rem minmax(0, 2fr) minmax(0, 1.3fr) 10.5rem minmax(0, 2fr) calc(var(--_target) * 3 + 0.5rem);
      align-items: start;
    }
    .row.head {
      display: grid;
      padding-block: 0;
      border-color: transparent;
      background: none;
      font-weight: 700;
      font-size: 0.95em;
    }
    .row .field > label,
    .cell-done label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .cell-done {
      justify-content: center;
    }
    .smart-hint {
      grid-column: 2 / -1;
    }
  }

  .sheet {
    width: 100%;
    border-collapse: collapse;
  }

  .sheet th,
  .sheet td {
    border: 1px solid var(--_border);
    padding: 0.4rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }

  .sheet thead th {
    background: var(--_surface-alt);
  }

  .sheet tbody th {
    width: 9rem;
  }

  .sheet .read-text {
    overflow-wrap: break-word;
  }

  .sheet tr.done td {
    color: var(--_muted);
  }

  .sheet .overdue-flag {
    display: block;
    font-size: 0.9em;
  }

  @container (max-width: 40rem) {
    .sheet,
    .sheet tbody,
    .sheet tr,
    .sheet th,
    .sheet td {
      display: block;
    }
    .sheet thead {
      display: none;
    }
    .sheet tbody th {
      width: auto;
      background: var(--_surface-alt);
    }
  }

  @media (forced-colors: active) {
    .group,
    .row,
    .sheet th,
    .sheet td {
      border-color: CanvasText;
    }
    .row.done {
      border-left-color: Highlight;
    }
    .row.done::before {
      forced-color-adjust: none;
      background: Highlight;
    }
    button.icon svg path {
      fill: ButtonText;
    }
    button:disabled svg path {
      fill: GrayText;
    }
  }

  @media print {
    :host {
      padding: 0;
    }
    .sheet {
      display: table;
      font-size: 10pt;
    }
    .sheet thead {
      display: table-header-group;
    }
    .sheet tbody {
      display: table-row-group;
      break-inside: avoid;
    }
    .sheet tr {
      display: table-row;
    }
    .sheet th,
    .sheet td {
      display: table-cell;
      border-color: #000;
    }
    .group,
    .row {
      break-inside: avoid;
    }
    .smart-hint {
      display: none;
    }
  }
`;

import { css } from 'lit';

export const boardStyles = css`
  :host {
    --_card-background: var(--coprod-opportunity-board-card-background, var(--_surface));
    --_column-background: var(--coprod-opportunity-board-column-background, var(--_surface-alt));
    --_join: var(--coprod-opportunity-board-join-color, var(--_success));
    --_drop: var(--coprod-opportunity-board-drop-color, var(--_accent));
    padding: calc(var(--_space) * 2);
  }

  .head {
    display: grid;
    gap: var(--_space);
  }

  h2 {
    font-size: 1.5em;
    margin: 0;
  }

  .intro {
    margin: 0;
    max-width: 65ch;
  }

  .keeper {
    max-width: 28rem;
  }

  .print-only {
    display: none;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 4);
    align-items: flex-end;
    margin-top: var(--_space);
  }

  .filters fieldset,
  .filters .field {
    margin: 0;
  }

  .meeting-filter {
    min-width: min(100%, 16rem);
  }

  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-weight: 600;
  }

  .toggle .check {
    display: inline-block;
    width: 1.1em;
    text-align: center;
  }

  .toggle[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .toggle[aria-pressed='true'] .check::before {
    content: '✓';
  }

  .toggle-count {
    font-weight: 400;
  }

  .count {
    color: var(--_muted);
    font-weight: 400;
  }

  p.count {
    margin: calc(var(--_space) * 1.5) 0 0;
  }

  .keys {
    margin: 0.25rem 0 0;
    max-width: 75ch;
  }

  .groups {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
    margin-top: calc(var(--_space) * 2);
  }

  .meeting {
    border-top: 3px solid var(--_border);
    padding-top: var(--_space);
  }

  .meeting h3 {
    font-size: 1.2em;
  }

  .plan-all {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }

  .plan-all label {
    font-weight: 600;
  }

  .plan-all input {
    width: auto;
  }

  /* Typing on the board repaints one meeting's cards at most, not a thousand: paint containment
     per meeting's columns (pre-paint per keystroke at 4x: 26 -> 1.5 ms; with each card contained
     instead 9 ms, and a thousand contained cards made the first render slower). It clips at the
     edge; the columns' padding holds the focus rings of the cards and their buttons. */
  .columns {
    display: grid;
    gap: var(--_space);
    contain: layout paint;
  }

  @container (min-width: 44rem) {
    .columns {
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      align-items: start;
    }
  }

  .column {
    padding: max(var(--_space), var(--_ring-room));
    border-radius: var(--_radius);
    background: var(--_column-background);
    min-height: 5rem;
    outline: 3px dashed transparent;
    outline-offset: -3px;
  }

  .column.drop-target {
    outline-color: var(--_drop);
  }

  /* Stacked on a narrow screen, an empty column is just its heading. */
  @container (max-width: 44rem) {
    .column:not(:has(.card)) {
      min-height: 0;
    }
    .column:not(:has(.card)) h4 {
      margin: 0;
    }
  }

  .column h4 {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    font-size: 1em;
  }

  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .card {
    display: grid;
    gap: 0.35rem;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-background);
    cursor: grab;
  }

  :host([readonly]) .card {
    cursor: auto;
  }

  .card.dragging {
    opacity: 0.5;
  }

  .idea {
    margin: 0;
    font-weight: 600;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .meta {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .join {
    display: flex;
    align-items: center;
    gap: 0.3rem;
    width: fit-content;
    margin-top: 0.35rem;
    padding: 0.1rem 0.65rem 0.1rem 0.4rem;
    border: 2px solid var(--_join);
    border-radius: 999px;
    color: var(--_join);
    font-weight: 700;
  }

  .join-icon {
    width: 1.35em;
    height: 1.35em;
    flex: none;
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 2.4;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .join-icon path {
    fill: none;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }

  .controls .more {
    padding-inline: 0.75rem;
    font-size: 0.9em;
  }

  .more[aria-expanded='true'] {
    background: var(--_accent-soft);
  }

  .status-choice {
    display: grid;
    margin-bottom: var(--_space);
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    cursor: pointer;
  }

  .card-tools {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }

  .card-tools .field {
    margin-bottom: var(--_space);
  }

  .tool-row,
  .board-actions,
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .footer {
    justify-content: space-between;
    margin-top: calc(var(--_space) * 3);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }

  .empty {
    padding: calc(var(--_space) * 2);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  .empty p {
    margin: 0 0 var(--_space);
  }

  @media (forced-colors: active) {
    .card,
    .meeting,
    .empty,
    .join {
      border-color: CanvasText;
    }
    .column {
      border: 1px solid CanvasText;
    }
    .column.drop-target {
      outline-color: Highlight;
    }
    .join-icon {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    :host {
      padding: 0;
      font-size: 11pt;
    }
    .print-only {
      display: block;
    }
    .print-title {
      font-size: 1.3em;
      font-weight: 700;
      margin: 0;
    }
    .keeper input {
      border: 0;
      padding: 0;
      min-height: 0;
    }
    .intro,
    .keeper .hint,
    .filters,
    .keys,
    .controls,
    .plan-all,
    .card-tools,
    .footer,
    .notices {
      display: none !important;
    }
    .meeting {
      break-before: auto;
      border-top-width: 2px;
    }
    .columns {
      display: block;
    }
    .column {
      background: none;
      padding: 0;
      min-height: 0;
      margin-bottom: 0.5rem;
    }
    .column:not(:has(.card)) {
      display: none;
    }
    .card {
      border-width: 1px;
      break-inside: avoid;
    }
  }
`;

import { css } from 'lit';

/**
 * What the chart's SVG needs, and nothing else: its colours (themeable, dark and forced
 * colours through the tokens), lines, marks and labels. Kept small and flat, so a chart's
 * style recalculation stays cheap; the legend samples use the same line classes.
 */
export const radarChartStyles = css`
  :host {
    --_radar-fill: var(--coprod-radar-fill, var(--_accent));
    --_radar-line: var(--coprod-radar-line, var(--_accent));
    --_radar-reading: var(--coprod-radar-reading-color, var(--_text));
    --_radar-grid: var(--coprod-radar-grid-color, var(--_border));
    --_radar-gap: var(--coprod-radar-gap-color, var(--_warning));
  }

  svg.radar {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }

  /* The scale the scores are read on: full strength, 3:1 against the background like a field's border (WCAG 1.4.11). */
  .ring,
  .axis {
    fill: none;
    stroke: var(--_radar-grid);
    stroke-width: 1;
  }

  .tick {
    fill: var(--_muted);
  }

  .gap-line {
    fill: none;
    stroke: var(--_radar-gap);
    stroke-width: 2;
    stroke-dasharray: 3 4;
  }

  .reading {
    fill: none;
    stroke: var(--_radar-reading);
    stroke-width: 2;
    stroke-opacity: 0.8;
  }

  .current {
    fill: var(--_radar-fill);
    fill-opacity: 0.22;
    stroke: var(--_radar-line);
    stroke-width: 3;
    stroke-linejoin: round;
  }

  .point {
    fill: var(--_radar-line);
    stroke: var(--_surface);
    stroke-width: 2;
  }

  .point.gap {
    fill: var(--_radar-gap);
  }

  .label {
    fill: var(--_text);
  }

  /* On a narrow screen the chart is drawn small: larger label text keeps the names readable. */
  @container (max-width: 32rem) {
    .label {
      font-size: 22px;
    }
    .tick {
      font-size: 16px;
    }
  }

  .label .name {
    font-weight: 700;
  }

  .label .score {
    fill: var(--_muted);
  }

  .label .score.gap {
    fill: var(--_radar-gap);
    font-weight: 700;
  }

  .label.unanswered .score {
    font-style: italic;
  }

  .label.active .name {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }

  @media (forced-colors: active) {
    .ring,
    .axis,
    .reading {
      stroke: CanvasText;
    }
    .tick,
    .label,
    .label .score {
      fill: CanvasText;
    }
    .current {
      fill: Highlight;
      stroke: Highlight;
    }
    .point {
      fill: Highlight;
      stroke: Canvas;
    }
    .gap-line,
    .point.gap {
      stroke: CanvasText;
    }
    .point.gap,
    .label .score.gap {
      fill: CanvasText;
    }
  }
`;

/** The rest of the element: layout, legend, gaps, table, checklist, readings, print. */
export const radarStyles = css`
  :host {
    padding: calc(var(--_space) * 2);
  }

  .intro {
    margin: 0 0 calc(var(--_space) * 2);
    max-width: 65ch;
  }

  h3 {
    font-size: 1.25rem;
  }

  h4 {
    font-size: 1.1rem;
  }

  .results-layout {
    display: grid;
    gap: calc(var(--_space) * 3);
  }

  @container (min-width: 50rem) {
    .results-layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }

  .figure {
    margin: 0;
    min-width: 0;
  }

  .chart-box {
    position: relative;
    max-width: 40rem;
    margin-inline: auto;
  }

  .axis-layer {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }

  .sample .current {
    stroke-width: 4;
  }

  .axis-point {
    outline: none;
  }

  .focus-ring {
    fill: transparent;
    stroke: none;
  }

  .axis-point:focus-visible .focus-ring,
  .axis-point:focus .focus-ring {
    stroke: var(--_focus-color);
    stroke-width: var(--_focus-width);
  }

  .legend {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem calc(var(--_space) * 2);
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }

  .sample {
    width: 2.5rem;
    height: 0.75rem;
    flex: none;
    overflow: visible;
  }

  .side {
    display: grid;
    gap: calc(var(--_space) * 2);
    min-width: 0;
  }

  .gaps ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .gaps li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 2px solid var(--_radar-gap);
    border-left-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .gaps p {
    margin: 0;
  }

  .gaps .hint {
    margin-top: var(--_space);
  }

  .gap-badge {
    display: inline-block;
    padding: 0 0.4rem;
    border: 2px solid var(--_radar-gap);
    border-radius: 999px;
    color: var(--_radar-gap);
    font-size: 0.85em;
    font-weight: 700;
  }

  .table-scroll {
    overflow-x: auto;
  }

  .wide-table {
    grid-column: 1 / -1;
    min-width: 0;
  }

  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25rem;
  }

  th,
  td {
    text-align: start;
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }

  thead th {
    border-bottom-width: 2px;
  }

  td {
    white-space: nowrap;
  }

  td.unanswered {
    color: var(--_muted);
    font-style: italic;
  }

  th .date {
    display: block;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .export {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .checklist,
  .readings {
    margin-top: calc(var(--_space) * 4);
    padding-top: calc(var(--_space) * 2);
    border-top: 2px solid var(--_border);
  }

  .progress {
    margin: 0 0 calc(var(--_space) * 2);
    max-width: 70ch;
  }

  .principle {
    /* A choice repaints its principle only. Paint containment clips at the padding, which is
       kept wide enough for the focus rings of the choices inside. */
    contain: layout paint;
    margin-bottom: calc(var(--_space) * 3);
    padding: max(calc(var(--_space) * 2), var(--_ring-room));
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .meaning {
    margin: 0;
    color: var(--_muted);
  }

  .principle-score {
    margin: 0.25rem 0 var(--_space);
  }

  /* A line between questions; a shadow, since a legend would cut through a border. */
  .question {
    margin: 0;
    padding: var(--_space) 0 calc(var(--_space) * 1.5);
    box-shadow: inset 0 1px 0 var(--_border);
  }

  .question:first-of-type {
    box-shadow: none;
  }

  /* Floated, so the legend sits inside the fieldset instead of on its top edge. */
  .question-text {
    float: left;
    width: 100%;
    font-weight: 600;
    margin: 0 0 0.4rem;
    padding: 0;
  }

  .scale,
  .read-answer {
    clear: both;
  }

  .number {
    color: var(--_muted);
  }

  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: var(--_target);
    padding: 0.2rem 0.7rem 0.2rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    font-weight: 600;
  }

  .step {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .note {
    margin-top: var(--_space);
  }

  .note summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    min-height: var(--_target);
    display: flex;
    align-items: center;
    width: fit-content;
  }

  .note .field {
    margin: 0.25rem 0 0;
  }

  .read-answer,
  .read-note {
    margin: 0;
  }

  .read-answer {
    font-weight: 600;
  }

  .reading-list {
    list-style: none;
    /* Fifty readings are not painted again for a choice above them. Paint containment clips at
       the padding: it holds the focus rings of the fields and buttons inside, and the margin
       gives it back, so the list sits where it would without. */
    contain: layout paint;
    margin: calc(-1 * var(--_ring-room)) calc(-1 * var(--_ring-room)) calc(var(--_space) * 2 - var(--_ring-room));
    padding: var(--_ring-room);
    display: grid;
    gap: var(--_space);
  }

  .reading-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }

  .reading-body {
    flex: 1 1 14rem;
  }

  .reading-body .field {
    margin: 0;
  }

  .footer {
    margin-top: calc(var(--_space) * 3);
  }

  @media (forced-colors: active) {
    .axis-point:focus .focus-ring {
      stroke: Highlight;
    }
    .gaps li,
    .principle,
    .choice,
    .gap-badge {
      border-color: CanvasText;
    }
    .choice:has(input:checked) {
      border-color: Highlight;
    }
  }

  @media print {
    :host {
      padding: 0;
    }
    .results-layout {
      display: block;
    }
    .chart-box {
      max-width: 30rem;
    }
    .figure,
    .principle,
    .question,
    table {
      break-inside: avoid;
    }
    .note:not([open]),
    .readings {
      display: none;
    }
  }
`;

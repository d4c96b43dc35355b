import { css } from 'lit';

export const supportCircleStyles = css`
  :host {
    --_ring-line: var(--coprod-circle-ring-line-color, var(--_border));
    --_ring-1: var(--coprod-circle-co-producers-background, color-mix(in srgb, var(--_accent) 30%, var(--_surface)));
    --_ring-2: var(--coprod-circle-participants-background, color-mix(in srgb, var(--_accent) 19%, var(--_surface)));
    --_ring-3: var(--coprod-circle-involved-background, color-mix(in srgb, var(--_accent) 10%, var(--_surface)));
    --_ring-4: var(--coprod-circle-consulted-background, color-mix(in srgb, var(--_accent) 4%, var(--_surface)));
    --_mark-fill: var(--coprod-circle-mark-background, var(--_surface));
    --_mark-line: var(--coprod-circle-mark-border-color, var(--_accent));
    --_hint: var(--coprod-circle-hint-color, var(--_warning));
    padding: calc(var(--_space) * 2);
  }

  .intro {
    margin: 0 0 calc(var(--_space) * 2);
    max-width: 65ch;
  }

  .layout {
    display: grid;
    gap: calc(var(--_space) * 3);
    margin-bottom: calc(var(--_space) * 3);
  }

  @container (min-width: 52rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(15rem, 2fr);
      align-items: start;
    }
  }

  .drawing {
    margin: 0;
    min-width: 0;
  }

  /*
   * A square box of its own: text changing around the drawing (counts, the list) does not
   * make the browser lay out every mark again.
   */
  .circle-box {
    width: 100%;
    max-width: 50rem;
    aspect-ratio: 1 / 1;
    margin-inline: auto;
    contain: strict;
  }

  svg.circle {
    display: block;
    width: 100%;
    height: 100%;
    touch-action: pinch-zoom;
    user-select: none;
    -webkit-user-select: none;
    overflow: visible;
  }

  .ring {
    stroke: var(--_ring-line);
    stroke-width: 2;
  }
  .ring[data-ring='co-producers'] {
    fill: var(--_ring-1);
  }
  .ring[data-ring='participants'] {
    fill: var(--_ring-2);
  }
  .ring[data-ring='involved'] {
    fill: var(--_ring-3);
  }
  .ring[data-ring='consulted'] {
    fill: var(--_ring-4);
  }
  .ring.drop-target {
    stroke: var(--_accent);
    stroke-width: 7;
    stroke-dasharray: 14 8;
  }

  .ring-name {
    fill: var(--_text);
    font-size: 19px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
  }

  /* A finger on a name drags it instead of scrolling the page. Set on the four groups, not on
     every mark: the browser then keeps 4 touch areas up to date instead of hundreds. */
  .marks {
    touch-action: none;
  }
  .mark {
    cursor: grab;
    outline: none;
  }
  :host([readonly]) .marks {
    touch-action: auto;
  }
  :host([readonly]) .mark {
    cursor: default;
  }
  .mark.dragging {
    cursor: grabbing;
    opacity: 0.85;
  }
  .mark-shape {
    fill: var(--_mark-fill);
    stroke: var(--_mark-line);
    stroke-width: 2;
  }
  .mark[data-kind='dot'] {
    fill: var(--_mark-line);
  }
  .mark-text {
    fill: var(--_text);
    font-size: 19px;
    font-weight: 600;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .mark[data-kind='initials'] .mark-text {
    font-size: 16px;
  }
  .mark:hover .mark-shape {
    fill: var(--_accent-soft);
  }
  .mark[data-kind='dot']:hover {
    fill: var(--_accent);
  }
  /* Focus: the mark turns solid with a thick ring, clearly different from its resting look. */
  .mark:focus-visible .mark-shape,
  .mark.dragging .mark-shape,
  .mark-shape.mark:focus-visible,
  .mark-shape.mark.dragging {
    fill: var(--_accent);
    stroke: var(--_focus-color);
    stroke-width: calc(var(--_focus-width) + 2px);
  }
  .mark:focus-visible .mark-text,
  .mark.dragging .mark-text {
    fill: var(--_on-accent);
  }
  .mark[data-kind='dot']:focus-visible {
    fill: var(--_surface);
    stroke-width: 7px;
  }
  .mark:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: 4px;
  }

  .full-name rect {
    fill: var(--_text);
  }
  .full-name .bridge {
    opacity: 0;
  }
  .full-name text {
    fill: var(--_surface);
    font-size: 21px;
    font-weight: 600;
    text-anchor: middle;
    dominant-baseline: central;
  }

  .summary {
    font-weight: 700;
    margin: var(--_space) 0 0;
    text-align: center;
  }

  .now {
    min-height: 1.5em;
    margin: 0;
    text-align: center;
    color: var(--_muted);
  }

  .keys {
    margin: var(--_space) 0 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 0.4rem solid var(--_accent);
    background: var(--_accent-soft);
    border-radius: var(--_radius);
  }
  .keys p,
  .keys ul {
    margin: 0;
  }
  .keys ul {
    padding-left: 1.2rem;
  }

  kbd {
    font: inherit;
    font-weight: 700;
    padding: 0 0.3em;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--_surface);
  }

  .drawing-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: var(--_space);
  }

  .legend h3 {
    font-size: 1.1rem;
  }
  .legend ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .legend li {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space);
    align-items: start;
  }
  .swatch {
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    border: 2px solid var(--_ring-line);
    margin-top: 0.1rem;
  }
  .swatch[data-ring='co-producers'] {
    background: var(--_ring-1);
  }
  .swatch[data-ring='participants'] {
    background: var(--_ring-2);
  }
  .swatch[data-ring='involved'] {
    background: var(--_ring-3);
  }
  .swatch[data-ring='consulted'] {
    background: var(--_ring-4);
  }
  .legend .meaning {
    grid-column: 2;
    margin: 0;
    color: var(--_muted);
  }

  .grid > h3 {
    font-size: 1.2rem;
  }

  .grid-header {
    display: none;
  }

  .people {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
  }
  .nobody {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }

  .add-people {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .add-label {
    font-weight: 700;
  }
  .add-people button {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  .add-people .swatch {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
  }

  .person {
    scroll-margin-top: var(--_space);
    margin-bottom: var(--_space);
    /* Typing in a row lays out and paints that row only, not the whole list: 20 times less
       layout at 500 people, and a quarter of the paint. Paint containment clips at the row's
       edge; the fields sit inside the fieldset's padding, with room for their focus rings. */
    contain: layout paint;
  }
  .person fieldset {
    display: grid;
    gap: 0 calc(var(--_space) * 2);
    margin: 0;
    padding: max(calc(var(--_space) * 1.5), var(--_ring-room));
    border: 2px solid var(--_border);
    border-left-width: 0.6rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  /* The left edge has the colour of the person's ring, as in the drawing. */
  .person[data-ring='co-producers'] fieldset {
    border-left-color: color-mix(in srgb, var(--_accent) 75%, var(--_surface));
  }
  .person[data-ring='participants'] fieldset {
    border-left-color: color-mix(in srgb, var(--_accent) 50%, var(--_surface));
  }
  .person[data-ring='involved'] fieldset {
    border-left-color: color-mix(in srgb, var(--_accent) 30%, var(--_surface));
  }
  .person[data-ring='consulted'] fieldset {
    border-left-color: color-mix(in srgb, var(--_accent) 15%, var(--_surface));
  }
  .person .field {
    margin-bottom: var(--_space);
    min-width: 0;
    align-content: start;
  }
  /* The tip sits under the name, so the field does not jump while typing. */
  .person .field > label,
  .person .field > .field-label {
    order: 0;
  }
  .person .field > input,
  .person .field > textarea,
  .person .field > select,
  .person .field > .read-text {
    order: 1;
  }
  .person .field > .hint {
    order: 2;
    color: var(--_hint);
    font-weight: 600;
  }
  .person .field > .error {
    order: 3;
  }
  .person textarea {
    min-height: 3.2rem;
  }
  .person-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
    align-items: end;
  }

  @container (min-width: 34rem) {
    .person fieldset {
      grid-template-columns: 1fr 1fr;
    }
    .person-actions {
      grid-column: 1 / -1;
    }
  }

  @container (min-width: 56rem) {
    .person-actions {
      grid-column: auto;
    }
    .grid-header {
      display: grid;
      grid-template-columns: 12rem 11rem minmax(0, 1fr) minmax(0, 1fr) 9.5rem;
      gap: 0 calc(var(--_space) * 2);
      padding: 0 calc(var(--_space) * 1.5 + 2px) 0 calc(var(--_space) * 1.5 + 0.6rem);
      font-weight: 700;
      margin-bottom: var(--_space);
    }
    .person fieldset {
      grid-template-columns: 12rem 11rem minmax(0, 1fr) minmax(0, 1fr) 9.5rem;
      align-items: start;
    }
    .person .field > label,
    .person .field > .field-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .person .field {
      margin-bottom: 0;
    }
  }

  .footer {
    margin-top: calc(var(--_space) * 2);
  }

  @media (forced-colors: active) {
    .ring,
    .ring[data-ring] {
      fill: Canvas;
      stroke: CanvasText;
    }
    .ring.drop-target {
      stroke: Highlight;
    }
    .ring-name,
    .mark-text {
      fill: CanvasText;
    }
    .mark-shape,
    .mark:hover .mark-shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark[data-kind='dot'] {
      fill: CanvasText;
    }
    .mark:focus-visible .mark-shape,
    .mark.dragging .mark-shape,
    .mark-shape.mark:focus-visible,
    .mark-shape.mark.dragging {
      fill: Highlight;
      stroke: Highlight;
    }
    .mark:focus-visible .mark-text,
    .mark.dragging .mark-text {
      fill: HighlightText;
    }
    .mark[data-kind='dot']:focus-visible {
      fill: Canvas;
    }
    .mark:focus-visible {
      outline-color: Highlight;
    }
    .full-name rect {
      fill: Canvas;
      stroke: Highlight;
      stroke-width: 3;
    }
    .full-name text {
      fill: CanvasText;
    }
    .swatch,
    .person fieldset,
    .person[data-ring] fieldset {
      border-color: CanvasText;
    }
    .swatch[data-ring] {
      background: Canvas;
    }
  }

  @media print {
    :host {
      padding: 0;
    }
    .layout {
      display: block;
    }
    .circle-box {
      max-width: 16cm;
      break-inside: avoid;
    }
    .drawing {
      break-inside: avoid;
    }
    .keys,
    .now,
    .full-name {
      display: none;
    }
    .legend {
      margin-top: 1rem;
      break-inside: avoid;
    }
    .person fieldset {
      break-inside: avoid;
      background: none;
      grid-template-columns: 1fr 1fr;
    }
    .add-people {
      display: none;
    }
  }
`;

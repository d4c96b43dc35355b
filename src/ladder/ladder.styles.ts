import { css } from 'lit';

export const ladderStyles = css`
  :host {
    --_rail: var(--coprod-ladder-rail-color, var(--_border));
    --_rung-background: var(--coprod-ladder-rung-background, var(--_surface));
    --_example-background: var(--coprod-ladder-example-background, var(--_surface-alt));
    padding: calc(var(--_space) * 2);
  }

  .intro {
    margin: 0 0 calc(var(--_space) * 2);
    max-width: 60ch;
  }

  .settings {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    align-items: flex-start;
    margin-bottom: calc(var(--_space) * 2);
  }

  .settings .field {
    margin: 0;
    min-width: min(100%, 16rem);
  }

  .layout {
    display: grid;
    gap: calc(var(--_space) * 3);
  }

  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(18rem, 2fr) 3fr;
      align-items: start;
    }
    .ladder {
      position: sticky;
      top: var(--_space);
      /* Taller than the window, a sticky ladder would keep its lower steps out of reach: it
         scrolls on its own then, so a focused example is always brought into view. The
         padding keeps focus rings inside it. */
      max-height: calc(100vh - 2 * var(--_space));
      max-height: calc(100dvh - 2 * var(--_space));
      overflow-y: auto;
      padding: 4px;
    }
    .ladder button {
      scroll-margin-block: calc(var(--_space) * 2);
    }
  }

  .ladder {
    margin: 0;
  }

  .ladder figcaption {
    font-weight: 700;
    margin-bottom: var(--_space);
  }

  .higher-note {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }

  .groups,
  .rungs,
  .placed {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .groups {
    border-inline: 0.4rem solid var(--_rail);
    border-radius: 0.25rem;
    padding: 0 0.5rem;
  }

  .group {
    padding: var(--_space) 0;
  }

  .group + .group {
    border-top: 2px dashed var(--_rail);
  }

  .group-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
    margin: 0 0 var(--_space);
  }
  .group-heading h3 {
    font-size: 1rem;
    margin: 0;
  }

  .group-description {
    margin: 0;
    color: var(--_muted);
  }

  .rung {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0 var(--_space);
    padding: var(--_space);
    margin-bottom: var(--_space);
    border: 2px solid var(--_rail);
    border-radius: var(--_radius);
    background: var(--_rung-background);
  }

  .group[data-tone='to'] .rung {
    background: var(--coprod-ladder-doing-to-background, var(--_group-to));
  }
  .group[data-tone='for'] .rung {
    background: var(--coprod-ladder-doing-for-background, var(--_group-for));
  }
  .group[data-tone='with'] .rung {
    background: var(--coprod-ladder-doing-with-background, var(--_group-with));
  }

  .rung-number {
    display: inline-grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    border: 2px solid var(--_rail);
    background: var(--_surface);
    font-weight: 700;
  }

  .rung-name {
    font-weight: 700;
  }

  .rung-description {
    margin: 0;
    font-size: 0.95em;
  }

  .avoid {
    font-weight: 600;
    color: var(--_warning);
  }

  .placed {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-top: var(--_space);
  }

  .placed:empty {
    display: none;
  }

  .placed-example {
    max-width: 100%;
  }

  .placed-example button,
  .placed-example span {
    display: inline-block;
    max-width: 100%;
    min-height: 2rem;
    padding: 0.2rem 0.6rem;
    border-radius: 999px;
    font-size: 0.9em;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    background: var(--_accent);
    color: var(--_on-accent);
    border: 2px solid var(--_accent);
  }

  .worksheet > h3,
  .reflection > h3 {
    font-size: 1.2rem;
  }

  .progress {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 0.4rem solid var(--_accent);
    background: var(--_accent-soft);
    border-radius: var(--_radius);
  }

  .examples {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }

  .example {
    /* Typing in an example repaints that example only. Paint containment clips at the padding,
       which is kept wide enough for the focus rings of the fields inside. */
    contain: layout paint;
    padding: max(calc(var(--_space) * 2), var(--_ring-room));
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_example-background);
    scroll-margin-top: var(--_space);
  }

  .example h4 {
    font-size: 1.1rem;
  }

  .rung-choices {
    display: grid;
    gap: 0.25rem;
  }

  .rung-group {
    display: grid;
    gap: 0;
    padding-left: var(--_space);
    border-left: 0.3rem solid var(--_rail);
    margin-top: 0.25rem;
  }

  .rung-group-name {
    font-size: 0.9em;
    color: var(--_muted);
    font-weight: 600;
  }

  .chosen-rung {
    margin: 0;
  }

  .example-actions {
    display: flex;
    justify-content: flex-end;
  }

  .reflection {
    margin-top: calc(var(--_space) * 3);
    padding-top: calc(var(--_space) * 2);
    border-top: 2px solid var(--_border);
  }

  @media (forced-colors: active) {
    .groups,
    .rung,
    .rung-number,
    .example,
    .rung-group {
      border-color: CanvasText;
    }
    .placed-example button,
    .placed-example span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }

  @media print {
    :host {
      padding: 0;
    }
    .layout {
      display: block;
    }
    .ladder {
      position: static;
      max-height: none;
      overflow: visible;
      margin-bottom: 1rem;
    }
    h2,
    h3,
    h4,
    figcaption {
      break-after: avoid;
    }
    .example,
    .rung {
      break-inside: avoid;
    }
  }
`;

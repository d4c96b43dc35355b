import { css } from 'lit';

/**
 * The group view's drawings: HTML, not SVG, so every mark is a real button the keyboard
 * reaches. Positions come from custom properties set per mark (`--share`, `--at`, `--start`,
 * `--end`; not `--from`: the package check reads `"--from"` as a bare import), all on one track of five equal level columns (a level's centre at (level + ½) / 5).
 */
export const radarGroupStyles = css`
  .whose {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 var(--_space);
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    align-items: end;
  }
  .whose .field {
    margin: 0;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: var(--_target);
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
  }
  .reading-whose {
    display: grid;
    gap: 0 var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    align-items: end;
  }
  .next-person {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-top: var(--_space);
  }
  .next-person p {
    margin: 0;
    flex: 1 1 20rem;
  }

  .group {
    margin-top: calc(var(--_space) * 4);
  }
  .group > section {
    margin-top: calc(var(--_space) * 3);
  }
  .pickers {
    display: grid;
    gap: 0 calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }
  .plot {
    display: grid;
    gap: 0.25rem;
    margin: var(--_space) 0 calc(var(--_space) * 2);
  }
  .plot-row {
    display: grid;
    grid-template-columns: minmax(7rem, 11rem) 1fr;
    gap: var(--_space);
    align-items: center;
  }
  .plot-name {
    font-weight: 600;
  }
  .plot-name .n,
  .apart {
    font-weight: 400;
    font-size: 0.875em;
  }
  .apart {
    display: inline-block;
    white-space: nowrap;
    font-weight: 700;
    border: 2px dashed currentColor;
    padding: 0 0.25rem;
    border-radius: var(--_radius);
  }
  .track {
    position: relative;
    display: grid;
    grid-template-columns: repeat(5, 1fr);
    min-height: 3rem;
    border-bottom: 1px solid var(--_border);
    margin: 0;
  }
  .levels {
    min-height: 0;
    border: 0;
  }
  .level-name {
    text-align: center;
    font-size: 0.8em;
    color: var(--_muted);
  }
  /*
   * Narrow (a phone, a side column): the principle's name goes above its lane, so the lane has
   * the whole width, and the scale shows its numbers only (the words would break letter by
   * letter; the table under each plot says them).
   */
  @container (max-width: 30rem) {
    .plot-row {
      grid-template-columns: 1fr;
      gap: 0.25rem;
    }
    .axis-row .plot-name,
    .level-word {
      display: none;
    }
  }
  .suppressed-row {
    display: block;
    color: var(--_muted);
    align-content: center;
  }

  /* Spread: one column button per level, its bar as tall as the share of people there. */
  .plot-dist .track {
    /* Room under the baseline for the middle-half bracket. */
    padding-bottom: 0.9rem;
    border-bottom: 0;
  }
  .bar-mark {
    position: relative;
    min-width: 0;
    min-height: calc(var(--_bar-height) + 1.5rem);
    padding: 0;
    border: 0;
    border-bottom: 1px solid var(--_border);
    border-radius: 0;
    background: transparent;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: flex-end;
    color: var(--_text);
    font-weight: 400;
  }
  .plot-dist {
    --_bar-height: 4rem;
  }
  .bar {
    display: block;
    /* The border sits on top of the share's height, so the drawn height is exactly the share. */
    box-sizing: content-box;
    width: 60%;
    height: calc(var(--share) * var(--_bar-height));
    border: 2px solid var(--coprod-radar-line, var(--_accent));
    border-bottom: 0;
    /* A hatch as well as a tint: the bars read the same without colour and in print. */
    background: repeating-linear-gradient(45deg, var(--_accent-soft) 0 4px, var(--coprod-radar-fill, var(--_accent)) 4px 6px);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .count {
    font-size: 0.8em;
    line-height: 1.2;
  }
  .iqr,
  .link {
    position: absolute;
    left: calc(var(--start) * 100%);
    width: calc((var(--end) - var(--start)) * 100%);
    pointer-events: none;
  }
  .iqr {
    bottom: 0.2rem;
    height: 0.5rem;
    border: 2px solid var(--_text);
    border-top: 0;
    min-width: 2px;
  }
  .median {
    position: absolute;
    left: calc(var(--at) * 100%);
    bottom: 0;
    height: 0.9rem;
    width: 0;
    border-left: 6px solid var(--_text);
    transform: translateX(-3px);
    pointer-events: none;
  }

  /* Pairs: a circle and a diamond on one track, joined by a line. */
  .link {
    top: 50%;
    border-top: 3px solid var(--_muted);
  }
  .marked .link {
    border-top-style: dashed;
    border-top-color: var(--coprod-radar-gap-color, var(--_warning));
  }
  .pair-point {
    position: absolute;
    top: 50%;
    left: calc(var(--at) * 100%);
    transform: translate(-50%, -50%);
    min-width: var(--_target);
    min-height: var(--_target);
    padding: 0;
    border: 0;
    background: transparent;
    display: grid;
    place-items: center;
  }
  /* The same score twice: the circle just before the point, the diamond just after, both in reach. */
  .same .pair-point.a {
    transform: translate(-100%, -50%);
    justify-items: end;
    padding-right: 0.25rem;
  }
  .same .pair-point.b {
    transform: translate(0, -50%);
    justify-items: start;
    padding-left: 0.375rem;
  }
  .shape {
    display: block;
    width: 1rem;
    height: 1rem;
    border: 3px solid var(--_text);
  }
  .circle {
    border-radius: 50%;
    background: var(--_surface);
  }
  .diamond {
    transform: rotate(45deg);
    background: var(--_text);
  }
  .missing {
    grid-column: 1 / -1;
    align-self: center;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .mark[aria-pressed='true'] .shape,
  .mark[aria-pressed='true'] .bar {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  tr.selected > * {
    background: var(--_accent-soft);
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .bar {
      background: repeating-linear-gradient(45deg, Canvas 0 4px, CanvasText 4px 6px);
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .shape,
    .iqr,
    .median,
    .link {
      border-color: CanvasText;
    }
    .diamond {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .mark[aria-pressed='true'] .shape,
    .mark[aria-pressed='true'] .bar {
      outline-color: Highlight;
    }
  }

  @media print {
    /* The choices are on screen; on paper the table headings say which readings are shown. */
    .whose,
    .add-file,
    .next-person,
    .pickers {
      display: none;
    }
    .plot-row {
      break-inside: avoid;
    }
  }
`;

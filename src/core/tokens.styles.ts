import { css } from 'lit';

/**
 * System tokens. Each private `--_*` copy is read in this order: the host's `--coprod-*`
 * token, then the matching NL Design System basis token (so a page that loads its NL DS
 * theme gets its house style with no extra CSS), then our built-in default `--_default-*`.
 * Elements read only the `--_*` copies, so a dark or forced-colours default never overrides
 * a host's choice. The mapping is listed in docs/theming.md and tokens/coprod.tokens.json
 * (written from this file by scripts/tokens-json.mjs; test/tokens.test.ts keeps them in step).
 */
export const tokenStyles = css`
  :host {
    /* Built-in defaults (light). The dark-scheme block changes only these. */
    --_default-accent: #1c5a9c;
    --_default-on-accent: #ffffff;
    --_default-accent-soft: #e3edf8;
    --_default-text: #1b1b1f;
    --_default-muted: #4d5260;
    --_default-surface: #ffffff;
    --_default-surface-alt: #f3f5f8;
    --_default-border: #6f7480;
    --_default-danger: #a8201a;
    --_default-warning: #7a4a00;
    --_default-success: #1d6b35;
    --_default-group-to: #f6e3df;
    --_default-group-for: #f7efd5;
    --_default-group-with: #dcefe1;
    --_default-focus-color: #1c5a9c;

    /* coprod token → NL Design System basis token → built-in default. */
    --_accent: var(--coprod-color-accent, var(--basis-color-accent-1-color-default, var(--_default-accent)));
    --_on-accent: var(--coprod-color-on-accent, var(--basis-color-accent-1-inverse-color-default, var(--_default-on-accent)));
    --_accent-soft: var(--coprod-color-accent-soft, var(--basis-color-accent-1-bg-default, var(--_default-accent-soft)));
    --_text: var(--coprod-color-text, var(--basis-color-default-color-document, var(--_default-text)));
    --_muted: var(--coprod-color-muted, var(--basis-color-default-color-subtle, var(--_default-muted)));
    --_surface: var(--coprod-color-surface, var(--basis-color-default-bg-document, var(--_default-surface)));
    --_surface-alt: var(--coprod-color-surface-alt, var(--basis-color-default-bg-default, var(--_default-surface-alt)));
    --_border: var(--coprod-color-border, var(--basis-color-default-border-default, var(--_default-border)));
    --_danger: var(--coprod-color-danger, var(--basis-color-negative-color-default, var(--_default-danger)));
    --_warning: var(--coprod-color-warning, var(--basis-color-warning-color-default, var(--_default-warning)));
    --_success: var(--coprod-color-success, var(--basis-color-positive-color-default, var(--_default-success)));
    --_group-to: var(--coprod-color-group-to, var(--basis-color-negative-bg-default, var(--_default-group-to)));
    --_group-for: var(--coprod-color-group-for, var(--basis-color-warning-bg-default, var(--_default-group-for)));
    --_group-with: var(--coprod-color-group-with, var(--basis-color-positive-bg-default, var(--_default-group-with)));
    --_font: var(--coprod-font-family, var(--basis-text-font-family-default, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_font-size: var(--coprod-font-size, var(--basis-text-font-size-md, 1rem));
    --_heading-font: var(--coprod-heading-font-family, var(--basis-heading-font-family, var(--_font)));
    --_radius: var(--coprod-radius, var(--basis-border-radius-md, 0.5rem));
    --_space: var(--coprod-space, var(--basis-space-block-md, 0.5rem));
    --_focus-color: var(--coprod-focus-ring-color, var(--basis-focus-outline-color, var(--_default-focus-color)));
    --_focus-width: var(--coprod-focus-ring-width, var(--basis-focus-outline-width, 3px));
    --_target: var(--coprod-target-size, var(--basis-pointer-target-min-block-size, 2.75rem));
    --_focus-offset: 2px;
    /* How far a focus ring reaches outside what has focus. A part that clips what it holds
       (paint containment) keeps this much room inside its edge. */
    --_ring-room: calc(var(--_focus-width) + var(--_focus-offset));

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    color-scheme: light dark;
    /* A long unbroken word typed by a user wraps, even inside buttons and flex rows, instead of
       pushing the layout sideways (tables scroll in their own region and keep whole words). */
    overflow-wrap: anywhere;
  }

  table {
    overflow-wrap: break-word;
  }

  /* On a page with an NL Design System theme, the theme's colours win in a dark system scheme too,
     so native parts (radio buttons, date-picker icons, scroll bars) follow the page's colour
     scheme instead of the system's: no dark radio button or invisible calendar icon on a light theme. */
  @container style(--basis-color-default-bg-document) {
    :host {
      color-scheme: inherit;
    }
  }

  /* Dark defaults, on screen only: paper is white. A host's token or an NL Design System theme
     still wins: a light theme stays light on a dark system, as the rest of its page does. */
  @media screen and (prefers-color-scheme: dark) {
    :host {
      --_default-accent: #9cc3f5;
      --_default-on-accent: #0f1a26;
      --_default-accent-soft: #1f2c3b;
      --_default-text: #eceef2;
      --_default-muted: #b8bdc8;
      --_default-surface: #16181d;
      --_default-surface-alt: #23262e;
      --_default-border: #8d93a0;
      --_default-danger: #ffb4ab;
      --_default-warning: #f3c070;
      --_default-success: #8fd6a2;
      --_default-group-to: #3d2724;
      --_default-group-for: #3a3322;
      --_default-group-with: #1f3626;
      --_default-focus-color: #9cc3f5;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_accent-soft: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_danger: CanvasText;
      --_warning: CanvasText;
      --_success: CanvasText;
      --_group-to: Canvas;
      --_group-for: Canvas;
      --_group-with: Canvas;
      --_focus-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* A <details> shows its content through a box of its own that inheritance passes through but
     this rule does not reach: its content would be sized content-box, and a full-width field in
     it would stick out of its box by its padding and border. */
  details > * {
    box-sizing: border-box;
  }

  :focus-visible,
  input[type='date']:focus-within {
    /* A date field's focus sits on its day, month or year part, which :focus-visible misses, or
       on its calendar button, which :focus misses too: the whole field shows the ring. */
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** Buttons, fields, notices: the controls every exercise uses. */
export const controlStyles = css`
  h2,
  h3,
  h4 {
    font-family: var(--_heading-font);
    line-height: 1.25;
    margin: 0 0 var(--_space);
  }

  button {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.4rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    font-weight: 600;
  }

  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button.quiet {
    border-color: transparent;
    text-decoration: underline;
  }

  button:hover {
    background: var(--_accent-soft);
  }

  button.primary:hover {
    background: var(--_accent);
    filter: brightness(1.1);
  }

  .field {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 calc(var(--_space) * 2);
  }

  .field > label:not(.choice),
  .field-label,
  legend {
    font-weight: 600;
  }

  input[type='text'],
  input[type='date'],
  input[type='number'],
  input[type='url'],
  input:not([type]),
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.45rem 0.6rem;
    min-height: var(--_target);
    width: 100%;
    max-width: 100%;
  }

  textarea {
    field-sizing: content;
    min-height: 5.5rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  /* 24 px at least: the WCAG 2.2 target size, also where choices sit close together. */
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }

  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
    min-width: 0;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.95em;
    margin: 0;
  }

  /* The browser's own grey is 3.9:1 on the dark background; the muted text colour is 4.5:1 or more. */
  ::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }

  .read-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0;
  }

  .read-text:empty::before {
    content: '—';
    color: var(--_muted);
  }

  .notices {
    display: grid;
    gap: var(--_space);
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    border-left-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .notice.problem {
    border-color: var(--_danger);
  }

  .notice ul {
    margin: 0;
    padding-left: 1.2rem;
  }

  /* A radio or checkbox with its label: the whole row is the target. */
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    cursor: pointer;
  }

  .choice-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }

  .file-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  /* A date field with the chosen date in words beside it, in the page's language. */
  .date-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_space);
  }
  .date-row input[type='date'] {
    width: auto;
  }
  .date-words {
    color: var(--_muted);
  }

  .read-aloud,
  .start-again-confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .start-again-confirm {
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .start-again-confirm p {
    margin: 0;
    font-weight: 600;
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button[aria-pressed='true'] {
    background: var(--_accent-soft);
    text-decoration: none;
    border-color: var(--_accent);
  }
  button.read-item {
    display: inline-grid;
    place-items: center;
    align-self: start;
    min-width: 2rem;
    min-height: 2rem;
    padding: 0.2rem;
    border-color: transparent;
    background: transparent;
    line-height: 1;
  }
  button.read-item:hover {
    background: var(--_accent-soft);
  }
  /* A drawing too small to read steps aside for its list; it keeps its width to be measured. */
  @media screen {
    .gave-way {
      height: 0 !important;
      min-height: 0 !important;
      aspect-ratio: auto !important;
      visibility: hidden;
      overflow: hidden;
    }
    /* Its drawing is not laid out at all: nothing of it can stick out or take focus. */
    .gave-way > * {
      display: none !important;
    }
  }
  .gave-way-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @media print {
    .gave-way-note {
      display: none;
    }
  }

  /* The sentence being read aloud, and the block it is in. */
  ::highlight(coprod-read-aloud) {
    background-color: var(--_accent-soft);
    color: var(--_text);
    text-decoration: underline;
  }
  .reading-aloud {
    outline: 2px dashed var(--_accent);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    button,
    input,
    select,
    textarea,
    .notice {
      border-color: ButtonText;
    }
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
    ::highlight(coprod-read-aloud) {
      background-color: Highlight;
      color: HighlightText;
    }
    .reading-aloud {
      outline-color: Highlight;
    }
  }

  @media print {
    /* Marks in a drawing are buttons on screen (to reach them): on paper they are the drawing. */
    button:not(.mark),
    .file-actions,
    .notices,
    .no-print {
      display: none !important;
    }
    :host {
      color: #000;
      background: #fff;
      color-scheme: light;
    }
    ::highlight(coprod-read-aloud) {
      background-color: transparent;
      text-decoration: none;
    }
    .reading-aloud {
      outline: none;
    }
  }
`;

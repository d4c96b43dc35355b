import { css } from 'lit';

/**
 * System tokens. Hosts theme with `--coprod-*`; elements read the private `--_*`
 * copies, so a dark or forced-colours default never overrides a host's choice.
 */
export const tokenStyles = css`
  :host {
    --_accent: var(--coprod-color-accent, #1c5a9c);
    --_on-accent: var(--coprod-color-on-accent, #ffffff);
    --_accent-soft: var(--coprod-color-accent-soft, #e3edf8);
    --_text: var(--coprod-color-text, #1b1b1f);
    --_muted: var(--coprod-color-muted, #4d5260);
    --_surface: var(--coprod-color-surface, #ffffff);
    --_surface-alt: var(--coprod-color-surface-alt, #f3f5f8);
    --_border: var(--coprod-color-border, #6f7480);
    --_danger: var(--coprod-color-danger, #a8201a);
    --_warning: var(--coprod-color-warning, #7a4a00);
    --_success: var(--coprod-color-success, #1d6b35);
    --_group-to: var(--coprod-color-group-to, #f6e3df);
    --_group-for: var(--coprod-color-group-for, #f7efd5);
    --_group-with: var(--coprod-color-group-with, #dcefe1);
    --_font: var(--coprod-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--coprod-font-size, 1rem);
    --_heading-font: var(--coprod-heading-font-family, var(--_font));
    --_radius: var(--coprod-radius, 0.5rem);
    --_space: var(--coprod-space, 0.5rem);
    --_focus-color: var(--coprod-focus-ring-color, #1c5a9c);
    --_focus-width: var(--coprod-focus-ring-width, 3px);
    --_target: var(--coprod-target-size, 2.75rem);

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

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--coprod-color-accent, #9cc3f5);
      --_on-accent: var(--coprod-color-on-accent, #0f1a26);
      --_accent-soft: var(--coprod-color-accent-soft, #1f2c3b);
      --_text: var(--coprod-color-text, #eceef2);
      --_muted: var(--coprod-color-muted, #b8bdc8);
      --_surface: var(--coprod-color-surface, #16181d);
      --_surface-alt: var(--coprod-color-surface-alt, #23262e);
      --_border: var(--coprod-color-border, #8d93a0);
      --_danger: var(--coprod-color-danger, #ffb4ab);
      --_warning: var(--coprod-color-warning, #f3c070);
      --_success: var(--coprod-color-success, #8fd6a2);
      --_group-to: var(--coprod-color-group-to, #3d2724);
      --_group-for: var(--coprod-color-group-for, #3a3322);
      --_group-with: var(--coprod-color-group-with, #1f3626);
      --_focus-color: var(--coprod-focus-ring-color, #9cc3f5);
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

  :focus-visible,
  input[type='date']:focus {
    /* A date field's focus sits on its day, month or year part, which :focus-visible misses. */
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: 2px;
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
    button,
    .file-actions,
    .no-print {
      display: none !important;
    }
    :host {
      color: #000;
      background: #fff;
    }
  }
`;

import { css } from 'lit';

export const gratitudeStyles = css`
  :host {
    --_sheet-background: var(--coprod-gratitude-background, var(--_surface));
    --_sheet-border: var(--coprod-gratitude-border-color, var(--_border));
    --_stripe: var(--coprod-gratitude-accent, var(--_accent));
    --_card-background: var(--coprod-gratitude-card-background, #fffdf7);
    /* The heart on the stamp is red: an NL Design System theme gives its own red (negative). */
    --_stamp-color: var(--coprod-gratitude-stamp-color, var(--basis-color-negative-color-default, #c2413b));
    font-size: calc(var(--_font-size) * 1.0625);
    background: transparent;
  }

  @media screen and (prefers-color-scheme: dark) {
    :host {
      --_card-background: var(--coprod-gratitude-card-background, var(--_surface-alt));
      --_stamp-color: var(--coprod-gratitude-stamp-color, var(--basis-color-negative-color-default, #ff9d94));
    }
  }

  .sheet {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    max-width: 52rem;
    padding: calc(var(--_space) * 2.5);
    border: 2px solid var(--_sheet-border);
    border-top: 0.6rem solid var(--_stripe);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_sheet-background);
  }

  h2 {
    font-size: 1.4em;
    margin: 0;
  }

  .intro {
    margin: 0;
    max-width: 62ch;
  }

  .notices:empty {
    display: none;
  }

  .print-only {
    display: none;
  }

  /* The choice of exercise: three large options, side by side when there is room. */
  .modes {
    margin: 0;
  }

  .mode-options {
    display: grid;
    gap: var(--_space);
    margin-top: 0.25rem;
  }

  @container (min-width: 40rem) {
    .mode-options {
      grid-template-columns: repeat(3, 1fr);
    }
  }

  .mode-option {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    min-height: var(--_target);
    padding: 0.6rem 0.8rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .mode-option input {
    margin-top: 0.15rem;
  }

  .mode-option.selected {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }

  .mode-option:hover {
    border-color: var(--_accent);
  }

  .mode-text {
    display: grid;
  }

  .mode-name {
    font-weight: 600;
  }

  .mode-moment {
    color: var(--_muted);
    font-size: 0.92em;
  }

  .modes .hint {
    margin-top: 0.4rem;
  }

  .name-date .field {
    max-width: 14rem;
    margin: 0;
  }

  /* Three good things. */
  .things {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  .thing {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_sheet-border);
    border-left: 0.35rem solid var(--_stripe);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .thing-number {
    flex: none;
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    background: var(--_stripe);
    color: var(--_on-accent);
    font-weight: 700;
  }

  .thing-body {
    flex: 1;
    min-width: 0;
    display: grid;
    gap: 0.25rem;
  }

  .thing-body .field {
    margin: 0 0 var(--_space);
  }

  .thing-body .field:last-child {
    margin-bottom: 0;
  }

  .readonly .thing-body {
    padding-top: 0.2rem;
  }

  .thing textarea {
    min-height: 3.5rem;
  }

  .why-label {
    margin: 0.4rem 0 0;
    font-size: 0.95em;
  }

  button.remove-thing {
    flex: none;
    padding: 0;
    text-decoration: none;
    color: var(--_muted);
    background: transparent;
  }

  .things-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }

  /* The postcard: message on the left, stamp and addressee on the right, as on a real card. */
  .postcard {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2.5);
    border: 2px solid var(--_sheet-border);
    border-radius: var(--_radius);
    background: var(--_card-background);
    box-shadow: 0 0.15rem 0.6rem rgb(0 0 0 / 0.12);
  }

  @container (min-width: 36rem) {
    .postcard {
      grid-template-columns: 3fr 2fr;
      aspect-ratio: 148 / 105;
      min-height: 0;
    }
    .postcard-address {
      border-left: 2px solid var(--_border);
      padding-left: calc(var(--_space) * 2);
    }
  }

  .postcard-message,
  .postcard-address {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-width: 0;
  }

  .postcard-message .field {
    flex: 1;
    grid-template-rows: auto 1fr;
    margin: 0;
  }

  .postcard-message > .field > label,
  .postcard-heading {
    font-size: 1.25em;
    font-weight: 700;
    color: var(--_stripe);
    margin: 0;
  }

  .postcard-message textarea {
    min-height: 9rem;
  }

  .postcard-message .message {
    font-size: 1.3em;
    line-height: 1.45;
  }

  .stamp {
    align-self: flex-end;
    display: grid;
    place-items: center;
    width: 4.5rem;
    height: 4.5rem;
    border: 2px dashed var(--_border);
    color: var(--_stamp-color);
    font-size: 2rem;
    line-height: 1;
  }

  .postcard-address .field {
    margin: 0;
  }

  .to {
    margin: var(--_space) 0 0;
    padding-bottom: 0.3rem;
    border-bottom: 1px solid var(--_border);
    font-size: 1.15em;
  }

  .rule {
    display: block;
    height: 2.2em;
    border-bottom: 1px solid var(--_border);
  }

  .postcard-date {
    margin: auto 0 0;
    color: var(--_muted);
  }

  /* The diary: four questions, two by two when there is room. */
  .diary {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  @container (min-width: 40rem) {
    .diary {
      grid-template-columns: 1fr 1fr;
    }
  }

  .prompt {
    display: flex;
    flex-direction: column;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_sheet-border);
    border-top: 0.35rem solid var(--_stripe);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    min-width: 0;
  }

  .prompt .field {
    flex: 1;
    grid-template-rows: auto 1fr;
    margin: 0;
  }

  .prompt h3 {
    font-size: 1em;
    margin: 0 0 0.4rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .file-actions {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }

  @container (max-width: 24rem) {
    .sheet {
      padding: calc(var(--_space) * 1.5);
    }
    .thing {
      padding: var(--_space);
    }
    .thing-number {
      width: 1.6rem;
      height: 1.6rem;
    }
    .postcard {
      padding: calc(var(--_space) * 1.5);
    }
  }

  @media (forced-colors: active) {
    .sheet,
    .thing,
    .prompt,
    .postcard,
    .mode-option {
      border-color: CanvasText;
    }
    .mode-option.selected {
      border-color: Highlight;
      border-width: 3px;
    }
    .thing-number {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .stamp {
      border-color: CanvasText;
      color: CanvasText;
    }
    .postcard {
      box-shadow: none;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .mode-option {
      transition:
        border-color 0.15s ease,
        background-color 0.15s ease;
    }
  }

  @media print {
    :host {
      font-size: 11pt;
    }
    .sheet {
      max-width: none;
      border: 0;
      padding: 0;
      gap: 0.5rem;
    }
    h2 {
      font-size: 16pt;
    }
    .intro:not(.print-only),
    .modes,
    .notices,
    .actions,
    .remove-thing {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .name-date {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
      align-items: baseline;
    }
    .name-line {
      display: flex;
      gap: 0.4rem;
      flex: 1 1 16rem;
      margin: 0;
      font-weight: 600;
    }
    .name-date .field {
      display: flex;
      gap: 0.4rem;
      align-items: baseline;
    }
    .write-line {
      flex: 1;
      border-bottom: 1px solid #000;
      min-width: 10rem;
    }
    .thing,
    .prompt {
      break-inside: avoid;
      background: none;
      border: 1px solid #777;
      padding: 0.5rem 0.7rem;
    }
    .thing-number {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
      background: none;
      color: #000;
      border: 1.5px solid #000;
    }
    /* Blank parts of a sheet to fill in by hand: ruled lines. */
    .read-text.blank {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
      min-height: 6em;
      background-image: repeating-linear-gradient(to bottom, transparent 0, transparent calc(2em - 1px), #999 calc(2em - 1px), #999 2em);
    }
    .read-text.blank.short {
      min-height: 4em;
    }
    .read-text.blank.tall {
      min-height: 12em;
    }
    .name-date .read-text:empty {
      min-width: 9rem;
      border-bottom: 1px solid #000;
    }
    .name-date .read-text:empty::before {
      content: none;
    }
    .intro.print-only {
      display: block;
      font-size: 10pt;
    }
    .read-text.blank::before,
    .to .read-text:empty::before {
      content: none;
    }
    .diary {
      grid-template-columns: 1fr 1fr;
    }
    /* The postcard prints at A6 (148 × 105 mm), with a dashed line to cut along; a longer
       message makes the card taller rather than being cut off. */
    .postcard {
      width: 148mm;
      min-height: 105mm;
      aspect-ratio: auto;
      grid-template-columns: 3fr 2fr;
      gap: 5mm;
      padding: 7mm;
      border: 1px dashed #000;
      border-radius: 0;
      box-shadow: none;
      background: none;
      break-inside: avoid;
      font-size: 10pt;
    }
    .postcard-address {
      border-left: 1px solid #777;
      padding-left: 5mm;
    }
    .postcard .read-text.blank.tall {
      min-height: 0;
      flex: 1;
    }
    .stamp {
      width: 18mm;
      height: 18mm;
      border-color: #777;
    }
  }
`;

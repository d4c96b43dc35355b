import { css } from 'lit';

export const cardStyles = css`
  :host {
    --_card-background: var(--coprod-opportunity-card-background, var(--_surface));
    --_card-border: var(--coprod-opportunity-card-border-color, var(--_border));
    --_stripe: var(--coprod-opportunity-card-stripe, var(--_accent));
    font-size: calc(var(--_font-size) * 1.0625);
    background: transparent;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-width: 40rem;
    padding: calc(var(--_space) * 2.5);
    border: 2px solid var(--_card-border);
    border-top: 0.6rem solid var(--_stripe);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_card-background);
  }

  h2 {
    font-size: 1.4em;
    margin: 0;
  }

  .intro {
    margin: 0 0 var(--_space);
  }

  .notices:empty {
    display: none;
  }

  .idea.missing .hint {
    color: var(--_danger);
    font-weight: 600;
  }

  .idea.missing textarea {
    border-color: var(--_danger);
  }

  .idea textarea {
    min-height: 7rem;
  }

  .row {
    display: grid;
    gap: 0 calc(var(--_space) * 2);
  }

  @container (min-width: 30rem) {
    .row {
      grid-template-columns: 3fr 2fr;
    }
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-height: var(--_target);
    font-weight: 600;
    cursor: pointer;
  }

  .join-text {
    margin: 0;
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: var(--_space);
  }

  .hand-in {
    font-size: 1.1em;
    padding-inline: 1.5rem;
  }

  .thanks {
    border-color: var(--_success);
  }

  .thanks p {
    margin: 0;
  }

  .file-actions {
    margin-top: var(--_space);
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .idea.missing textarea {
      border-color: CanvasText;
      border-style: dashed;
    }
  }

  @media print {
    .card {
      break-inside: avoid;
      border-width: 1px;
      border-top-width: 0.3rem;
    }
    .intro,
    .notices,
    .thanks {
      display: none !important;
    }
  }
`;

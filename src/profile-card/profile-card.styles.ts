import { css } from 'lit';

export const profileStyles = css`
  :host {
    --_card-background: var(--coprod-profile-card-background, var(--_surface));
    --_card-border: var(--coprod-profile-card-border-color, var(--_border));
    --_section-background: var(--coprod-profile-section-background, var(--_surface-alt));
    --_section-min-height: var(--coprod-profile-section-min-height, 7rem);
    --_photo-size: var(--coprod-profile-photo-size, 7rem);
    font-size: var(--coprod-profile-font-size, 1.125rem);
    background: transparent;
    height: 100%;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    height: 100%;
    padding: calc(var(--_space) * 2.5);
    border: 2px solid var(--_card-border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_card-background);
  }

  .form-title {
    font-size: 1.4em;
    margin: 0;
  }

  .intro {
    margin: 0;
    max-width: 60ch;
  }

  .show {
    margin: 0;
  }

  .choice-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
  }

  .notices:empty {
    display: none;
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }

  .who {
    flex: 1 1 14rem;
    min-width: 0;
    max-width: 36rem;
  }

  .who .field {
    margin-bottom: var(--_space);
  }

  .name {
    font-size: 1.75em;
    margin: 0;
    overflow-wrap: anywhere;
    text-wrap: balance;
  }

  .age {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }

  .age-field input {
    max-width: 8rem;
  }

  .photo {
    flex: none;
    width: var(--_photo-size);
    height: var(--_photo-size);
    border-radius: 50%;
    overflow: hidden;
    border: 3px solid var(--_card-border);
    background: var(--_accent-soft);
    display: grid;
    place-items: center;
  }

  .photo img {
    width: 100%;
    height: 100%;
    object-fit: cover;
    display: block;
  }

  .initials {
    font-size: 2.2em;
    font-weight: 700;
    color: var(--_accent);
  }

  .placeholder {
    width: 70%;
    height: 70%;
    margin-top: 30%;
    fill: var(--_accent);
    opacity: 0.45;
  }

  .photo-controls {
    display: grid;
    gap: var(--_space);
  }

  .photo-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .photo-url {
    margin: 0;
    max-width: 44rem;
  }

  .sections {
    display: grid;
    grid-template-columns: 1fr;
    gap: calc(var(--_space) * 2);
    flex: 1;
    align-content: start;
  }

  /* Read-only cards side by side (stretched to one height) share it out equally over their
     sections, so the sections of every card in a gallery line up. */
  .card.readonly .sections {
    grid-auto-rows: 1fr;
  }

  @container (min-width: 52rem) {
    .sections {
      grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
    }
  }

  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-height: var(--_section-min-height);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border-top: 0.35rem solid var(--_accent);
    background: var(--_section-background);
  }

  .section h3 {
    font-size: 1.05em;
    margin: 0;
    overflow-wrap: anywhere;
  }

  .items {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .item {
    display: flex;
    gap: 0.25rem;
    align-items: flex-start;
  }

  .item.read-text {
    display: list-item;
    list-style: disc;
    margin-left: 1.25em;
  }

  .item .field {
    flex: 1;
    margin: 0;
    min-width: 0;
  }

  .item textarea {
    min-height: var(--_target);
  }

  button.remove-item {
    flex: none;
    text-decoration: none;
    padding: 0;
    color: var(--_muted);
    background: transparent;
  }

  .add-item {
    align-self: flex-start;
  }

  .section-tools {
    margin-top: auto;
    font-size: 0.9em;
  }

  .section-tools summary {
    cursor: pointer;
    min-height: var(--_target);
    display: flex;
    align-items: center;
    gap: 0.4rem;
    color: var(--_accent);
    font-weight: 600;
    list-style: none;
  }

  .section-tools summary::-webkit-details-marker {
    display: none;
  }

  .section-tools summary::before {
    content: '▸' / '';
  }

  .section-tools[open] summary::before {
    content: '▾' / '';
  }

  .section-tools[open] summary {
    margin-bottom: var(--_space);
  }

  .tool-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  .add-section {
    align-self: flex-start;
  }

  .file-actions {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }

  @container (max-width: 24rem) {
    .card {
      padding: calc(var(--_space) * 1.5);
    }
    .name {
      font-size: 1.4em;
    }
    .top {
      flex-direction: column;
      align-items: flex-start;
    }
    .who {
      flex-basis: auto;
      width: 100%;
    }
  }

  /* The gallery's title and count stand outside any card: they need the surface under them
     (the single card leaves the host transparent so its rounded corners show the page). */
  :host([gallery]) {
    background: var(--_surface);
  }

  /* The group's cards side by side: as many columns as fit, each card as tall as its row. */
  .gallery h2 {
    font-size: 1.4em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .gallery-count {
    margin: 0 0 var(--_space);
  }
  .gallery-cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: calc(var(--_space) * 2);
  }
  .gallery-item {
    display: flex;
    min-width: 0;
  }
  .gallery-card {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_card-border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_card-background);
    --_photo-size: 4.5rem;
  }
  .gallery-card .name {
    font-size: 1.2em;
    margin: 0;
  }
  .gallery-card .section {
    min-height: 0;
  }
  .gallery-card h4 {
    font-size: 1em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .gallery-card .initials {
    font-size: 1.5em;
  }
  .gallery-card .nothing-yet {
    margin: 0;
    color: var(--_muted);
    font-style: italic;
  }

  @media (forced-colors: active) {
    .gallery-card,
    .card,
    .photo,
    .section {
      border-color: CanvasText;
    }
    .section {
      border: 1px solid CanvasText;
      border-top-width: 0.35rem;
    }
    .initials {
      color: CanvasText;
    }
    .placeholder {
      fill: CanvasText;
    }
  }

  @media print {
    :host {
      font-size: 11pt;
      height: auto;
    }
    /* A long card may go on over pages (kept whole, it went to a page of its own, or left
       pages of empty boxes), and rows are as tall as their own sections, not the tallest. */
    .card {
      border-width: 1px;
      gap: 0.6rem;
      padding: 0.8rem;
    }
    .intro,
    .show,
    .photo-controls,
    .section-tools,
    .remove-item,
    .notices,
    .form-title {
      display: none !important;
    }
    .sections,
    .card.readonly .sections {
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      grid-auto-rows: auto;
    }
    /* A long section goes on over the page between its items; its title stays with the first. */
    .section {
      min-height: 0;
      background: none;
      border: 1px solid #777;
      border-top-width: 0.25rem;
    }
    .section h3,
    .section h4 {
      break-after: avoid;
    }
    .item {
      break-inside: avoid;
    }
    input,
    textarea {
      border: 0 !important;
      padding: 0 !important;
      min-height: 0 !important;
      background: none !important;
      resize: none;
    }
  }
`;

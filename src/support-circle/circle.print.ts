import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { breakLongWords } from '../core/long-words.js';
import { ringIds, type CirclePerson, type RingId } from './circle.types.js';

/** Empty rows a blank circle gets on paper, to write people in by hand. */
const BLANK_ROWS = 30;

/**
 * The people on paper: one compact grid (name, ring, how involved, contact plan), ring by
 * ring, instead of the editing form. A blank circle gets empty rows to write in. Rendered
 * only while printing.
 */
export function renderCirclePrint(people: readonly CirclePerson[], ringLabel: (ring: RingId) => string): TemplateResult {
  const ordered = ringIds.flatMap((ring) => people.filter((person) => person.ring === ring));
  return html`<table class="print-only print-table print-people">
    <caption>${msg('Who is involved, and how we keep in touch')}</caption>
    <thead>
      <tr>
        <th scope="col" class="name">${msg('Name')}</th>
        <th scope="col" class="ring">${msg('Ring')}</th>
        <th scope="col" class="text">${msg('How are they involved?')}</th>
        <th scope="col" class="text">${msg('Contact and engagement plan')}</th>
      </tr>
    </thead>
    <tbody>
      ${ordered.length
        ? ordered.map(
            (person) => html`<tr>
              <td class="name">${breakLongWords(person.name)}</td>
              <td class="ring">${ringLabel(person.ring)}</td>
              <td class="read-text">${breakLongWords(person.involvement)}</td>
              <td class="read-text">${breakLongWords(person.contact)}</td>
            </tr>`,
          )
        : Array.from(
            { length: BLANK_ROWS },
            () => html`<tr>
              <td class="blank-cell"></td>
              <td class="blank-cell"></td>
              <td class="blank-cell"></td>
              <td class="blank-cell"></td>
            </tr>`,
          )}
    </tbody>
  </table>`;
}

/** On paper: the rings with the names, a short legend, then the grid; not the editing form. */
export const circlePrintStyles = css`
  @media print {
    :host {
      font-size: 10pt;
    }
    /* The editing list only when the grid is there (rendered from beforeprint). */
    .print-people ~ .grid,
    .intro {
      display: none !important;
    }
    .circle-box {
      max-width: 13cm;
      margin-inline: auto;
    }
    .legend {
      margin-top: 0.3rem;
    }
    .legend ol {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.2rem 1rem;
      margin: 0;
      padding: 0;
    }
    .legend .meaning {
      margin: 0;
      font-size: 8.5pt;
    }
    .legend h3 {
      font-size: 10pt;
      margin: 0 0 0.2rem;
    }
    .print-people {
      display: table;
      margin-top: 0.5rem;
    }
    .print-people .name {
      width: 20%;
      font-weight: 600;
    }
    .print-people .ring {
      width: 17%;
      overflow-wrap: normal;
      hyphens: auto;
    }
    .print-people .text {
      width: 31.5%;
    }
  }
`;

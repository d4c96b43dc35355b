import { css, html, type TemplateResult } from 'lit';

/** Empty rows a principle without actions gets on paper, to write actions in by hand. */
const BLANK_ROWS = 3;

/**
 * A principle's rows on paper when it has no actions yet: empty rows to write in, instead
 * of "No actions yet.". Rendered only while printing.
 */
export function renderBlankPlanRows(principleName: string): TemplateResult {
  return html`<tbody class="blank-rows">
    ${Array.from(
      { length: BLANK_ROWS },
      (_, index) => html`<tr>
        ${index === 0 ? html`<th scope="rowgroup" rowspan=${BLANK_ROWS}>${principleName}</th>` : ''}
        <td class="blank-cell"></td>
        <td class="blank-cell"></td>
        <td class="blank-cell"></td>
        <td class="blank-cell"></td>
        <td class="blank-cell"></td>
      </tr>`,
    )}
  </tbody>`;
}

/** On paper: the sheet in black on white, with room to write in the empty rows. */
export const planPrintStyles = css`
  @media print {
    .intro {
      display: none;
    }
    /* Room to write an action by hand; the blank sheet still fits one A4. */
    .sheet td.blank-cell {
      height: 1.15cm;
    }
    .sheet tr.done td {
      color: #000;
    }
    .sheet thead th:nth-child(1) {
      width: 14%;
    }
    .sheet thead th:nth-child(2) {
      width: 29%;
    }
    .sheet thead th:nth-child(3) {
      width: 15%;
    }
    .sheet thead th:nth-child(4) {
      width: 11%;
    }
    .sheet thead th:nth-child(5) {
      width: 24%;
    }
  }
`;

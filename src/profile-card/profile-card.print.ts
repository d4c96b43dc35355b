import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * Lines on the paper card: for a blank card, name (and age, when the card shows it) to
 * write in; for every card, the date. Rendered only while printing.
 */
export function renderProfilePrintLines(options: { blankName: boolean; blankAge: boolean }): TemplateResult {
  const line = (label: string) => html`<span class="print-field"><span class="print-label">${label}:</span> <span class="print-blank"></span></span>`;
  return html`<p class="print-only print-name-line profile-lines">
    ${options.blankName ? line(msg('Name')) : nothing} ${options.blankAge ? line(msg('Age')) : nothing} ${line(msg('Date'))}
  </p>`;
}

/** On paper: black text, and roomy boxes to write in on a blank card. */
export const profilePrintStyles = css`
  @media print {
    .age {
      color: #000;
    }
    .print-only.profile-lines {
      margin: 0.4rem 0 0;
      flex-direction: column;
      gap: 0.6rem;
    }
    .profile-lines .print-field {
      flex: none;
    }
    .profile-lines .print-blank {
      height: 1.4em;
    }
    .section p.read-text:empty {
      min-height: 5cm;
    }
  }
`;

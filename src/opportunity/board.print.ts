import { css, html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { statuses, type MeetingGroup, type OpportunityStatus } from './opportunity.types.js';

/** What the printed meeting list needs in the active language. */
export interface BoardPrintLabels {
  status: Record<OpportunityStatus, string>;
  anonymous: string;
  date: (isoDate: string) => string;
  meetingTitle: (meeting: string | null) => string;
}

/**
 * The meeting list on paper: one compact table per meeting (idea, from, date, status, wants
 * to help), the cards in the board's status order. Rendered only while printing; on paper it
 * replaces the board's columns of cards.
 */
export function renderBoardPrint(groups: MeetingGroup[], labels: BoardPrintLabels): TemplateResult {
  return html`<div class="print-only print-meetings">
    ${groups.map((group) => {
      const cards = statuses.flatMap((status) => group.cards.filter((card) => card.status === status));
      const count = cards.length;
      return html`<table class="print-table">
        <caption>${labels.meetingTitle(group.meeting)} · ${count === 1 ? msg('1 card') : msg(str`${count} cards`)}</caption>
        <thead>
          <tr>
            <th scope="col" class="idea">${msg('Idea')}</th>
            <th scope="col">${msg('Name')}</th>
            <th scope="col">${msg('Date')}</th>
            <th scope="col">${msg('Status')}</th>
            <th scope="col">${msg('Wants to help')}</th>
          </tr>
        </thead>
        <tbody>
          ${cards.map(
            (card) => html`<tr>
              <td class="idea read-text">${card.idea}</td>
              <td>${card.name.trim() || labels.anonymous}</td>
              <td>${card.date ? labels.date(card.date) : ''}</td>
              <td>${labels.status[card.status]}</td>
              <td>${card.wantsToJoin ? msg('Yes') : ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
    })}
  </div>`;
}

/** On paper: the compact tables instead of the columns of cards. */
export const boardPrintStyles = css`
  @media print {
    /* Only when the tables are there (rendered from beforeprint): else the cards print. */
    .print-meetings ~ .groups,
    .print-meetings ~ .count {
      display: none !important;
    }
    .print-meetings .print-table {
      margin-bottom: 0.6rem;
    }
    .print-meetings .idea {
      width: 48%;
    }
  }
`;

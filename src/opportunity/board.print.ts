import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { breakLongWords } from '../core/long-words.js';
import { statuses, type MeetingGroup, type OpportunityStatus } from './opportunity.types.js';

/** What the printed meeting list needs in the active language. */
export interface BoardPrintLabels {
  status: Record<OpportunityStatus, string>;
  anonymous: string;
  date: (isoDate: string) => string;
  meetingTitle: (meeting: string | null) => string;
  /** The card keeper of a meeting, when it is not the board's keeper. */
  meetingKeeper: (meeting: string) => string;
}

/**
 * The meeting list on paper: one compact table per meeting (idea, from, date, status, wants
 * to help), the cards in the board's status order, with the meeting's own card keeper and what
 * was decided per card. Rendered only while printing; on paper it replaces the board's columns
 * of cards.
 */
export function renderBoardPrint(groups: MeetingGroup[], labels: BoardPrintLabels): TemplateResult {
  return html`<div class="print-only print-meetings">
    ${groups.map((group) => {
      const cards = statuses.flatMap((status) => group.cards.filter((card) => card.status === status));
      const count = cards.length;
      const keeper = group.meeting === null ? '' : labels.meetingKeeper(group.meeting).trim();
      return html`<table class="print-table">
        <caption>
          ${labels.meetingTitle(group.meeting)} · ${count === 1 ? msg('1 card') : msg(str`${count} cards`)}
          ${keeper ? html`<span class="print-keeper">${msg('Card keeper at this meeting')}: <span class="read-text">${keeper}</span></span>` : nothing}
        </caption>
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
              <td class="idea">
                <span class="read-text">${breakLongWords(card.idea)}</span>
                ${card.decided?.trim() ? html`<span class="print-decided"><strong>${msg('Decided:')}</strong> <span class="read-text">${breakLongWords(card.decided)}</span></span>` : nothing}
                ${card.invited ? html`<span class="print-decided">${msg('The writer was invited to help')}</span>` : nothing}
              </td>
              <td>${breakLongWords(card.name.trim() || labels.anonymous)}</td>
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
    .print-keeper,
    .print-decided {
      display: block;
      font-weight: 400;
      font-size: 9pt;
    }
  }
`;

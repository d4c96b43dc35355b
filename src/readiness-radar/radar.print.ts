import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { principleIds, principleText } from '../core/principles.js';
import { answerLabel } from './radar.questions.js';
import { answerSteps, type Answers, type ResolvedQuestion } from './radar.types.js';

/**
 * The questions on paper: one compact table, a row per question with its answer as text
 * ("2 — Partly") and its note, or, not answered, the five boxes to tick (and "don't know").
 * Rendered only while printing; on paper it replaces the checklist of radio buttons.
 */
export function renderRadarPrint(questions: readonly ResolvedQuestion[], answers: Answers, notes: Record<string, string>): TemplateResult {
  const scale = answerSteps.map((step) => `${step} = ${answerLabel(step)}`).join(' · ');
  return html`<section class="print-only print-questions">
    <h3>${msg('The questions')}</h3>
    <p class="print-scale">${scale} · ? = ${answerLabel(null)}</p>
    <table class="print-table">
      <thead>
        <tr>
          <th scope="col" class="number">#</th>
          <th scope="col">${msg('Question')}</th>
          <th scope="col" class="answer">${msg('Answer')}</th>
        </tr>
      </thead>
      ${principleIds.map((principle) => {
        const own = questions.filter((question) => question.principle === principle);
        if (!own.length) return nothing;
        return html`<tbody>
          <tr class="principle-row">
            <th scope="rowgroup" colspan="3">${principleText(principle).name}</th>
          </tr>
          ${own.map((question) => {
            const note = notes[question.id]?.trim();
            return html`<tr>
              <td class="number">${questions.indexOf(question) + 1}</td>
              <td>
                ${question.text}
                ${note ? html`<span class="print-note"><strong>${msg('Note:')}</strong> <span class="read-text">${note}</span></span>` : nothing}
              </td>
              <td class="answer">${answerText(question.id, answers)}</td>
            </tr>`;
          })}
        </tbody>`;
      })}
    </table>
  </section>`;
}

function answerText(id: string, answers: Answers): TemplateResult | string {
  if (!(id in answers)) {
    return html`<span class="boxes">${answerSteps.map((step) => html`<span class="tick"><span class="tick-box"></span>${step}</span>`)}<span class="tick"><span class="tick-box"></span>?</span></span>`;
  }
  const answer = answers[id] ?? null;
  return answer === null ? answerLabel(null) : `${answer} — ${answerLabel(answer)}`;
}

/** On paper: chart and score table side by side on the first page, then the compact questions. */
export const radarPrintStyles = css`
  @media print {
    :host {
      font-size: 10pt;
    }
    /* The checklist only when the compact table is there (rendered from beforeprint). */
    .print-questions ~ .checklist,
    .intro,
    .readings,
    .gaps .hint {
      display: none !important;
    }
    h3 {
      font-size: 12pt;
      margin: 0.4rem 0 0.2rem;
    }
    /* The chart on its own row, 12 cm wide: its labels then print at about 9 pt, like the table
       (beside the table, at 9 cm, they were 6 pt). Gaps and table follow under it. */
    .results-layout {
      display: grid;
      grid-template-columns: 1fr;
      gap: 0.4rem;
      align-items: start;
    }
    .chart-box {
      max-width: 12cm;
      margin-inline: auto;
    }
    .legend {
      font-size: 8.5pt;
    }
    .gaps h4 {
      margin: 0 0 0.2rem;
    }
    .gaps ul {
      margin: 0 0 0.4rem;
    }
    .table-scroll {
      overflow: visible;
    }
    table[part='table'] {
      font-size: 9pt;
    }
    /* Many readings: their columns (after principle, now and answered) give way to a table with
       a row per reading (radar.element.ts). */
    .readings-apart table[part='table'] :is(th, td):nth-child(n + 4) {
      display: none;
    }
    .print-readings {
      margin-top: 0.5rem;
    }
    .print-readings .reading-name {
      width: 28%;
    }
    .print-readings .date {
      font-weight: 400;
    }
    .print-questions {
      break-before: auto;
    }
    .print-scale {
      margin: 0 0 0.3rem;
      font-size: 9pt;
    }
    /* The heading and the scale stay with the first questions. */
    .print-questions h3,
    .print-scale {
      break-after: avoid;
    }
    .print-table .number {
      width: 2.2em;
      overflow-wrap: normal;
    }
    .print-table .answer {
      width: 30%;
    }
    .principle-row th {
      font-size: 10pt;
      border-bottom-width: 2px;
    }
    .print-note {
      display: block;
      margin-top: 0.1rem;
      font-size: 9pt;
    }
    .boxes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.1rem 0;
    }
    .boxes .tick {
      margin-inline-end: 0.45rem;
    }
  }
`;

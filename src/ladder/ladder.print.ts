import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderTickBox, renderWriteLines } from '../core/print.js';

/** The questions of one example, in the words of the chosen perspective. */
export interface ExampleQuestions {
  what: string;
  rung: string;
  outcomes: string;
  better: string;
}

/**
 * A blank worksheet has no examples yet; on paper it gets two empty ones to write in,
 * as the toolkit asks for at least one "doing with" and one "doing for".
 */
export function renderBlankExamples(questions: ExampleQuestions, rungNames: string[]): TemplateResult {
  return html`<div class="print-only blank-examples">
    ${[1, 2].map(
      (number) => html`<section class="example blank-example">
        <h4>${msg('Example')} ${number}</h4>
        <p class="field-label">${questions.what}</p>
        ${renderWriteLines(3)}
        <p class="field-label">${questions.rung}</p>
        <p class="rung-ticks">${rungNames.map((name) => renderTickBox(name))}</p>
        <p class="field-label">${questions.outcomes}</p>
        ${renderWriteLines(2)}
        <p class="field-label">${questions.better}</p>
        ${renderWriteLines(2)}
      </section>`,
    )}
  </div>`;
}

/** Tick boxes for "I tend to work by doing to / for / with", when nothing was chosen. */
export function renderTendencyTicks(labels: string[]): TemplateResult {
  return html`<span class="print-only tendency-ticks">${labels.map((label) => renderTickBox(label))}</span>`;
}

/**
 * On paper: the examples placed on their rungs print as black-on-white labels (on screen they
 * are white on the accent colour, and backgrounds do not print), the text wraps instead of
 * being cut off, and the worksheet is compact.
 */
export const ladderPrintStyles = css`
  @media print {
    :host {
      font-size: 10.5pt;
    }
    .intro,
    .higher-note {
      display: none;
    }
    .settings {
      margin: 0 0 0.4rem;
    }
    .rung {
      padding: 0.15rem 0.4rem;
      margin-bottom: 0.2rem;
      border-width: 1px;
    }
    .rung-description {
      margin: 0;
      font-size: 9pt;
    }
    .placed {
      margin-top: 0.2rem;
    }
    .placed-example span {
      display: inline;
      min-height: 0;
      padding: 0 0.3rem;
      white-space: normal;
      overflow: visible;
      font-weight: 600;
      background: none !important;
      color: #000 !important;
      border: 1px solid #000;
      border-radius: 0.3rem;
      box-decoration-break: clone;
    }
    /* The ladder on the first page, the worksheet from the second (no heading left alone). */
    .worksheet {
      break-before: page;
    }
    .examples {
      gap: 0.5rem;
    }
    .example {
      padding: 0.4rem 0.6rem;
      border-width: 1px;
      break-inside: avoid;
    }
    .example .field,
    .reflection .field {
      margin: 0 0 0.3rem;
    }
    .blank-examples {
      display: grid;
      gap: 0.5rem;
    }
    .blank-example .field-label {
      margin: 0.3rem 0 0;
      font-weight: 600;
    }
    .rung-ticks {
      margin: 0.2rem 0;
      line-height: 1.8;
    }
    .rung-ticks .tick {
      white-space: normal;
    }
    .reflection {
      margin-top: 0.6rem;
      padding-top: 0.4rem;
      border-top-width: 1px;
      break-before: auto;
    }
    .reflection .field {
      break-inside: avoid;
    }
    .reflection .read-text:empty {
      min-height: 4cm;
    }
    .tendency-ticks {
      display: block;
      line-height: 1.8;
    }
  }
`;

import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { CoprodElement, fieldId } from '../core/coprod-element.js';
import { CoprodInvalidEvent, CoprodPlanActionEvent } from '../core/events.js';
import { callAsUser, linkedElement } from '../core/page-link.js';
import { downloadPng, downloadSvg, standaloneSvg, svgToPng } from '../core/export.js';
import { localFileName } from '../core/exercise-names.js';
import { DrawingFitController } from '../core/drawing-fit.js';
import { formatDate, formatNumber, getLocale } from '../core/localization.js';
import { NAME_LIMIT } from '../core/limits.js';
import { principleIds, principleText, type PrincipleId } from '../core/principles.js';
import { RovingFocusController } from '../core/roving-focus.js';
import { scrollRegion } from '../core/scroll-region.js';
import { today, type StateSchema } from '../core/validate.js';
import { spacingProbeStyles, TextSpacingController } from '../core/text-spacing-controller.js';
import { dashOf, radarChart, radarViewBox, RADIUS, VIEW_BOX } from './radar.chart.js';
import { axisAngle, polarPoint, scorePoints } from './radar.geometry.js';
import { answerLabel, principlesByQuestion, resolveQuestions } from './radar.questions.js';
import { countsOf, DEFAULT_GAP_THRESHOLD, gapsOf, lowestOf, SCALE_MAX, scoresOf } from './radar.scores.js';
import { nextReadingId, readinessSchema } from './radar.state.js';
import { radarChartStyles, radarStyles } from './radar.styles.js';
import { radarPrintStyles, renderRadarPrint } from './radar.print.js';
import { renderPrintNameLine } from '../core/print.js';
import { RadarGroupController } from './radar.group-view.js';
import { radarGroupStyles } from './radar.group-view.styles.js';
import { answerSteps, type Answer, type RadarReading, type ReadinessState, type ResolvedQuestion, type Scores } from './radar.types.js';
import { WORD_SPACE } from '../core/word-space.js';

/** Earlier readings that still fit as columns of the score table on A4; more get a table of their own on paper. */
const PRINTED_READING_COLUMNS = 3;

/**
 * The co-production readiness check: answer questions about the six principles,
 * see the scores on a radar chart, find the gaps and start an action for each.
 *
 * @tagname coprod-readiness-radar
 * @summary Readiness checklist with a radar chart of the six principles of co-production.
 *
 * @fires {CoprodPlanActionEvent} coprod-plan-action - The user asked to plan an action for a gap; `detail: { principle }`.
 *
 * @csspart header - Title and introduction.
 * @csspart results - The chart, legend, gaps and score table.
 * @csspart chart - The radar chart (SVG).
 * @csspart legend - The legend of the chart (now and earlier readings).
 * @csspart gaps - The list of gaps, each with a "Plan an action" button.
 * @csspart table - The table of scores per principle and reading.
 * @csspart export - The buttons to download the chart.
 * @csspart checklist - The questions, grouped by principle.
 * @csspart principle - One principle's group of questions.
 * @csspart question - One question with its answer scale and note.
 * @csspart readings - Earlier readings: names, dates, save and remove.
 * @csspart whose - The optional fields asking whose answers a new reading holds (name, view, agreed).
 * @csspart next-person - The offer to start with empty answers for the next person on the same device.
 * @csspart group - The group view: spread per principle, two readings side by side, first and latest.
 * @csspart group-spread - The group's spread per principle (shown from 3 people).
 * @csspart group-pair - Two readings side by side, principles 2 or more apart marked.
 * @csspart group-history - First and latest reading of one person or of the group.
 * @csspart group-table - The tables of the group view (the same numbers as its drawings).
 *
 *
 * @cssproperty [--coprod-radar-fill=var(--coprod-color-accent)] - Fill of the current scores (drawn see-through).
 * @cssproperty [--coprod-radar-line=var(--coprod-color-accent)] - Outline of the current scores.
 * @cssproperty [--coprod-radar-reading-color=var(--coprod-color-text)] - Outlines of earlier readings.
 * @cssproperty [--coprod-radar-grid-color=var(--coprod-color-border)] - Rings and axes of the chart.
 * @cssproperty [--coprod-radar-gap-color=var(--coprod-color-warning)] - Gap marks and the gap line.
 */
export class CoprodReadinessRadar extends CoprodElement<ReadinessState> {
  static override styles = [...CoprodElement.styles, radarChartStyles, radarStyles, radarPrintStyles, radarGroupStyles, spacingProbeStyles];

  /** Id of a `coprod-support-circle` on the page whose names are offered for a reading's person. */
  @property({ reflect: true }) people: string | null = null;

  protected override get schema(): StateSchema<ReadinessState> {
    return readinessSchema;
  }

  /** A principle scoring below this (0–4) is a gap. */
  @property({ type: Number, attribute: 'gap-threshold' }) gapThreshold = DEFAULT_GAP_THRESHOLD;

  /**
   * The id of a `coprod-action-plan` on the same page: "Plan an action" adds an action for
   * that principle there (its `addAction`), with no host script. A `coprod-plan-action`
   * listener that calls `preventDefault()` plans it itself instead.
   */
  @property({ reflect: true }) plan: string | null = null;

  /** The axis whose point has keyboard focus, highlighted on the chart. */
  @state() private _activeAxis: number | undefined;

  /** Notes whose disclosure the user opened (their fields stay drawn). */
  @state() private _openNotes = new Set<string>();

  /** On a narrow screen or at high zoom the chart's labels get too small: the table takes over. */
  private readonly _fit = new DrawingFitController(this, {
    box: () => this.renderRoot.querySelector('.chart-box'),
    viewWidth: () => Number(this._viewBox.split(' ')[2]),
    text: () => this.renderRoot.querySelector('svg.radar .label'),
    // The table says all the chart says, so the chart steps aside sooner than the circle.
    share: 0.75,
  });

  /** The chart's viewBox as last drawn: wider when the reader's own text spacing needs it. */
  private _viewBox = VIEW_BOX;
  private readonly _textSpacing = new TextSpacingController(this, () => this.renderRoot.querySelector('.spacing-probe'));

  private _focusReading: string | undefined;
  private _focusNote: string | undefined;

  /** Whose a reading is, the next person on a shared device, the group view (radar.group-view.ts). */
  private readonly _group = new RadarGroupController({
    element: this,
    state: () => this.current,
    commit: (next) => this.commit(next),
    announce: (text) => this.announce(text),
    isReadonly: () => this.isReadonly,
    num: (value) => this._num(value),
    date: (date) => this._date(date),
    focusReading: (id) => {
      this._focusReading = id;
    },
    refuse: (errors) => this.dispatchEvent(new CoprodInvalidEvent(errors, 'import')),
    textField: (options) => this.renderTextField(options),
  });

  /**
   * Adds another person's saved readiness file (JSON text) as a reading: their answers, with
   * today's date. Refused data fires `coprod-invalid` with source `import`; nothing changes.
   * @param text - The saved readiness file, as JSON text.
   * @param label - A name for the reading (e.g. the file's name), used when no person is filled in; empty gives a numbered name.
   * @returns whether a reading was added
   */
  addReadingFromJSON(text: string, label = ''): boolean {
    return this._group.addReadingFromJSON(text, label);
  }

  private readonly _axes = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.axis-point')],
    orientation: 'both',
    wrap: true,
    // The chart's template writes each point's tabindex from `current` itself: after a render
    // there is nothing to apply again (only the arrow keys move the tab stop).
    itemsKey: () => [],
  });

  /** Score per principle: the mean (0–4) of its answered questions, `null` when none is answered. Read-only. */
  get scores(): Scores {
    return scoresOf(principlesByQuestion(this.current.questions), this.current.answers);
  }

  /** Principle ids scoring below `gap-threshold`, in the principles' order. Not answered is not a gap. Read-only. */
  get gaps(): PrincipleId[] {
    return gapsOf(this.scores, this._threshold);
  }

  /** The chart as a standalone SVG document (text), as the SVG download gives it. */
  exportSvg(): string {
    return standaloneSvg(this._chart());
  }

  /**
   * The chart as a PNG image, `scale` times its drawn size, as the PNG download gives it.
   * @param scale - How many image pixels per drawn pixel (2 by default, sharp on most screens).
   */
  exportPng(scale = 2): Promise<Blob> {
    return svgToPng(this._chart(), scale);
  }

  private get _threshold(): number {
    const threshold = Number(this.gapThreshold);
    return Number.isFinite(threshold) ? Math.min(SCALE_MAX, Math.max(0, threshold)) : DEFAULT_GAP_THRESHOLD;
  }

  private _chart(): SVGSVGElement {
    const chart = this.renderRoot.querySelector<SVGSVGElement>('svg.radar');
    if (!chart) throw new Error('The chart is not drawn yet: wait for updateComplete.');
    return chart;
  }

  /** Numbers and dates formatted in the active locale: formatting is slow, and the same few values recur in every render. */
  private readonly _formatted = new Map<string, string>();
  private _formattedLocale = '';

  private _num(value: number): string {
    return this._format(`n${value}`, () => formatNumber(value));
  }

  private _date(date: string): string {
    return this._format(`d${date}`, () => formatDate(date));
  }

  private _format(key: string, make: () => string): string {
    const locale = getLocale();
    // Scores, counts and reading dates are few; the bound only keeps a long session small.
    if (this._formattedLocale !== locale || this._formatted.size > 1000) {
      this._formatted.clear();
      this._formattedLocale = locale;
    }
    let text = this._formatted.get(key);
    if (text === undefined) this._formatted.set(key, (text = make()));
    return text;
  }

  /** Scores of the earlier readings, computed again only when the readings or questions change (answering a question changes neither). */
  private _readingScoresOf:
    | { readings: readonly RadarReading[]; questions: ReadinessState['questions']; scores: Scores[]; values: (number | null)[][] }
    | undefined;

  private _readingScores(state: ReadinessState, principleOf: ReadonlyMap<string, PrincipleId>): Scores[] {
    const memo = this._readingScoresOf;
    if (memo && memo.readings === state.readings && memo.questions === state.questions) return memo.scores;
    const scores = state.readings.map((reading) => scoresOf(principleOf, reading.answers));
    const values = scores.map((reading) => principleIds.map((id) => reading[id]));
    this._readingScoresOf = { readings: state.readings, questions: state.questions, scores, values };
    return scores;
  }

  override render(): TemplateResult {
    const state = this.current;
    const principleOf = principlesByQuestion(state.questions);
    const scores = scoresOf(principleOf, state.answers);
    const readingScores = this._readingScores(state, principleOf);
    const gaps = gapsOf(scores, this._threshold);
    const questions = resolveQuestions(state);
    // An empty check starts with the questions: an empty chart first says nothing.
    const nothingAnswered = Object.keys(state.answers).length === 0 && state.readings.length === 0;
    // On paper the chart and table always come first (the worksheet's first page).
    const resultsFirst = !nothingAnswered || this.printing.active;
    return html`
      <header part="header">
        <h2>${msg('Co-production readiness check')}</h2>
        <p class="intro">
          ${msg('Answer the questions about the six principles of co-production, alone or as a group. The chart shows where you are strong and where there are gaps. Turn each gap into an action.')}
        </p>
      </header>
      ${this.printing.active ? renderPrintNameLine() : nothing} ${this.renderNotices()}
      ${resultsFirst ? this._renderResults(state, scores, readingScores, gaps, principleOf) : nothing}
      ${this.printing.active ? renderRadarPrint(questions, state.answers, state.notes) : nothing}
      ${this._renderChecklist(questions, scores, gaps)}
      ${resultsFirst ? nothing : this._renderResults(state, scores, readingScores, gaps, principleOf)} ${this._renderReadings()} ${this._group.renderGroupView()}
      <div class="footer">${this.renderFileActions('readiness-check.json')}</div>
    `;
  }

  /** The chart, legend, gaps and table. */
  private _renderResults(state: ReadinessState, scores: Scores, readingScores: Scores[], gaps: PrincipleId[], principleOf: ReadonlyMap<string, PrincipleId>): TemplateResult {
    // With two or more earlier readings the table needs the full width, under the chart.
    const wideTable = state.readings.length >= 2;
    const table = this._renderTable(scores, readingScores, gaps, countsOf(principleOf, state.answers));
    // On paper a column per reading runs off the page: from a few readings on, they get a table of their own, a row each.
    const readingsApart = this.printing.active && state.readings.length > PRINTED_READING_COLUMNS;
    return html`<section class="results ${readingsApart ? 'readings-apart' : ''}" part="results" aria-labelledby="results-heading">
        <h3 id="results-heading">${msg('Your scores')}</h3>
        <div class="results-layout">
          <figure class="figure">
            ${this._renderChart(scores, readingScores, gaps)} ${this._renderLegend(state.readings)}
          </figure>
          <div class="side">
            ${this._renderGaps(scores, gaps)} ${wideTable ? nothing : table}
            ${this.isReadonly
              ? nothing
              : html`<div class="export" part="export">
                  <button type="button" @click=${this._downloadSvg}>${msg('Save the chart (SVG)')}</button>
                  <button type="button" @click=${this._downloadPng}>${msg('Save the chart (PNG)')}</button>
                </div>`}
          </div>
          ${wideTable ? html`<div class="wide-table">${table}</div>` : nothing}
        </div>
        ${readingsApart ? this._renderReadingsOnPaper(scores, readingScores) : nothing}
      </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._focusNote) {
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId(`note-${this._focusNote}`)}`)?.focus();
      this._focusNote = undefined;
    }
    if (this._focusReading) {
      const id = this._focusReading;
      this._focusReading = undefined;
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId(`reading-${id}`)}`)?.focus();
    }
  }

  private _scoreText(score: number | null): string {
    return score === null ? msg('not answered') : msg(str`${this._num(score)} of 4`);
  }

  /** "Mutuality 1.5 of 4, lowest; Networks not answered; …" — the chart's accessible summary. */
  private _summary(scores: Scores, gaps: PrincipleId[], readings: number): string {
    const lowest = lowestOf(scores);
    if (principleIds.every((id) => scores[id] === null)) return msg('Readiness radar: no questions answered yet.');
    const parts = principleIds.map((id) => {
      const name = principleText(id).name;
      const score = scores[id];
      if (score === null) return msg(str`${name} not answered`);
      return lowest.includes(id)
        ? msg(str`${name} ${this._num(score)} of 4, lowest`)
        : msg(str`${name} ${this._num(score)} of 4`);
    });
    let summary = msg(str`Readiness radar: ${parts.join('; ')}.`);
    if (gaps.length) summary += ` ${msg(str`Gaps: ${gaps.map((id) => principleText(id).name).join(', ')}.`)}`;
    if (readings) summary += ` ${msg(str`Earlier readings shown as outlines: ${readings}.`)}`;
    return summary;
  }

  private _renderChart(scores: Scores, readingScores: Scores[], gaps: PrincipleId[]): TemplateResult {
    const count = principleIds.length;
    const values = principleIds.map((id) => scores[id]);
    const points = scorePoints(values, SCALE_MAX, RADIUS);
    const names = principleIds.map((id) => principleText(id).name);
    const isGap = principleIds.map((id) => gaps.includes(id));
    const scoreTexts = values.map((score) => this._scoreText(score));
    const scoreLines = scoreTexts.map((text, index) => (isGap[index] ? msg(str`${text} · gap`) : text));
    const viewBox = (this._viewBox = radarViewBox(names, scoreLines, this._textSpacing.spacing));
    return html`${this._fit.renderNote(msg('The chart is too small to read on this screen. The scores are in the table.'))}
      <span class="spacing-probe" aria-hidden="true">a a</span>
      <div class="chart-box ${this._fit.givesWay ? 'gave-way' : ''}">
      ${radarChart({
        max: SCALE_MAX,
        scores: values,
        // The same list while the readings are the same, so the chart skips drawing them again.
        readings: this._readingScoresOf?.scores === readingScores ? this._readingScoresOf.values : readingScores.map((reading) => principleIds.map((id) => reading[id])),
        gaps: isGap,
        threshold: this._threshold,
        names,
        scoreLines,
        summary: this._summary(scores, gaps, readingScores.length),
        activeAxis: this._activeAxis,
        viewBox,
      })}
      <svg class="axis-layer" viewBox=${viewBox} role="listbox" aria-label=${msg('Principles on the chart. Use the arrow keys to go from one to the next.')} @keydown=${this._onAxisKeydown}>
        ${principleIds.map((_, index) => {
          const point = points[index] ?? polarPoint(axisAngle(index, count), RADIUS);
          const label = isGap[index] ? msg(str`${names[index]}: ${scoreTexts[index]}, gap`) : `${names[index]}: ${scoreTexts[index]}`;
          return svg`<g
            class="axis-point"
            role="option"
            aria-selected=${index === this._axes.current ? 'true' : 'false'}
            aria-label=${label}
            tabindex=${index === this._axes.current ? 0 : -1}
            transform="translate(${point.x} ${point.y})"
            @focus=${() => (this._activeAxis = index)}
            @blur=${() => (this._activeAxis = undefined)}
          ><circle class="focus-ring" r="14"></circle></g>`;
        })}
      </svg>
    </div>`;
  }

  private _renderLegend(readings: RadarReading[]): TemplateResult {
    const sample = (kind: string, dash?: string) =>
      html`<svg class="sample" viewBox="0 0 40 12" aria-hidden="true"><line class=${kind} x1="0" y1="6" x2="40" y2="6" stroke-dasharray=${dash ?? nothing}></line></svg>`;
    return html`<figcaption>
      <ul class="legend" part="legend" aria-label=${msg('Legend')}>
        <li>${sample('current')} ${msg('Now: your answers')}</li>
        <li>${sample('gap-line')} ${msg(str`Gap line: a score under ${this._num(this._threshold)} is a gap`)}</li>
        ${guard([readings, getLocale()], () =>
          readings.map(
            (reading, index) =>
              html`<li>${sample('reading', dashOf(index))} ${reading.label || msg(str`Reading ${index + 1}`)}${reading.date ? html`${WORD_SPACE}· ${this._date(reading.date)}` : nothing}</li>`,
          ),
        )}
      </ul>
    </figcaption>`;
  }

  private _renderGaps(scores: Scores, gaps: PrincipleId[]): TemplateResult {
    const unanswered = principleIds.filter((id) => scores[id] === null);
    const anyScore = unanswered.length < principleIds.length;
    return html`<section class="gaps" part="gaps" aria-labelledby="gaps-heading">
      <h4 id="gaps-heading">${msg(str`Gaps: scores under ${this._num(this._threshold)}`)}</h4>
      ${gaps.length
        ? html`<ul>
            ${gaps.map((id) => {
              const name = principleText(id).name;
              return html`<li>
                <span><strong>${name}</strong> ${this._scoreText(scores[id])}</span>
                ${this.isReadonly
                  ? nothing
                  : html`<button type="button" class="primary" aria-label=${msg(str`Plan an action for ${name}`)} @click=${() => this._planAction(id)}>
                      ${msg('Plan an action')}
                    </button>`}
              </li>`;
            })}
          </ul>`
        : html`<p>${anyScore ? msg('No gaps in the principles you answered.') : msg('Answer the questions to see your scores and gaps.')}</p>`}
      ${anyScore && unanswered.length
        ? html`<p class="hint">${msg(str`Not answered yet: ${unanswered.map((id) => principleText(id).name).join(', ')}.`)}</p>`
        : nothing}
    </section>`;
  }

  private _renderTable(scores: Scores, readingScores: Scores[], gaps: PrincipleId[], counts: ReturnType<typeof countsOf>): TemplateResult {
    const readings = this.current.readings;
    const locale = getLocale();
    const cell = (score: number | null, gap = false) =>
      score === null
        ? html`<td class="unanswered">${msg('not answered')}</td>`
        : html`<td>${this._num(score)}${gap ? html`${WORD_SPACE}<span class="gap-badge">${msg('gap')}</span>` : nothing}</td>`;
    return html`<div class="table-scroll" ${scrollRegion('table-caption')}>
      <table part="table">
        <caption id="table-caption">${msg('Scores per principle (0 to 4)')}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Principle')}</th>
            <th scope="col">${msg('Now')}</th>
            <th scope="col">${msg('Answered')}</th>
            ${guard([readings, locale], () =>
              readings.map(
                (reading, index) =>
                  html`<th scope="col">${reading.label || msg(str`Reading ${index + 1}`)}${reading.date ? html`<span class="date">${this._date(reading.date)}</span>` : nothing}</th>`,
              ),
            )}
          </tr>
        </thead>
        <tbody>
          ${principleIds.map(
            (id) => html`<tr>
              <th scope="row">${principleText(id).name}</th>
              ${cell(scores[id], gaps.includes(id))}
              <td>${msg(str`${counts[id].answered} of ${counts[id].total}`)}</td>
              ${guard([readingScores, locale], () => readingScores.map((reading) => cell(reading[id])))}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** On paper, with many readings: a row per reading (and one for now), a column per principle. */
  private _renderReadingsOnPaper(scores: Scores, readingScores: Scores[]): TemplateResult {
    const score = (value: number | null) => (value === null ? '–' : this._num(value));
    return html`<table class="print-only print-table print-readings">
      <caption>${msg('Scores per reading (0 to 4)')}</caption>
      <thead>
        <tr>
          <th scope="col" class="reading-name">${msg('Reading')}</th>
          ${principleIds.map((id) => html`<th scope="col">${principleText(id).name}</th>`)}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">${msg('Now')}</th>
          ${principleIds.map((id) => html`<td>${score(scores[id])}</td>`)}
        </tr>
        ${this.current.readings.map(
          (reading, index) => html`<tr>
            <th scope="row">${reading.label || msg(str`Reading ${index + 1}`)}${reading.date ? html`${WORD_SPACE}<span class="date">· ${this._date(reading.date)}</span>` : nothing}</th>
            ${principleIds.map((id) => html`<td>${score(readingScores[index]?.[id] ?? null)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private _renderChecklist(questions: readonly ResolvedQuestion[], scores: Scores, gaps: PrincipleId[]): TemplateResult {
    // "Don't know" is an answer too: it only does not count in the score.
    const answered = questions.filter((question) => question.id in this.current.answers).length;
    const scale = [...answerSteps, null].map(answerLabel);
    const locale = getLocale();
    const { answers, notes } = this.current;
    const readonly = this.isReadonly;
    const messages = this.fieldMessages;
    const readAloud = this.readAloud.available;
    const numbers = new Map(questions.map((question, index) => [question, index + 1]));
    return html`<section class="checklist" part="checklist" aria-labelledby="checklist-heading">
      <h3 id="checklist-heading">${msg('The questions')}</h3>
      <p class="progress">${msg(str`${answered} of ${questions.length} questions answered.`)}
        ${msg('Answer from 0 (no, not yet) to 4 (yes, fully). Not sure? Choose "don’t know": it does not count in the score.')}</p>
      ${principleIds.map((principle) => {
        const own = questions.filter((question) => question.principle === principle);
        if (!own.length) return nothing;
        const gap = gaps.includes(principle);
        const shown: unknown[] = [questions, principle, scores[principle], gap, locale, readonly, messages, readAloud];
        for (const question of own) shown.push(question.id in answers, answers[question.id], notes[question.id], this._openNotes.has(question.id));
        // Answering a question draws its principle again, not the five others.
        return guard(shown, () => this._renderPrinciple(principle, own, numbers, scores[principle], gap, scale));
      })}
    </section>`;
  }

  private _renderPrinciple(principle: PrincipleId, own: readonly ResolvedQuestion[], numbers: ReadonlyMap<ResolvedQuestion, number>, score: number | null, gap: boolean, scale: string[]): TemplateResult {
    const { answers, notes } = this.current;
    const locale = getLocale();
    const readonly = this.isReadonly;
    const messages = this.fieldMessages;
    const readAloud = this.readAloud.available;
    const text = principleText(principle);
    return html`<section class="principle" part="principle" aria-labelledby="principle-${principle}">
      <h4 id="principle-${principle}">${text.name}</h4>
      <p class="meaning">${text.meaning}</p>
      <p class="principle-score">
        ${msg('Score:')} <strong>${this._scoreText(score)}</strong>
        ${gap ? html`<span class="gap-badge">${msg('gap')}</span>` : nothing}
      </p>
      ${repeat(
        own,
        (question) => question.id,
        // A question renders again only when its answer, note, number, the language, the mode or a field message changed.
        (question) => {
          const noteOpen = question.id in notes || this._openNotes.has(question.id);
          return guard(
            [question, numbers.get(question), question.id in answers, answers[question.id], notes[question.id], noteOpen, locale, readonly, messages, readAloud],
            () => this._renderQuestion(question, numbers.get(question)!, scale),
          );
        },
      )}
    </section>`;
  }

  private _renderQuestion(question: ResolvedQuestion, number: number, scale: string[]): TemplateResult {
    const answers = this.current.answers;
    const notes = this.current.notes;
    const hasAnswer = question.id in answers;
    const answer = answers[question.id] ?? null;
    const note = notes[question.id] ?? '';
    if (this.isReadonly) {
      return html`<div class="question" part="question">
        <p class="question-text"><span class="number">${number}.</span> ${question.text}</p>
        <p class="read-answer">
          ${hasAnswer ? (answer === null ? answerLabel(null) : `${answer} · ${answerLabel(answer)}`) : msg('Not answered yet')}
        </p>
        ${note ? html`<p class="read-note"><strong>${msg('Note:')}</strong> <span class="read-text">${note}</span></p>` : nothing}
      </div>`;
    }
    const name = `q-${fieldId(question.id)}`;
    const checked = (value: Answer) => hasAnswer && answer === value;
    const noteOpen = question.id in notes || this._openNotes.has(question.id);
    // One flat template per question (six choices written out, not six nested templates) and one
    // listener on the fieldset, not per radio: the checklist has over a hundred radios.
    return html`<fieldset class="question" part="question" data-question=${question.id} @change=${this._onScaleChange}>
      <legend class="question-text"><span class="number">${number}.</span> ${question.text}</legend>
      ${this.readAloud.renderItemButton(() => this.renderRoot.querySelector(`[data-question="${CSS.escape(question.id)}"] legend`), msg(str`Read question ${number} aloud`))}
      <div class="scale"><label class="choice"><input type="radio" name=${name} value="0" .checked=${checked(0)} /><span class="step">0</span> ${scale[0]}</label
        ><label class="choice"><input type="radio" name=${name} value="1" .checked=${checked(1)} /><span class="step">1</span> ${scale[1]}</label
        ><label class="choice"><input type="radio" name=${name} value="2" .checked=${checked(2)} /><span class="step">2</span> ${scale[2]}</label
        ><label class="choice"><input type="radio" name=${name} value="3" .checked=${checked(3)} /><span class="step">3</span> ${scale[3]}</label
        ><label class="choice"><input type="radio" name=${name} value="4" .checked=${checked(4)} /><span class="step">4</span> ${scale[4]}</label
        ><label class="choice"><input type="radio" name=${name} value="" .checked=${checked(null)} /> ${scale[5]}</label></div>
      <details class="note" ?open=${noteOpen} @toggle=${(event: Event) => this._onNoteToggle(event, question.id)}>
        <summary>${msg('Add a note')}<span class="visually-hidden"> ${msg(str`to question ${number}`)}</span></summary>
        ${noteOpen
          ? this.renderTextField({
              key: `note-${question.id}`,
              label: msg(str`Note on question ${number}`),
              value: note,
              multiline: true,
              apply: (text) => ({ ...this.current, notes: { ...this.current.notes, [question.id]: text } }),
            })
          : nothing}
      </details>
    </fieldset>`;
  }

  private _renderReadings(): TemplateResult | typeof nothing {
    const readings = this.current.readings;
    const locale = getLocale();
    if (this.isReadonly && !readings.length) return nothing;
    return html`<section class="readings" part="readings" aria-labelledby="readings-heading">
      <h3 id="readings-heading">${msg('Earlier readings')}</h3>
      <p class="hint">${msg('Keep your answers as a reading, so you can see progress later. Readings are shown on the chart as outlines.')}</p>
      ${readings.length
        ? html`<ul class="reading-list">
            ${guard([readings, locale, this.isReadonly, this.fieldMessages], () =>
              repeat(
                readings,
                (reading) => reading.id,
                (reading, index) => guard([reading, index, locale, this.isReadonly, this.fieldMessages], () => this._renderReading(reading, index)),
              ),
            )}
          </ul>`
        : nothing}
      ${this.isReadonly
        ? nothing
        : this._group.renderKeep(html`<button type="button" @click=${this._saveReading}>${msg('Keep today’s answers as a reading')}</button>`)}
    </section>`;
  }

  private _renderReading(reading: RadarReading, index: number): TemplateResult {
    const name = reading.label || msg(str`Reading ${index + 1}`);
    return html`<li class="reading-item">
      <svg class="sample" viewBox="0 0 40 12" aria-hidden="true"><line class="reading" x1="0" y1="6" x2="40" y2="6" stroke-dasharray=${dashOf(index)}></line></svg>
      <div class="reading-body">
        ${this.renderTextField({
          key: `reading-${reading.id}`,
          label: msg(str`Name of reading ${index + 1}`),
          value: reading.label,
          limit: NAME_LIMIT,
          apply: (label) => ({ ...this.current, readings: this.current.readings.map((candidate) => (candidate.id === reading.id ? { ...candidate, label } : candidate)) }),
        })}
        <p class="hint">
          ${reading.date ? this._date(reading.date) : msg('No date')} ·
          ${msg(str`${Object.values(reading.answers).filter((answer) => typeof answer === 'number').length} answers`)}
        </p>
        ${this._group.renderReadingWho(reading, index)}
      </div>
      ${this.isReadonly
        ? nothing
        : html`<button type="button" class="quiet" @click=${() => this._removeReading(reading, name)}>${msg(str`Remove ${name}`)}</button>`}
    </li>`;
  }

  private _onScaleChange = (event: Event) => {
    const radio = event.target as HTMLInputElement;
    if (radio.type !== 'radio') return;
    const id = (event.currentTarget as HTMLElement).dataset.question!;
    const answer = (radio.value === '' ? null : Number(radio.value)) as Answer;
    this.commit({ ...this.current, answers: { ...this.current.answers, [id]: answer } });
  };

  /** A note's field is drawn once its disclosure opens (or it has text), and then takes focus. */
  private _onNoteToggle(event: Event, id: string): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (!open || this._openNotes.has(id) || id in this.current.notes) return;
    this._openNotes = new Set(this._openNotes).add(id);
    this._focusNote = id;
  }

  private _planAction(principle: PrincipleId): void {
    const event = new CoprodPlanActionEvent(principle);
    this.dispatchEvent(event);
    if (event.defaultPrevented || this.plan === null) return;
    const plan = linkedElement<Element & { addAction?: (action: { principle: string }) => string | null }>(this, this.plan, 'coprod-action-plan');
    if (typeof plan?.addAction !== 'function') {
      this.showNotice(msg('The action plan is not on this page. Write the action down, or ask the person who made this page.'));
      return;
    }
    callAsUser(plan, () => plan.addAction!({ principle }));
  }

  private _saveReading = () => {
    if (this._group.refusesPerson()) return;
    const readings = this.current.readings;
    const id = nextReadingId(readings);
    const whose = this._group.whose();
    const reading: RadarReading = { id, label: whose.person || msg(str`Reading ${readings.length + 1}`), date: today(), answers: { ...this.current.answers }, ...whose };
    this.commit({ ...this.current, readings: [...readings, reading] });
    this._group.kept(reading);
    this._focusReading = id;
    this.announce(msg('Your answers are kept as a reading.'));
  };

  private _removeReading(reading: RadarReading, name: string): void {
    this.commitRemoval({ ...this.current, readings: this.current.readings.filter((candidate) => candidate.id !== reading.id) }, name);
  }

  private _onAxisKeydown = (event: KeyboardEvent) => {
    this._axes.handleKeydown(event);
  };

  private _downloadSvg = () => downloadSvg(this._chart(), localFileName('readiness-radar.svg'));

  private _downloadPng = () => downloadPng(this._chart(), localFileName('readiness-radar.png'));
}

declare global {
  interface HTMLElementTagNameMap {
    'coprod-readiness-radar': CoprodReadinessRadar;
  }
}

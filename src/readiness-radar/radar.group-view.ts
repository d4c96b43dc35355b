import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { msg, str } from '@lit/localize';
import { fieldId } from '../core/coprod-element.js';
import { getLocale } from '../core/localization.js';
import { NAME_LIMIT } from '../core/limits.js';
import { messages } from '../core/messages.js';
import { PeopleController } from '../core/people.js';
import { principleText, type PrincipleId } from '../core/principles.js';
import { RovingFocusController } from '../core/roving-focus.js';
import { scrollRegion } from '../core/scroll-region.js';
import { parseStateText, today } from '../core/validate.js';
import type { InvalidEntry } from '../core/events.js';
import { comparePair, defaultPair, firstAndLatest, groupFigures, histories, levelOf, MIN_GROUP, type GroupFigures, type PairRow, type PrincipleFigures } from './radar.aggregate.js';
import { answerLabel, principlesByQuestion, questionIdsOf } from './radar.questions.js';
import { scoresOf } from './radar.scores.js';
import { nextReadingId, readinessSchema } from './radar.state.js';
import { answerSteps, readingPerspectives, type Answers, type ReadingPerspective, type RadarReading, type ReadinessState } from './radar.types.js';
import { WORD_SPACE } from '../core/word-space.js';

/** What the group view needs of the radar element; the element passes it in, so its own code stays small. */
export interface RadarGroupHost {
  element: ReactiveElement & HTMLElement;
  state(): ReadinessState;
  commit(next: ReadinessState): void;
  announce(text: string): void;
  isReadonly(): boolean;
  num(value: number): string;
  date(date: string): string;
  /** Focuses a reading's name field after the next render. */
  focusReading(id: string): void;
  /** Fires `coprod-invalid` for a refused file. */
  refuse(errors: InvalidEntry[]): void;
  textField(options: { key: string; label: string; value: string; limit?: number; list?: string; apply: (text: string) => ReadinessState }): TemplateResult;
}

/** Whose answers: the optional fields a reading may carry. */
export type Whose = Pick<RadarReading, 'person' | 'perspective' | 'agreed'>;

/** `0.5` → position on a track of five equal level columns, as a fraction of its width (a level's centre). */
export function trackPosition(score: number): number {
  return (Math.min(4, Math.max(0, score)) + 0.5) / answerSteps.length;
}

/** The words for whose view a reading gives. */
export function perspectiveLabel(perspective: ReadingPerspective | undefined): string {
  switch (perspective) {
    case 'self':
      return msg('Own view');
    case 'worker':
      return msg('A worker’s view');
    case 'other':
      return msg('Someone else’s view (family, a professional)');
    default:
      return msg('Not said');
  }
}

/**
 * The readings and group part of the readiness radar: whose answers a reading holds, the
 * shared-tablet flow ("Start for the next person"), adding someone's saved file as a reading,
 * and the group view (spread per principle, two readings side by side, first vs latest).
 * Every figure comes from `radar.aggregate.ts`; this is the view and its small bits of state.
 */
export class RadarGroupController implements ReactiveController {
  /** Suggestions for a reading's person: the page's support circle, if any. */
  readonly people: PeopleController;

  /** Whose answers the next kept reading holds (asked before keeping; optional). */
  private _person = '';
  private _perspective: ReadingPerspective | '' = '';
  private _agreed = false;
  private _personTooLong: number | undefined;
  /** The reading just kept: offers "Start for the next person". */
  private _kept: { id: string; name: string } | undefined;
  private _fileNotice: string | undefined;
  private _pair: [string, string] | undefined;
  private _history: string | undefined;
  /** The drawn mark whose row is highlighted in its table. */
  private _selected: string | undefined;
  private _focusFirstQuestion = false;

  private readonly _marks: Record<'dist' | 'pair' | 'history', RovingFocusController>;

  constructor(private readonly host: RadarGroupHost) {
    const element = host.element;
    element.addController(this);
    this.people = new PeopleController(element);
    const marks = (kind: string) => () => [...element.renderRoot.querySelectorAll<HTMLElement>(`.plot-${kind} .mark`)];
    // The marks are the same elements while the group view is not drawn again: no tab stops to apply after other renders.
    const itemsKey = () => this._drawnKey();
    this._marks = {
      dist: new RovingFocusController(element, { items: marks('dist'), orientation: 'both', itemsKey }),
      pair: new RovingFocusController(element, { items: marks('pair'), orientation: 'both', itemsKey }),
      history: new RovingFocusController(element, { items: marks('history'), orientation: 'both', itemsKey }),
    };
  }

  hostUpdated(): void {
    if (this._focusFirstQuestion) {
      this._focusFirstQuestion = false;
      this.host.element.renderRoot.querySelector<HTMLElement>('fieldset.question input')?.focus();
    }
  }

  private _update(): void {
    this.host.element.requestUpdate();
  }

  /** Whose answers the user said these are; only the fields they filled in. */
  whose(): Whose {
    const person = this._person.trim();
    return {
      ...(person && { person }),
      ...(this._perspective && { perspective: this._perspective }),
      ...(this._agreed && { agreed: true }),
    };
  }

  /** Called by the element after it kept today's answers as reading `id`: offers the next person a clean start. */
  kept(reading: RadarReading): void {
    this._kept = { id: reading.id, name: reading.person || reading.label };
    this._person = '';
    this._perspective = '';
    this._agreed = false;
    this._personTooLong = undefined;
    this._fileNotice = undefined;
    this._update();
  }

  // ——— Keeping a reading: whose answers, next person, a saved file ———

  /** The fields asking whose answers these are, the keep button (drawn by the element), adding a file, and the next-person offer. */
  renderKeep(keepButton: TemplateResult): TemplateResult {
    const id = fieldId('whose-person');
    const tooLong = this._personTooLong;
    return html`${this.people.datalist()}
      <fieldset class="whose" part="whose">
        <legend>${msg('Whose answers are these? (you may leave this empty)')}</legend>
        <div class="field">
          <label for=${id}>${msg('Name')}</label>
          <input
            id=${id}
            type="text"
            autocomplete="off"
            list=${ifDefined(this.people.list)}
            .value=${live(this._person)}
            aria-invalid=${tooLong ? 'true' : 'false'}
            aria-describedby=${tooLong ? `${id}-error` : nothing}
            @input=${this._onPersonInput}
          />
          ${tooLong ? html`<p class="error" id="${id}-error">${messages.tooLong(tooLong, NAME_LIMIT)}</p>` : nothing}
        </div>
        <div class="field">
          <label for=${fieldId('whose-perspective')}>${msg('Whose view is it?')}</label>
          <select id=${fieldId('whose-perspective')} .value=${live(this._perspective)} @change=${this._onPerspective}>
            <option value="" ?selected=${this._perspective === ''}>${perspectiveLabel(undefined)}</option>
            ${readingPerspectives.map((option) => html`<option value=${option} ?selected=${this._perspective === option}>${perspectiveLabel(option)}</option>`)}
          </select>
        </div>
        <label class="check"><input type="checkbox" .checked=${live(this._agreed)} @change=${this._onAgreed} /> ${msg('The group agreed on these answers together')}</label>
      </fieldset>
      ${keepButton}
      <button type="button" class="quiet add-file" @click=${this._pickFile}>${msg('Add someone’s saved file as a reading')}</button>
      <input class="reading-file" type="file" accept="application/json,.json" hidden @change=${this._onFile} />
      ${this._fileNotice ? html`<p class="notice" role="status">${this._fileNotice}</p>` : nothing}
      ${this._kept
        ? html`<div class="notice next-person" part="next-person" role="status">
            <p>${msg(str`Kept as a reading: ${this._kept.name}.`)} ${msg('Is someone else going to answer on this device? Start again with empty answers. The readings stay.')}</p>
            <button type="button" class="primary" @click=${this._startNext}>${msg('Start for the next person')}</button>
          </div>`
        : nothing}`;
  }

  /** Whose reading this is, on one reading in the list: name, view, agreed. */
  renderReadingWho(reading: RadarReading, index: number): TemplateResult {
    const update = (change: Partial<RadarReading>) => {
      const state = this.host.state();
      return {
        ...state,
        readings: state.readings.map((candidate) => {
          if (candidate.id !== reading.id) return candidate;
          const next: RadarReading = { ...candidate, ...change };
          // An emptied choice leaves the field out, as in data that never had it.
          if (next.perspective === undefined) delete next.perspective;
          if (next.agreed === false && candidate.agreed === undefined) delete next.agreed;
          return next;
        }),
      };
    };
    if (this.host.isReadonly()) {
      const parts = [reading.person, reading.perspective && perspectiveLabel(reading.perspective), reading.agreed ? msg('agreed by the group') : ''].filter(Boolean);
      return parts.length ? html`<p class="hint whose-text">${parts.join(' · ')}</p>` : html``;
    }
    const selectId = fieldId(`reading-perspective-${reading.id}`);
    return html`<div class="reading-whose">
      ${this.host.textField({
        key: `reading-person-${reading.id}`,
        label: msg(str`Whose answers (reading ${index + 1})`),
        value: reading.person ?? '',
        limit: NAME_LIMIT,
        list: this.people.list,
        apply: (person) => update({ person }),
      })}
      <div class="field">
        <label for=${selectId}>${msg(str`Whose view (reading ${index + 1})`)}</label>
        <select
          id=${selectId}
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value as ReadingPerspective | '';
            this.host.commit(update({ perspective: value || undefined }));
          }}
        >
          <option value="" ?selected=${!reading.perspective}>${perspectiveLabel(undefined)}</option>
          ${readingPerspectives.map((option) => html`<option value=${option} ?selected=${reading.perspective === option}>${perspectiveLabel(option)}</option>`)}
        </select>
      </div>
      <label class="check"
        ><input type="checkbox" .checked=${reading.agreed === true} @change=${(event: Event) => this.host.commit(update({ agreed: (event.target as HTMLInputElement).checked }))} />
        ${msg(str`Agreed by the group (reading ${index + 1})`)}</label
      >
    </div>`;
  }

  /**
   * Adds another person's saved readiness file as a reading: their current answers (to the
   * questions this checklist has), with the name and view asked above. Invalid files fire
   * `coprod-invalid` with source `import`; nothing changes.
   * @returns whether a reading was added
   */
  addReadingFromJSON(text: string, fileName = ''): boolean {
    const result = parseStateText(readinessSchema, text);
    if (!result.ok) {
      this._fileNotice = msg('This file could not be opened. Nothing was changed.');
      this.host.refuse(result.errors);
      this._update();
      return false;
    }
    const state = this.host.state();
    const known = new Set(questionIdsOf(state.questions));
    const answers: Answers = {};
    let left = 0;
    for (const [id, answer] of Object.entries(result.value.answers)) {
      if (known.has(id)) answers[id] = answer;
      else left += 1;
    }
    if (this.refusesPerson()) return false;
    if (!Object.keys(answers).length) {
      this._fileNotice = msg('This file has no answers to the questions of this checklist. Nothing was changed.');
      this._update();
      return false;
    }
    const id = nextReadingId(state.readings);
    const whose = this.whose();
    const label = whose.person || fileName.replace(/\.json$/i, '') || msg(str`Reading ${state.readings.length + 1}`);
    const reading: RadarReading = { id, label: label.slice(0, NAME_LIMIT), date: today(), answers, ...whose };
    this.host.commit({ ...state, readings: [...state.readings, reading] });
    this._person = '';
    this._perspective = '';
    this._agreed = false;
    this._fileNotice = left
      ? msg(str`Added as a reading: ${reading.label}. ${left} answers to questions this checklist does not have were left out.`)
      : msg(str`Added as a reading: ${reading.label}.`);
    this.host.focusReading(id);
    this._update();
    return true;
  }

  private _onPersonInput = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    // Refused with a message, never cut silently; the text stays on screen to be made shorter.
    this._person = text;
    this._personTooLong = text.length > NAME_LIMIT ? text.length : undefined;
    this._update();
  };

  /**
   * Whether the name asked for is over the limit, so no reading may be kept with it. Puts the
   * keyboard in the name field, where the message is.
   */
  refusesPerson(): boolean {
    if (!this._personTooLong) return false;
    this.host.element.renderRoot.querySelector<HTMLInputElement>(`#${fieldId('whose-person')}`)?.focus();
    return true;
  }

  private _onPerspective = (event: Event) => {
    this._perspective = (event.target as HTMLSelectElement).value as ReadingPerspective | '';
    this._update();
  };

  private _onAgreed = (event: Event) => {
    this._agreed = (event.target as HTMLInputElement).checked;
    this._update();
  };

  private _pickFile = () => {
    this.host.element.renderRoot.querySelector<HTMLInputElement>('input.reading-file')?.click();
  };

  private _onFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.addReadingFromJSON(await file.text(), file.name);
  };

  /** Clears today's answers and notes (not the readings), so the next person on this device sees none of them. */
  private _startNext = () => {
    const state = this.host.state();
    this.host.commit({ ...state, answers: {}, notes: {} });
    this._kept = undefined;
    this._fileNotice = undefined;
    this._focusFirstQuestion = true;
    this.host.announce(msg('The answers are cleared for the next person. The readings are kept.'));
    this._update();
  };

  // ——— The group view ———

  /** The group view, redrawn only when the readings, the questions, a choice in it or the locale change. */
  renderGroupView(): TemplateResult | typeof nothing {
    const state = this.host.state();
    if (state.readings.length < 2) return nothing;
    return html`${guard(this._drawnKey(), () => this._renderGroup(state))}`;
  }

  /** What the group view is drawn from: while all of it stays the same, so do its marks. */
  private _drawnKey(): unknown[] {
    const state = this.host.state();
    return [state.readings, state.questions, this._pair?.join('\n'), this._history, this._selected, getLocale()];
  }

  private _renderGroup(state: ReadinessState): TemplateResult {
    const principleOf = principlesByQuestion(state.questions);
    const scores = new Map(state.readings.map((reading) => [reading.id, scoresOf(principleOf, reading.answers)]));
    return html`<section class="group" part="group" aria-labelledby="group-heading">
      <h3 id="group-heading">${msg('Group view')}</h3>
      <p class="hint no-print">${msg('Compare the readings. See how far apart the group is. Put two readings side by side. See what changed.')}</p>
      ${this._renderSpread(groupFigures(principleOf, state.readings))} ${this._renderPair(state.readings, scores)}
      ${this._renderHistory(state.readings, scores)}
    </section>`;
  }

  private _scoreWords(score: number | null): string {
    return score === null ? msg('not answered') : `${this.host.num(score)} · ${answerLabel(levelOf(score))}`;
  }

  private _readingName(reading: RadarReading): string {
    const index = this.host.state().readings.indexOf(reading);
    const name = reading.person || reading.label || msg(str`Reading ${index + 1}`);
    return reading.perspective ? `${name} (${perspectiveLabel(reading.perspective)})` : name;
  }

  private _select(key: string): void {
    this._selected = this._selected === key ? undefined : key;
    this._update();
  }

  private _mark(kind: 'dist' | 'pair' | 'history', key: string, label: string, content: TemplateResult, styles: Record<string, string>, className: string): TemplateResult {
    const full = `${kind}:${key}`;
    return html`<button
      type="button"
      class="mark ${className}"
      tabindex="-1"
      data-key=${full}
      aria-pressed=${this._selected === full ? 'true' : 'false'}
      aria-label=${label}
      style=${styleMap(styles)}
      @click=${() => this._select(full)}
    >${content}</button>`;
  }

  /** A table row that lights up when its mark in the drawing is chosen. */
  private _rowClass(kind: string, principle: PrincipleId): string {
    return this._selected?.startsWith(`${kind}:${principle}:`) ? 'selected' : '';
  }

  private _renderSpread(figures: GroupFigures): TemplateResult {
    const people = figures.members.length;
    const heading = html`<h4 id="spread-heading">${msg('The group: spread per principle')}</h4>`;
    if (figures.suppressed) {
      return html`<section class="spread" aria-labelledby="spread-heading">
        ${heading}
        <p class="suppressed">
          ${msg(str`${people} people so far. Group figures are shown from ${MIN_GROUP} people, so nobody’s answers can be singled out. Each reading is in the table of scores above.`)}
        </p>
      </section>`;
    }
    const shown = figures.principles.filter((row): row is Extract<PrincipleFigures, { suppressed: false }> => !row.suppressed);
    const summary = shown.length
      ? msg(str`${people} people, one reading each. Median per principle: ${shown.map((row) => msg(str`${principleText(row.principle).name} ${this.host.num(row.median)} (middle half ${this.host.num(row.q1)} to ${this.host.num(row.q3)})`)).join('; ')}.`)
      : msg(str`${people} people, one reading each.`);
    return html`<section class="spread" part="group-spread" aria-labelledby="spread-heading">
      ${heading}
      <p class="hint">${msg('Each person counts once, with their latest reading. Readings the group agreed on together are left out. The bars show how many people are at each level. The bracket under them is the middle half of the group. The thick mark on it is the median.')}</p>
      <p class="summary" id="spread-summary">${summary}</p>
      <div class="plot plot-dist" role="group" aria-label=${msg('Spread per principle. The arrow keys go from bar to bar. Press a bar to find it in the table.')} @keydown=${(event: KeyboardEvent) => this._marks.dist.handleKeydown(event)}>
        ${this._levelAxis()}
        ${figures.principles.map((row) => this._spreadRow(row, people))}
      </div>
      ${this._spreadTable(figures.principles)}
    </section>`;
  }

  private _levelAxis(): TemplateResult {
    return html`<div class="plot-row axis-row" aria-hidden="true">
      <span class="plot-name"></span>
      <div class="track levels">${answerSteps.map((step) => html`<span class="level-name">${step}<span class="level-word"> ${answerLabel(step)}</span></span>`)}</div>
    </div>`;
  }

  private _spreadRow(row: PrincipleFigures, people: number): TemplateResult {
    const name = principleText(row.principle).name;
    if (row.suppressed) {
      return html`<div class="plot-row" data-principle=${row.principle}>
        <span class="plot-name">${name}</span>
        <p class="track suppressed-row">${msg(str`Answered by ${row.n} of ${people}: too few to show.`)}</p>
      </div>`;
    }
    return html`<div class="plot-row" data-principle=${row.principle}>
      <span class="plot-name">${name} <span class="n">${row.n === 1 ? msg('(1 person)') : msg(str`(${row.n} people)`)}</span></span>
      <div class="track">
        ${answerSteps.map((step) =>
          this._mark(
            'dist',
            `${row.principle}:${step}`,
            msg(str`${name}, ${step} ${answerLabel(step)}: ${row.counts[step]} of ${row.n} people (${this._percent(row.shares[step])})`),
            html`<span class="count" aria-hidden="true">${row.counts[step]}</span><span class="bar level-${step}" aria-hidden="true"></span>`,
            { '--share': String(row.shares[step]) },
            'bar-mark',
          ),
        )}
        <span class="iqr" aria-hidden="true" style=${styleMap({ '--start': String(trackPosition(row.q1)), '--end': String(trackPosition(row.q3)) })}></span>
        <span class="median" aria-hidden="true" data-value=${row.median} style=${styleMap({ '--at': String(trackPosition(row.median)) })}></span>
      </div>
    </div>`;
  }

  private _percent(share: number): string {
    return `${this.host.num(Math.round(share * 100))}%`;
  }

  private _spreadTable(rows: PrincipleFigures[]): TemplateResult {
    return html`<div class="table-scroll" ${scrollRegion('spread-caption')}>
      <table class="spread-table" part="group-table">
        <caption id="spread-caption">${msg('Spread per principle (0 to 4): people at each level')}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Principle')}</th>
            <th scope="col">${msg('People')}</th>
            <th scope="col">${msg('Median')}</th>
            <th scope="col">${msg('Middle half')}</th>
            ${answerSteps.map((step) => html`<th scope="col">${step} ${answerLabel(step)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => {
            const name = principleText(row.principle).name;
            if (row.suppressed)
              return html`<tr data-principle=${row.principle}>
                <th scope="row">${name}</th>
                <td>${row.n}</td>
                <td colspan=${2 + answerSteps.length}>${msg('Too few people to show.')}</td>
              </tr>`;
            return html`<tr data-principle=${row.principle} class=${this._rowClass('dist', row.principle)}>
              <th scope="row">${name}</th>
              <td>${row.n}</td>
              <td class="median-cell">${this.host.num(row.median)}</td>
              <td>${msg(str`${this.host.num(row.q1)} to ${this.host.num(row.q3)}`)}</td>
              ${answerSteps.map((step) => html`<td class="share-cell" data-level=${step}>${row.counts[step]} (${this._percent(row.shares[step])})</td>`)}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private _renderPair(readings: readonly RadarReading[], scores: Map<string, ReturnType<typeof scoresOf>>): TemplateResult {
    const ids = new Set(readings.map((reading) => reading.id));
    let pair = this._pair && ids.has(this._pair[0]) && ids.has(this._pair[1]) ? this._pair : defaultPair(readings)!;
    if (!pair) pair = [readings[0].id, readings[1].id];
    const a = readings.find((reading) => reading.id === pair[0])!;
    const b = readings.find((reading) => reading.id === pair[1])!;
    const rows = comparePair(scores.get(a.id)!, scores.get(b.id)!);
    const nameA = this._readingName(a);
    const nameB = this._readingName(b);
    const marked = rows.filter((row) => row.marked);
    const choose = (which: 0 | 1) => (event: Event) => {
      const next: [string, string] = [...pair];
      next[which] = (event.target as HTMLSelectElement).value;
      this._pair = next;
      this._update();
    };
    const picker = (which: 0 | 1, label: string) => {
      const id = fieldId(`pair-${which}`);
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${choose(which)}>
          ${readings.map((reading) => html`<option value=${reading.id} ?selected=${reading.id === pair[which]}>${this._readingName(reading)}${reading.date ? ` · ${this.host.date(reading.date)}` : ''}</option>`)}
        </select>
      </div>`;
    };
    return html`<section class="pair" part="group-pair" aria-labelledby="pair-heading">
      <h4 id="pair-heading">${msg('Two readings side by side')}</h4>
      <div class="pickers">${picker(0, msg('First reading (circle)'))} ${picker(1, msg('Second reading (diamond)'))}</div>
      <p class="summary">
        ${marked.length
          ? msg(str`They differ by 2 points or more on: ${marked.map((row) => `${principleText(row.principle).name} (${nameA}: ${this._scoreWords(row.a)}; ${nameB}: ${this._scoreWords(row.b)})`).join('; ')}. Talk about these first.`)
          : msg('No principle differs by 2 points or more.')}
      </p>
      ${this._pairPlot('pair', rows, nameA, nameB, msg('Two readings per principle. The arrow keys go from mark to mark. Press a mark to find it in the table.'))}
      ${this._pairTable('pair', rows, nameA, nameB, msg('Two readings side by side (0 to 4)'), msg('Difference'))}
    </section>`;
  }

  private _renderHistory(readings: readonly RadarReading[], scores: Map<string, ReturnType<typeof scoresOf>>): TemplateResult {
    const options = histories(readings);
    const heading = html`<h4 id="history-heading">${msg('Over time: first and latest reading')}</h4>`;
    if (!options.length) {
      return html`<section class="history" aria-labelledby="history-heading">
        ${heading}
        <p class="hint no-print">${msg('Do you want to see what changed? Keep two readings with the same name. Or keep two readings the group agreed on.')}</p>
      </section>`;
    }
    const key = options.some((option) => option.key === this._history) ? this._history! : options[0].key;
    const { first, latest } = firstAndLatest(readings, key)!;
    const rows = comparePair(scores.get(first.id)!, scores.get(latest.id)!);
    const label = (option: { person: string | null }) => option.person ?? msg('The group (agreed readings)');
    const nameFirst = first.date ? msg(str`First (${this.host.date(first.date)})`) : msg('First');
    const nameLatest = latest.date ? msg(str`Latest (${this.host.date(latest.date)})`) : msg('Latest');
    const moved = rows.filter((row) => row.difference !== null && row.difference !== 0);
    const id = fieldId('history-who');
    return html`<section class="history" part="group-history" aria-labelledby="history-heading">
      ${heading}
      <div class="field">
        <label for=${id}>${msg('Whose readings')}</label>
        <select
          id=${id}
          @change=${(event: Event) => {
            this._history = (event.target as HTMLSelectElement).value;
            this._update();
          }}
        >
          ${options.map((option) => html`<option value=${option.key} ?selected=${option.key === key}>${label(option)}</option>`)}
        </select>
      </div>
      <p class="summary">
        ${moved.length
          ? msg(str`Distance travelled: ${moved.map((row) => `${principleText(row.principle).name} ${this._signed(row.difference!)}`).join('; ')}.`)
          : msg('No change between the first and the latest reading.')}
      </p>
      ${this._pairPlot('history', rows, nameFirst, nameLatest, msg('First and latest reading per principle. The arrow keys go from mark to mark. Press a mark to find it in the table.'))}
      ${this._pairTable('history', rows, nameFirst, nameLatest, msg('First and latest reading (0 to 4)'), msg('Distance travelled'))}
    </section>`;
  }

  private _signed(value: number): string {
    return value > 0 ? `+${this.host.num(value)}` : this.host.num(value);
  }

  /** Two marks per principle on one 0–4 track: a circle (first) and a diamond (second), joined by a line; rows 2 or more apart are marked. */
  private _pairPlot(kind: 'pair' | 'history', rows: PairRow[], nameA: string, nameB: string, label: string): TemplateResult {
    return html`<div class="plot plot-${kind}" role="group" aria-label=${label} @keydown=${(event: KeyboardEvent) => this._marks[kind].handleKeydown(event)}>
      ${this._levelAxis()}
      ${rows.map((row) => {
        const name = principleText(row.principle).name;
        const both = row.a !== null && row.b !== null;
        const same = both && row.a === row.b;
        return html`<div class="plot-row ${row.marked ? 'marked' : ''} ${same ? 'same' : ''}" data-principle=${row.principle}>
          <span class="plot-name">${name} ${row.marked ? html`<span class="apart">${msg('2 or more apart')}</span>` : nothing}</span>
          <div class="track">
            ${both ? html`<span class="link" aria-hidden="true" style=${styleMap({ '--start': String(trackPosition(Math.min(row.a!, row.b!))), '--end': String(trackPosition(Math.max(row.a!, row.b!))) })}></span>` : nothing}
            ${row.a === null ? html`<span class="missing">${msg(str`${nameA}: not answered`)}</span>` : this._mark(kind, `${row.principle}:a`, `${name}, ${nameA}: ${this._scoreWords(row.a)}`, html`<span class="shape circle" aria-hidden="true"></span>`, { '--at': String(trackPosition(row.a)) }, 'pair-point a')}
            ${row.b === null ? html`<span class="missing">${msg(str`${nameB}: not answered`)}</span>` : this._mark(kind, `${row.principle}:b`, `${name}, ${nameB}: ${this._scoreWords(row.b)}`, html`<span class="shape diamond" aria-hidden="true"></span>`, { '--at': String(trackPosition(row.b)) }, 'pair-point b')}
          </div>
        </div>`;
      })}
    </div>`;
  }

  private _pairTable(kind: 'pair' | 'history', rows: PairRow[], nameA: string, nameB: string, caption: string, differenceName: string): TemplateResult {
    const captionId = `${kind}-caption`;
    return html`<div class="table-scroll" ${scrollRegion(captionId)}>
      <table class="${kind}-table" part="group-table">
        <caption id=${captionId}>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Principle')}</th>
            <th scope="col">${nameA}</th>
            <th scope="col">${nameB}</th>
            <th scope="col">${differenceName}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-principle=${row.principle} class=${this._rowClass(kind, row.principle)}>
              <th scope="row">${principleText(row.principle).name}</th>
              <td class="a-cell" data-value=${row.a ?? ''}>${this._scoreWords(row.a)}</td>
              <td class="b-cell" data-value=${row.b ?? ''}>${this._scoreWords(row.b)}</td>
              <td>${row.difference === null ? '–' : this._signed(row.difference)}${row.marked ? html`${WORD_SPACE}<strong class="apart">${msg('2 or more apart')}</strong>` : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

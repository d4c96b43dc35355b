import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { messages } from '../core/messages.js';
import { CoprodElement, fieldId } from '../core/coprod-element.js';
import { rows } from '../core/rows.js';
import { downloadCsv, toCsv } from '../core/export.js';
import { localFileName } from '../core/exercise-names.js';
import { formatDate, getLocale } from '../core/localization.js';
import { NAME_LIMIT } from '../core/limits.js';
import { PeopleController } from '../core/people.js';
import { isPrincipleId, principleIds, principleText, type PrincipleId } from '../core/principles.js';
import { today, type StateSchema } from '../core/validate.js';
import { actionPlanSchema, actionsInPrincipleOrder, emptyAction, isOverdue, moveAction, nextActionId, smartCheck } from './plan.state.js';
import { planStyles } from './plan.styles.js';
import { planPrintStyles, renderBlankPlanRows } from './plan.print.js';
import { renderPrintNameLine } from '../core/print.js';
import { breakLongWords } from '../core/long-words.js';
import type { ActionPlanState, CsvSeparator, PlanAction } from './plan.types.js';

type Column = 'what' | 'who' | 'when' | 'measure';

function columnNames(): Record<Column | 'done', string> {
  return {
    what: msg('What will we do?'),
    who: msg('Who will do it?'),
    when: msg('By when?'),
    measure: msg('How will we know it has worked?'),
    done: msg('Done'),
  };
}

const arrow = (d: string) => html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d=${d}></path></svg>`;
const upIcon = () => arrow('M8 2 2 9h4v5h4V9h4z');
const downIcon = () => arrow('M8 14 2 7h4V2h4v5h4z');
const removeIcon = () => arrow('M3 4.4 4.4 3 8 6.6 11.6 3 13 4.4 9.4 8l3.6 3.6-1.4 1.4L8 9.4 4.4 13 3 11.6 6.6 8z');

/**
 * The action plan: turn the gaps from the readiness check into SMART actions, one group
 * per principle, with what you will do, who does it, by when, and how you will know it
 * worked. Quiet hints say what is still missing; a date that has passed is flagged.
 *
 * `addAction({ principle })` is for host code (e.g. wired to the radar's
 * `coprod-plan-action`): it changes the state like a `value` set, so it fires no
 * `coprod-change`; the user's edits to the new action do.
 *
 * @tagname coprod-action-plan
 * @summary SMART action plan per principle of co-production, with CSV export and a printable sheet.
 *
 * @attr {";" | ","} csv-separator - Column separator of the CSV export. Default: `;` in Dutch (Dutch Excel), `,` otherwise.
 *
 * @csspart header - Title, introduction and totals.
 * @csspart group - One principle's group of actions.
 * @csspart action - One action (a row of the plan).
 * @csspart hint - A quiet SMART hint under an action.
 * @csspart sheet - The read-only and printed plan: one table like the toolkit's action-plan sheet.
 * @csspart export - The button to download the plan as CSV.
 *
 * @cssproperty [--coprod-action-plan-row-background=var(--coprod-color-surface)] - Background of an action.
 * @cssproperty [--coprod-action-plan-done-color=var(--coprod-color-success)] - Mark of a done action.
 * @cssproperty [--coprod-action-plan-overdue-color=var(--coprod-color-warning)] - Flag of a date that has passed.
 */
export class CoprodActionPlan extends CoprodElement<ActionPlanState> {
  static override styles = [...CoprodElement.styles, planStyles, planPrintStyles];

  /** Id of a `coprod-support-circle` on the page whose names are offered as suggestions (read when the element connects; inside a `coprod-room` the room's circle is used). */
  @property({ reflect: true }) people: string | null = null;

  protected override get schema(): StateSchema<ActionPlanState> {
    return actionPlanSchema;
  }

  /** Column separator of the CSV export; by default `;` in Dutch and `,` otherwise. */
  @property({ attribute: 'csv-separator' }) csvSeparator: CsvSeparator | null = null;

  /** The page's people (a support circle), offered for "who will do it". */
  private readonly _people = new PeopleController(this);

  /** DOM ids to focus after the next render, first one that can take focus wins. */
  private _focusAfter: string[] = [];

  /**
   * Adds an empty action for a principle at the end of its group, focuses its first field
   * and returns its id. A host call, not a user edit: no `coprod-change` is fired (the
   * state is saved and the form value updated, as for a `value` set). Called for the user's
   * "Plan an action" in a radar with `plan="ID"`, it is the user's edit and fires it.
   * @param action - `{ principle }`: the id of the principle the action is for (`assets`, `capacity`, `mutuality`, `networks`, `blur-roles`, `catalysts`).
   * @returns the new action's id, or `null` (and `coprod-invalid`) when `principle` is not one of the six ids
   */
  addAction({ principle }: { principle: string }): string | null {
    if (!isPrincipleId(principle)) {
      this.refuseInput([{ path: '/principle', message: messages.notOneOf(principle, principleIds) }]);
      return null;
    }
    const id = nextActionId(this.current.actions);
    this.replaceState({ ...this.current, actions: [...this.current.actions, emptyAction(id, principle)] });
    this._focusAfter = [fieldId(`${id}-what`)];
    this.announce(msg(str`New action for ${principleText(principle).name}.`));
    return id;
  }

  /**
   * The plan as CSV text (without the byte order mark the download adds), one row per action.
   * @param separator - The field separator; by default the one the user chose (`,` or `;`).
   */
  toCsv(separator: CsvSeparator = this._separator): string {
    const { header, rows } = this._csvTable();
    return toCsv(header, rows, { separator });
  }

  private get _separator(): CsvSeparator {
    if (this.csvSeparator === ';' || this.csvSeparator === ',') return this.csvSeparator;
    return getLocale() === 'nl' ? ';' : ',';
  }

  override render(): TemplateResult {
    const actions = this.current.actions;
    const now = today();
    let done = 0;
    let overdue = 0;
    for (const action of actions) {
      if (action.done) done++;
      else if (isOverdue(action, now)) overdue++;
    }
    const sheet = this.isReadonly || this.printing.active;
    return html`
      <header part="header">
        <h2>${msg('Action plan')}</h2>
        <p class="intro">
          ${msg('Turn each gap into an action. For each action, write what we will do and who will do it. Also write by when, and how we will know it has worked.')}
        </p>
        <p class="totals">
          ${msg(str`Actions: ${actions.length}. Done: ${done}.`)}
          ${overdue ? html`<span class="overdue-flag">${msg(str`Date passed: ${overdue}.`)}</span>` : nothing}
        </p>
      </header>
      ${this.printing.active ? renderPrintNameLine() : nothing} ${this.renderNotices()} ${this._people.datalist()} ${sheet ? this._renderSheet(now) : this._renderEditor(now)}
      <div class="footer">
        ${this.isReadonly
          ? nothing
          : html`<div class="export" part="export">
              <button type="button" @click=${this._downloadCsv}>${msg('Save as a spreadsheet (CSV)')}</button>
            </div>`}
        ${this.renderFileActions('action-plan.json')}
      </div>
    `;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this._focusAfter.length) return;
    const candidates = this._focusAfter;
    this._focusAfter = [];
    for (const id of candidates) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
      if (target && !(target as HTMLButtonElement).disabled) {
        target.focus();
        break;
      }
    }
  }

  private _renderEditor(now: string): TemplateResult {
    const columns = columnNames();
    const locale = getLocale();
    return html`<div class="groups">
      ${principleIds.map((principle) => {
        const text = principleText(principle);
        const own = this.current.actions.filter((action) => action.principle === principle);
        return html`<section class="group" part="group" aria-labelledby="group-${principle}">
          <h3 id="group-${principle}">${text.name}</h3>
          <p class="meaning">${text.meaning}</p>
          ${own.length
            ? html`<div class="rows">
                <div class="row head" aria-hidden="true">
                  <span>${columns.done}</span><span>${columns.what}</span><span>${columns.who}</span><span>${columns.when}</span><span>${columns.measure}</span><span></span>
                </div>
                ${rows(
                  own,
                  (action) => action.id,
                  (action, index) => this._renderRow(action, index, own.length, text.name, columns, now),
                  // A row renders again only when its action or place changed, or the language, the date or a field message.
                  { shared: [own.length, locale, now, this.fieldMessages], inputOf: (_action, index) => index },
                )}
              </div>`
            : html`<p class="empty">${msg('No actions yet.')}</p>`}
          <button type="button" class="add" @click=${() => this._add(principle)}>${msg(str`Add an action for ${text.name}`)}</button>
        </section>`;
      })}
    </div>`;
  }

  private _renderRow(action: PlanAction, index: number, count: number, name: string, columns: ReturnType<typeof columnNames>, now: string): TemplateResult {
    const rowName = msg(str`${name}, action ${index + 1}`);
    const check = smartCheck(action, now);
    const missing = [check.noOwner && msg('who will do it'), check.noDate && msg('by when'), check.noMeasure && msg('how you will know it has worked')].filter(
      (part): part is string => Boolean(part),
    );
    const hint = action.what.trim() && !action.done && missing.length ? msg(str`To make the action clear, also fill in: ${missing.join(', ')}.`) : '';
    const id = fieldId(action.id);
    const update = (change: Partial<PlanAction>): ActionPlanState => ({
      ...this.current,
      actions: this.current.actions.map((candidate) => (candidate.id === action.id ? { ...candidate, ...change } : candidate)),
    });
    return html`<div
      class="row ${action.done ? 'done' : ''} ${check.overdue ? 'overdue' : ''}"
      part="action"
      role="group"
      aria-label=${rowName}
      aria-describedby=${hint ? `hint-${id}` : nothing}
      @keydown=${(event: KeyboardEvent) => this._onRowKeydown(event, action, rowName)}
    >
      <div class="cell cell-done">
        <input type="checkbox" id="done-${id}" .checked=${action.done} @change=${(event: Event) => this.commit(update({ done: (event.target as HTMLInputElement).checked }))} />
        <label for="done-${id}"><span class="visually-hidden">${rowName}: </span>${columns.done}</label>
      </div>
      <div class="cell cell-what">
        ${this.renderTextField({ key: `${action.id}-what`, label: `${rowName}: ${columns.what}`, value: action.what, multiline: true, apply: (what) => update({ what }) })}
      </div>
      <div class="cell cell-who">
        ${this.renderTextField({ key: `${action.id}-who`, label: `${rowName}: ${columns.who}`, value: action.who, limit: NAME_LIMIT, list: this._people.list, apply: (who) => update({ who }) })}
      </div>
      <div class="cell cell-when">
        ${this.renderDateField({
          key: `${action.id}-when`,
          label: `${rowName}: ${columns.when}`,
          value: action.when,
          hint: check.overdue ? msg('This date has passed.') : undefined,
          apply: (when) => update({ when }),
        })}
      </div>
      <div class="cell cell-measure">
        ${this.renderTextField({ key: `${action.id}-measure`, label: `${rowName}: ${columns.measure}`, value: action.measure, multiline: true, apply: (measure) => update({ measure }) })}
      </div>
      <div class="cell cell-tools">
        <button type="button" class="icon" id="up-${id}" title=${msg('Move up')} ?disabled=${index === 0} @click=${() => this._move(action, -1, rowName, 'up')}>
          ${upIcon()}<span class="visually-hidden">${msg('Move up')}: ${rowName}</span>
        </button>
        <button type="button" class="icon" id="down-${id}" title=${msg('Move down')} ?disabled=${index === count - 1} @click=${() => this._move(action, 1, rowName, 'down')}>
          ${downIcon()}<span class="visually-hidden">${msg('Move down')}: ${rowName}</span>
        </button>
        <button type="button" class="icon" title=${msg('Remove')} @click=${() => this._remove(action, rowName)}>
          ${removeIcon()}<span class="visually-hidden">${msg(str`Remove ${rowName}`)}</span>
        </button>
      </div>
      ${hint ? html`<p class="smart-hint" part="hint" id="hint-${id}">${hint}</p>` : nothing}
    </div>`;
  }

  /** The toolkit's action-plan sheet: one table, a row group per principle. For read-only and print. */
  private _renderSheet(now: string): TemplateResult {
    const columns = columnNames();
    // One formatter call per distinct date: Intl formatters are slow to create.
    const dates = new Map<string, string>();
    const date = (iso: string) => dates.get(iso) ?? dates.set(iso, formatDate(iso)).get(iso)!;
    return html`<table class="sheet" part="sheet">
      <caption class="visually-hidden">${msg('Action plan')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Principle')}</th>
          <th scope="col">${columns.what}</th>
          <th scope="col">${columns.who}</th>
          <th scope="col">${columns.when}</th>
          <th scope="col">${columns.measure}</th>
          <th scope="col">${columns.done}</th>
        </tr>
      </thead>
      ${principleIds.map((principle) => {
        const name = principleText(principle).name;
        const own = this.current.actions.filter((action) => action.principle === principle);
        if (!own.length && this.printing.active) return renderBlankPlanRows(name);
        if (!own.length)
          return html`<tbody>
            <tr>
              <th scope="row">${name}</th>
              <td colspan="5" class="empty">${msg('No actions yet.')}</td>
            </tr>
          </tbody>`;
        return html`<tbody>
          ${own.map(
            (action, index) => html`<tr class=${action.done ? 'done' : ''}>
              ${index === 0 ? html`<th scope="rowgroup" rowspan=${own.length}>${name}</th>` : nothing}
              <td class="read-text">${breakLongWords(action.what)}</td>
              <td class="read-text">${breakLongWords(action.who)}</td>
              <td>
                ${action.when ? date(action.when) : ''}
                ${smartCheck(action, now).overdue ? html`<span class="overdue-flag">${msg('This date has passed.')}</span>` : nothing}
              </td>
              <td class="read-text">${breakLongWords(action.measure)}</td>
              <td>${action.done ? msg('Yes') : msg('No')}</td>
            </tr>`,
          )}
        </tbody>`;
      })}
    </table>`;
  }

  private _csvTable(): { header: string[]; rows: string[][] } {
    const columns = columnNames();
    return {
      header: [msg('Principle'), columns.what, columns.who, columns.when, columns.measure, columns.done],
      rows: actionsInPrincipleOrder(this.current.actions).map((action) => [
        principleText(action.principle).name,
        action.what,
        action.who,
        action.when ?? '',
        action.measure,
        action.done ? msg('Yes') : msg('No'),
      ]),
    };
  }

  private _add(principle: PrincipleId): void {
    const id = nextActionId(this.current.actions);
    this.commit({ ...this.current, actions: [...this.current.actions, emptyAction(id, principle)] });
    this._focusAfter = [fieldId(`${id}-what`)];
  }

  private _move(action: PlanAction, step: -1 | 1, rowName: string, keep: 'up' | 'down' | string): void {
    const actions = moveAction(this.current.actions, action.id, step);
    if (actions.every((candidate, index) => candidate === this.current.actions[index])) return;
    this.commit({ ...this.current, actions });
    const id = fieldId(action.id);
    // Keep focus on what the user pressed; at the edge that button is disabled, so take its partner.
    this._focusAfter = keep === 'up' ? [`up-${id}`, `down-${id}`] : keep === 'down' ? [`down-${id}`, `up-${id}`] : [keep];
    const own = actions.filter((candidate) => candidate.principle === action.principle);
    const position = own.findIndex((candidate) => candidate.id === action.id) + 1;
    this.announce(msg(str`${rowName} moved. It is now number ${position} of ${own.length}.`));
  }

  private _remove(action: PlanAction, rowName: string): void {
    const what = action.what.trim() ? `${rowName} (${action.what.trim().slice(0, 40)})` : rowName;
    this.commitRemoval({ ...this.current, actions: this.current.actions.filter((candidate) => candidate.id !== action.id) }, what);
  }

  /** Alt + arrow up/down moves the action within its principle; focus stays in the same field. */
  private _onRowKeydown(event: KeyboardEvent, action: PlanAction, rowName: string): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const focused = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    this._move(action, event.key === 'ArrowUp' ? -1 : 1, rowName, focused?.id || `up-${fieldId(action.id)}`);
  }

  private _downloadCsv = () => {
    const { header, rows } = this._csvTable();
    downloadCsv(localFileName('action-plan.csv'), header, rows, { separator: this._separator });
  };

}

declare global {
  interface HTMLElementTagNameMap {
    'coprod-action-plan': CoprodActionPlan;
  }
}

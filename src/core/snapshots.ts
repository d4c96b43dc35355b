import { css, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { NAME_LIMIT } from './limits.js';
import { formatDate, getLocale } from './localization.js';
import { messages } from './messages.js';
import { Checker, pointer, today, type Json } from './validate.js';
import { newItemId } from './ids.js';

/**
 * Dated snapshots of an exercise ("the circle at the start / after three months"): the
 * person keeps the current state under a name and a date, and later sees it beside the
 * current one. Used by the ladder and the support circle; each keeps its own content in a
 * snapshot (people, examples …) and gives the views, this module the rest.
 */

/** What every snapshot has, whatever the exercise keeps in it. */
export interface SnapshotHeader {
  id: string;
  /** The person's name for it, e.g. "At the start"; may be empty (then the date names it). */
  label: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

/** At most this many snapshots per exercise: each is a full copy, and every save writes them all. */
export const MAX_SNAPSHOTS = 12;

/** Reads a snapshot's id, label and date; faults go to `check` with their path. */
export function readSnapshotHeader(raw: Json, path: string, check: Checker): SnapshotHeader {
  return {
    id: check.id(raw.id, pointer(path, 'id')),
    label: check.name(raw.label, pointer(path, 'label')),
    date: check.date(raw.date, pointer(path, 'date')),
  };
}

/**
 * Reads an optional `snapshots` list: `undefined` when the data has none (old states stay as
 * they were), otherwise each snapshot through `read`, ids unique.
 */
export function readSnapshots<T extends SnapshotHeader>(value: unknown, check: Checker, read: (raw: Json, path: string) => T): T[] | undefined {
  if (value === undefined) return undefined;
  const snapshots = check.list(value, '/snapshots', { max: MAX_SNAPSHOTS }).map((item, index) => {
    const path = pointer('/snapshots', index);
    return read(check.object(item, path) ?? {}, path);
  });
  check.uniqueIds(snapshots, '/snapshots');
  return snapshots;
}

/** A snapshot id not used yet (`snap1-k3x9`: see newItemId). */
export function nextSnapshotId(snapshots: readonly SnapshotHeader[]): string {
  return newItemId('snap', snapshots);
}

/** The name a snapshot shows: its label, else its date. */
export function snapshotName(snapshot: SnapshotHeader): string {
  return snapshot.label.trim() || msg(str`Snapshot of ${formatDate(snapshot.date)}`);
}

export interface SnapshotsOptions<T extends SnapshotHeader> {
  /** The exercise's snapshots (the same array object while they do not change). */
  snapshots: () => readonly T[];
  readonly: () => boolean;
  /** Keeps the current state as a new snapshot with this label and date. */
  keep: (label: string, date: string) => void;
  /** Removes a snapshot (the element offers Undo). */
  remove: (snapshot: T) => void;
  /** Short text of what a snapshot holds ("3 examples"). */
  summary: (snapshot: T) => string;
  /** The snapshot, read-only. Rendered again only when the snapshot or the language changes. */
  renderSnapshot: (snapshot: T) => TemplateResult;
  /** The current state beside it, read-only, with what changed since the snapshot. */
  renderNow: (snapshot: T) => TemplateResult;
  announce: (text: string) => void;
  /** Words for this exercise. */
  words: () => { intro: string; keep: string; now: string };
}

/**
 * Draws the snapshots section of an exercise: keep the current state, the list, and one
 * snapshot opened beside the current state. The list and the opened snapshot render from
 * guarded templates: typing elsewhere in the exercise does not render them again.
 */
export class SnapshotsController<T extends SnapshotHeader> implements ReactiveController {
  /** The snapshot shown beside the current state. */
  openId: string | undefined;
  private _labelError: number | undefined;
  /** The date picked for the next snapshot (empty: today). */
  private _draftDate: string | undefined;
  private _focus: string | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: SnapshotsOptions<T>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this._focus) return;
    const selector = this._focus;
    this._focus = undefined;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The snapshot that is open, if it still exists. */
  get open(): T | undefined {
    return this.openId === undefined ? undefined : this.options.snapshots().find((snapshot) => snapshot.id === this.openId);
  }

  /** Opens a snapshot beside the current state (or closes it with `undefined`). */
  show(id: string | undefined, { focus = true } = {}): void {
    const closing = id === undefined ? this.openId : undefined;
    this.openId = id;
    if (focus) this._focus = id === undefined ? (closing ? `[data-snapshot="${CSS.escape(closing)}"] .snapshot-open` : undefined) : '#snapshot-compare-heading';
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const snapshots = this.options.snapshots();
    const readonly = this.options.readonly();
    const words = this.options.words();
    const open = this.open;
    const locale = getLocale();
    if (readonly && snapshots.length === 0) return html``;
    return html`<section class="snapshots" part="snapshots" aria-labelledby="snapshots-heading">
      <h3 id="snapshots-heading">${msg('Snapshots')} (${snapshots.length})</h3>
      ${readonly ? nothing : html`<p class="hint">${words.intro}</p>`} ${readonly ? nothing : this._renderKeep(snapshots.length, words.keep)}
      ${snapshots.length
        ? html`<ul class="snapshot-list">
            ${repeat(
              snapshots,
              (snapshot) => snapshot.id,
              (snapshot) => guard([snapshot, snapshot.id === open?.id, readonly, locale], () => this._renderItem(snapshot, snapshot.id === open?.id, readonly)),
            )}
          </ul>`
        : nothing}
      ${open ? this._renderCompare(open, words.now, locale) : nothing}
    </section>`;
  }

  /** The snapshots as a small table on paper (rendered only while printing). */
  renderPrint(): TemplateResult | typeof nothing {
    const snapshots = this.options.snapshots();
    if (!snapshots.length) return nothing;
    return html`<table class="print-only print-table print-snapshots">
      <caption>${msg('Snapshots')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Name')}</th>
          <th scope="col">${msg('Date')}</th>
          <th scope="col">${msg('What it holds')}</th>
        </tr>
      </thead>
      <tbody>
        ${snapshots.map(
          (snapshot) => html`<tr>
            <td>${snapshotName(snapshot)}</td>
            <td>${formatDate(snapshot.date)}</td>
            <td>${this.options.summary(snapshot)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private _renderKeep(count: number, keepWords: string): TemplateResult {
    if (count >= MAX_SNAPSHOTS) return html`<p class="hint">${msg(str`You have ${MAX_SNAPSHOTS} snapshots, the most there can be. Remove one to keep a new one.`)}</p>`;
    const error = this._labelError;
    return html`<div class="snapshot-keep" role="group" aria-labelledby="snapshot-keep-heading">
      <h4 id="snapshot-keep-heading" class="visually-hidden">${keepWords}</h4>
      <div class="field">
        <label for="snapshot-label">${msg('Name of the snapshot')}</label>
        <input
          id="snapshot-label"
          type="text"
          autocomplete="off"
          placeholder=${msg('For example: at the start')}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'snapshot-label-error' : nothing}
          @input=${this._onLabelInput}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter' && !event.isComposing) {
              event.preventDefault();
              this._keep();
            }
          }}
        />
        ${error ? html`<p class="error" id="snapshot-label-error">${messages.tooLong(error, NAME_LIMIT)}</p>` : nothing}
      </div>
      <div class="field">
        <label for="snapshot-date">${msg('Date')}</label>
        <span class="date-row">
          <input id="snapshot-date" type="date" .value=${live(this._draftDate ?? today())} aria-describedby="snapshot-date-words" @input=${this._onDateInput} @change=${this._onDateInput} />
          <span class="date-words" part="date-words" id="snapshot-date-words">${formatDate(this._draftDate || today())}</span>
        </span>
      </div>
      <button type="button" class="snapshot-keep-button" @click=${() => this._keep()}>${keepWords}</button>
    </div>`;
  }

  /** A name over the limit says so while it is typed, not only when the snapshot is kept. */
  private _onLabelInput = (event: Event) => {
    const error = labelTooLong((event.target as HTMLInputElement).value.trim());
    if (error === this._labelError) return;
    this._labelError = error;
    this.host.requestUpdate();
  };

  /** The date picked (on input, or change alone from script or a tool): the words beside it follow. */
  private _onDateInput = (event: Event) => {
    this._draftDate = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
  };

  private _keep(): void {
    const root = this.host.renderRoot;
    const labelField = root.querySelector<HTMLInputElement>('#snapshot-label');
    const dateField = root.querySelector<HTMLInputElement>('#snapshot-date');
    const label = labelField?.value.trim() ?? '';
    this._labelError = labelTooLong(label);
    if (this._labelError !== undefined) {
      this.host.requestUpdate();
      return;
    }
    const date = dateField?.value || today();
    this.options.keep(label, date);
    if (labelField) labelField.value = '';
    const kept = this.options.snapshots().at(-1);
    this.options.announce(msg(str`Snapshot kept: ${kept ? snapshotName(kept) : label}.`));
  }

  private _renderItem(snapshot: T, isOpen: boolean, readonly: boolean): TemplateResult {
    const name = snapshotName(snapshot);
    return html`<li class="snapshot" part="snapshot" data-snapshot=${snapshot.id}>
      <span class="snapshot-name">${name}</span>
      ${snapshot.label.trim() ? html`<span class="snapshot-date">${formatDate(snapshot.date)}</span>` : nothing}
      <span class="snapshot-summary">${this.options.summary(snapshot)}</span>
      <span class="snapshot-actions">
        <button
          type="button"
          class="quiet snapshot-open"
          aria-expanded=${isOpen ? 'true' : 'false'}
          aria-controls=${isOpen ? 'snapshot-compare' : nothing}
          @click=${() => this.show(isOpen ? undefined : snapshot.id)}
        >
          ${isOpen ? msg('Close') : msg('Show beside now')}<span class="visually-hidden">: ${name}</span>
        </button>
        ${readonly
          ? nothing
          : html`<button type="button" class="quiet snapshot-remove" @click=${() => this._remove(snapshot)}>
              ${msg('Remove')}<span class="visually-hidden">: ${name}</span>
            </button>`}
      </span>
    </li>`;
  }

  private _remove(snapshot: T): void {
    if (this.openId === snapshot.id) this.openId = undefined;
    this.options.remove(snapshot);
  }

  private _renderCompare(snapshot: T, nowWords: string, locale: string): TemplateResult {
    const name = snapshotName(snapshot);
    return html`<div class="snapshot-compare" part="snapshot-compare" id="snapshot-compare" role="region" aria-labelledby="snapshot-compare-heading">
      <h4 id="snapshot-compare-heading" tabindex="-1">${msg(str`${name} beside now`)}</h4>
      <div class="snapshot-sides">
        <section class="snapshot-side snapshot-then" aria-labelledby="snapshot-then-heading">
          <h5 id="snapshot-then-heading">${name}<span class="snapshot-date">${formatDate(snapshot.date)}</span></h5>
          <p class="snapshot-readonly-note">${msg('A snapshot cannot be changed.')}</p>
          ${guard([snapshot, locale], () => this.options.renderSnapshot(snapshot))}
        </section>
        <section class="snapshot-side snapshot-now" aria-labelledby="snapshot-now-heading">
          <h5 id="snapshot-now-heading">${nowWords}</h5>
          ${this.options.renderNow(snapshot)}
        </section>
      </div>
      <button type="button" class="quiet" @click=${() => this.show(undefined)}>${msg('Close the snapshot')}</button>
    </div>`;
  }
}

/** The snapshots section: list, keep form, and the two sides (stacked on a narrow screen). */
export const snapshotStyles = css`
  .snapshots {
    margin-block: calc(var(--_space) * 3);
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_border);
  }
  .snapshots > .hint {
    max-width: 65ch;
  }
  .snapshot-keep {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .snapshot-keep .field {
    margin: 0;
  }
  .snapshot-list {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .snapshot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .snapshot-name {
    font-weight: 600;
  }
  .snapshot-date,
  .snapshot-summary,
  .snapshot-readonly-note {
    color: var(--_muted);
  }
  h5 .snapshot-date {
    display: block;
    font-weight: normal;
    font-size: 0.9em;
  }
  .snapshot-actions {
    margin-inline-start: auto;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .snapshot-compare {
    margin-top: calc(var(--_space) * 2);
  }
  .snapshot-sides {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin-bottom: var(--_space);
  }
  @container (min-width: 40rem) {
    .snapshot-sides {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .snapshot-side {
    min-width: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .snapshot-side.snapshot-then {
    border-style: dashed;
    background: var(--_surface-alt);
  }
  .snapshot-side h5 {
    font-size: 1.05em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .snapshot-side h6 {
    font-size: 1em;
    margin: var(--_space) 0 calc(var(--_space) / 2);
  }
  .snapshot-side ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .snapshot-side .change {
    font-style: italic;
    color: var(--_muted);
  }
  .print-snapshots {
    margin-top: 0.5rem;
  }
  @media print {
    .snapshots {
      display: none !important;
    }
    .print-snapshots {
      display: table;
    }
  }
  @media (forced-colors: active) {
    .snapshot,
    .snapshot-side,
    .snapshot-side.snapshot-then {
      border-color: CanvasText;
      background: Canvas;
    }
    .snapshot-date,
    .snapshot-summary,
    .snapshot-readonly-note,
    .snapshot-side .change {
      color: CanvasText;
    }
  }
`;

/** A snapshot's name over the limit: its length, for the message; `undefined` when it fits. */
function labelTooLong(label: string): number | undefined {
  return label.length > NAME_LIMIT ? label.length : undefined;
}

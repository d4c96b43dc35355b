import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { CoprodChangeEvent, CoprodInvalidEvent, type CoprodElementEventMap, type InvalidEntry, type InvalidSource, type StateOrigin } from './events.js';
import { ensureLocalization, formatDate, getLocale, matchLocale } from './localization.js';
import { TEXT_LIMIT } from './limits.js';
import { messages } from './messages.js';
import { parseState, parseStateText, type StateSchema } from './validate.js';
import { mergeStates } from './merge.js';
import { takeTurn } from './first-render-turns.js';
import { announceSave, dropWaitingSave, followedElsewhere, followStorage, saveWhenIdle, type StorageFollower } from './storage-sync.js';
import { controlStyles, tokenStyles } from './tokens.styles.js';
import { downloadBlob } from './export.js';
import { exerciseName, localFileName } from './exercise-names.js';
import { ReadAloudController } from './read-aloud.js';
import { PrintController, printStyles, renderPrintButton } from './print.js';
import { asUserEdit } from './page-link.js';
import { SHARED_IN_ROOM_ATTRIBUTE } from './shared-in-room.js';
import { keepUnchangedParts } from './unchanged-parts.js';

/** Told about every change of an element's state; `state` is the element's own: read it, never change it. */
export type StateListener<S> = (state: Readonly<S>, origin: StateOrigin) => void;

/** An Undo on offer: the state to go back to, the state the change made, and what Undo undoes. */
interface UndoOffer<S> {
  before: S;
  after: S;
  message: string;
  /** Finds, after Undo is drawn, the control the keyboard goes back to. */
  focus?: () => HTMLElement | null | undefined;
}

/**
 * Finds a control again after a render drew it anew: by id, else by its name and text, and
 * which of the controls alike it was (the Remove button of the item that comes back).
 */
function findAgain(root: DocumentFragment | HTMLElement, control: Element | null): (() => HTMLElement | undefined) | undefined {
  if (!(control instanceof HTMLElement)) return undefined;
  const selector = control.id ? `#${CSS.escape(control.id)}` : control.localName;
  const label = control.getAttribute('aria-label');
  const text = control.textContent?.trim();
  const alike = () => [...root.querySelectorAll<HTMLElement>(selector)].filter((candidate) => candidate.getAttribute('aria-label') === label && candidate.textContent?.trim() === text);
  const index = alike().indexOf(control);
  return () => {
    const now = alike();
    return now[index] ?? now[0];
  };
}

interface RefusalNotice {
  source: InvalidSource;
  errors: InvalidEntry[];
}

interface TextFieldOptions<S> {
  /** Unique within the element; also names the field's DOM id. */
  key: string;
  label: string;
  value: string;
  /** Turns accepted text into the next state. */
  apply: (text: string) => S;
  multiline?: boolean;
  limit?: number;
  hint?: string;
  placeholder?: string;
  part?: string;
  /** Keep the label for screen readers only, where a visible heading already names the field. */
  labelHidden?: boolean;
  /** Id of a `<datalist>` in the element's shadow root that suggests values (single-line fields). */
  list?: string;
}

/** Makes any key usable as an element id (no spaces, so `aria-describedby` lists stay intact). */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^a-zA-Z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * The contract every exercise element keeps, written once: validated `value` in and out,
 * the `value` attribute, `toJSON()`, `coprod-change` after user edits, `coprod-invalid`
 * for refused data, localStorage autosave, form association, `readonly`, text limits,
 * undo for removals and locale-driven re-rendering. An exercise supplies its schema
 * and its view; it changes state only through `commit()`.
 *
 * @attr {string} value - Starting state as JSON text, for static HTML. Form reset returns to it.
 * @attr {string} storage-key - Keeps the state in `localStorage` under this key and restores it on connect.
 * @attr {string} name - Form field name: inside a `<form>` the state is submitted as JSON text under it.
 * @attr {boolean} readonly - Shows the filled-in exercise without editing controls (sharing, print).
 *
 * @fires {CoprodChangeEvent} coprod-change - After each edit by the user; `detail.value` is a copy of the new state.
 * @fires {CoprodInvalidEvent} coprod-invalid - Data was refused and nothing changed; `detail: { errors: [{ path, message }], source }`.
 *
 * @csspart notices - The area for messages (refused data, undo after removing).
 * @csspart field - A labelled text field.
 * @csspart file-actions - The buttons to save the exercise to a file, open it again, print it, read it aloud and start again.
 * @csspart date-words - The chosen date in words beside a date field ("1 maart 2026").
 *
 * @cssproperty [--coprod-color-accent=#1c5a9c] - Main colour: buttons, selected items, links.
 * @cssproperty [--coprod-color-on-accent=#ffffff] - Text on the main colour.
 * @cssproperty [--coprod-color-accent-soft=#e3edf8] - Light tint of the main colour (hover, highlights).
 * @cssproperty [--coprod-color-text=#1b1b1f] - Body text.
 * @cssproperty [--coprod-color-muted=#4d5260] - Secondary text (hints, descriptions).
 * @cssproperty [--coprod-color-surface=#ffffff] - Background.
 * @cssproperty [--coprod-color-surface-alt=#f3f5f8] - Background of cards and panels.
 * @cssproperty [--coprod-color-border=#6f7480] - Borders of fields and cards.
 * @cssproperty [--coprod-color-danger=#a8201a] - Errors.
 * @cssproperty [--coprod-color-warning=#7a4a00] - Gentle warnings and hints.
 * @cssproperty [--coprod-color-success=#1d6b35] - Done, good.
 * @cssproperty [--coprod-color-group-to=#f6e3df] - Background of the "doing to" group (ladder, and wherever the three ways of working are shown).
 * @cssproperty [--coprod-color-group-for=#f7efd5] - Background of the "doing for" group.
 * @cssproperty [--coprod-color-group-with=#dcefe1] - Background of the "doing with" group.
 * @cssproperty [--coprod-font-family=system-ui] - Font of all text.
 * @cssproperty [--coprod-heading-font-family=var(--coprod-font-family)] - Font of headings.
 * @cssproperty [--coprod-font-size=1rem] - Base text size; everything scales from it.
 * @cssproperty [--coprod-radius=0.5rem] - Corner radius of fields, buttons and cards.
 * @cssproperty [--coprod-space=0.5rem] - Base spacing unit.
 * @cssproperty [--coprod-focus-ring-color=#1c5a9c] - Colour of the keyboard focus ring.
 * @cssproperty [--coprod-focus-ring-width=3px] - Width of the keyboard focus ring.
 * @cssproperty [--coprod-target-size=2.75rem] - Minimum height and width of buttons and fields.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class CoprodElement<S extends object> extends LitElement {
  static formAssociated = true;
  static override styles = [tokenStyles, controlStyles, printStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'value', 'storage-key'];
  }

  /**
   * Describes the exercise's state: type, version, empty form, reader, migrations.
   * A getter on the prototype (not a field), because the constructor needs it.
   */
  protected get schema(): StateSchema<S> {
    throw new Error(`${this.localName} must override the schema getter`);
  }

  /** Form field name. */
  @property({ reflect: true }) name: string | null = null;

  /** Shows the exercise without editing controls. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The current exercise state. Views read it; only `commit()` replaces it. */
  @state() protected current: S;

  @state() private _refusal: RefusalNotice | undefined;
  /** A state the user can go back to, and the sentence that says what Undo undoes. */
  @state() private _undo: UndoOffer<S> | undefined;
  @state() private _announcement = '';
  /** A visible message that stays until closed or the next edit (e.g. a card that could not be handed in). */
  @state() private _notice: string | undefined;
  @state() private _fieldErrors = new Map<string, { length: number; limit: number }>();
  @state() private _formDisabled = false;
  @state() private _storageFailed = false;
  /** The person asked to start again and is asked to confirm. */
  @state() private _confirmingStart = false;
  /** The state before "Start again", kept for Undo until the next edit. */
  @state() private _clearedBefore: UndoOffer<S> | undefined;

  /** Reads the element's own text aloud on request (absent where the browser has no voice). */
  protected readonly readAloud = new ReadAloudController(this, (text) => this.showNotice(text));

  protected readonly internals: ElementInternals;
  /** Knows when the page prints: while `printing.active` an exercise renders its paper worksheet. */
  protected readonly printing = new PrintController(this);
  private _storageKey: string | null = null;
  private _initialised = false;
  /** Inside `[asUserEdit]`: a host-called method's change is the user's edit. */
  private _userCall = false;
  private _hostSetValue = false;
  /** The object the host set `value` to last: setting it again is a no-op. */
  private _lastHostValue: unknown = undefined;
  /** Unreadable stored text, kept aside before the first save replaces it. */
  private _unreadableStored: string | null = null;
  private _focusUndo = false;
  /** The `lang` this element set on itself (never one the host set). */
  private _languageMarked: string | null = null;
  /** Where the keyboard goes once an Undo has been drawn. */
  private _focusAfterUndo: (() => HTMLElement | null | undefined) | undefined;
  /** Fields whose refused text goes when the next render shows the state's text. */
  private _rewriteFields = new Set<string>();
  /** The host set `value` since the storage key last changed (it then wins over an empty key). */
  private _valueSetForKey = false;
  private _focusAfterRender: string | undefined;
  /** What this element last wrote or read under its storage key: the base for merging another tab's save. */
  private _storedText: string | null = null;
  private _stopFollowing: (() => void) | undefined;
  /** The form value and the saved copy are written once per task, however many edits it made. */
  private _writeQueued = false;
  private _saveWanted = false;
  private _formText: { state: S; text: string } | undefined;
  private readonly _storageFollower: StorageFollower = { storedElsewhere: (text, previous) => this._onStoredElsewhere(text, previous) };
  // Typed by `object`, not S, so CoprodElement<SomeState> stays assignable to CoprodElement<object>.
  private readonly _stateListeners = new Set<StateListener<object>>();

  constructor() {
    super();
    ensureLocalization();
    updateWhenLocaleChanges(this);
    this.internals = this.attachInternals();
    this.current = this.schema.empty();
    // A framework may set properties before the element is defined; take them over.
    for (const key of ['storageKey', 'value'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const early = (this as Record<string, unknown>)[key];
        delete (this as Record<string, unknown>)[key];
        (this as Record<string, unknown>)[key] = early;
      }
    }
  }

  /** The exercise state as plain JSON data. Reading gives a copy; setting validates first. */
  get value(): S {
    return structuredClone(this.current);
  }

  set value(next: S) {
    // Frameworks re-set bound properties on every render (Lit re-sets object bindings, Preact
    // compares with our fresh copy); the object the host set last must not undo the user's edits.
    if (next === this._lastHostValue && next !== null && typeof next === 'object') return;
    let data: unknown;
    try {
      // Only JSON data is state: drops functions and undefined, refuses cycles.
      data = JSON.parse(JSON.stringify(next));
    } catch {
      this._refuse([{ path: '', message: messages.notExercise() }], 'property');
      return;
    }
    const result = parseState(this.schema, data);
    if (!result.ok) {
      this._refuse(result.errors, 'property');
      return;
    }
    this._hostSetValue = true;
    this._lastHostValue = next;
    this._valueSetForKey = true;
    // A host that sets back what it was just given (the controlled pattern) changes nothing:
    // a field's "too long" message and the text it is about stay.
    const text = JSON.stringify(result.value);
    if (text === this._textOfCurrent()) return;
    this._clearFieldErrors();
    // The parts that did not change stay the same objects: only changed rows render again.
    const state = keepUnchangedParts(result.value, this.current);
    this._formText = { state, text }; // serialised once, for the form and the save too
    this._setState(state, { persist: this._initialised, origin: 'host' });
  }

  /** localStorage key for autosave; `null` turns autosave off. */
  get storageKey(): string | null {
    return this._storageKey;
  }

  set storageKey(key: string | null) {
    const previous = this._storageKey;
    if ((key || null) === previous) return;
    // The last keystrokes belong under the key they were typed under.
    this._flushWrites();
    this._storageKey = key || null;
    this._storedText = null;
    if (this.isConnected) this._follow();
    const valueSet = this._valueSetForKey;
    this._valueSetForKey = false;
    if (this._initialised && this._storageKey && !this._restoreFromStorage()) {
      // A key with nothing saved starts as a new exercise (an app switching to another
      // person), unless the host just gave this element the state for it.
      if (!valueSet && previous !== null) {
        this._clearFieldErrors();
        this._undo = undefined;
        this._clearedBefore = undefined;
        this._setState(this._startingState(), { persist: false, origin: 'host' });
      }
      this._save();
    }
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** `JSON.stringify(element)` gives the state. */
  toJSON(): S {
    return this.value;
  }

  /**
   * Applies state that comes from outside the page's script: a shared room or another tab.
   * It is validated like every other source; refused data fires `coprod-invalid` with this
   * `source` and changes nothing. Accepted data is shown, saved and submitted, but fires no
   * `coprod-change` (that event is for the user's own edits).
   * @param data - The state as plain JSON data.
   * @param source - Where it came from: `sync` (a room) or `storage` (another tab).
   * @returns whether the data was accepted
   */
  applyState(data: unknown, source: 'sync' | 'storage'): boolean {
    const result = parseState(this.schema, data);
    if (!result.ok) {
      this._refuse(result.errors, source);
      return false;
    }
    const next = keepUnchangedParts(result.value, this.current);
    if (next !== this.current) this._setState(next, { persist: true, origin: source });
    return true;
  }

  /**
   * Calls `listener` after every change of the state, with why it changed; for bindings such
   * as a shared room. The state passed is the element's own (no copy): read it, never change it.
   * @param listener - Called with the new state and its origin.
   * @returns a function that stops the calls
   */
  watchState(listener: StateListener<S>): () => void {
    const entry = listener as StateListener<object>;
    this._stateListeners.add(entry);
    return () => this._stateListeners.delete(entry);
  }

  /**
   * Reads exercise data from JSON text (a file the user opened). Valid data replaces
   * the state as a user edit; invalid data fires `coprod-invalid` with source `import`.
   * @param text - The JSON text of a saved exercise (as `toJSON()` or the save button gives it).
   * @returns whether the data was accepted
   */
  importJSON(text: string): boolean {
    const result = parseStateText(this.schema, text);
    if (!result.ok) {
      this._refuse(result.errors, 'import');
      return false;
    }
    this.commit(result.value);
    return true;
  }

  /** A first render waits its turn when other elements' first renders already filled this frame. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : takeTurn(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._follow();
    if (this._initialised) return;
    this._initialised = true;
    if (this._storageKey) {
      if (this._hostSetValue) this._save();
      else this._restoreFromStorage();
    }
    this._syncForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._flushWrites();
    this._stopFollowing?.();
    this._stopFollowing = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'value') this._onValueAttribute(old, value);
    else if (name === 'storage-key') this.storageKey = value;
    else super.attributeChangedCallback(name, old, value);
  }

  /** Editing is off when `readonly` is set or a surrounding `<fieldset disabled>` disables the element. */
  protected get isReadonly(): boolean {
    return this.readonly || this._formDisabled;
  }

  /** Replaces the state after a user edit: saves, updates the form value, fires `coprod-change`. */
  protected commit(next: S): void {
    this._undo = undefined;
    this._clearedBefore = undefined;
    this._refusal = undefined;
    this._notice = undefined;
    this._setState(next, { persist: true, origin: 'user' });
  }

  /**
   * Replaces the state from a method the host calls (`addAction`, `addCard`): saved and
   * submitted like any change, but without `coprod-change`, which is for the user's own
   * edits. An Undo still on offer is withdrawn, since it would undo the host's change too.
   */
  protected replaceState(next: S): void {
    this._undo = undefined;
    this._refusal = undefined;
    this._setState(next, { persist: true, origin: this._userCall ? 'user' : 'host' });
  }

  /**
   * Runs a host-called method as the user's own edit (with `coprod-change`): for another
   * coprod element acting on the user's click through a page link (`plan="ID"`, `board="ID"`),
   * where no host script sees the click. Between coprod elements only: not for host pages.
   * @internal
   * @param call - the host-called method, e.g. `() => plan.addAction({ principle })`
   */
  [asUserEdit]<R>(call: () => R): R {
    this._userCall = true;
    try {
      return call();
    } finally {
      this._userCall = false;
    }
  }

  /** Fires `coprod-invalid` for bad input to a host-called method; nothing changes. */
  protected refuseInput(errors: InvalidEntry[]): void {
    this._refuse(errors, 'property');
  }

  /** Commits a removal and offers to undo it until the next edit: nothing is lost by a wrong click. */
  protected commitRemoval(next: S, what: string): void {
    this.commitWithUndo(next, msg(str`Removed: ${what}`));
  }

  /**
   * Commits an edit that drops something the user may want back: `message` says what,
   * beside an Undo button. `focusUndo: false` leaves focus where it is (e.g. on a select
   * whose arrow keys change it).
   */
  protected commitWithUndo(next: S, message: string, { focusUndo = true } = {}): void {
    const before = this.current;
    const focus = findAgain(this.renderRoot, (this.renderRoot as ShadowRoot).activeElement);
    this.commit(next);
    this._undo = { before, after: this.current, message, focus };
    this._focusUndo = focusUndo;
  }

  /** Shows a message in the notices area (announced politely) until it is closed or the user edits. */
  protected showNotice(text: string): void {
    this._notice = text;
  }

  /** Says something to screen reader users through a polite live region. */
  protected announce(text: string): void {
    // Clearing first makes a repeated sentence be read again. A timer, not an animation
    // frame: frames do not run in hidden pages, where the message must still arrive.
    this._announcement = '';
    setTimeout(() => (this._announcement = text), 0);
  }

  /** The element's messages: refused data, undo, storage problems, announcements. */
  protected renderNotices(): TemplateResult {
    const refusal = this._refusal;
    return html`<div class="notices" part="notices">
      <div role="status" aria-live="polite" class="visually-hidden">${this._announcement}</div>
      ${refusal
        ? html`<div class="notice problem" role="alert">
            <p>${this._refusalTitle(refusal.source)}</p>
            <button class="quiet" @click=${() => (this._refusal = undefined)}>${msg('Close message')}</button>
          </div>`
        : nothing}
      ${this._storageFailed
        ? html`<p class="notice problem" role="alert">
            ${msg('This browser could not save your work. Save it to a file so nothing is lost.')}
          </p>`
        : nothing}
      ${this._notice
        ? html`<div class="notice problem" role="status">
            <p>${this._notice}</p>
            <button type="button" class="quiet" @click=${() => (this._notice = undefined)}>${msg('Close message')}</button>
          </div>`
        : nothing}
      ${this._undo
        ? html`<div class="notice" role="status">
            <span>${this._undo.message}</span>
            <button class="undo" @click=${() => this._undoWith(this._undo)}>${msg('Undo')}</button>
          </div>`
        : nothing}
      ${this._clearedBefore
        ? html`<div class="notice" role="status">
            <span>${msg('Everything is cleared.')}</span>
            <button class="undo" @click=${() => this._undoWith(this._clearedBefore)}>${msg('Undo')}</button>
          </div>`
        : nothing}
    </div>`;
  }

  /**
   * A new object whenever a text field's over-limit message appears or goes: part of the key
   * of a guarded row (`guard([row, locale, this.fieldMessages], …)`), so its message shows.
   */
  protected get fieldMessages(): object {
    return this._fieldErrors;
  }

  /** A labelled text field; refuses text over the limit with a message and keeps what was typed on screen. */
  protected renderTextField(options: TextFieldOptions<S>): TemplateResult {
    const id = fieldId(options.key);
    const limit = options.limit ?? TEXT_LIMIT;
    if (this.isReadonly) {
      return html`<div class="field" part=${options.part ?? 'field'}>
        <span class="field-label">${options.label}</span>
        <p class="read-text">${options.value}</p>
      </div>`;
    }
    const overLimit = this._fieldErrors.get(options.key);
    // A field that showed refused text is written again even where the state did not change.
    // (Typed as the string live() writes, for the template type check.)
    const value = (this._rewriteFields.has(options.key) ? live(options.value) : options.value) as string;
    const describedBy = [options.hint ? `${id}-hint` : '', overLimit ? `${id}-error` : ''].filter(Boolean).join(' ');
    const onInput = (event: Event) => {
      const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      this._onTextInput(options.key, limit, text, options.apply);
    };
    // One template per kind of control (a field never changes kind): the control is part of
    // the field's own template, not a nested one. The hint stays a child, so a hint that comes
    // or goes while someone types never replaces the field they type in.
    const part = options.part ?? 'field';
    const labelClass = options.labelHidden ? 'visually-hidden' : undefined;
    const hint = options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing;
    const error = overLimit ? html`<p class="error" id="${id}-error">${messages.tooLong(overLimit.length, overLimit.limit)}</p>` : nothing;
    return options.multiline
      ? html`<div class="field" part=${part}>
          <label for=${id} class=${ifDefined(labelClass)}>${options.label}</label>
          ${hint} <textarea
            id=${id}
            .value=${value}
            placeholder=${ifDefined(options.placeholder)}
            aria-invalid=${overLimit ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @input=${onInput}
          ></textarea>
          ${error}
        </div>`
      : html`<div class="field" part=${part}>
          <label for=${id} class=${ifDefined(labelClass)}>${options.label}</label>
          ${hint} <input
            id=${id}
            type="text"
            .value=${value}
            placeholder=${ifDefined(options.placeholder)}
            list=${ifDefined(options.list)}
            autocomplete="off"
            aria-invalid=${overLimit ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @input=${onInput}
          />
          ${error}
        </div>`;
  }

  /**
   * A labelled date field (`YYYY-MM-DD`), optional unless `required`. An empty field gives
   * `null`; the browser's date picker only gives real dates, so no other check is needed.
   */
  protected renderDateField(options: {
    key: string;
    label: string;
    value: string | null;
    apply: (date: string | null) => S;
    hint?: string;
    part?: string;
  }): TemplateResult {
    const id = fieldId(options.key);
    if (this.isReadonly) {
      return html`<div class="field" part=${options.part ?? 'field'}>
        <span class="field-label">${options.label}</span>
        <p class="read-text">${options.value ? formatDate(options.value) : ''}</p>
      </div>`;
    }
    // The browser shows the date in its own language's order (03/01/2026 may be 1 March or
    // 3 January): the date in words, in the page's language, says which it is. The value is
    // written only where the field shows another one (live): clearing one part of a date with
    // Backspace empties the value, and writing that back would clear the other parts too.
    const describedBy = [options.hint ? `${id}-hint` : '', `${id}-words`].filter(Boolean).join(' ');
    return html`<div class="field" part=${options.part ?? 'field'}>
      <label for=${id}>${options.label}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      <span class="date-row">
        <input
          id=${id}
          type="date"
          .value=${live(options.value ?? '')}
          aria-describedby=${describedBy}
          @change=${(event: Event) => this.commit(options.apply((event.target as HTMLInputElement).value || null))}
        />
        <span class="date-words" part="date-words" id="${id}-words">${options.value ? formatDate(options.value) : msg('No date chosen')}</span>
      </span>
    </div>`;
  }

  /**
   * The date in words for a date field an element draws itself (a draft that is not state yet):
   * put this after the input, and keep the date picked (on `input`) in the element's own state,
   * so the words follow the pick and are drawn again in another language.
   */
  protected renderDateWords(id: string, value: string | null | undefined): TemplateResult {
    return html`<span class="date-words" part="date-words" id="${id}-words">${value ? formatDate(value) : msg('No date chosen')}</span>`;
  }

  /** Buttons to save the exercise as a JSON file and open one again (hidden when read-only). */
  protected renderFileActions(fileName: string): TemplateResult | typeof nothing {
    if (this.isReadonly) return html`<div class="file-actions" part="file-actions">${this.readAloud.renderControls()}</div>`;
    return html`<div class="file-actions" part="file-actions">
      <button type="button" class="quiet" @click=${() => this._download(localFileName(fileName))}>${msg('Save to a file')}</button>
      <button type="button" class="quiet" @click=${this._pickFile}>${msg('Open a saved file')}</button>
      ${renderPrintButton()}
      <input type="file" accept="application/json,.json" hidden @change=${this._onFilePicked} />
      ${this.readAloud.renderControls()} ${this._renderStartAgain()}
    </div>`;
  }

  /**
   * "Start again", for shared devices: after a confirmation it clears the state and its saved
   * copy, so the next person sees nothing of the previous one; Undo brings it back until the next edit.
   */
  private _renderStartAgain(): TemplateResult {
    if (!this._confirmingStart) {
      return html`<button type="button" class="quiet start-again" @click=${this._askStartAgain}>${msg('Start again')}</button>`;
    }
    return html`<div class="start-again-confirm" role="group" aria-labelledby="start-again-question">
      <p id="start-again-question">
        ${this.getAttribute(SHARED_IN_ROOM_ATTRIBUTE) === 'own'
          ? msg('Clear your answers? They are also cleared in the shared room.')
          : this.hasAttribute(SHARED_IN_ROOM_ATTRIBUTE)
            ? msg('Clear everything in this exercise? It is cleared for everyone in this shared room.')
            : msg('Clear everything in this exercise? It is also removed from this browser.')}
      </p>
      <button type="button" class="danger" data-start-again="yes" @click=${this._startAgain}>${msg('Yes, clear everything')}</button>
      <button type="button" class="quiet" data-start-again="no" @click=${this._cancelStartAgain}>${msg('No, keep it')}</button>
    </div>`;
  }

  private _askStartAgain = async () => {
    this._confirmingStart = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[data-start-again="no"]')?.focus();
  };

  private _cancelStartAgain = async () => {
    this._confirmingStart = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.start-again')?.focus();
  };

  private _startAgain = () => {
    const before = this.current;
    this._confirmingStart = false;
    this.readAloud.stop();
    this._clearFieldErrors();
    this.commit(this.schema.empty());
    // Nothing of the previous person stays in this browser, not even unreadable old data.
    try {
      if (this._storageKey) {
        localStorage.removeItem(`${this._storageKey}:unreadable`);
        localStorage.removeItem(`${this._storageKey}:replaced`);
      }
    } catch {
      // Storage may be blocked; the state itself is cleared.
    }
    this._clearedBefore = { before, after: this.current, message: '', focus: () => this.renderRoot.querySelector<HTMLElement>('button.start-again') };
    this._focusUndo = true;
    this.announce(msg('Everything is cleared.'));
  };

  /**
   * What Undo brings back: the state before, with every change made since by someone else
   * (another tab, a shared room) kept, so undoing here never wipes out their work.
   */
  private _undone(offer: UndoOffer<S>): S {
    if (this.current === offer.after) return offer.before;
    const merged = mergeStates(offer.after, offer.before, this.current);
    const checked = parseState(this.schema, merged.value);
    return checked.ok ? checked.value : offer.before;
  }

  /** Also writes a waiting save (see `saveWhenIdle`): after `await el.updateComplete` the saved copy is current. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    this._flushWrites();
    return done;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this._markLanguage();
    if (this._rewriteFields.size) this._rewriteFields = new Set();
    if (this._focusUndo) {
      this._focusUndo = false;
      this.renderRoot.querySelector<HTMLButtonElement>('button.undo')?.focus();
    }
    if (this._focusAfterUndo) {
      // The Undo button is gone: the keyboard goes back to where the undone change was made
      // (e.g. the Remove button of the item that is back), else to the exercise's title.
      const find = this._focusAfterUndo;
      this._focusAfterUndo = undefined;
      let control = find();
      if (!control) {
        control = this.renderRoot.querySelector<HTMLElement>('h2');
        control?.setAttribute('tabindex', '-1');
      }
      control?.focus();
    }
    if (this._focusAfterRender) {
      const field = this.renderRoot.querySelector<HTMLElement>(`#${this._focusAfterRender}`);
      this._focusAfterRender = undefined;
      field?.focus();
    }
  }

  /**
   * Says which language the element speaks where it is not the page's (Dutch on an English
   * page): screen readers then read it with the right voice. A `lang` the host set is kept.
   */
  private _markLanguage(): void {
    const locale = getLocale();
    const pageLocale = matchLocale(document.documentElement.lang) ?? 'en';
    const own = this.getAttribute('lang');
    if (own !== null && own !== this._languageMarked) return;
    const wanted = locale === pageLocale ? null : locale;
    if (own === wanted) return;
    if (wanted === null) this.removeAttribute('lang');
    else this.setAttribute('lang', wanted);
    this._languageMarked = wanted;
  }

  /** Puts the keyboard in the field with this DOM id once the next render has drawn it (a field just added). */
  protected focusAfterRender(id: string | undefined): void {
    this._focusAfterRender = id;
  }

  // Form-associated custom element callbacks (ElementInternals).
  formAssociatedCallback(): void {
    this._syncForm();
  }

  formResetCallback(): void {
    this._refusal = undefined;
    this._undo = undefined;
    this._clearFieldErrors();
    this._setState(this._startingState(), { persist: true, origin: 'reset' });
  }

  /**
   * Called by the browser to restore the form state (back/forward navigation, autofill).
   * @param saved - The value the element last submitted: its state as JSON text.
   */
  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved !== 'string') return;
    const result = parseStateText(this.schema, saved);
    if (result.ok) this._setState(result.value, { persist: true, origin: 'reset' });
  }

  /**
   * Called by the browser when a surrounding `<fieldset disabled>` changes.
   * @param disabled - Whether the element is now disabled.
   */
  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
  }

  private _startingState(): S {
    const text = this.getAttribute('value');
    if (text !== null) {
      const result = parseStateText(this.schema, text);
      if (result.ok) return result.value;
    }
    return this.schema.empty();
  }

  private _onValueAttribute(old: string | null, text: string | null): void {
    // Frameworks re-set unchanged attributes on every render; that must not undo the user's edits.
    if (text === null || text === old) return;
    if (!this._initialised && this._hostSetValue) return;
    const result = parseStateText(this.schema, text);
    if (!result.ok) {
      this._refuse(result.errors, 'attribute');
      return;
    }
    this._setState(result.value, { persist: this._initialised, origin: 'host' });
  }

  private _restoreFromStorage(): boolean {
    const key = this._storageKey;
    if (!key) return false;
    const text = readStorage(key);
    if (text === null) {
      // Nothing saved yet: what this element starts from is the common ground with a tab
      // that saves first.
      this._storedText = this._textOfCurrent();
      return false;
    }
    const result = parseStateText(this.schema, text);
    if (!result.ok) {
      this._unreadableStored = text;
      this._refuse(result.errors, 'storage');
      return false;
    }
    this._storedText = text;
    this._setState(result.value, { persist: false, origin: 'storage' });
    return true;
  }

  /** Saves the state under the storage key; within one task, however many edits, once. */
  private _save(): void {
    if (!this._storageKey) return;
    this._saveWanted = true;
    this._queueWrite();
  }

  private _queueWrite(): void {
    const queued = this._writeQueued;
    this._writeQueued = true;
    // Another element on this page with the same key follows at once, as before.
    if (this._storageKey && followedElsewhere(this._storageKey, this._storageFollower)) {
      if (!queued) queueMicrotask(this._writeNow);
    } else saveWhenIdle(this, this._writeNow); // every edit puts the save back until typing pauses
  }

  private _writeNow = () => this._flushWrites();

  /** Writes the saved copy, if a save waits. */
  private _flushWrites(): void {
    if (!this._writeQueued) return;
    this._writeQueued = false;
    dropWaitingSave(this);
    const key = this._storageKey;
    if (!key || !this._saveWanted) return;
    this._saveWanted = false;
    // Another tab may have saved since we last read or wrote: take its save in first, so
    // this write never overwrites it. Our edit is the newer one here.
    const stored = readStorage(key);
    // A save whose field this one overwrites (both typed in it): its tab is told, by this note.
    let replaced: string | null = null;
    if (stored !== null && this._storedText !== null && stored !== this._storedText) {
      if (this._mergeSaved(this._storedText, stored, { oursIsNewer: true }).conflicted) replaced = stored;
    }
    const text = this._textOfCurrent();
    if (text === stored) {
      this._storedText = text;
      return;
    }
    try {
      if (this._unreadableStored !== null) {
        // Keep what could not be read beside the new save rather than overwrite it.
        localStorage.setItem(`${key}:unreadable`, this._unreadableStored);
        this._unreadableStored = null;
      }
      if (replaced !== null) localStorage.setItem(`${key}:replaced`, replaced);
      localStorage.setItem(key, text);
      this._storedText = text;
      this._storageFailed = false;
      announceSave(key, text, stored, this._storageFollower);
    } catch {
      this._storageFailed = true;
    }
  }

  /** The current state as JSON text, serialised once per state. */
  private _textOfCurrent(): string {
    if (this._formText?.state !== this.current) this._formText = { state: this.current, text: JSON.stringify(this.current) };
    return this._formText.text;
  }

  private _follow(): void {
    this._stopFollowing?.();
    this._stopFollowing = this._storageKey ? followStorage(this._storageKey, this._storageFollower) : undefined;
  }

  /**
   * Another tab, or another element on this page, saved under our key (`previous` is what
   * it overwrote). Show the latest save, merged with any edit of ours it does not hold.
   */
  private _onStoredElsewhere(text: string, previous: string | null): void {
    const key = this._storageKey;
    if (!key) return;
    this._flushWrites();
    const latest = readStorage(key) ?? text;
    if (latest === this._storedText) return;
    // The other tab typed in a field we had saved, at the same moment, and kept its own text.
    const oursReplaced = this._storedText !== null && readStorage(`${key}:replaced`) === this._storedText;
    // A save that overwrote something other than our last save was made without seeing
    // ours: what it overwrote is then the common ground to merge from.
    const base = latest === text && previous !== null && previous !== this._storedText ? previous : this._storedText;
    if (base === null) {
      const theirs = parseStateText(this.schema, latest);
      if (!theirs.ok) {
        this._refuse(theirs.errors, 'storage');
        return;
      }
      this._storedText = latest;
      this._setState(keepUnchangedParts(theirs.value, this.current), { persist: false, origin: 'storage' });
      return;
    }
    if (this._mergeSaved(base, latest, { oursIsNewer: false, oursReplaced }).differs) this._save();
  }

  /**
   * Merges the save `savedText` with the current state from their common ground
   * `baseText`: lists by id, fields one by one. Where both changed one value the newer
   * side wins and the other is offered as Undo, so nothing is lost unseen. `oursReplaced`:
   * the save replaced text of ours in a field it changed too (its tab said so).
   * @returns whether the result differs from the save (and so needs saving), and whether
   *   both sides changed one value
   */
  private _mergeSaved(baseText: string, savedText: string, { oursIsNewer, oursReplaced = false }: { oursIsNewer: boolean; oursReplaced?: boolean }): { differs: boolean; conflicted: boolean } {
    const saved = parseStateText(this.schema, savedText);
    if (!saved.ok) {
      if (!oursIsNewer) this._refuse(saved.errors, 'storage');
      else this._unreadableStored = savedText;
      return { differs: false, conflicted: false };
    }
    const base = parseStateText(this.schema, baseText);
    const mine = this.current;
    const merged = base.ok
      ? oursIsNewer
        ? mergeStates(base.value, saved.value, mine)
        : mergeStates(base.value, mine, saved.value)
      : { value: oursIsNewer ? mine : saved.value, conflicts: [''] };
    const checked = parseState(this.schema, merged.value);
    const next = checked.ok ? checked.value : oursIsNewer ? mine : saved.value;
    this._storedText = savedText;
    if (next !== mine) this._setState(keepUnchangedParts(next, mine), { persist: false, origin: 'storage' });
    const conflicted = merged.conflicts.length > 0 || !checked.ok;
    if (conflicted || (oursReplaced && next !== mine)) {
      this._undo = oursIsNewer
        ? { before: saved.value, after: this.current, message: msg('This exercise was also changed in another tab or window. Your version is kept. Undo shows the other version.') }
        : { before: mine, after: this.current, message: msg('This exercise was changed in another tab or window at the same time. You see the latest version. Undo brings back yours.') };
    }
    return { differs: this._textOfCurrent() !== savedText, conflicted };
  }

  private _setState(next: S, how: { persist: boolean; origin: StateOrigin }): void {
    this.current = next;
    this._syncForm();
    if (how.persist) this._save();
    for (const listener of this._stateListeners) listener(next, how.origin);
    if (how.origin === 'user') this.dispatchEvent(new CoprodChangeEvent(next));
  }

  private _syncForm(): void {
    // Written at once inside a form, so a submit in the same task sends it; outside a
    // form nobody reads it, and formAssociatedCallback writes it on joining one.
    if (this.internals.form === null) return;
    const text = this._textOfCurrent();
    this.internals.setFormValue(text, text);
  }

  private _refuse(errors: InvalidEntry[], source: InvalidSource): void {
    if (source !== 'property') this._refusal = { source, errors };
    this.dispatchEvent(new CoprodInvalidEvent(errors, source));
  }

  private _refusalTitle(source: InvalidSource): string {
    switch (source) {
      case 'storage':
        return msg('The work saved in this browser could not be read. It is kept, unchanged.');
      case 'import':
        return msg(str`This file is not a saved ${exerciseName(this.schema.type)}. Choose another file.`);
      case 'sync':
        return msg('A change from the shared room could not be read. Your exercise is unchanged.');
      default:
        return msg('The data given to this exercise could not be read. Nothing was changed.');
    }
  }

  /**
   * Drops every "too long" message when the state is replaced (reset, start again, a new value):
   * the fields they were about show the state's text again, not the refused text.
   */
  private _clearFieldErrors(): void {
    if (this._fieldErrors.size === 0) return;
    this._rewriteFields = new Set(this._fieldErrors.keys());
    this._fieldErrors = new Map();
  }

  private _onTextInput(key: string, limit: number, text: string, apply: (text: string) => S): void {
    if (text.length > limit) {
      // Said once when it appears: a changed description is not read again while typing.
      if (!this._fieldErrors.has(key)) this.announce(messages.tooLong(text.length, limit));
      this._fieldErrors = new Map(this._fieldErrors).set(key, { length: text.length, limit });
      return;
    }
    if (this._fieldErrors.has(key)) {
      const errors = new Map(this._fieldErrors);
      errors.delete(key);
      this._fieldErrors = errors;
    }
    this.commit(apply(text));
  }

  /** Undoes an offer; the keyboard goes back where the change was made, else to the exercise's title. */
  private _undoWith(offer: UndoOffer<S> | undefined): void {
    if (!offer) return;
    this.commit(this._undone(offer));
    this._focusAfterUndo = offer.focus ?? (() => undefined);
    this.announce(msg('Undone.'));
  }

  private _download(fileName: string): void {
    const blob = new Blob([JSON.stringify(this.current, null, 2)], { type: 'application/json' });
    downloadBlob(blob, fileName);
  }

  private _pickFile = () => {
    this.renderRoot.querySelector<HTMLInputElement>('.file-actions input[type=file]')?.click();
  };

  private _onFilePicked = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.importJSON(await file.text());
  };
}

// Typed listeners (types only, nothing at run time): each element's own state type reaches `event.detail.value`.
export interface CoprodElement<S extends object> {
  addEventListener<K extends keyof CoprodElementEventMap<S>>(
    type: K,
    listener: (this: this, event: CoprodElementEventMap<S>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof CoprodElementEventMap<S>>(
    type: K,
    listener: (this: this, event: CoprodElementEventMap<S>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { CoprodChangeEvent, CoprodInvalidEvent, type CoprodElementEventMap, type InvalidEntry, type InvalidSource, type StateOrigin } from './events.js';
import { ensureLocalization, formatDate } from './localization.js';
import { TEXT_LIMIT } from './limits.js';
import { messages } from './messages.js';
import { parseState, parseStateText, type StateSchema } from './validate.js';
import { controlStyles, tokenStyles } from './tokens.styles.js';
import { downloadBlob } from './export.js';

/** Told about every change of an element's state; `state` is the element's own: read it, never change it. */
export type StateListener<S> = (state: Readonly<S>, origin: StateOrigin) => void;

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
 * @csspart file-actions - The buttons to save the exercise to a file and open it again.
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
  static override styles = [tokenStyles, controlStyles];

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
  @state() private _undo: { before: S; what: string } | undefined;
  @state() private _announcement = '';
  @state() private _fieldErrors = new Map<string, { length: number; limit: number }>();
  @state() private _formDisabled = false;
  @state() private _storageFailed = false;

  protected readonly internals: ElementInternals;
  private _storageKey: string | null = null;
  private _initialised = false;
  private _hostSetValue = false;
  /** The object the host set `value` to last: setting it again is a no-op. */
  private _lastHostValue: unknown = undefined;
  /** Unreadable stored text, kept aside before the first save replaces it. */
  private _unreadableStored: string | null = null;
  private _focusUndo = false;
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
    this._fieldErrors = new Map();
    this._setState(result.value, { persist: this._initialised, origin: 'host' });
  }

  /** localStorage key for autosave; `null` turns autosave off. */
  get storageKey(): string | null {
    return this._storageKey;
  }

  set storageKey(key: string | null) {
    const previous = this._storageKey;
    this._storageKey = key || null;
    if (this._initialised && this._storageKey && this._storageKey !== previous) {
      if (!this._restoreFromStorage()) this._save();
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
    this._setState(result.value, { persist: true, origin: source });
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

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._initialised) return;
    this._initialised = true;
    if (this._storageKey) {
      if (this._hostSetValue) this._save();
      else this._restoreFromStorage();
    }
    this._syncForm();
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
    this._refusal = undefined;
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
    this._setState(next, { persist: true, origin: 'host' });
  }

  /** Fires `coprod-invalid` for bad input to a host-called method; nothing changes. */
  protected refuseInput(errors: InvalidEntry[]): void {
    this._refuse(errors, 'property');
  }

  /** Commits a removal and offers to undo it until the next edit: nothing is lost by a wrong click. */
  protected commitRemoval(next: S, what: string): void {
    const before = this.current;
    this.commit(next);
    this._undo = { before, what };
    this._focusUndo = true;
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
            <div>
              <p><strong>${this._refusalTitle(refusal.source)}</strong></p>
              <ul>
                ${refusal.errors.slice(0, 5).map((error) => html`<li>${error.message}</li>`)}
              </ul>
            </div>
            <button class="quiet" @click=${() => (this._refusal = undefined)}>${msg('Close message')}</button>
          </div>`
        : nothing}
      ${this._storageFailed
        ? html`<p class="notice problem" role="alert">
            ${msg('This browser could not save your work. Save it to a file so nothing is lost.')}
          </p>`
        : nothing}
      ${this._undo
        ? html`<div class="notice" role="status">
            <span>${msg(str`Removed: ${this._undo.what}`)}</span>
            <button class="undo" @click=${this._onUndo}>${msg('Undo')}</button>
          </div>`
        : nothing}
    </div>`;
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
    const describedBy = [options.hint ? `${id}-hint` : '', overLimit ? `${id}-error` : ''].filter(Boolean).join(' ');
    const onInput = (event: Event) => {
      const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      this._onTextInput(options.key, limit, text, options.apply);
    };
    const control = options.multiline
      ? html`<textarea
          id=${id}
          .value=${options.value}
          placeholder=${ifDefined(options.placeholder)}
          aria-invalid=${overLimit ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${id}
          type="text"
          .value=${options.value}
          placeholder=${ifDefined(options.placeholder)}
          autocomplete="off"
          aria-invalid=${overLimit ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @input=${onInput}
        />`;
    return html`<div class="field" part=${options.part ?? 'field'}>
      <label for=${id} class=${ifDefined(options.labelHidden ? 'visually-hidden' : undefined)}>${options.label}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing} ${control}
      ${overLimit ? html`<p class="error" id="${id}-error">${messages.tooLong(overLimit.length, overLimit.limit)}</p>` : nothing}
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
    return html`<div class="field" part=${options.part ?? 'field'}>
      <label for=${id}>${options.label}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      <input
        id=${id}
        type="date"
        .value=${options.value ?? ''}
        aria-describedby=${options.hint ? `${id}-hint` : nothing}
        @change=${(event: Event) => this.commit(options.apply((event.target as HTMLInputElement).value || null))}
      />
    </div>`;
  }

  /** Buttons to save the exercise as a JSON file and open one again (hidden when read-only). */
  protected renderFileActions(fileName: string): TemplateResult | typeof nothing {
    if (this.isReadonly) return nothing;
    return html`<div class="file-actions" part="file-actions">
      <button type="button" class="quiet" @click=${() => this._download(fileName)}>${msg('Save to a file')}</button>
      <button type="button" class="quiet" @click=${this._pickFile}>${msg('Open a saved file')}</button>
      <input type="file" accept="application/json,.json" hidden @change=${this._onFilePicked} />
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._focusUndo) {
      this._focusUndo = false;
      this.renderRoot.querySelector<HTMLButtonElement>('button.undo')?.focus();
    }
  }

  // Form-associated custom element callbacks (ElementInternals).
  formResetCallback(): void {
    this._refusal = undefined;
    this._undo = undefined;
    this._fieldErrors = new Map();
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
    if (text === null) return false;
    const result = parseStateText(this.schema, text);
    if (!result.ok) {
      this._unreadableStored = text;
      this._refuse(result.errors, 'storage');
      return false;
    }
    this._setState(result.value, { persist: false, origin: 'storage' });
    return true;
  }

  private _save(): void {
    const key = this._storageKey;
    if (!key) return;
    try {
      if (this._unreadableStored !== null) {
        // Keep what could not be read beside the new save rather than overwrite it.
        localStorage.setItem(`${key}:unreadable`, this._unreadableStored);
        this._unreadableStored = null;
      }
      localStorage.setItem(key, JSON.stringify(this.current));
      this._storageFailed = false;
    } catch {
      this._storageFailed = true;
    }
  }

  private _setState(next: S, how: { persist: boolean; origin: StateOrigin }): void {
    this.current = next;
    this._syncForm();
    if (how.persist) this._save();
    for (const listener of this._stateListeners) listener(next, how.origin);
    if (how.origin === 'user') this.dispatchEvent(new CoprodChangeEvent(structuredClone(next)));
  }

  private _syncForm(): void {
    const text = JSON.stringify(this.current);
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
        return msg('This file could not be opened. Nothing was changed.');
      case 'sync':
        return msg('A change from the shared room could not be read. Your exercise is unchanged.');
      default:
        return msg('The data given to this exercise could not be read. Nothing was changed.');
    }
  }

  private _onTextInput(key: string, limit: number, text: string, apply: (text: string) => S): void {
    if (text.length > limit) {
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

  private _onUndo = () => {
    const undo = this._undo;
    if (!undo) return;
    this.commit(undo.before);
    this.announce(msg('Undone.'));
  };

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

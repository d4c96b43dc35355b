import * as Y from 'yjs';
import type { StateOrigin } from '../core/events.js';
import { mergeStates } from '../core/merge.js';
import { readState, textDiff, writeState } from './yjs-mapping.js';

/**
 * What a binding needs of an element: the base element's public state API. Any coprod
 * exercise element has it; the room needs nothing else of them (so a room bundle works with
 * elements from another bundle).
 */
export interface BindableElement extends HTMLElement {
  readonly value: unknown;
  applyState(data: unknown, source: 'sync' | 'storage'): boolean;
  watchState(listener: (state: unknown, origin: StateOrigin) => void): () => void;
  readonly updateComplete?: Promise<unknown>;
}

export interface BindingOptions {
  /**
   * Resolves when the document has had its first answer from the server. Until then the
   * element's starting state is not written into the room (two fresh devices would both
   * write theirs). Default: already synced (a document you filled yourself).
   */
  synced?: Promise<unknown>;
}

/** Whether `el` has the state API a binding needs. */
export function isBindable(el: Element): el is BindableElement {
  const candidate = el as Partial<BindableElement>;
  return typeof candidate.applyState === 'function' && typeof candidate.watchState === 'function';
}

/** A Yjs client id (uint32) from text: FNV-1a; equal seeds give equal ids on every device. */
export function seedClientId(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The starting state without its date: an exercise that starts on today's date (gratitude,
 * a card) would otherwise seed differently on two devices either side of midnight.
 */
function withoutDate(state: object): object {
  if (!('date' in state)) return state;
  const rest: Record<string, unknown> = { ...state };
  delete rest.date;
  return rest;
}

/** The innermost focused element, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Keeps one element and one field of a shared document in step: the user's edits are written
 * into the field (only what changed), others' changes are applied to the element through
 * `applyState(data, 'sync')`, which validates them (refused data: `coprod-invalid` with
 * source `sync`, the element keeps its state).
 *
 * ```js
 * const binding = bindElement(circle, doc, 'circle');
 * binding.destroy();
 * ```
 */
export class ElementBinding {
  /** The shared map holding the element's state. */
  readonly map: Y.Map<unknown>;
  private _ready = false;
  private _destroyed = false;
  /** The user edited before the first sync while the room had nothing: write it then. */
  private _pending = false;
  /**
   * While what the room holds cannot be read (refused), this device's state as it last was in
   * the room: an edit made here meanwhile is merged into the room's state from there, because
   * writing this device's whole state over it undid everyone else's work.
   */
  private _heldSince: object | undefined;
  /** The room's state was refused the last time it was read. */
  private _unreadable = false;
  /** The state this device last wrote to or took from the room. */
  private _lastTaken: object | undefined;
  /**
   * What the room holds now, exactly, when this device wrote or took it last (`undefined` once
   * the room changed without this device taking it): a write then skips what the edit did not touch.
   */
  private _roomHolds: object | undefined;
  /** The element's own state as its last change gave it (the objects it keeps between edits). */
  private _elementState: object | undefined;
  private readonly _unwatch: () => void;
  private readonly _startState: object;

  constructor(
    readonly element: BindableElement,
    readonly doc: Y.Doc,
    readonly field: string,
    options: BindingOptions = {},
  ) {
    this.map = doc.getMap(field);
    this._startState = element.value as object;
    this.map.observeDeep(this._onShared);
    this._unwatch = element.watchState(this._onLocal);
    // Data already in the document (restored from this browser) is shown at once.
    if (this.map.size) this._applyShared();
    const synced = options.synced ?? Promise.resolve();
    synced.then(() => this._start(), () => undefined);
  }

  /** Whether the first sync has happened and edits now go into the room. */
  get ready(): boolean {
    return this._ready;
  }

  /** Stops syncing; the element keeps its state. */
  destroy(): void {
    if (this._destroyed) return;
    this._destroyed = true;
    this.map.unobserveDeep(this._onShared);
    this._unwatch();
  }

  private _start(): void {
    if (this._destroyed) return;
    this._ready = true;
    if (this.map.size === 0) {
      // The room has none of this exercise yet: the element's starting state becomes the room's
      // (the state it had when bound, so devices with the same start write the same seed), then
      // edits made before the first sync go on top of it as ordinary changes.
      this._seed(this._startState);
      if (this._pending) this._write(this.element.value as object);
      this._pending = false;
    } else if (this._pending) {
      // The room already had this exercise, and the person edited before it arrived: both
      // count. Merged against the state the element had when bound; on a real clash the edit
      // made here wins (the person just typed it).
      this._pending = false;
      const { value } = mergeStates(this._startState, readState(this.map), this.element.value as object);
      this._write(this.element.applyState(value, 'sync') ? value : (this.element.value as object));
    } else {
      this._applyShared();
    }
  }

  /**
   * Writes the starting state so that two fresh devices writing the same one produce the very
   * same update (same client id and clocks), which Yjs keeps once. Written as an ordinary
   * client, each device would create its own lists, and only one device's lists would survive:
   * edits made into the other's would be lost. The date is a seed of its own: two devices whose
   * starting states differ only in today's date (either side of midnight) still share the
   * seed with the lists and texts, and one of the two dates wins.
   */
  private _seed(state: object): void {
    this._roomHolds = undefined;
    const seedState = withoutDate(state);
    this.doc.transact(() => {
      this._applySeed(seedState, '');
      if (seedState !== state) this._applySeed({ date: (state as { date: unknown }).date }, 'date');
    }, this);
  }

  /** Applies `state` written by a client whose id and clocks follow from the state alone. */
  private _applySeed(state: object, part: string): void {
    const seed = new Y.Doc({ gc: false });
    seed.clientID = seedClientId(`${this.field}\n${part}\n${JSON.stringify(state)}`);
    writeState(seed.getMap(this.field), state);
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(seed), this);
    seed.destroy();
  }

  private _write(state: object): void {
    this.doc.transact(() => writeState(this.map, state, this._roomHolds), this);
    this._lastTaken = state;
    this._roomHolds = state;
  }

  private _onLocal = (state: unknown, origin: StateOrigin) => {
    this._elementState = state as object;
    if (origin === 'sync' || this._destroyed) return;
    if (!this._ready && (this.map.size === 0 || this._pending)) {
      this._pending = true;
      return;
    }
    if (this._unreadable) {
      const since = this._heldSince ?? this._lastTaken ?? this._startState;
      this._write(mergeStates(since, readState(this.map), state as object).value);
      this._heldSince = state as object;
      return;
    }
    this._write(state as object);
  };

  private _onShared = (_events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (transaction.origin === this || this._destroyed) return;
    this._roomHolds = undefined;
    // An edit made before the first sync waits to be merged in `_start`: showing the room's
    // state now would overwrite it, and `_start` would then write the room's state back.
    if (!this._ready && this._pending) return;
    this._applyShared();
  };

  private _applyShared(): void {
    if (!this.map.size) return;
    const caret = this._caret();
    const shared = readState(this.map);
    if (this._heldSince) {
      // Edits made while the room could not be read: merged with what the room holds now.
      const merged = mergeStates(this._heldSince, shared, this.element.value as object).value;
      if (!this.element.applyState(merged, 'sync')) return;
      this._heldSince = undefined;
      this._unreadable = false;
      this._lastTaken = merged;
      this._write(merged);
      return;
    }
    const accepted = this.element.applyState(shared, 'sync');
    this._unreadable = !accepted;
    if (accepted) {
      this._lastTaken = shared;
      // The element's own objects for it (it keeps those of unchanged parts): the next edit's
      // write then skips what it did not touch.
      this._roomHolds = this._elementState ?? shared;
    }
    if (accepted && caret) void this._restoreCaret(caret);
  }

  /** Where the user's caret stands, when they are typing in this element. */
  private _caret(): { field: HTMLInputElement | HTMLTextAreaElement; text: string; start: number; end: number } | null {
    const active = deepActiveElement();
    if (!(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)) return null;
    if (!this.element.shadowRoot?.contains(active) && !this.element.contains(active)) return null;
    if (active.selectionStart === null || active.selectionEnd === null) return null;
    return { field: active, text: active.value, start: active.selectionStart, end: active.selectionEnd };
  }

  /** Keeps the caret where it was in the text, shifted by what others inserted or removed before it. */
  private async _restoreCaret(caret: { field: HTMLInputElement | HTMLTextAreaElement; text: string; start: number; end: number }): Promise<void> {
    await this.element.updateComplete;
    // A list drawn by place gives the person's field to another item when someone else removes
    // or moves one; the field with the same id is theirs.
    const again = caret.field.id ? this.element.shadowRoot?.getElementById(caret.field.id) : null;
    const field = again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement ? again : caret.field;
    if (!field.isConnected) return;
    // Someone else moved the row being typed in: moving its fields took the focus away, and
    // the next keys would have gone nowhere.
    const active = deepActiveElement();
    if (active !== field && (active === null || active === document.body || active === caret.field)) field.focus({ preventScroll: true });
    if (field.value === caret.text) {
      field.setSelectionRange(caret.start, caret.end);
      return;
    }
    const { index, remove, insert } = textDiff(caret.text, field.value);
    const shift = (position: number) => (position <= index ? position : position >= index + remove ? position - remove + insert.length : index + insert.length);
    field.setSelectionRange(shift(caret.start), shift(caret.end));
  }
}

/**
 * Binds an exercise element to the field `field` of a Yjs document: see `ElementBinding`.
 * @returns the binding; call `destroy()` to stop
 */
export function bindElement(element: BindableElement, doc: Y.Doc, field: string, options: BindingOptions = {}): ElementBinding {
  return new ElementBinding(element, doc, field, options);
}

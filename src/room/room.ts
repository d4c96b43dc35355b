import * as Y from 'yjs';
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import { UnsavedUpdates } from './unsaved-updates.js';
import { SHARED_IN_ROOM_ATTRIBUTE } from '../core/shared-in-room.js';
import { parseCardInput, withCard } from '../opportunity/board.state.js';
import type { OpportunityBoardState } from '../opportunity/opportunity.types.js';
import { ElementBinding, isBindable, type BindableElement } from './binding.js';
import { ReadingsBinding } from './readings.js';
import { RoomPresenceEvent, RoomStatusEvent, type RoomFailure, type RoomPerson, type RoomStatus } from './room.events.js';
import { readState, writeState } from './yjs-mapping.js';

export interface RoomOptions {
  /** The room server's address, e.g. `wss://sync.example.org` (`ws://127.0.0.1:1234` for development). */
  url: string;
  /** The room's name; everyone using the same name (and server) shares the exercises. */
  room: string;
  /** The access token the server expects for this room. */
  token?: string;
  /** The name shown to others in the room; optional. */
  name?: string;
  /**
   * Keep the room in this browser (IndexedDB), so changes made offline survive a reload and
   * are sent later, and a reload shows the room before the server answers. Default `true`.
   */
  keepOffline?: boolean;
}

/** Colours for people in the room: distinct, and at least 3:1 against white and light grey. */
const PERSON_COLORS = ['#1c5a9c', '#a8201a', '#1d6b35', '#7a4a00', '#6a1b9a', '#00695c', '#ad1457', '#37474f'];

/** The colour of a person, the same on every device (from their awareness id). */
export function personColor(id: number): string {
  return PERSON_COLORS[Math.abs(id) % PERSON_COLORS.length];
}

/**
 * The colours of the people present: each starts from their own (`personColor`); where someone
 * with a lower id already has it, the next free one. Every device sees the same people, so each
 * person gets the same colour everywhere, and up to 8 people never share one.
 */
export function peopleColors(ids: number[]): Map<number, string> {
  const taken = new Set<number>();
  const colors = new Map<number, string>();
  for (const id of [...ids].sort((a, b) => a - b)) {
    let index = Math.abs(id) % PERSON_COLORS.length;
    for (let tries = 0; tries < PERSON_COLORS.length && taken.has(index); tries++) index = (index + 1) % PERSON_COLORS.length;
    taken.add(index);
    colors.set(id, PERSON_COLORS[index]);
  }
  return colors;
}

/**
 * Whether a signed room token is for reading only (`v1.ro.…`, see docs/rooms.md): known before
 * the server answers, so a read-only page is read-only offline too.
 */
function isReadOnlyToken(token: string | undefined): boolean {
  return /^v1\.ro\./.test(token ?? '');
}

/** The failure a refusal from the room server means (its reasons: docs/rooms.md). */
function refusalReason(reason: string): RoomFailure {
  if (/expired/.test(reason)) return 'expired';
  if (/invalid-room-name/.test(reason)) return 'room-name';
  if (/room-deleted/.test(reason)) return 'deleted';
  return 'token';
}

/** The IndexedDB database name of a room: one per server and room. */
export function offlineStoreName(url: string, room: string): string {
  return `coprod-room:${url}:${room}`;
}

const BOARD_TYPE = 'coprod-opportunity-board';
const PERSON_KEY = 'coprod-room-person';

/** This device's person id, kept in localStorage (a fresh one each time when storage is blocked). */
function devicePersonId(): string {
  const fresh = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  try {
    let id = localStorage.getItem(PERSON_KEY);
    if (!id || !/^[a-z0-9]{8}$/.test(id)) localStorage.setItem(PERSON_KEY, (id = fresh()));
    return id;
  } catch {
    return fresh();
  }
}

export interface BindOptions {
  /**
   * `readings` (readiness radar only): each person answers for themselves; their answers go
   * into the room as one reading per person, and the radar shows the others' readings.
   */
  mode?: 'shared' | 'readings';
}

/**
 * A connection to one shared room: one Yjs document, kept in this browser and synced through
 * a Hocuspocus server. Fires `coprod-room-status` and `coprod-room-presence`.
 *
 * ```js
 * const room = connectRoom({ url: 'wss://sync.example.org', room: 'team-noord', token });
 * room.bind(document.querySelector('coprod-support-circle'));
 * room.addEventListener('coprod-room-status', (e) => console.log(e.detail.status));
 * ```
 */
export class Room extends EventTarget {
  /** The shared document; each exercise is a top-level `Y.Map` named by its field. */
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  /** Resolves after the first answer from the server (never, if it never answers). */
  readonly synced: Promise<void>;
  /** Resolves when the copy kept in this browser has been loaded (at once without one). */
  readonly restored: Promise<void>;
  private readonly _offline: IndexeddbPersistence | undefined;
  private readonly _unsaved: UnsavedUpdates | undefined;
  private readonly _bindings = new Map<Element, ElementBinding | ReadingsBinding>();
  /** This device's person id, for readings. */
  readonly personId = devicePersonId();
  private _status: RoomStatus = 'connecting';
  private _readOnly = false;
  /** Elements this room marked `readonly` (a read-only token), to unmark when they leave. */
  private readonly _markedReadOnly = new Set<Element>();
  private _reason: RoomFailure | null = null;
  private _everConnected = false;
  private _people: RoomPerson[] = [];
  private _name: string;
  private _destroyed = false;

  constructor(readonly options: RoomOptions) {
    super();
    this._name = options.name ?? '';
    this._readOnly = isReadOnlyToken(options.token);
    if (options.keepOffline !== false && typeof indexedDB !== 'undefined') {
      this._offline = new IndexeddbPersistence(offlineStoreName(options.url, options.room), this.doc);
      this.restored = this._offline.whenSynced.then(() => undefined, () => undefined);
    } else {
      this.restored = Promise.resolve();
    }
    let resolveSynced!: () => void;
    this.synced = new Promise((resolve) => (resolveSynced = resolve));
    this.provider = new HocuspocusProvider({
      url: options.url,
      name: options.room,
      document: this.doc,
      token: options.token ?? '',
      onSynced: ({ state }) => {
        if (!state) return;
        this._everConnected = true;
        resolveSynced();
        this._setStatus('connected', null);
      },
      onAuthenticated: ({ scope }) => this._setReadOnly(scope === 'readonly'),
      onAuthenticationFailed: ({ reason }) => this._setStatus('failed', refusalReason(reason)),
      onStatus: ({ status }) => {
        if (status !== WebSocketStatus.Disconnected) return;
        if (this._everConnected) this._setStatus('offline', null);
        else if (this._reason === null || this._reason === 'unreachable') this._setStatus('failed', 'unreachable');
      },
      onAwarenessChange: () => this._updatePeople(),
    });
    if (this._offline) this._unsaved = new UnsavedUpdates(this.doc, this._offline, this.provider);
    this._announceSelf();
  }

  /** How the connection stands now. */
  get status(): RoomStatus {
    return this._status;
  }

  /**
   * Whether this page may only read the room: a read-only token (known from the token before
   * the server answers, and from the server's answer). Bound elements are then shown
   * `readonly`: edits would not be taken.
   */
  get readOnly(): boolean {
    return this._readOnly;
  }

  /** Why the room is `failed`, else `null`. */
  get reason(): RoomFailure | null {
    return this._reason;
  }

  /** Who is in the room now (this page included), in a stable order. */
  get people(): RoomPerson[] {
    return this._people.map((person) => ({ ...person }));
  }

  /** The name shown to others; `''` for none. */
  get name(): string {
    return this._name;
  }

  /** Changes the name shown to others in the room (may be empty). */
  setName(name: string): void {
    this._name = name.trim().slice(0, 200);
    this._announceSelf();
    for (const binding of this._bindings.values()) if (binding instanceof ReadingsBinding) binding.setName(this._name);
  }

  /**
   * Syncs an exercise element through the room under `field` (default: its `id`, else its
   * tag name). Its starting state goes into the room only when the room has none for that
   * field, after the first answer from the server; otherwise the room's state replaces it.
   * @returns the binding (also undone by `unbind(el)` or `disconnect()`)
   */
  bind(element: Element, field = element.id || element.localName, options: BindOptions = {}): ElementBinding | ReadingsBinding {
    if (!isBindable(element)) throw new TypeError(`${element.localName} is not a coprod exercise element`);
    this.unbind(element);
    const ready = this.restored.then(() => this.synced);
    const binding =
      options.mode === 'readings'
        ? new ReadingsBinding(element, this.doc, field, { personId: this.personId, name: this._name, synced: ready })
        : new ElementBinding(element as BindableElement, this.doc, field, { synced: ready });
    this._bindings.set(element, binding);
    if (this._readOnly) this._markReadOnly(element);
    // Its "Start again" then says what it clears in the room: the exercise for everyone, or one's own answers.
    element.setAttribute(SHARED_IN_ROOM_ATTRIBUTE, binding instanceof ElementBinding ? '' : 'own');
    return binding;
  }

  /** Stops syncing one element; it keeps its state. */
  unbind(element: Element): void {
    const binding = this._bindings.get(element);
    if (!binding) return;
    binding.destroy();
    this._bindings.delete(element);
    this._unmark(element);
  }

  /** The elements bound now. */
  get boundElements(): Element[] {
    return [...this._bindings.keys()];
  }

  /**
   * Hands an opportunity card in to the room's board: the board bound here (or the one named
   * `boardField`), else any board already in the room. Works from every member's device,
   * also when this page shows no board.
   * @returns whether a board took the card (false: no board in the room, the card was refused,
   * or this page may only read the room)
   */
  handIn(card: unknown, boardField?: string): boolean {
    // The server would not take it: the card must not say it was handed in.
    if (this._readOnly) return false;
    const field = this._boardField(boardField);
    if (!field) return false;
    const parsed = parseCardInput(card);
    if (!parsed.ok) return false;
    const map = this.doc.getMap(field);
    this.doc.transact(() => writeState(map, withCard(readState(map) as unknown as OpportunityBoardState, parsed.value).board), this);
    return true;
  }

  /** Goes offline on purpose (changes are kept and sent on `reconnect()`). */
  goOffline(): void {
    this.provider.disconnect();
  }

  /** Connects again after `goOffline()`. */
  async reconnect(): Promise<void> {
    await this.provider.connect();
  }

  /** Leaves the room: stops syncing every element and closes the connection. */
  disconnect(): void {
    if (this._destroyed) return;
    this._destroyed = true;
    for (const [element, binding] of this._bindings) {
      binding.destroy();
      this._unmark(element);
    }
    this._bindings.clear();
    this.provider.destroy();
    this._unsaved?.stop();
    void this._offline?.destroy();
    this.doc.destroy();
  }

  private _boardField(wanted?: string): string | undefined {
    const isBoard = (field: string) => {
      try {
        return this.doc.getMap(field).get('type') === BOARD_TYPE;
      } catch {
        return false; // a top-level type that is not ours
      }
    };
    if (wanted) {
      const bound = [...this._bindings.values()].find((binding) => binding.field === wanted || binding.element.id === wanted);
      if (bound && bound.element.localName === BOARD_TYPE) return bound.field;
      return isBoard(wanted) ? wanted : undefined;
    }
    const bound = [...this._bindings.values()].find((binding) => binding.element.localName === BOARD_TYPE);
    if (bound) return bound.field;
    return [...this.doc.share.keys()].find(isBoard);
  }

  private _announceSelf(): void {
    this.provider.setAwarenessField('user', { name: this._name, color: personColor(this.doc.clientID) });
  }

  private _updatePeople(): void {
    const states = this.provider.awareness?.getStates() ?? new Map();
    const people: RoomPerson[] = [];
    const colors = peopleColors([...states.keys()]);
    for (const [id, state] of states) {
      const user = (state as { user?: { name?: unknown } }).user;
      const name = typeof user?.name === 'string' ? user.name.slice(0, 200) : '';
      people.push({ id, name, color: colors.get(id)!, self: id === this.doc.clientID });
    }
    people.sort((a, b) => Number(b.self) - Number(a.self) || a.id - b.id);
    const same = people.length === this._people.length && people.every((person, index) => person.id === this._people[index].id && person.name === this._people[index].name);
    if (same) return;
    this._people = people;
    this.dispatchEvent(new RoomPresenceEvent(this.people));
  }

  private _setReadOnly(readOnly: boolean): void {
    this._readOnly = readOnly;
    for (const element of this._bindings.keys()) {
      if (readOnly) this._markReadOnly(element);
      else this._unmarkReadOnly(element);
    }
  }

  private _markReadOnly(element: Element): void {
    if (element.hasAttribute('readonly')) return;
    element.setAttribute('readonly', '');
    this._markedReadOnly.add(element);
  }

  private _unmarkReadOnly(element: Element): void {
    if (this._markedReadOnly.delete(element)) element.removeAttribute('readonly');
  }

  /** Undoes what binding set on an element that leaves the room. */
  private _unmark(element: Element): void {
    this._unmarkReadOnly(element);
    element.removeAttribute(SHARED_IN_ROOM_ATTRIBUTE);
  }

  private _setStatus(status: RoomStatus, reason: RoomFailure | null): void {
    if (this._destroyed || (status === this._status && reason === this._reason)) return;
    this._status = status;
    this._reason = reason;
    this.dispatchEvent(new RoomStatusEvent(status, reason));
  }
}

/**
 * Connects to a shared room. Bind exercise elements with `room.bind(el)`.
 * @returns the room; `room.disconnect()` leaves it
 */
export function connectRoom(options: RoomOptions): Room {
  return new Room(options);
}

import * as Y from 'yjs';
import type { StateOrigin } from '../core/events.js';
import type { BindableElement } from './binding.js';
import { seedClientId } from './binding.js';
import { readState, writeState } from './yjs-mapping.js';

interface Reading {
  id: string;
  label: string;
  person: string;
  date: string | null;
  answers: Record<string, unknown>;
}

export interface ReadingsOptions {
  /** This device's person id (stable across reloads). */
  personId: string;
  /** The name this person gave (may be empty). */
  name?: string;
  /** Resolves after the first answer from the server. */
  synced?: Promise<unknown>;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A readiness radar where each person answers for themselves: this person's answers stay on
 * this device (the radar's own answers) and go into the room as one reading per person
 * (`readings`, id `person-<personId>`); the radar shows everyone else's answers as readings.
 * The group thus sees each person's answers side by side.
 */
export class ReadingsBinding {
  readonly map: Y.Map<unknown>;
  readonly readingId: string;
  private _name: string;
  private _ready = false;
  private _destroyed = false;
  private readonly _unwatch: () => void;

  constructor(
    readonly element: BindableElement,
    readonly doc: Y.Doc,
    readonly field: string,
    options: ReadingsOptions,
  ) {
    this.map = doc.getMap(field);
    this.readingId = `person-${options.personId}`;
    this._name = options.name ?? '';
    this.map.observeDeep(this._onShared);
    this._unwatch = element.watchState(this._onLocal);
    if (this.map.size) this._applyShared();
    (options.synced ?? Promise.resolve()).then(() => this._start(), () => undefined);
  }

  /** Changes the name on this person's reading. */
  setName(name: string): void {
    this._name = name;
    if (this._ready) this._writeMine();
  }

  destroy(): void {
    if (this._destroyed) return;
    this._destroyed = true;
    this.map.unobserveDeep(this._onShared);
    this._unwatch();
  }

  private _start(): void {
    if (this._destroyed) return;
    this._ready = true;
    // The same skeleton from every device: Yjs keeps it once, so no device's list is lost.
    const skeleton = { type: 'coprod-readiness', version: 1, readings: [] };
    if (!(this.map.get('readings') instanceof Y.Array)) {
      const seed = new Y.Doc({ gc: false });
      seed.clientID = seedClientId(`${this.field}\nreadings`);
      writeState(seed.getMap(this.field), skeleton);
      Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(seed), this);
      seed.destroy();
    }
    this._takeBackMine();
    this._writeMine();
    this._applyShared();
  }

  /**
   * This person's answers that the room already holds (written before a reload, or by another
   * tab of theirs) come back into the radar, so writing this device's answers loses none of
   * them. An answer given here wins over the room's for the same question.
   */
  private _takeBackMine(): void {
    const list = this.map.get('readings');
    const held = list instanceof Y.Array ? (list.toArray() as unknown[]).find((item) => item instanceof Y.Map && item.get('id') === this.readingId) : undefined;
    if (!(held instanceof Y.Map)) return;
    const answers = (readState(held).answers ?? {}) as Record<string, unknown>;
    if (!Object.keys(answers).length) return;
    const current = this.element.value as { answers?: Record<string, unknown> };
    this.element.applyState({ ...current, answers: { ...answers, ...(current.answers ?? {}) } }, 'sync');
  }

  private _mine(): Reading {
    const state = this.element.value as { answers?: Record<string, unknown> };
    const label = this._name || `#${this.readingId.slice(7, 11)}`;
    return { id: this.readingId, label, person: this._name, date: today(), answers: structuredClone(state.answers ?? {}) };
  }

  private _writeMine(): void {
    const list = this.map.get('readings');
    if (!(list instanceof Y.Array)) return;
    const mine = this._mine();
    this.doc.transact(() => {
      const existing = (list.toArray() as unknown[]).find((item) => item instanceof Y.Map && item.get('id') === mine.id);
      if (existing instanceof Y.Map) writeState(existing, mine);
      else {
        const item = new Y.Map<unknown>();
        list.push([item]);
        writeState(item, mine);
      }
    }, this);
  }

  private _onLocal = (state: unknown, origin: StateOrigin) => {
    if (origin === 'sync' || this._destroyed || !this._ready) return;
    this._writeMine();
    // A radar started again (or given a value) no longer shows the others' readings: back they come.
    const ids = (readings: readonly Reading[] = []) => readings.map((reading) => reading.id).join('\n');
    const others = this._othersInRoom();
    if (ids((state as { readings?: Reading[] }).readings) !== ids(others)) this._showOthers(others);
  };

  /** Everyone else's readings, as the room holds them. */
  private _othersInRoom(): Reading[] {
    return ((readState(this.map).readings ?? []) as Reading[]).filter((reading) => reading && reading.id !== this.readingId);
  }

  private _onShared = (_events: unknown, transaction: Y.Transaction) => {
    if (transaction.origin === this || this._destroyed) return;
    this._applyShared();
  };

  private _applyShared(): void {
    this._showOthers(this._othersInRoom());
  }

  private _showOthers(readings: Reading[]): void {
    const current = this.element.value as Record<string, unknown>;
    this.element.applyState({ ...current, readings }, 'sync');
  }
}

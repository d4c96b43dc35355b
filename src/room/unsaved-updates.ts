import * as Y from 'yjs';
import type { IndexeddbPersistence } from 'y-indexeddb';

const KEY_PREFIX = 'coprod-room-unsaved:';
/** Larger than this, the browser's storage would likely refuse it; IndexedDB then has to do. */
const MOST_KEPT_CHARACTERS = 1_000_000;

/** A page's own tag in its key: letters and digits only, so room `x` never takes room `x:b`'s keys. */
const PAGE_TAG = /^[a-z0-9]{8}$/;

/** localStorage keys of updates left behind for the offline copy named `storeName`. */
export function unsavedUpdateKeys(storeName: string): string[] {
  const prefix = `${KEY_PREFIX}${storeName}:`;
  const keys: string[] = [];
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index);
    if (key?.startsWith(prefix) && PAGE_TAG.test(key.slice(prefix.length))) keys.push(key);
  }
  return keys;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * The changes this page made to a room that the browser's offline copy (IndexedDB) has not
 * yet confirmed writing. A page that unloads right after typing aborts those writes, and the
 * last words typed were gone after a reload while the server could not be reached. So when
 * the page is hidden they are kept in `localStorage` (written at once), and the next page
 * with the same room applies them.
 *
 * A write counts as confirmed when a read of the same store, started after it, completes:
 * IndexedDB runs a read after every earlier write to that store has finished.
 */
export class UnsavedUpdates {
  private _unconfirmed: Uint8Array[] = [];
  private _checking = false;
  /** Keys a page before this one left: removed once the offline copy holds what they held. */
  private _leftBehind: string[] = [];
  private readonly _key: string;
  /** This page has put updates under its key (removed again once they are confirmed). */
  private _kept = false;
  private _stopped = false;

  constructor(
    private readonly _doc: Y.Doc,
    private readonly _offline: IndexeddbPersistence,
    private readonly _serverOrigin: unknown,
  ) {
    this._key = `${KEY_PREFIX}${_offline.name}:${Math.random().toString(36).slice(2, 10).padEnd(8, '0')}`;
    _doc.on('update', this._onUpdate);
    this._applyLeftBehind();
    addEventListener('pagehide', this.keep);
    document.addEventListener('visibilitychange', this._onVisibility);
  }

  /** Puts what is not yet confirmed into `localStorage`, for the next page of this room. */
  keep = (): void => {
    if (!this._unconfirmed.length) return;
    try {
      const text = toBase64(Y.mergeUpdates(this._unconfirmed));
      if (text.length > MOST_KEPT_CHARACTERS) return;
      localStorage.setItem(this._key, text);
      this._kept = true;
    } catch {
      // Storage full or blocked: IndexedDB may still finish its writes.
    }
  };

  /** Stops following the document; what is unconfirmed is kept for the next page. */
  stop(): void {
    if (this._stopped) return;
    this.keep();
    this._stopped = true;
    this._doc.off('update', this._onUpdate);
    removeEventListener('pagehide', this.keep);
    document.removeEventListener('visibilitychange', this._onVisibility);
  }

  private _applyLeftBehind(): void {
    let keys: string[];
    try {
      keys = unsavedUpdateKeys(this._offline.name);
    } catch {
      return; // storage blocked
    }
    for (const key of keys) {
      const text = localStorage.getItem(key);
      try {
        if (text) Y.applyUpdate(this._doc, fromBase64(text), this);
        this._leftBehind.push(key);
      } catch {
        // Not an update we can read: leave it be rather than lose it.
      }
    }
    // Removed once the offline copy holds them, also when this document had them already.
    if (this._leftBehind.length) this._confirm();
  }

  private _onVisibility = () => {
    if (document.visibilityState === 'hidden') this.keep();
  };

  private _onUpdate = (update: Uint8Array, origin: unknown) => {
    // What the offline copy loaded, or the server sent, is kept elsewhere already.
    if (origin === this._offline || origin === this._serverOrigin || this._stopped) return;
    this._unconfirmed.push(update);
    this._confirm();
  };

  private _confirm(): void {
    if (this._checking) return;
    this._checking = true;
    void this._offline.whenSynced.then(() => {
      const db = this._offline.db;
      const count = this._unconfirmed.length;
      let check: IDBTransaction;
      try {
        check = db!.transaction('updates', 'readonly');
      } catch {
        this._checking = false;
        return; // closed: the room was left; `stop()` kept what was unconfirmed
      }
      check.oncomplete = () => this._confirmed(count);
      check.onabort = () => (this._checking = false);
    });
  }

  private _confirmed(count: number): void {
    this._checking = false;
    this._unconfirmed.splice(0, count);
    const confirmed = this._leftBehind.splice(0);
    if (this._unconfirmed.length) this._confirm();
    else if (this._kept && !this._stopped) {
      confirmed.push(this._key);
      this._kept = false;
    }
    try {
      for (const key of confirmed) localStorage.removeItem(key);
    } catch {
      // Storage blocked: nothing was kept there either.
    }
  }
}

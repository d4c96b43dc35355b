/**
 * Keeps every element that uses one `storage-key` up to date with the latest save: in
 * other tabs of the same origin (the `storage` event) and on the same page (where no
 * `storage` event fires). Without this, a stale copy in one tab overwrites the other's work.
 */

export interface StorageFollower {
  /** Another tab or element saved `text` under the followed key, over `previous`. */
  storedElsewhere(text: string, previous: string | null): void;
}

const followers = new Map<string, Set<StorageFollower>>();
let listening = false;

function onStorage(event: StorageEvent): void {
  if (event.storageArea !== localStorage || event.key === null || event.newValue === null) return;
  for (const follower of followers.get(event.key) ?? []) follower.storedElsewhere(event.newValue, event.oldValue);
}

/** Starts following saves under `key`; returns a function that stops. */
export function followStorage(key: string, follower: StorageFollower): () => void {
  if (!listening) {
    listening = true;
    window.addEventListener('storage', onStorage);
  }
  let set = followers.get(key);
  if (!set) followers.set(key, (set = new Set()));
  set.add(follower);
  return () => {
    set.delete(follower);
    if (set.size === 0) followers.delete(key);
  };
}

/** Tells the other elements on this page that `from` saved `text` under `key`, over `previous`. */
export function announceSave(key: string, text: string, previous: string | null, from: StorageFollower): void {
  for (const follower of [...(followers.get(key) ?? [])]) {
    if (follower !== from) follower.storedElsewhere(text, previous);
  }
}

/** Whether another element on this page follows saves under `key` (it then hears of each save at once). */
export function followedElsewhere(key: string, from: StorageFollower): boolean {
  const set = followers.get(key);
  return !!set && (set.size > 1 || !set.has(from));
}

/**
 * Saves wait for an idle moment, so typing in a big exercise does not serialise and store the
 * whole state on every keystroke (a burst of keys is saved once). Nothing is lost: waiting
 * saves are written when the page is hidden or left, when the element leaves the page, when
 * another save under the same key arrives, and when code awaits `updateComplete`.
 */
const waitingSaves = new Map<object, () => void>();
let saveTimer = false;
let listeningForLeave = false;

function writeWaitingSaves(): void {
  saveTimer = false;
  for (const write of [...waitingSaves.values()]) write();
}

/** Queues `write` as the waiting save of `owner` (one per owner: a later one replaces it). */
export function saveWhenIdle(owner: object, write: () => void): void {
  waitingSaves.set(owner, write);
  if (saveTimer) return;
  saveTimer = true;
  if (!listeningForLeave) {
    listeningForLeave = true;
    addEventListener('pagehide', writeWaitingSaves);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') writeWaitingSaves();
    });
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(writeWaitingSaves, { timeout: 500 });
  else setTimeout(writeWaitingSaves, 100);
}

/** Forgets the waiting save of `owner` (it has just written). */
export function dropWaitingSave(owner: object): void {
  waitingSaves.delete(owner);
}

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
 * Saves wait until typing pauses, so a big exercise is not serialised and stored on every
 * keystroke (a burst of keys is saved once), but never longer than `MAX_WAIT` while someone
 * keeps typing. Nothing is lost: waiting saves are written when the page is hidden or left,
 * when the element leaves the page, when another save under the same key arrives, and when
 * code awaits `updateComplete`.
 */
const waitingSaves = new Map<object, () => void>();
/** How long typing must pause before a save (ms). */
const QUIET = 300;
/** The longest a save waits while typing goes on (ms). */
const MAX_WAIT = 2000;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let firstWaiting = 0;
let listeningForLeave = false;

function writeWaitingSaves(): void {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  for (const write of [...waitingSaves.values()]) write();
}

function writeWhenIdle(): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(writeWaitingSaves, { timeout: 500 });
  else writeWaitingSaves();
}

/** Queues `write` as the waiting save of `owner` (one per owner: a later one replaces it). */
export function saveWhenIdle(owner: object, write: () => void): void {
  waitingSaves.set(owner, write);
  if (!listeningForLeave) {
    listeningForLeave = true;
    addEventListener('pagehide', writeWaitingSaves);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') writeWaitingSaves();
    });
  }
  const now = performance.now();
  if (saveTimer === undefined) firstWaiting = now;
  else clearTimeout(saveTimer);
  saveTimer = setTimeout(writeWhenIdle, Math.max(0, Math.min(QUIET, firstWaiting + MAX_WAIT - now)));
}

/** Forgets the waiting save of `owner` (it has just written). */
export function dropWaitingSave(owner: object): void {
  waitingSaves.delete(owner);
  if (waitingSaves.size === 0) {
    clearTimeout(saveTimer);
    saveTimer = undefined;
  }
}

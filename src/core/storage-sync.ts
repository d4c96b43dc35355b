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

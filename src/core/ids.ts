/**
 * A new id for an item someone adds: the prefix, the next number and a short random tag
 * (`p16-k3x9`). The tag keeps ids apart when two devices in a shared room, or two tabs
 * offline, add an item at the same moment: counting alone gave both the same id, and one of
 * the two items was lost when their work came together.
 */
export function newItemId(prefix: string, used: readonly { id: string }[]): string {
  const taken = new Set(used.map((item) => item.id));
  let id: string;
  do {
    id = `${prefix}${used.length + 1}-${randomTag(4)}`;
  } while (taken.has(id));
  return id;
}

/** `length` random base-36 characters (`crypto.getRandomValues`, which works on http: pages too). */
export function randomTag(length: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (byte) => (byte % 36).toString(36)).join('');
}

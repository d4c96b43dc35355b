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
    const bytes = crypto.getRandomValues(new Uint8Array(4));
    id = `${prefix}${used.length + 1}-${Array.from(bytes, (byte) => (byte % 36).toString(36)).join('')}`;
  } while (taken.has(id));
  return id;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `next`, with every part that equals the same part of `current` replaced by `current`'s
 * object (items of lists matched by `id`). State from outside (a shared room, another tab, a
 * host) arrives as all new objects; an element then renders again only the rows that really
 * changed, as after a person's own edit. Returns `current` itself when nothing changed.
 */
export function keepUnchangedParts<T>(next: T, current: unknown): T {
  return share(next as Json, current) as T;
}

function share(next: Json, current: unknown): Json {
  if (next === current) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(current)) return next;
    const byId = new Map<unknown, unknown>();
    for (const item of current) if (isRecord(item) && typeof item.id === 'string') byId.set(item.id, item);
    let same = next.length === current.length;
    const kept = next.map((item, index) => {
      const before = isRecord(item) && typeof item.id === 'string' ? byId.get(item.id) : current[index];
      const part = share(item, before);
      if (part !== current[index]) same = false;
      return part;
    });
    return same ? (current as Json[]) : kept;
  }
  if (isRecord(next)) {
    if (!isRecord(current)) return next;
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(current).length;
    const kept: { [key: string]: Json } = {};
    for (const key of keys) {
      const part = share(next[key], current[key]);
      if (part !== current[key] || !(key in current)) same = false;
      kept[key] = part;
    }
    return same ? current : kept;
  }
  return next;
}

import type { InvalidEntry } from './events.js';
import { NAME_LIMIT, TEXT_LIMIT } from './limits.js';
import { messages } from './messages.js';

export type Json = Record<string, unknown>;

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: InvalidEntry[] };

/** Escapes one JSON Pointer segment (RFC 6901). */
export function pointer(parent: string, key: string | number): string {
  return `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in the user's time zone, as `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Collects every fault in a piece of data, each with its path, instead of stopping at
 * the first: a host fixing stored data wants the whole list at once.
 * Each reader returns a usable fallback so validation can go on past a fault.
 */
export class Checker {
  readonly errors: InvalidEntry[] = [];

  get ok(): boolean {
    return this.errors.length === 0;
  }

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  object(value: unknown, path: string): Json | undefined {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Json;
    this.fail(path, messages.notObject());
    return undefined;
  }

  list(value: unknown, path: string, options: { optional?: boolean; max?: number } = {}): unknown[] {
    if (value === undefined && options.optional !== false) return [];
    if (!Array.isArray(value)) {
      this.fail(path, messages.notList());
      return [];
    }
    if (options.max !== undefined && value.length > options.max) {
      this.fail(path, messages.tooMany(options.max));
      return [];
    }
    return value;
  }

  /** Free text; a missing field reads as empty. Longer than the limit is refused, never cut. */
  text(value: unknown, path: string, limit = TEXT_LIMIT): string {
    if (value === undefined) return '';
    if (typeof value !== 'string') {
      this.fail(path, messages.notText());
      return '';
    }
    if (value.length > limit) this.fail(path, messages.tooLong(value.length, limit));
    return value;
  }

  name(value: unknown, path: string): string {
    return this.text(value, path, NAME_LIMIT);
  }

  /** Text per locale code (`{ "en": "…", "nl": "…" }`), each within `limit`; `required` wants one that is not blank. */
  localLabel(value: unknown, path: string, options: { limit?: number; required?: boolean } = {}): Record<string, string> {
    const object = this.object(value, path);
    if (!object) return {};
    const label: Record<string, string> = {};
    for (const [locale, text] of Object.entries(object)) label[locale] = this.text(text, pointer(path, locale), options.limit ?? NAME_LIMIT);
    if (options.required && !Object.values(label).some((text) => text.trim())) this.fail(path, messages.required());
    return label;
  }

  /** A non-empty string id. */
  id(value: unknown, path: string): string {
    if (typeof value !== 'string') {
      this.fail(path, messages.notText());
      return '';
    }
    if (value.trim() === '') this.fail(path, messages.required());
    else if (value.length > NAME_LIMIT) this.fail(path, messages.tooLong(value.length, NAME_LIMIT));
    return value;
  }

  /** Ids must be unique within their list. */
  uniqueIds(items: readonly { id: string }[], path: string): void {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      // An empty id already has its own "required" error.
      if (item.id === '') return;
      if (seen.has(item.id)) this.fail(pointer(pointer(path, index), 'id'), messages.duplicateId(item.id));
      seen.add(item.id);
    });
  }

  boolean(value: unknown, path: string, fallback = false): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.fail(path, messages.notBoolean());
      return fallback;
    }
    return value;
  }

  oneOf<T extends string>(value: unknown, options: readonly T[], path: string): T | undefined {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    this.fail(path, messages.notOneOf(value, options));
    return undefined;
  }

  /** One of the options, or `null`; a missing field reads as `null`. */
  oneOfOrNull<T extends string>(value: unknown, options: readonly T[], path: string): T | null {
    if (value === null || value === undefined) return null;
    return this.oneOf(value, options, path) ?? null;
  }

  date(value: unknown, path: string): string {
    if (isIsoDate(value)) return value;
    this.fail(path, messages.notDate(value));
    return '';
  }

  dateOrNull(value: unknown, path: string): string | null {
    if (value === null || value === undefined) return null;
    return this.date(value, path) || null;
  }

  wholeNumberOrNull(value: unknown, path: string, min: number, max: number): number | null {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    this.fail(path, messages.notWholeNumber(min, max));
    return null;
  }

  /** A photo or link: only `https:` and `data:image/*` URLs. */
  safeUrlOrNull(value: unknown, path: string, limit = 2_000_000): string | null {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string') {
      this.fail(path, messages.notText());
      return null;
    }
    if (!isSafeImageUrl(value)) {
      this.fail(path, messages.badUrl());
      return null;
    }
    if (value.length > limit) this.fail(path, messages.tooLong(value.length, limit));
    return value;
  }
}

/**
 * Accepts only `https:` URLs and inline pictures (`data:image/<type>`), as the contract says.
 * A picture shown by `<img>` runs no script, SVG included.
 */
export function isSafeImageUrl(value: string): boolean {
  if (/^data:image\/[a-z0-9.+-]+(;[a-z0-9.+=-]+)*,/i.test(value)) return true;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Describes one exercise's state: its header, its empty form, how to read (and
 * normalise) data, and how to migrate older versions forward.
 */
export interface StateSchema<S> {
  readonly type: string;
  readonly version: number;
  empty(): S;
  /** Reads the fields after the header was checked; reports faults on `check`. */
  read(data: Json, check: Checker): S;
  /** `migrations[n]` turns version n data into version n + 1. */
  readonly migrations?: Readonly<Record<number, (data: Json) => Json>>;
}

/** Checks header, migrates older versions, then reads the fields. Never throws. */
export function parseState<S>(schema: StateSchema<S>, data: unknown): Validation<S> {
  const check = new Checker();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, errors: [{ path: '', message: messages.notExercise() }] };
  }
  let json = data as Json;
  if (json.type !== schema.type) {
    return { ok: false, errors: [{ path: '/type', message: messages.wrongType(schema.type, json.type) }] };
  }
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, errors: [{ path: '/version', message: messages.unknownVersion(version) }] };
  }
  if (version > schema.version) {
    return { ok: false, errors: [{ path: '/version', message: messages.newerVersion(version, schema.version) }] };
  }
  for (let step = version; step < schema.version; step++) {
    const migrate = schema.migrations?.[step];
    if (!migrate) return { ok: false, errors: [{ path: '/version', message: messages.unknownVersion(version) }] };
    json = migrate(json);
  }
  try {
    const value = schema.read(json, check);
    return check.ok ? { ok: true, value } : { ok: false, errors: check.errors };
  } catch {
    // A reader hit a shape it did not expect; the data is refused as a whole.
    return { ok: false, errors: check.errors.length ? check.errors : [{ path: '', message: messages.notExercise() }] };
  }
}

/** Parses JSON text, then the state. */
export function parseStateText<S>(schema: StateSchema<S>, text: string): Validation<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: '', message: messages.notJson() }] };
  }
  return parseState(schema, data);
}

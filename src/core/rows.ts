import { noChange, type ChildPart } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import { getCommittedValue, setChildPartValue } from 'lit/directive-helpers.js';
import { repeat } from 'lit/directives/repeat.js';

/** What a row is rendered from, besides its item. */
export interface RowOptions<T> {
  /** Values every row depends on (the language, the mode): when one changes, every row renders again. */
  shared?: readonly unknown[];
  /**
   * One more thing a row depends on, compared by identity (e.g. the row's placement in a
   * drawing, or its index when the row shows its number).
   */
  inputOf?: (item: T, index: number) => unknown;
}

type RowArguments = [items: readonly unknown[], keyOf: (item: unknown) => string, renderRow: (item: unknown, index: number) => unknown, options: RowOptions<unknown>];

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A keyed list for long lists where one edit changes one row. A row renders again only when
 * its item or its input is a new object, or when a shared value changed; the others are not
 * touched at all. While the keys stay the same and in the same order (typing in a row) the
 * changed rows are set directly: no keyed diff over every row and no guard per row. When keys
 * come, go or move, `repeat` moves the rows' DOM, and unchanged rows still skip rendering.
 */
class RowsDirective extends Directive {
  private _keys: string[] = [];
  private _items: readonly unknown[] = [];
  private _inputs: unknown[] = [];
  private _shared: readonly unknown[] | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('rows() can only be used in text expressions');
  }

  render(items: readonly unknown[], keyOf: (item: unknown) => string, renderRow: (item: unknown, index: number) => unknown, options: RowOptions<unknown>): unknown {
    void options;
    return repeat(items, keyOf, renderRow);
  }

  override update(part: ChildPart, [items, keyOf, renderRow, { shared = [], inputOf }]: RowArguments): unknown {
    const sharedSame = this._shared !== undefined && sameValues(this._shared, shared);
    this._shared = shared;
    const parts = getCommittedValue(part);
    if (sharedSame && Array.isArray(parts) && parts.length === items.length && this._items.length === items.length && this._updateInPlace(parts as ChildPart[], items, keyOf, renderRow, inputOf)) {
      return noChange;
    }
    // Keys came, went or moved (or the shared values changed): repeat moves the DOM; a row it
    // keeps gets `noChange` when nothing it depends on changed.
    const before = new Map<string, number>();
    this._keys.forEach((key, index) => before.set(key, index));
    const count = items.length;
    const keys: string[] = new Array(count);
    const inputs: unknown[] = new Array(count);
    const values: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const item = items[i];
      const key = keyOf(item);
      const input = inputOf?.(item, i);
      const was = before.get(key);
      keys[i] = key;
      inputs[i] = input;
      values[i] = sharedSame && was !== undefined && this._items[was] === item && this._inputs[was] === input ? noChange : renderRow(item, i);
    }
    this._keys = keys;
    this._items = items;
    this._inputs = inputs;
    return repeat(
      items,
      (_item, index) => keys[index],
      (_item, index) => values[index],
    );
  }

  /** Renders the rows whose item or input changed, if every key is where it was; `false` if not. */
  private _updateInPlace(
    parts: ChildPart[],
    items: readonly unknown[],
    keyOf: (item: unknown) => string,
    renderRow: (item: unknown, index: number) => unknown,
    inputOf?: (item: unknown, index: number) => unknown,
  ): boolean {
    const previous = this._items;
    const changed: number[] = [];
    const changedInputs: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const input = inputOf?.(item, i);
      if (item === previous[i] && input === this._inputs[i]) continue;
      if (item !== previous[i] && keyOf(item) !== this._keys[i]) return false;
      changed.push(i);
      changedInputs.push(input);
    }
    this._items = items;
    changed.forEach((index, n) => {
      this._inputs[index] = changedInputs[n];
      setChildPartValue(parts[index], renderRow(items[index], index));
    });
    return true;
  }
}

const rowsDirective = directive(RowsDirective);

/**
 * `repeat(items, keyOf, renderRow)` that renders only the rows whose item (or `inputOf(item)`)
 * is a new object, or all rows when a value in `shared` changed.
 */
export function rows<T>(items: readonly T[], keyOf: (item: T) => string, renderRow: (item: T, index: number) => unknown, options: RowOptions<T> = {}): DirectiveResult<typeof RowsDirective> {
  return rowsDirective(items, keyOf as (item: unknown) => string, renderRow as (item: unknown, index: number) => unknown, options as RowOptions<unknown>);
}

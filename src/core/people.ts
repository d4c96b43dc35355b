import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * A page's people, typed once and offered everywhere a name is asked for: the names of a
 * support circle become suggestions (`<datalist>`) for the action plan's "who", the card
 * keeper and a card's name, and a reading's person. Optional and loose: no element needs
 * another, and suggestions never limit what may be typed.
 *
 * Where the names come from, first found wins:
 * 1. the element's `people="ID"` attribute: the `coprod-support-circle` with that id in the
 *    same document or shadow root;
 * 2. otherwise, inside a `coprod-room`: the first `coprod-support-circle` in that room.
 *
 * The source is read through its public API only (`value`, `watchState`), so `core/` does not
 * import the support circle.
 */

/** What the controller needs of a people source: a support circle, read through its public API. */
interface PeopleSource extends HTMLElement {
  value: { people?: { name?: unknown }[] };
  watchState?: (listener: () => void) => () => void;
}

const CIRCLE = 'coprod-support-circle';

/** The distinct, non-empty names in a circle's state, in its order. */
export function namesOf(state: { people?: { name?: unknown }[] } | undefined): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const person of state?.people ?? []) {
    const name = typeof person.name === 'string' ? person.name.trim() : '';
    const key = name.toLocaleLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** Finds the people source for `host`, as described above; `null` when there is none. */
export function findPeopleSource(host: HTMLElement): PeopleSource | null {
  const id = host.getAttribute('people');
  if (id) {
    const root = host.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(id) ?? null;
    return found && found.localName === CIRCLE ? (found as PeopleSource) : null;
  }
  const room = host.closest('coprod-room');
  return room ? (room.querySelector(CIRCLE) as PeopleSource | null) : null;
}

let lists = 0;

/**
 * Keeps the names of the page's people source up to date for one element. Render
 * `datalist()` once in the element's template and pass `listId` to a text field's `list`.
 */
export class PeopleController implements ReactiveController {
  /** The suggested names (empty when there is no source). */
  names: string[] = [];
  /** The id of the element's `<datalist>`, unique on the page. */
  readonly listId = `coprod-people-${++lists}`;

  private _source: PeopleSource | null = null;
  private _stop: (() => void) | undefined;
  /** The `people` attribute the source was looked up for. */
  private _id: string | null = null;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    // The circle may be defined, or connected, after this element: look again then.
    if (!customElements.get(CIRCLE)) void customElements.whenDefined(CIRCLE).then(() => this.refresh());
    else queueMicrotask(() => this.refresh());
  }

  hostDisconnected(): void {
    this._stop?.();
    this._stop = undefined;
    this._source = null;
  }

  /** A changed `people` attribute (a reactive property of the element) names another source. */
  hostUpdate(): void {
    if (this.host.getAttribute('people') !== this._id) this.refresh();
  }

  /** Looks up the source again (e.g. after the `people` attribute changed) and reads its names. */
  refresh(): void {
    this._id = this.host.getAttribute('people');
    const source = this.host.isConnected ? findPeopleSource(this.host) : null;
    if (source !== this._source) {
      this._stop?.();
      this._stop = undefined;
      this._source = source;
      if (source && typeof source.watchState === 'function') this._stop = source.watchState(() => this._read());
    }
    this._read();
  }

  /** The `<datalist>` with the names, or nothing when there are none. */
  datalist(): TemplateResult | typeof nothing {
    if (!this.names.length) return nothing;
    return html`<datalist id=${this.listId}>${this.names.map((name) => html`<option value=${name}></option>`)}</datalist>`;
  }

  /** The `list` to give a name field: the datalist's id when there are names. */
  get list(): string | undefined {
    return this.names.length ? this.listId : undefined;
  }

  private _read(): void {
    let names: string[] = [];
    try {
      names = this._source ? namesOf(this._source.value) : [];
    } catch {
      names = [];
    }
    if (names.join('\n') !== this.names.join('\n')) {
      this.names = names;
      this.host.requestUpdate();
    }
  }
}

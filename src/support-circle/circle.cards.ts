import type { ReactiveController, ReactiveElement } from 'lit';
import { watchPage } from '../core/page-watch.js';

/**
 * The profile cards on the page, by name: a person in the circle whose name is on a
 * `coprod-profile-card` in the same document (or shadow root) can open that card. Optional and
 * loose, like the people list: without cards nothing shows. Cards are read through their
 * public API (`value`, `watchState`), so the circle does not import the profile card.
 */

interface CardLike extends HTMLElement {
  value: { name?: unknown };
  watchState?: (listener: (state: { name?: unknown }) => void) => () => void;
}

const CARD = 'coprod-profile-card';

/** How names are compared: spaces and case do not count. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export class ProfileCardsController implements ReactiveController {
  private readonly _names = new Map<CardLike, string>();
  private readonly _stops = new Map<CardLike, () => void>();
  private _stopWatch: (() => void) | undefined;
  /** The names as last told to the host, so unchanged names cause no render. */
  private _key = '';

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    this._stopWatch = watchPage(root, () => this.host.isConnected && this._scan());
    this._scan();
    if (!customElements.get(CARD)) void customElements.whenDefined(CARD).then(() => this._scan());
  }

  hostDisconnected(): void {
    this._stopWatch?.();
    this._stopWatch = undefined;
    for (const stop of this._stops.values()) stop();
    this._stops.clear();
    this._names.clear();
    this._key = '';
  }

  /** The names of the cards on the page, as one text: it changes when a card comes, goes or is renamed. */
  get names(): string {
    return this._key;
  }

  /** The first card on the page with this name (ignoring case and spaces), if any. */
  cardOf(name: string): HTMLElement | undefined {
    if (this._names.size === 0) return undefined;
    const key = nameKey(name);
    if (!key) return undefined;
    for (const [card, cardName] of this._names) if (cardName === key) return card;
    return undefined;
  }

  private _scan(): void {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const cards = new Set(([...root.querySelectorAll(CARD)] as CardLike[]).filter((card) => typeof card.watchState === 'function'));
    for (const [card, stop] of this._stops) {
      if (cards.has(card)) continue;
      stop();
      this._stops.delete(card);
      this._names.delete(card);
    }
    for (const card of cards) {
      if (this._stops.has(card)) continue;
      this._names.set(card, nameKey(String(card.value.name ?? '')));
      this._stops.set(
        card,
        card.watchState!((state) => {
          this._names.set(card, nameKey(String(state.name ?? '')));
          this._changed();
        }),
      );
    }
    this._changed();
  }

  private _changed(): void {
    const key = [...this._names.values()].sort().join('\n');
    if (key === this._key) return;
    this._key = key;
    this.host.requestUpdate();
  }
}

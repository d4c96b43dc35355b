import type { ReactiveController, ReactiveElement } from 'lit';
import { watchPage } from '../core/page-watch.js';
import type { ProfileSection, ProfileShow, ProfileState } from './profile-card.types.js';

/**
 * A group's profile cards on one page. Cards that name the same template card
 * (`template="ID"`) form a group with it:
 * - each card shows the template card's sections (ids, titles, order) and its choice of photo
 *   and age, so nobody is asked for more or less than anyone else;
 * - a card with `gallery` shows the group's cards side by side, read-only.
 *
 * The template card is an ordinary `coprod-profile-card` (often the facilitator's own): the
 * group sets its sections once, with the card's own tools. Cards are read through their
 * public API only (`value`, `watchState`), and follow every change.
 */

/** The part of a card a group shares: which sections, in which order, and what the card shows. */
export interface ProfileTemplate {
  sections: Pick<ProfileSection, 'id' | 'title'>[];
  show: ProfileShow;
}

/** What the controller needs of a card on the page. */
interface CardLike extends HTMLElement {
  value: ProfileState;
  watchState?: (listener: (state: Readonly<ProfileState>) => void) => () => void;
}

const CARD = 'coprod-profile-card';

/** The template a card's state sets for its group. */
export function templateOf(state: Readonly<ProfileState>): ProfileTemplate {
  return {
    sections: state.sections.map((section) => (section.title === undefined ? { id: section.id } : { id: section.id, title: section.title })),
    show: { ...state.show },
  };
}

/**
 * A card's sections as the template orders them: the template's ids and titles, the card's own
 * items (an empty item where the card has none yet). Sections the template lacks are left out.
 */
export function sectionsByTemplate(state: Readonly<ProfileState>, template: ProfileTemplate): ProfileSection[] {
  const own = new Map(state.sections.map((section) => [section.id, section]));
  return template.sections.map((section) => ({ ...section, items: own.get(section.id)?.items ?? [''] }));
}

export class ProfileGroupController implements ReactiveController {
  /** The group's template, while this card follows one. */
  template: ProfileTemplate | undefined;
  /** The group's cards in page order, each with its latest state (gallery only). */
  members: { card: HTMLElement; state: Readonly<ProfileState> }[] = [];

  private _templateKey = '';
  private _source: CardLike | null = null;
  private _stopSource: (() => void) | undefined;
  private _stopMembers: (() => void)[] = [];
  private _memberCards: CardLike[] = [];
  private _stopWatch: (() => void) | undefined;
  private _looked: string | undefined;

  constructor(
    private readonly host: ReactiveElement & { template: string | null; gallery: boolean },
  ) {
    host.addController(this);
  }

  /** The group's id: the template card's id. */
  get groupId(): string | null {
    return this.host.template || null;
  }

  hostConnected(): void {
    this.refresh();
    if (!customElements.get(CARD)) void customElements.whenDefined(CARD).then(() => this.refresh());
    // Cards later in the page are not upgraded yet: look again once they are.
    else queueMicrotask(() => this.host.isConnected && this.refresh());
  }

  hostDisconnected(): void {
    this._stopAll();
    this._stopWatch?.();
    this._stopWatch = undefined;
    this._looked = undefined;
  }

  hostUpdate(): void {
    const wanted = `${this.host.template ?? ''}|${this.host.gallery}`;
    if (wanted !== this._looked) this.refresh();
  }

  /** Looks up the template card and (for a gallery) the group's cards again. */
  refresh(): void {
    this._looked = `${this.host.template ?? ''}|${this.host.gallery}`;
    const root = this.host.isConnected ? (this.host.getRootNode() as Document | ShadowRoot) : null;
    const groupId = this.groupId;
    this._watchPage(root, groupId);
    const sourceId = this.host.template;
    const found = root && sourceId ? (root.getElementById?.(sourceId) ?? null) : null;
    const source = found && found !== this.host && found.localName === CARD && typeof (found as CardLike).watchState === 'function' ? (found as CardLike) : null;
    if (source !== this._source) {
      this._stopSource?.();
      this._stopSource = undefined;
      this._source = source;
      if (source) this._stopSource = source.watchState!((state) => this._readTemplate(state));
    }
    this._readTemplate(source ? source.value : undefined);
    this._readMembers(root, groupId);
  }

  private _readTemplate(state: Readonly<ProfileState> | undefined): void {
    const template = state ? templateOf(state) : undefined;
    // Typing in the template card's items changes nothing here: only its sections and choices count.
    const key = template ? JSON.stringify(template) : '';
    if (key === this._templateKey) return;
    this._templateKey = key;
    this.template = template;
    this.host.requestUpdate();
  }

  private _readMembers(root: Document | ShadowRoot | null, groupId: string | null): void {
    const cards =
      root && groupId && this.host.gallery
        ? ([...root.querySelectorAll(CARD)] as CardLike[]).filter(
            (card) => card !== (this.host as unknown as CardLike) && !card.hasAttribute('gallery') && typeof card.watchState === 'function' && (card.id === groupId || card.getAttribute('template') === groupId),
          )
        : [];
    if (cards.length === this._memberCards.length && cards.every((card, index) => card === this._memberCards[index])) return;
    for (const stop of this._stopMembers) stop();
    this._memberCards = cards;
    this.members = cards.map((card) => ({ card, state: card.value }));
    this._stopMembers = cards.map((card, index) =>
      card.watchState!((state) => {
        this.members = this.members.map((member, i) => (i === index ? { card, state } : member));
        this.host.requestUpdate();
      }),
    );
    this.host.requestUpdate();
  }

  /** Cards come and go, and ids and templates change: a grouped card looks again after such a change. */
  private _watchPage(root: Document | ShadowRoot | null, groupId: string | null): void {
    if (!root || !groupId) {
      this._stopWatch?.();
      this._stopWatch = undefined;
      return;
    }
    this._stopWatch ??= watchPage(root, () => this.host.isConnected && this.refresh(), ['id', 'template', 'gallery']);
  }

  private _stopAll(): void {
    this._stopSource?.();
    this._stopSource = undefined;
    this._source = null;
    for (const stop of this._stopMembers) stop();
    this._stopMembers = [];
    this._memberCards = [];
    this.members = [];
  }
}

import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { ensureLocalization } from '../core/localization.js';
import { NAME_LIMIT } from '../core/limits.js';
import { controlStyles, tokenStyles } from '../core/tokens.styles.js';
import { readCardWithoutTaking, type CoprodSubmitEvent } from '../core/events.js';
import { isBindable } from './binding.js';
import { connectRoom, type Room } from './room.js';
import { RoomPresenceEvent, RoomStatusEvent, type RoomFailure, type RoomPerson, type RoomStatus } from './room.events.js';

const NAME_STORAGE_KEY = 'coprod-room-name';

/** Exercise elements the room syncs: every `coprod-*` element with the state API, except rooms. */
function isExercise(el: Element): boolean {
  return el.localName.startsWith('coprod-') && el.localName !== 'coprod-room';
}

/**
 * An opportunity card is personal while it is being written: without an `id` it is not
 * shared, it only hands its cards in to the room's board. With an `id` a group writes it together.
 */
function isSharedByDefault(el: Element): boolean {
  return el.localName !== 'coprod-opportunity-card' || el.id !== '';
}

/**
 * A shared room: every coprod exercise element inside it is synced, live, with everyone who
 * opens the same room on the same server, under a field named by the element's `id`, else its
 * tag. Elements added later are synced too. The room shows how the connection stands (also to
 * screen readers, politely) and who is here, by the names people give (a name is never required).
 * Changes made offline are kept in this browser and sent when the connection returns.
 * With a read-only token the exercises are shown `readonly`, and the status says why.
 * Opportunity cards without an `id` stay personal and hand their cards in to the room's board.
 * A readiness radar with `data-room="readings"` keeps each person's answers their own and
 * shares them as one reading per person; after a reload (or in a second tab) the person gets
 * their answers back from the room.
 *
 * @tagname coprod-room
 * @summary Connects the exercises inside it to a shared room on a Hocuspocus server.
 *
 * @attr {string} server - The room server's address, e.g. `wss://sync.example.org`.
 * @attr {string} room - The room's name; everyone with the same name (and server) shares the exercises.
 * @attr {string} token - The access token the server expects for this room.
 * @attr {string} name - The name shown to others in the room (optional; the person can change it).
 * @attr {boolean} no-offline-copy - Keep nothing of the room in this browser (for shared computers): no offline editing, no restore on reload.
 *
 * @fires {RoomStatusEvent} coprod-room-status - The connection status changed; `detail: { status, reason }`.
 * @fires {RoomPresenceEvent} coprod-room-presence - Someone joined, left or changed their name; `detail: { people }`.
 *
 * @slot - The exercise elements to share.
 *
 * @csspart bar - The bar with the status, the people and the name field.
 * @csspart status - The connection status.
 * @csspart people - The list of people in the room.
 * @csspart name-field - The "Your name" field.
 *
 * @cssproperty [--coprod-room-bar-background=var(--coprod-color-surface-alt)] - Background of the room's bar.
 */
export class CoprodRoom extends LitElement {
  static override styles = [
    tokenStyles,
    controlStyles,
    css`
      :host {
        background: transparent;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) * 2);
        align-items: flex-end;
        justify-content: space-between;
        padding: var(--_space) calc(var(--_space) * 2);
        margin-block-end: calc(var(--_space) * 2);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--coprod-room-bar-background, var(--_surface-alt));
      }
      .status {
        margin: 0;
        flex: 1 1 18rem;
      }
      .status[data-status='failed'] {
        color: var(--_danger);
      }
      .status[data-status='offline'] {
        color: var(--_warning);
      }
      .people {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        align-items: center;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .people li {
        display: inline-flex;
        align-items: center;
        gap: 0.35em;
      }
      .dot {
        inline-size: 0.9em;
        block-size: 0.9em;
        border-radius: 50%;
        border: 2px solid var(--_surface);
        outline: 1px solid var(--_text);
        flex: none;
      }
      .name-field {
        display: grid;
        gap: 0.15em;
      }
      .name-field input {
        inline-size: 14rem;
        max-inline-size: 100%;
      }
      @media (forced-colors: active) {
        .dot {
          forced-color-adjust: none;
          outline-color: CanvasText;
        }
      }
    `,
  ];

  /** The room server's address, e.g. `wss://sync.example.org`. */
  @property({ reflect: true }) server = '';
  /** The room's name. */
  @property({ reflect: true }) room = '';
  /** The access token for the room. */
  @property() token = '';
  /** The name shown to others (optional). */
  @property() name = '';
  /** Keep nothing of the room in this browser (for shared computers). */
  @property({ type: Boolean, attribute: 'no-offline-copy' }) noOfflineCopy = false;

  @state() private _status: RoomStatus = 'connecting';
  @state() private _reason: RoomFailure | null = null;
  @state() private _people: RoomPerson[] = [];
  @state() private _typedName = '';

  private _room: Room | undefined;
  private _observer: MutationObserver | undefined;

  constructor() {
    super();
    ensureLocalization();
    updateWhenLocaleChanges(this);
  }

  /** The connection to the room, for script (`room.bind(el)`, `room.doc`); `undefined` until connected. */
  get connection(): Room | undefined {
    return this._room;
  }

  /** How the connection stands now. */
  get status(): RoomStatus {
    return this._status;
  }

  /** Who is in the room now (this page first). */
  get people(): RoomPerson[] {
    return this._people.map((person) => ({ ...person }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('coprod-submit', this._onSubmit);
    this._observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) this._bindWithin(node);
        for (const node of record.removedNodes) if (node instanceof Element) this._unbindWithin(node);
      }
    });
    this._observer.observe(this, { childList: true, subtree: true });
    if (this.hasUpdated) this._connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('coprod-submit', this._onSubmit);
    this._observer?.disconnect();
    this._leave();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The name given by the page, else the one this person typed last time.
    if (!this.hasUpdated || (changed.has('name') && this.name)) this._typedName = this.name || this._typedName || this._rememberedName();
    if (changed.has('server') || changed.has('room') || changed.has('token') || changed.has('noOfflineCopy')) this._connect();
    else if ((changed as PropertyValues).has('_typedName')) this._room?.setName(this._typedName);
  }

  override render(): TemplateResult {
    return html`<div class="bar" part="bar">
        <p class="status" part="status" role="status" data-status=${this._status}>${this._statusText()}</p>
        ${this._renderPeople()}
        <label class="name-field" part="name-field">
          <span>${msg('Your name (optional)')}</span>
          <input
            type="text"
            autocomplete="nickname"
            maxlength=${NAME_LIMIT}
            .value=${this._typedName}
            @change=${this._onNameChange}
          />
        </label>
      </div>
      <slot></slot>`;
  }

  private _renderPeople(): TemplateResult | typeof nothing {
    if (!this._room) return nothing;
    const others = this._people.filter((person) => !person.self).length;
    return html`<div class="presence">
      <span id="people-label">${others === 0 ? msg('Only you are here.') : others === 1 ? msg('You and 1 other person are here:') : msg(str`You and ${others} other people are here:`)}</span>
      ${others === 0
        ? nothing
        : html`<ul class="people" part="people" aria-labelledby="people-label">
            ${this._people.map(
              (person) =>
                html`<li>
                  <span class="dot" style=${styleMap({ background: person.color })} aria-hidden="true"></span>
                  <span>${person.self ? (person.name ? msg(str`${person.name} (you)`) : msg('You')) : person.name || msg('Someone without a name')}</span>
                </li>`,
            )}
          </ul>`}
    </div>`;
  }

  private _statusText(): string {
    if (!this.server || !this.room) return msg('This shared room has no server or room name yet, so nothing is shared.');
    switch (this._status) {
      case 'connected':
        return this._room?.readOnly
          ? msg('Connected. You can see this shared room, but you cannot change it. Your access code (token) is only for reading.')
          : msg('Connected. Your changes are shared with everyone in this room.');
      case 'offline':
        return this._room?.readOnly
          ? msg('Offline. You see the shared room as it was when you were last connected.')
          : msg('Offline. Your changes are kept in this browser and sent when the connection returns.');
      case 'failed':
        if (this._reason === 'expired') return msg('Could not join the shared room: the access code (token) has expired. Ask the person who invited you for a new link.');
        if (this._reason === 'token') return msg('Could not join the shared room: the server did not accept the access code (token). Ask the person who invited you for the right link.');
        if (this._reason === 'room-name') return msg('The server does not accept the name of this shared room. Ask the person who made this page to check it.');
        if (this._reason === 'deleted') return msg('This shared room has been removed. Nothing is shared any more. Ask the person who invited you if there is a new room.');
        return this.noOfflineCopy || this._room?.readOnly
          ? msg('Could not reach the room server. Trying again.')
          : msg('Could not reach the room server. Trying again. Your changes are kept in this browser.');
      default:
        return msg('Connecting to the shared room…');
    }
  }

  private _connect(): void {
    this._leave();
    if (!this.server || !this.room || !this.isConnected) return;
    const room = connectRoom({ url: this.server, room: this.room, token: this.token, name: this._typedName, keepOffline: !this.noOfflineCopy });
    this._room = room;
    this._status = room.status;
    this._reason = room.reason;
    room.addEventListener(RoomStatusEvent.eventName, this._onStatus);
    room.addEventListener(RoomPresenceEvent.eventName, this._onPresence);
    this._bindWithin(this);
  }

  private _leave(): void {
    const room = this._room;
    if (!room) return;
    room.removeEventListener(RoomStatusEvent.eventName, this._onStatus);
    room.removeEventListener(RoomPresenceEvent.eventName, this._onPresence);
    room.disconnect();
    this._room = undefined;
    this._people = [];
    this._status = 'connecting';
    this._reason = null;
  }

  /** Binds `root` (if it is an exercise) and every exercise inside it; elements not defined yet are bound once they are. */
  private _bindWithin(root: Element): void {
    const candidates = [root, ...root.querySelectorAll('*')].filter((el) => el !== this && isExercise(el) && isSharedByDefault(el));
    for (const el of candidates) {
      if (isBindable(el)) this._bind(el);
      else if (el.localName.includes('-') && !customElements.get(el.localName)) {
        void customElements.whenDefined(el.localName).then(() => {
          if (isBindable(el)) this._bind(el);
        });
      }
    }
  }

  private _bind(el: Element): void {
    const room = this._room;
    if (!room || !this.contains(el) || room.boundElements.includes(el)) return;
    // A radar marked data-room="readings": each person answers for themselves (one reading each).
    const readings = el.localName === 'coprod-readiness-radar' && el.getAttribute('data-room') === 'readings';
    room.bind(el, undefined, { mode: readings ? 'readings' : 'shared' });
  }

  private _unbindWithin(root: Element): void {
    const room = this._room;
    if (!room) return;
    for (const el of room.boundElements) if (root === el || root.contains(el)) room.unbind(el);
  }

  private _onStatus = (event: Event) => {
    const { status, reason } = (event as RoomStatusEvent).detail;
    this._status = status;
    this._reason = reason;
    this.dispatchEvent(new RoomStatusEvent(status, reason));
  };

  private _onPresence = (event: Event) => {
    const { people } = (event as RoomPresenceEvent).detail;
    this._people = people;
    this.dispatchEvent(new RoomPresenceEvent(people));
  };

  /** A card handed in inside the room goes to the room's board, from every member's device. */
  private _onSubmit = (event: CoprodSubmitEvent) => {
    const card = event.composedPath()[0];
    if (!(card instanceof Element) || card.localName !== 'coprod-opportunity-card' || !this._room) return;
    // Reading `detail.value` would tell the card it was taken, also when no board in the room takes it.
    const value = typeof event[readCardWithoutTaking] === 'function' ? event[readCardWithoutTaking]() : event.detail.value;
    if (this._room.handIn(value, card.getAttribute('board') ?? undefined)) event.preventDefault();
  };

  private _onNameChange = (event: Event) => {
    const name = (event.target as HTMLInputElement).value.trim().slice(0, NAME_LIMIT);
    this._typedName = name;
    try {
      localStorage.setItem(NAME_STORAGE_KEY, name);
    } catch {
      // Not remembering the name is fine.
    }
  };

  private _rememberedName(): string {
    try {
      return localStorage.getItem(NAME_STORAGE_KEY) ?? '';
    } catch {
      return '';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coprod-room': CoprodRoom;
  }
}

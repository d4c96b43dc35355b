import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { CoprodElement, fieldId } from '../core/coprod-element.js';
import { downloadCsv, toCsv } from '../core/export.js';
import { localFileName } from '../core/exercise-names.js';
import { NAME_LIMIT } from '../core/limits.js';
import { PeopleController } from '../core/people.js';
import { formatDate, getLocale } from '../core/localization.js';
import { RovingFocusController } from '../core/roving-focus.js';
import { isIsoDate, type StateSchema } from '../core/validate.js';
import { boardSchema, csvRows, filterCards, groupByMeeting, meetingsOf, parseCardInput, stepStatus, updateCard, withCard, type CsvLabels } from './board.state.js';
import { boardStyles } from './board.styles.js';
import { boardPrintStyles, renderBoardPrint } from './board.print.js';
import { renderPrintNameLine } from '../core/print.js';
import { statuses, type BoardCard, type CardInput, type MeetingGroup, type OpportunityBoardState, type OpportunityCardState, type OpportunityStatus } from './opportunity.types.js';

/** Strings every card uses, looked up once per render rather than once per card. */
interface CardLabels {
  status: Record<OpportunityStatus, string>;
  anonymous: string;
  noIdea: string;
  wantsToJoin: string;
  change: string;
  date: (isoDate: string) => string;
}

/** A person raising a hand: "wants to help", shown with its text, never by colour alone. */
const joinIcon = html`<svg class="join-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="10" cy="4.5" r="2.6"></circle><path d="M10 9v7m0 0-3 6m3-6 3 6m-3-11.5-4 4.5m4-4.5 6.5-5.5"></path></svg>`;

const statusKeys: Record<string, OpportunityStatus> = { 1: 'new', 2: 'discussed', 3: 'taken-up', 4: 'parked' };

function statusLabels(): Record<OpportunityStatus, string> {
  return { new: msg('New'), discussed: msg('Discussed'), 'taken-up': msg('Taken up'), parked: msg('Parked') };
}

/**
 * Card labels per locale, shared by every board on the page: the same object while the
 * locale stays (so unchanged cards skip re-rendering), and each date formatted once.
 */
const labelsByLocale = new Map<string, CardLabels>();

function cardLabels(): CardLabels {
  const locale = getLocale();
  let labels = labelsByLocale.get(locale);
  if (labels) return labels;
  const dates = new Map<string, string>();
  labels = {
    status: statusLabels(),
    anonymous: msg('Anonymous'),
    noIdea: msg('(no idea written)'),
    wantsToJoin: msg('Wants to help'),
    change: msg('Move or plan'),
    date: (isoDate) => {
      let text = dates.get(isoDate);
      if (text === undefined) dates.set(isoDate, (text = formatDate(isoDate)));
      return text;
    },
  };
  labelsByLocale.set(locale, labels);
  return labels;
}

/**
 * The card keeper's board: the opportunity cards people handed in, grouped by meeting and
 * sorted by status (new, discussed, taken up, parked). The keeper plans cards for a meeting,
 * moves them on by keyboard or by dragging, sees at a glance who wants to help, and exports
 * the list as CSV or prints it as a meeting list.
 *
 * @tagname coprod-opportunity-board
 * @summary Opportunity card board for the card keeper ("kaartenhouder").
 *
 * @csspart header - Title and the card keeper's name.
 * @csspart filters - The status and meeting filters.
 * @csspart meeting - One meeting's group of cards.
 * @csspart column - One status column within a meeting.
 * @csspart card - One card on the board.
 * @csspart join - The "wants to help" sign on a card.
 *
 * @cssproperty [--coprod-opportunity-board-card-background=var(--coprod-color-surface)] - Background of a card on the board.
 * @cssproperty [--coprod-opportunity-board-column-background=var(--coprod-color-surface-alt)] - Background of a status column.
 * @cssproperty [--coprod-opportunity-board-join-color=var(--coprod-color-success)] - Colour of the "wants to help" sign (it always has text too).
 * @cssproperty [--coprod-opportunity-board-drop-color=var(--coprod-color-accent)] - Outline of a column while a card is dragged over it.
 */
export class CoprodOpportunityBoard extends CoprodElement<OpportunityBoardState> {
  static override styles = [...CoprodElement.styles, boardStyles, boardPrintStyles];

  /** Id of a `coprod-support-circle` on the page whose names are offered as suggestions (read when the element connects; inside a `coprod-room` the room's circle is used). */
  @property({ reflect: true }) people: string | null = null;

  protected override get schema(): StateSchema<OpportunityBoardState> {
    return boardSchema;
  }

  // Filters are what the keeper looks at now, not part of the saved board.
  @state() private _shownStatuses: ReadonlySet<OpportunityStatus> = new Set(statuses);
  @state() private _meetingFilter = 'all';
  /** The card whose planning tools are open. */
  @state() private _openCard: string | undefined;
  /** The meeting date picked in the open card's tools, not planned yet. */
  @state() private _openCardDate: string | undefined;
  @state() private _planAllDate = '';

  /** The page's people (a support circle), offered for the card keeper. */
  private readonly _people = new PeopleController(this);

  private readonly _roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('article.card')],
    orientation: 'vertical',
    // The cards are the same elements while the cards shown and the mode are (typing in the keeper field changes neither).
    itemsKey: () => [this._view?.shown, this.isReadonly],
  });
  /** The cards shown and their groups, computed again only when the cards or the filters change. */
  private _view:
    | { cards: readonly BoardCard[]; statuses: ReadonlySet<OpportunityStatus>; meeting: string; shown: BoardCard[]; groups: MeetingGroup[] }
    | undefined;
  private _activeCard: HTMLElement | undefined;
  /** Where the keyboard goes after the next render; `at`: the card's place in the list, for when it went into a hidden column. */
  private _focusAfterUpdate: { id: string; target: 'card' | 'status' | 'more'; at?: number } | undefined;
  private _dragging: string | undefined;

  /**
   * Adds a card to the board, e.g. one handed in by a `coprod-opportunity-card`:
   * `card.addEventListener('coprod-submit', e => board.addCard(e.detail.value))`.
   * The card is checked like the board's own data; refused data fires `coprod-invalid`
   * (source `property`, paths into the card) and changes nothing. A card without an id
   * gets a fresh one. When the board already has a card with this id (the same card handed
   * in again), that card's text, name, date and wish to join are updated and its status
   * and meeting stay. A host call: saved and submitted, but no `coprod-change` (that is for the
   * user's own edits). Called for the user's click in a card with `board="ID"`, it is the
   * user's edit and fires it.
   * @param card - a `CardInput` or `OpportunityCardState`; typed `unknown` because it is checked here,
   *   so `e.detail.value` of a `coprod-submit` event can be passed as it is
   * @returns the card's id, or `null` when the card was refused
   */
  addCard(card: CardInput | OpportunityCardState | unknown): string | null {
    let data: unknown;
    try {
      data = JSON.parse(JSON.stringify(card));
    } catch {
      data = undefined;
    }
    const result = parseCardInput(data);
    if (!result.ok) {
      this.refuseInput(result.errors);
      return null;
    }
    const { board, updated } = withCard(this.current, result.value);
    this.replaceState(board);
    this.announce(updated ? msg('A card was updated.') : msg('A new card was added.'));
    return result.value.id;
  }

  /**
   * The cards shown now (after the filters) as CSV text, grouped as on the board, with `;`
   * between columns in Dutch (for Excel) and `,` otherwise. Named like the action plan's.
   */
  toCsv(): string {
    const { header, rows, options } = this._csvTable();
    return toCsv(header, rows, options);
  }

  /**
   * Downloads the cards shown now as a CSV file (see `toCsv()`).
   * @returns the CSV text
   */
  downloadCsv(): string {
    const { header, rows, options } = this._csvTable();
    return downloadCsv(localFileName('opportunity-cards.csv'), header, rows, options);
  }

  private _csvTable() {
    const labels: CsvLabels = {
      header: [msg('Meeting'), msg('Status'), msg('Idea'), msg('Name'), msg('Date'), msg('Wants to help')],
      status: statusLabels(),
      notPlanned: msg('Not planned yet'),
      anonymous: msg('Anonymous'),
      yes: msg('yes'),
      no: msg('no'),
    };
    const options = { separator: getLocale() === 'nl' ? ';' : ',' } as const;
    return { header: labels.header, rows: csvRows(this._shownCards(), labels), options };
  }

  /** Opens the browser's print dialog; the board prints as a meeting list (the cards shown now). */
  printMeetingList(): void {
    window.print();
  }

  override render(): TemplateResult {
    const board = this.current;
    const { shown, groups } = this._shownView();
    const labels = cardLabels();
    const readonly = this.isReadonly;
    return html`<section class="board" aria-labelledby="board-title">
      <header class="head" part="header">
        <h2 id="board-title">${msg('Opportunity cards')}</h2>
        ${readonly
          ? nothing
          : html`<p class="intro">
              ${msg('The cards people handed in, by meeting. Bring them up at the meeting, and invite the people who want to help.')}
            </p>`}
        <div class="keeper">
          ${this._people.datalist()}
          ${this.renderTextField({
            key: 'keeper',
            label: msg('Card keeper'),
            value: board.keeper,
            limit: NAME_LIMIT,
            list: this._people.list,
            hint: readonly ? undefined : msg('The person who collects the cards and brings them up at each meeting.'),
            apply: (keeper) => ({ ...this.current, keeper }),
          })}
        </div>
      </header>
      ${this.renderNotices()}
      <p class="print-only print-title">${msg('Meeting list')}</p>
      ${this.printing.active
        ? html`${renderPrintNameLine()} ${renderBoardPrint(groups, { ...labels, meetingTitle: (meeting) => this._meetingTitle(meeting), meetingKeeper: (meeting) => this.current.keepers?.[meeting] ?? '' })}`
        : nothing}
      ${readonly
        ? nothing
        : // Counting and listing the meetings reads every card: only when the cards, the filters or the language changed (typing in the keeper field changes none).
          guard([board.cards, this._meetingFilter, this._shownStatuses, getLocale()], () => this._renderFilters())}
      <p class="count">${msg(str`Showing ${shown.length} of ${board.cards.length} cards.`)}</p>
      ${readonly || !shown.length
        ? nothing
        : html`<p class="hint keys">${msg('Tip: on a card, the up and down arrows go to the next card. The left and right arrows, or the keys 1 to 4, change its status. Enter opens its choices. You can also drag a card to another column.')}</p>`}
      <div
        class="groups"
        @keydown=${this._onKeydown}
        @focusin=${this._onFocusIn}
        @change=${this._onChange}
        @click=${this._onClick}
        @dragstart=${this._onDragStart}
        @dragend=${this._onDragEnd}
        @dragover=${this._onDragOver}
        @dragleave=${this._onDragLeave}
        @drop=${this._onDrop}
      >
        ${guard(
          // The groups render again only when the cards shown, the language, the open card or the date picked in it, the columns, the mode, the plan-all date or a field's message changed.
          [groups, labels, this._openCard, this._openCardDate, this._shownStatuses, readonly, this._planAllDate, this.fieldMessages],
          () => repeat(groups, (group) => group.meeting ?? '', (group) => this._renderGroup(group, labels)),
        )}
      </div>
      ${this._renderEmpty(board, shown)}
      ${readonly
        ? nothing
        : html`<div class="footer">
            ${board.cards.length
              ? html`<div class="board-actions">
                  <button type="button" @click=${() => this.downloadCsv()}>${msg('Save as a spreadsheet (CSV)')}</button>
                </div>`
              : nothing}
            ${this.renderFileActions('opportunity-board.json')}
          </div>`}
    </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const focus = this._focusAfterUpdate;
    if (!focus) return;
    this._focusAfterUpdate = undefined;
    const cards = this._cardElements();
    const card = this._cardElement(focus.id) ?? (focus.at === undefined ? undefined : (cards[focus.at] ?? cards.at(-1)));
    if (!card) return;
    this._roving.moveTo(this._cardElements().indexOf(card), false);
    const target = focus.target === 'card' ? card : card.querySelector<HTMLElement>(focus.target === 'status' ? 'input.status:checked' : 'button.more');
    this._makeActive(card);
    (target ?? card).focus();
  }

  private _meetingTitle(meeting: string | null): string {
    return meeting === null ? msg('Not planned yet') : msg(str`Meeting of ${cardLabels().date(meeting)}`);
  }

  private _countText(count: number): string {
    return count === 1 ? msg('1 card') : msg(str`${count} cards`);
  }

  private _shownCards(): BoardCard[] {
    return this._shownView().shown;
  }

  private _shownView(): { shown: BoardCard[]; groups: MeetingGroup[] } {
    const cards = this.current.cards;
    const view = this._view;
    if (view && view.cards === cards && view.statuses === this._shownStatuses && view.meeting === this._meetingFilter) return view;
    const shown = filterCards(cards, { statuses: this._shownStatuses, meeting: this._meetingFilter });
    this._view = { cards, statuses: this._shownStatuses, meeting: this._meetingFilter, shown, groups: groupByMeeting(shown) };
    return this._view;
  }

  private _renderFilters(): TemplateResult {
    const byMeeting = filterCards(this.current.cards, { meeting: this._meetingFilter });
    const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<OpportunityStatus, number>;
    for (const card of byMeeting) counts[card.status]++;
    const labels = statusLabels();
    const meetings = meetingsOf(this.current.cards);
    if (this._meetingFilter !== 'all' && this._meetingFilter !== 'none' && !meetings.includes(this._meetingFilter)) meetings.push(this._meetingFilter);
    return html`<div class="filters" part="filters">
      <fieldset class="status-filter">
        <legend>${msg('Show cards that are')}</legend>
        <div class="toggles">
          ${statuses.map(
            (status) => html`<button
              type="button"
              class="toggle"
              data-status=${status}
              aria-pressed=${this._shownStatuses.has(status) ? 'true' : 'false'}
              @click=${() => this._toggleStatus(status)}
            >
              <span class="check" aria-hidden="true"></span>${labels[status]} <span class="toggle-count">(${counts[status]})</span>
            </button>`,
          )}
        </div>
      </fieldset>
      <div class="field meeting-filter">
        <label for="meeting-filter">${msg('Meeting')}</label>
        <select id="meeting-filter" @change=${this._onMeetingFilter}>
          <option value="all" ?selected=${this._meetingFilter === 'all'}>${msg('All meetings')}</option>
          <option value="none" ?selected=${this._meetingFilter === 'none'}>${msg('Not planned yet')}</option>
          ${meetings.map((meeting) => html`<option value=${meeting} ?selected=${this._meetingFilter === meeting}>${this._meetingTitle(meeting)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private _renderEmpty(board: OpportunityBoardState, shown: readonly BoardCard[]): TemplateResult | typeof nothing {
    if (shown.length) return nothing;
    if (!board.cards.length) return html`<p class="empty">${msg('No cards yet. The cards people hand in appear here.')}</p>`;
    return html`<div class="empty">
      <p>${msg('No cards match these choices.')}</p>
      ${this.isReadonly ? nothing : html`<button type="button" @click=${this._showAll}>${msg('Show all cards')}</button>`}
    </div>`;
  }

  private _renderGroup(group: MeetingGroup, labels: CardLabels): TemplateResult {
    const key = group.meeting ?? 'none';
    const headingId = `meeting-${key}`;
    const columns = statuses.filter((status) => this._shownStatuses.has(status));
    const byStatus = new Map<OpportunityStatus, BoardCard[]>(columns.map((status) => [status, []]));
    for (const card of group.cards) byStatus.get(card.status)?.push(card);
    return html`<section class="meeting" part="meeting" aria-labelledby=${headingId} data-meeting=${group.meeting ?? ''}>
      <h3 id=${headingId}>${this._meetingTitle(group.meeting)} <span class="count">(${this._countText(group.cards.length)})</span></h3>
      ${group.meeting === null ? nothing : this._renderMeetingKeeper(group.meeting)}
      ${group.meeting === null && !this.isReadonly ? this._renderPlanAll() : nothing}
      <div class="columns">
        ${columns.map((status) => {
          const cards = byStatus.get(status)!;
          const columnId = `${headingId}-${status}`;
          return html`<div class="column" part="column" role="group" aria-labelledby=${columnId} data-status=${status}>
            <h4 id=${columnId}>${labels.status[status]} <span class="count">${cards.length}</span></h4>
            <ul class="cards">
              ${repeat(
                cards,
                (card) => card.id,
                // A card re-renders only when it, the locale, its tools (open, and the date picked or a message in them) or read-only changed.
                (card) => {
                  const open = this._openCard === card.id;
                  return guard([card, labels, open, open && this._openCardDate, open && this.fieldMessages, this.isReadonly], () => this._renderCard(card, labels));
                },
              )}
            </ul>
          </div>`;
        })}
      </div>
    </section>`;
  }

  private _renderPlanAll(): TemplateResult {
    return html`<div class="plan-all">
      <label for="plan-all-date">${msg('Plan these cards for the meeting on')}</label>
      <input id="plan-all-date" type="date" class="plan-all-date" .value=${live(this._planAllDate)} aria-describedby="plan-all-date-words" @input=${this._onDateInput} @change=${this._onDateInput} />
      ${this.renderDateWords('plan-all-date', this._planAllDate)}
      <button type="button" data-action="plan-all">${msg('Plan them')}</button>
    </div>`;
  }

  /**
   * Kept cheap on purpose (a board may hold a thousand cards): one flat template with plain
   * data bindings, static options, and events handled once on the board.
   */
  private _renderCard(card: BoardCard, labels: CardLabels): TemplateResult {
    const id = fieldId(card.id);
    const idea = card.idea || labels.noIdea;
    const who = card.name.trim() || labels.anonymous;
    const join = card.wantsToJoin ? html`<span class="join" part="join">${joinIcon} ${labels.wantsToJoin}</span>` : nothing;
    if (this.isReadonly) {
      return html`<li class="card-item">
        <article class="card" part="card" tabindex="-1" data-id=${card.id} draggable="false" aria-labelledby="idea-${id}" aria-describedby="meta-${id}">
          <p class="idea" id="idea-${id}">${idea}</p>
          <p class="meta" id="meta-${id}"><span class="who">${who}</span> · <span class="date">${labels.date(card.date)}</span>${join}</p>
          ${card.decided ? html`<p class="decided"><strong>${msg('Decided:')}</strong> ${card.decided}</p>` : nothing}
          ${card.invited ? html`<p class="invited">${msg('The writer was invited to help')}</p>` : nothing}
        </article>
      </li>`;
    }
    const open = this._openCard === card.id;
    return html`<li class="card-item">
      <article class="card" part="card" tabindex="-1" data-id=${card.id} draggable="true" aria-labelledby="idea-${id}" aria-describedby="meta-${id}">
        <p class="idea" id="idea-${id}">${idea}</p>
        <p class="meta" id="meta-${id}"><span class="who">${who}</span> · <span class="date">${labels.date(card.date)}</span>${join}</p>
        <div class="controls">
          <button type="button" class="more" tabindex="-1" aria-expanded=${open ? 'true' : 'false'} aria-describedby="idea-${id}">${labels.change}</button>
        </div>
        ${open ? this._renderCardTools(card, labels) : nothing}
      </article>
    </li>`;
  }

  /** The open card's tools: its status, its meeting, removing it. Rendered for one card at a time. */
  private _renderCardTools(card: BoardCard, labels: CardLabels): TemplateResult {
    const id = `plan-${fieldId(card.id)}`;
    const date = this._openCardDate ?? card.meeting;
    return html`<div class="card-tools">
      <fieldset class="status-choice">
        <legend>${msg('Status')}</legend>
        ${statuses.map(
          (status) => html`<label class="choice"><input type="radio" class="status" name="${id}-status" value=${status} .checked=${card.status === status} /> ${labels.status[status]}</label>`,
        )}
      </fieldset>
      <div class="field">
        <label for=${id}>${msg('Meeting date')}</label>
        <p class="hint" id="${id}-hint">${msg('Leave it empty for "not planned yet".')}</p>
        <span class="date-row">
          <input id=${id} class="plan-date" type="date" .value=${live(date ?? '')} aria-describedby="${id}-hint ${id}-words" @input=${this._onDateInput} @change=${this._onDateInput} />
          ${this.renderDateWords(id, date)}
        </span>
      </div>
      ${this._renderOutcome(card)}
      <div class="tool-row">
        <button type="button" data-action="plan">${msg('Plan the card')}</button>
        <button type="button" class="quiet" data-action="remove">${msg('Remove this card')}</button>
      </div>
    </div>`;
  }

  /** The card keeper of one meeting (the keeper may rotate per meeting); empty means the board's keeper. */
  private _renderMeetingKeeper(meeting: string): TemplateResult {
    const keeper = this.current.keepers?.[meeting] ?? '';
    if (this.isReadonly && !keeper) return html``;
    return html`<div class="meeting-keeper">
      ${this.renderTextField({
        key: `keeper-${meeting}`,
        label: msg('Card keeper at this meeting'),
        value: keeper,
        limit: NAME_LIMIT,
        list: this._people.list,
        // Left empty, the meeting's keeper is the board's: the field says so, greyed. (Not the
        // name itself: every meeting would then draw again on each key typed in the keeper.)
        placeholder: msg('Same as the card keeper'),
        apply: (name) => ({ ...this.current, keepers: { ...this.current.keepers, [meeting]: name } }),
      })}
    </div>`;
  }

  /** What was decided about a card, and whether its writer was invited to help. */
  private _renderOutcome(card: BoardCard): TemplateResult {
    return html`${this.renderTextField({
        key: `decided-${card.id}`,
        label: msg('What was decided'),
        value: card.decided ?? '',
        multiline: true,
        apply: (decided) => updateCard(this.current, card.id, { decided }),
      })}
      <label class="choice"
        ><input
          type="checkbox"
          class="invited"
          .checked=${card.invited === true}
          @change=${(event: Event) => this.commit(updateCard(this.current, card.id, { invited: (event.target as HTMLInputElement).checked }))}
        />
        ${msg('The writer was invited to help')}</label
      >`;
  }

  private _cardElements(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('article.card')];
  }

  private _cardElement(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`article.card[data-id="${CSS.escape(id)}"]`);
  }

  private _cardOf(node: EventTarget | null): { element: HTMLElement; card: BoardCard } | undefined {
    const element = (node as HTMLElement | null)?.closest?.<HTMLElement>('article.card');
    const id = element?.dataset.id;
    const card = id === undefined ? undefined : this.current.cards.find((candidate) => candidate.id === id);
    return element && card ? { element, card } : undefined;
  }

  /** Only the card with the keyboard's tab stop has its button in the tab order. */
  private _makeActive(card: HTMLElement): void {
    if (card === this._activeCard) return;
    for (const control of this._activeCard?.querySelectorAll<HTMLElement>('.controls > *') ?? []) control.tabIndex = -1;
    for (const control of card.querySelectorAll<HTMLElement>('.controls > *')) control.tabIndex = 0;
    this._activeCard = card;
  }

  /** The next column shown in that direction (an arrow key skips the columns the filter hides). */
  private _shownStep(status: OpportunityStatus, step: -1 | 1): OpportunityStatus | undefined {
    for (let next = stepStatus(status, step); next !== status; status = next, next = stepStatus(next, step)) {
      if (this._shownStatuses.has(next)) return next;
    }
    return undefined;
  }

  private _setStatus(card: BoardCard, status: OpportunityStatus, focus: 'card' | 'status' | 'more'): void {
    if (card.status === status) return;
    const element = this._cardElement(card.id);
    const at = element ? this._cardElements().indexOf(element) : undefined;
    this.commit(updateCard(this.current, card.id, { status }));
    this._focusAfterUpdate = { id: card.id, target: focus, at };
    const label = statusLabels()[status];
    this.announce(this._shownStatuses.has(status) ? msg(str`Card moved to ${label}.`) : msg(str`Card moved to ${label}. That column is hidden by the filter.`));
  }

  private _planCard(card: BoardCard, meeting: string | null): void {
    this.commit(updateCard(this.current, card.id, { meeting }));
    this._openCard = undefined;
    this._openCardDate = undefined;
    this._focusAfterUpdate = { id: card.id, target: 'more' };
    this.announce(msg(str`Card planned: ${this._meetingTitle(meeting)}.`));
  }

  private _toggleStatus(status: OpportunityStatus): void {
    const shown = new Set(this._shownStatuses);
    if (shown.has(status)) shown.delete(status);
    else shown.add(status);
    this._shownStatuses = shown;
    this.announce(msg(str`Showing ${this._shownCards().length} of ${this.current.cards.length} cards.`));
  }

  private _showAll = () => {
    this._shownStatuses = new Set(statuses);
    this._meetingFilter = 'all';
  };

  private _onMeetingFilter = (event: Event) => {
    this._meetingFilter = (event.target as HTMLSelectElement).value;
    this.announce(msg(str`Showing ${this._shownCards().length} of ${this.current.cards.length} cards.`));
  };

  private _onFocusIn = (event: FocusEvent) => {
    const found = this._cardOf(event.target);
    if (!found || found.element === this._activeCard) return;
    this._makeActive(found.element);
    this._roving.moveTo(this._cardElements().indexOf(found.element), false);
  };

  private _onKeydown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!target.matches('article.card') || event.altKey || event.ctrlKey || event.metaKey) return;
    if (this._roving.handleKeydown(event)) return;
    if (this.isReadonly) return;
    const found = this._cardOf(target);
    if (!found) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._toggleTools(found.card.id, found.element);
      return;
    }
    const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    const status = step ? this._shownStep(found.card.status, step) : statusKeys[event.key];
    if (!status) return;
    event.preventDefault();
    this._setStatus(found.card, status, 'card');
  };

  private _onChange = (event: Event) => {
    const target = event.target as HTMLElement;
    if (target.matches('input.status')) {
      const found = this._cardOf(target);
      if (found) this._setStatus(found.card, (target as HTMLInputElement).value as OpportunityStatus, 'status');
    }
  };

  /** A date picked but not yet used (on input, or change alone from script or a tool): kept, so the words beside the field follow it. */
  private _onDateInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.classList.contains('plan-all-date')) this._planAllDate = input.value;
    else this._openCardDate = input.value;
  };

  private _onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    if (button.dataset.action === 'plan-all') {
      this._planAll();
      return;
    }
    const found = this._cardOf(button);
    if (!found) return;
    const { card, element } = found;
    if (button.classList.contains('more')) {
      this._toggleTools(card.id, element);
    } else if (button.dataset.action === 'plan') {
      const date = element.querySelector<HTMLInputElement>('input.plan-date')?.value ?? '';
      this._planCard(card, isIsoDate(date) ? date : null);
    } else if (button.dataset.action === 'remove') {
      this._openCard = undefined;
      this._openCardDate = undefined;
      const idea = card.idea.trim();
      this.commitRemoval(
        { ...this.current, cards: this.current.cards.filter((candidate) => candidate.id !== card.id) },
        idea ? msg(str`the card "${idea.length > 40 ? `${idea.slice(0, 40)}…` : idea}"`) : msg('a card'),
      );
    }
  };

  /** Opens a card's tools (status, meeting, remove) with the keyboard on its status, or closes them. */
  private _toggleTools(id: string, element: HTMLElement): void {
    this._openCard = this._openCard === id ? undefined : id;
    this._openCardDate = undefined;
    if (this._openCard) void this.updateComplete.then(() => element.querySelector<HTMLElement>('input.status:checked')?.focus());
  }

  private _planAll(): void {
    const date = this._planAllDate;
    const field = this.renderRoot.querySelector<HTMLInputElement>('#plan-all-date');
    if (!isIsoDate(date)) {
      this.announce(msg('Choose the date of the meeting first.'));
      field?.focus();
      return;
    }
    const ids = new Set(this._shownCards().filter((card) => card.meeting === null).map((card) => card.id));
    if (!ids.size) return;
    this.commit({ ...this.current, cards: this.current.cards.map((card) => (ids.has(card.id) ? { ...card, meeting: date } : card)) });
    this._planAllDate = '';
    const meeting = this._meetingTitle(date);
    this.announce(ids.size === 1 ? msg(str`1 card planned: ${meeting}.`) : msg(str`${ids.size} cards planned: ${meeting}.`));
  }

  private _onDragStart = (event: DragEvent) => {
    const found = this._cardOf(event.target);
    if (!found || this.isReadonly) return;
    this._dragging = found.card.id;
    event.dataTransfer?.setData('text/plain', found.card.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    found.element.classList.add('dragging');
  };

  private _onDragEnd = () => {
    this._dragging = undefined;
    for (const element of this.renderRoot.querySelectorAll('.dragging, .drop-target')) element.classList.remove('dragging', 'drop-target');
  };

  private _onDragOver = (event: DragEvent) => {
    const column = (event.target as HTMLElement).closest?.<HTMLElement>('.column');
    if (!column || !this._dragging) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    column.classList.add('drop-target');
  };

  private _onDragLeave = (event: DragEvent) => {
    const column = (event.target as HTMLElement).closest?.<HTMLElement>('.column');
    if (column && !column.contains(event.relatedTarget as Node | null)) column.classList.remove('drop-target');
  };

  /** Dropping on a column sets the card's status, and its meeting when the column is in another meeting. */
  private _onDrop = (event: DragEvent) => {
    const column = (event.target as HTMLElement).closest?.<HTMLElement>('.column');
    const id = this._dragging ?? event.dataTransfer?.getData('text/plain');
    const card = this.current.cards.find((candidate) => candidate.id === id);
    this._onDragEnd();
    if (!column || !card) return;
    event.preventDefault();
    const status = column.dataset.status as OpportunityStatus;
    const meeting = column.closest<HTMLElement>('.meeting')?.dataset.meeting || null;
    if (card.status === status && card.meeting === meeting) return;
    this.commit(updateCard(this.current, card.id, { status, meeting }));
    this._focusAfterUpdate = { id: card.id, target: 'card' };
    this.announce(msg(str`Card moved to ${statusLabels()[status]}, ${this._meetingTitle(meeting)}.`));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'coprod-opportunity-board': CoprodOpportunityBoard;
  }
}

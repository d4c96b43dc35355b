import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { CoprodElement, fieldId } from '../core/coprod-element.js';
import { CoprodSubmitEvent } from '../core/events.js';
import { NAME_LIMIT } from '../core/limits.js';
import { callAsUser, linkedElement } from '../core/page-link.js';
import { PeopleController } from '../core/people.js';
import { today, type StateSchema } from '../core/validate.js';
import { BLANK_CARD_ID, canHandIn, cardSchema, newCardId, nextBlankCard } from './card.state.js';
import { cardStyles } from './card.styles.js';
import { cardPrintStyles, renderBlankCards } from './card.print.js';
import type { OpportunityCardState } from './opportunity.types.js';

const IDEA_FIELD_ID = fieldId('idea');

/**
 * An opportunity card ("kanskaart"): anyone writes down an idea, big or small, with their
 * name or anonymously, and says whether they would like to help take it further. Handing
 * it in delivers the card — to a `coprod-submit` listener that calls `preventDefault()`,
 * else to the board named by `board`, else by submitting the surrounding form, else to a
 * listener that reads `detail.value` — and clears it for the next idea; the last card can be brought back until the next edit.
 * A card with nowhere to go stays filled in and says so: no idea is emptied away unseen.
 *
 * @tagname coprod-opportunity-card
 * @summary One opportunity card to fill in and hand in.
 *
 * @fires {CoprodSubmitEvent} coprod-submit - The user handed the card in; `detail.value` is a copy of the card (`coprod-opportunity-card` state).
 *
 * @csspart card - The card itself.
 * @csspart idea - The idea field.
 * @csspart hand-in - The "Hand in my card" button.
 * @csspart thanks - The thank-you message after handing in, with the button to bring the card back.
 *
 * @cssproperty [--coprod-opportunity-card-background=var(--coprod-color-surface)] - Background of the card.
 * @cssproperty [--coprod-opportunity-card-border-color=var(--coprod-color-border)] - Border of the card.
 * @cssproperty [--coprod-opportunity-card-stripe=var(--coprod-color-accent)] - The coloured stripe along the card's top.
 */
export class CoprodOpportunityCard extends CoprodElement<OpportunityCardState> {
  static override styles = [...CoprodElement.styles, cardStyles, cardPrintStyles];

  /** Id of a `coprod-support-circle` on the page whose names are offered for the writer's name (read when the element connects; inside a `coprod-room` the room's circle is used). */
  @property({ reflect: true }) people: string | null = null;

  /** The page's people (a support circle), offered for the writer's name. */
  private readonly _people = new PeopleController(this);

  protected override get schema(): StateSchema<OpportunityCardState> {
    return cardSchema;
  }

  /**
   * The id of a `coprod-opportunity-board` on the same page: handing in adds the card to
   * that board (its `addCard`), with no host script.
   */
  @property({ reflect: true }) board: string | null = null;

  /** The card handed in last, until the next edit. */
  @state() private _lastHandedIn: OpportunityCardState | undefined;
  @state() private _ideaMissing = false;
  private _focusIdea = false;
  private _clearing = false;

  /**
   * Hands the card in, as the button does: fires `coprod-submit` with a copy of the card
   * (a listener that calls `preventDefault()` takes it alone); otherwise adds it to the
   * `board` on the page, otherwise submits the surrounding form with the card as this
   * element's value. A listener that reads `detail.value` has taken it as well. A delivered
   * card is cleared for the next idea. A card that could go nowhere,
   * a card without an idea and a read-only card are not handed in and stay as they are.
   * @returns whether the card was handed in
   */
  handIn(): boolean {
    if (this.isReadonly) return false;
    const card = this.current;
    if (!canHandIn(card)) {
      this._ideaMissing = true;
      this._focusIdea = true;
      this.announce(msg('Write your idea first. Then you can hand in your card.'));
      return false;
    }
    const handedIn: OpportunityCardState = { ...structuredClone(card), id: card.id === BLANK_CARD_ID ? newCardId() : card.id };
    const event = new CoprodSubmitEvent<OpportunityCardState>(structuredClone(handedIn));
    this.dispatchEvent(event);
    const taken = event.defaultPrevented || this._deliverToBoard(handedIn);
    const sentWithForm = !taken && this._submitForm(handedIn);
    if (!taken && !sentWithForm && !event.taken) {
      this.showNotice(msg('Your card was not handed in. This page has no place to send it. Your idea is still here. Save it to a file, so you keep it.'));
      this.announce(msg('Your card was not handed in. Your idea is still here.'));
      return false;
    }
    this._clearing = true;
    this.commit(nextBlankCard());
    this._clearing = false;
    if (sentWithForm) {
      // The page is left for the form's answer. If the browser brings this page back (Back,
      // also after the answer failed to come), it restores the card that was sent, as it
      // does a native field's text: the idea is never gone.
      const blank = JSON.stringify(this.current);
      this.internals.setFormValue(blank, JSON.stringify(handedIn));
    }
    this._lastHandedIn = handedIn;
    this.announce(msg('Thank you! Your card was handed in.'));
    return true;
  }

  private _deliverToBoard(card: OpportunityCardState): boolean {
    const board = linkedElement<Element & { addCard?: (card: unknown) => string | null }>(this, this.board, 'coprod-opportunity-board');
    return typeof board?.addCard === 'function' && callAsUser(board, () => board.addCard!(card)) !== null;
  }

  /** Submits the surrounding form with the handed-in card as this element's value. */
  private _submitForm(card: OpportunityCardState): boolean {
    const form = this.internals.form;
    if (!form) return false;
    let submitted = false;
    const onSubmit = () => (submitted = true);
    form.addEventListener('submit', onSubmit);
    const text = JSON.stringify(card);
    this.internals.setFormValue(text, text);
    try {
      form.requestSubmit();
    } finally {
      form.removeEventListener('submit', onSubmit);
    }
    // A form that did not submit (e.g. another field is required) keeps this card's own value.
    if (!submitted) {
      const own = JSON.stringify(this.current);
      this.internals.setFormValue(own, own);
    }
    return submitted;
  }

  protected override commit(next: OpportunityCardState): void {
    // Any edit after handing in ends the chance to bring the last card back.
    if (!this._clearing) this._lastHandedIn = undefined;
    if (canHandIn(next)) this._ideaMissing = false;
    super.commit(next);
  }

  /** On paper the card is text, not fields. */
  protected override get isReadonly(): boolean {
    return super.isReadonly || this.printing.active;
  }

  // One whole template for the form and one for the read-only card, rather than small ones
  // switched inside a shared one: each template costs its own preparation and clone.
  override render(): TemplateResult {
    const card = this.current;
    const blankCards = this.printing.active && !card.idea.trim() ? renderBlankCards() : nothing;
    if (this.isReadonly) {
      return html`${blankCards}<article class="card" part="card" aria-labelledby="card-title">
      <h2 id="card-title">${msg('Opportunity card')}</h2>
      ${this.renderNotices()}
      <div class=${this._ideaMissing ? 'idea missing' : 'idea'}>${this._renderIdeaField(card)}</div>
      <div class="row">
        ${this._people.datalist()}
        <div class="field">
          <span class="field-label">${msg('Name')}</span>
          <p class="read-text">${card.name.trim() || msg('Anonymous')}</p>
        </div>
        ${this._renderDate(card)}
      </div>
      <p class="join-text">
        ${card.wantsToJoin ? msg('I would like to help take this further.') : msg('I do not want to help take this further right now.')}
      </p>
      ${this.renderFileActions('opportunity-card.json')}
    </article>`;
    }
    return html`${blankCards}<article class="card" part="card" aria-labelledby="card-title">
      <h2 id="card-title">${msg('Opportunity card')}</h2>
      <p class="intro">${msg('Do you have an idea, big or small? Write it down. The card keeper brings it up at the next meeting.')}</p>
      ${this.renderNotices()} ${this._renderThanks()}
      <div class=${this._ideaMissing ? 'idea missing' : 'idea'}>${this._renderIdeaField(card)}</div>
      <div class="row">
        ${this._people.datalist()}
        ${this.renderTextField({
          key: 'name',
          label: msg('My name (optional)'),
          value: card.name,
          limit: NAME_LIMIT,
          list: this._people.list,
          hint: msg('You may leave this empty. Anonymous is fine too.'),
          apply: this._applyName,
        })}
        ${this._renderDate(card)}
      </div>
      <label class="choice join">
        <input type="checkbox" .checked=${card.wantsToJoin} @change=${this._onJoinChange} />
        ${msg('I would like to help take this further')}
      </label>
      <div class="actions">
        <button type="button" class="primary hand-in" part="hand-in" @click=${this._onHandIn}>${msg('Hand in my card')}</button>
      </div>
      ${this.renderFileActions('opportunity-card.json')}
    </article>`;
  }

  private _renderIdeaField(card: OpportunityCardState): TemplateResult {
    return this.renderTextField({
      key: 'idea',
      label: msg('My idea'),
      value: card.idea,
      multiline: true,
      part: 'idea',
      hint: this._ideaMissing ? msg('Write your idea first. Then you can hand in your card.') : msg('Every idea counts.'),
      apply: this._applyIdea,
    });
  }

  private _renderDate(card: OpportunityCardState): TemplateResult {
    return this.renderDateField({ key: 'date', label: msg('Date'), value: card.date, apply: this._applyDate });
  }

  private _applyIdea = (idea: string): OpportunityCardState => ({ ...this.current, idea });
  private _applyName = (name: string): OpportunityCardState => ({ ...this.current, name });
  private _applyDate = (date: string | null): OpportunityCardState => ({ ...this.current, date: date ?? today() });
  private _onHandIn = () => this.handIn();

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const idea = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${IDEA_FIELD_ID}`);
    // The shared text field marks only text over the limit; "idea needed" is marked here.
    const invalid = String(this._ideaMissing);
    if (idea && idea.getAttribute('aria-invalid') !== invalid && !idea.parentElement?.querySelector('.error')) idea.setAttribute('aria-invalid', invalid);
    if (this._focusIdea) {
      this._focusIdea = false;
      idea?.focus();
    }
  }

  private _renderThanks(): TemplateResult | typeof nothing {
    const last = this._lastHandedIn;
    if (!last || this.isReadonly) return nothing;
    return html`<div class="notice thanks" part="thanks">
      <p>
        <strong>${msg('Thank you! Your card was handed in.')}</strong>
        ${msg('Here is a new card for your next idea.')}
      </p>
      <button type="button" class="bring-back" @click=${this._bringBack}>${msg('Bring back my last card')}</button>
    </div>`;
  }

  private _onJoinChange = (event: Event) => {
    this.commit({ ...this.current, wantsToJoin: (event.target as HTMLInputElement).checked });
  };

  private _bringBack = () => {
    const last = this._lastHandedIn;
    if (!last) return;
    this.commit(last);
    this.announce(msg('Your last card is back. You can change it and hand it in again.'));
    this._focusIdea = true;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'coprod-opportunity-card': CoprodOpportunityCard;
  }
}

import { randomTag } from '../core/ids.js';
import { NAME_LIMIT } from '../core/limits.js';
import { Checker, pointer, today, type Json, type StateSchema } from '../core/validate.js';
import { statuses, type OpportunityCardFields, type OpportunityCardState } from './opportunity.types.js';

/**
 * Id of a blank card. Every `empty()` must be the same (form reset compares), so a blank
 * card carries this placeholder and gets a unique id when it is handed in.
 */
export const BLANK_CARD_ID = 'new-card';

/** A fresh, practically unique card id (`c-` + 12 random base-36 characters); works on http: pages too. */
export function newCardId(): string {
  return `c-${randomTag(12)}`;
}

export function emptyCard(): OpportunityCardState {
  return { type: 'coprod-opportunity-card', version: 1, id: BLANK_CARD_ID, idea: '', name: '', date: today(), wantsToJoin: false, status: 'new' };
}

/** A cleared card for the next idea: a new id and today's date. */
export function nextBlankCard(): OpportunityCardState {
  return { ...emptyCard(), id: newCardId() };
}

/** Whether a card can be handed in: it needs an idea. */
export function canHandIn(card: Pick<OpportunityCardFields, 'idea'>): boolean {
  return card.idea.trim() !== '';
}

/**
 * Reads the fields every card has (on the card and on the board). A missing `date` reads
 * as today, a missing `status` as `new`; `idea` and `name` may be empty.
 */
export function readCardFields(card: Json, path: string, check: Checker, options: { id?: string } = {}): OpportunityCardFields {
  return {
    id: options.id ?? check.id(card.id, pointer(path, 'id')),
    idea: check.text(card.idea, pointer(path, 'idea')),
    name: check.text(card.name, pointer(path, 'name'), NAME_LIMIT),
    date: card.date === undefined ? today() : check.date(card.date, pointer(path, 'date')),
    wantsToJoin: check.boolean(card.wantsToJoin, pointer(path, 'wantsToJoin')),
    status: card.status === undefined ? 'new' : (check.oneOf(card.status, statuses, pointer(path, 'status')) ?? 'new'),
  };
}

export const cardSchema: StateSchema<OpportunityCardState> = {
  type: 'coprod-opportunity-card',
  version: 1,
  empty: emptyCard,
  read(data, check) {
    // A hand-written card may leave out its id: it is then a blank card.
    const id = data.id === undefined ? BLANK_CARD_ID : undefined;
    return { type: 'coprod-opportunity-card', version: 1, ...readCardFields(data, '', check, id === undefined ? {} : { id }) };
  },
};

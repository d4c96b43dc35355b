/** Where a card stands with the card keeper, in board order. */
export const statuses = ['new', 'discussed', 'taken-up', 'parked'] as const;
export type OpportunityStatus = (typeof statuses)[number];

/** What every opportunity card holds, on the card and on the board. */
export interface OpportunityCardFields {
  id: string;
  /** The idea, big or small. May be empty in the state; needed to hand the card in. */
  idea: string;
  /** Empty when the person prefers to stay anonymous. */
  name: string;
  /** `YYYY-MM-DD`; a new card gets today's date. */
  date: string;
  /** "I would like to help take this further." */
  wantsToJoin: boolean;
  status: OpportunityStatus;
}

/** `coprod-opportunity-card`: one card to fill in and hand in. */
export interface OpportunityCardState extends OpportunityCardFields {
  type: 'coprod-opportunity-card';
  version: 1;
}

/** A card on the keeper's board. */
export interface BoardCard extends OpportunityCardFields {
  /** Date of the meeting where the card comes up, or `null`: not planned yet. */
  meeting: string | null;
  /** Optional (addition): what the meeting decided about the card. */
  decided?: string;
  /** Optional (addition): whether the person who wrote the card was invited to help take it further. */
  invited?: boolean;
}

/** `coprod-opportunity-board`: the card keeper's board. */
export interface OpportunityBoardState {
  type: 'coprod-opportunity-board';
  version: 1;
  /** Name of the card keeper. */
  keeper: string;
  cards: BoardCard[];
  /** Optional (addition): the card keeper per meeting date (`YYYY-MM-DD` → name), when the keeper rotates. */
  keepers?: Record<string, string>;
}

/**
 * What `addCard()` accepts: a card as the card element hands it in (its `type` and
 * `version` are ignored), or a board card. Without `id` it gets a fresh one; missing
 * fields take their defaults (today's date, status `new`, no meeting).
 */
export type CardInput = Partial<BoardCard> & { idea: string };

/** One meeting's cards on the board; `meeting: null` holds the cards not planned yet. */
export interface MeetingGroup {
  meeting: string | null;
  cards: BoardCard[];
}

import { NAME_LIMIT } from '../core/limits.js';
import { Checker, isIsoDate, pointer, type Json, type StateSchema, type Validation } from '../core/validate.js';
import { messages } from '../core/messages.js';
import { newCardId, readCardFields } from './card.state.js';
import { statuses, type BoardCard, type MeetingGroup, type OpportunityBoardState, type OpportunityStatus } from './opportunity.types.js';

/** A board holds at most this many cards (a year of weekly meetings is a few hundred). */
export const MAX_CARDS = 5000;

export function emptyBoard(): OpportunityBoardState {
  return { type: 'coprod-opportunity-board', version: 1, keeper: '', cards: [] };
}

function readBoardCard(value: unknown, path: string, check: Checker, id?: string): BoardCard {
  const card = check.object(value, path) ?? {};
  return {
    ...readCardFields(card, path, check, id === undefined ? {} : { id }),
    meeting: check.dateOrNull(card.meeting, pointer(path, 'meeting')),
    // Optional additions: only present when the data has them, so older boards read back unchanged.
    ...(card.decided !== undefined && { decided: check.text(card.decided, pointer(path, 'decided')) }),
    ...(card.invited !== undefined && { invited: check.boolean(card.invited, pointer(path, 'invited')) }),
  };
}

/** The keeper per meeting date: keys are dates, values names. */
function readKeepers(value: unknown, check: Checker): Record<string, string> {
  const object = check.object(value, '/keepers') ?? {};
  const keepers: Record<string, string> = {};
  for (const [date, name] of Object.entries(object)) {
    const at = pointer('/keepers', date);
    if (!isIsoDate(date)) check.fail(at, messages.notDate(date));
    keepers[date] = check.text(name, at, NAME_LIMIT);
  }
  return keepers;
}

export const boardSchema: StateSchema<OpportunityBoardState> = {
  type: 'coprod-opportunity-board',
  version: 1,
  empty: emptyBoard,
  read(data, check) {
    const cards = check.list(data.cards, '/cards', { max: MAX_CARDS }).map((card, index) => readBoardCard(card, pointer('/cards', index), check));
    check.uniqueIds(cards, '/cards');
    return {
      type: 'coprod-opportunity-board',
      version: 1,
      keeper: check.text(data.keeper, '/keeper', NAME_LIMIT),
      cards,
      ...(data.keepers !== undefined && { keepers: readKeepers(data.keepers, check) }),
    };
  },
};

/**
 * Reads one card given to `addCard()`, with paths into that card (`/idea`). A card without
 * an id (or with an empty one) gets a fresh id. Never throws.
 */
export function parseCardInput(data: unknown): Validation<BoardCard> {
  const check = new Checker();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, errors: [{ path: '', message: messages.notObject() }] };
  const json = data as Json;
  const id = json.id === undefined || json.id === null || json.id === '' ? newCardId() : undefined;
  const card = readBoardCard(json, '', check, id);
  return check.ok ? { ok: true, value: card } : { ok: false, errors: check.errors };
}

/**
 * Adds a card to the board, or, when the board already has a card with its id (the same
 * card handed in again after it was brought back), updates that card's text, name, date
 * and wish to join; its status and meeting stay as the keeper set them.
 */
export function withCard(board: OpportunityBoardState, card: BoardCard): { board: OpportunityBoardState; updated: boolean } {
  const index = board.cards.findIndex((candidate) => candidate.id === card.id);
  if (index < 0) return { board: { ...board, cards: [...board.cards, card] }, updated: false };
  const old = board.cards[index];
  const cards = [...board.cards];
  cards[index] = { ...old, idea: card.idea, name: card.name, date: card.date, wantsToJoin: card.wantsToJoin };
  return { board: { ...board, cards }, updated: true };
}

/** Changes one card (by id); the other cards keep their identity, so keyed views re-use them. */
export function updateCard(board: OpportunityBoardState, id: string, change: Partial<Omit<BoardCard, 'id'>>): OpportunityBoardState {
  return { ...board, cards: board.cards.map((card) => (card.id === id ? { ...card, ...change } : card)) };
}

/** The status `step` places before (-1) or after (+1) `status`, stopping at the ends. */
export function stepStatus(status: OpportunityStatus, step: -1 | 1): OpportunityStatus {
  const index = statuses.indexOf(status) + step;
  return statuses[Math.max(0, Math.min(statuses.length - 1, index))];
}

/** Meeting dates on the board, earliest first, without repeats. */
export function meetingsOf(cards: readonly BoardCard[]): string[] {
  return [...new Set(cards.map((card) => card.meeting).filter((meeting): meeting is string => meeting !== null))].sort();
}

export interface BoardFilter {
  /** Statuses to show; all when omitted. */
  statuses?: ReadonlySet<OpportunityStatus>;
  /** `'all'`, `'none'` (not planned yet) or a meeting date. */
  meeting?: string;
}

export function filterCards(cards: readonly BoardCard[], filter: BoardFilter): BoardCard[] {
  const meeting = filter.meeting ?? 'all';
  return cards.filter(
    (card) =>
      (!filter.statuses || filter.statuses.has(card.status)) &&
      (meeting === 'all' || (meeting === 'none' ? card.meeting === null : card.meeting === meeting)),
  );
}

/** Cards by meeting: those not planned yet first (the keeper's inbox), then meetings earliest first. Card order is kept. */
export function groupByMeeting(cards: readonly BoardCard[]): MeetingGroup[] {
  const groups = new Map<string | null, BoardCard[]>();
  for (const card of cards) {
    const list = groups.get(card.meeting);
    if (list) list.push(card);
    else groups.set(card.meeting, [card]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1))
    .map(([meeting, list]) => ({ meeting, cards: list }));
}

/** Labels the CSV uses, in the active locale. */
export interface CsvLabels {
  header: readonly string[];
  status: Record<OpportunityStatus, string>;
  notPlanned: string;
  anonymous: string;
  yes: string;
  no: string;
}

/** CSV rows for the cards, grouped as on the board: meeting, status, idea, name, date, wants to help. */
export function csvRows(cards: readonly BoardCard[], labels: CsvLabels): string[][] {
  return groupByMeeting(cards).flatMap((group) =>
    statuses.flatMap((status) =>
      group.cards
        .filter((card) => card.status === status)
        .map((card) => [group.meeting ?? labels.notPlanned, labels.status[status], card.idea, card.name.trim() || labels.anonymous, card.date, card.wantsToJoin ? labels.yes : labels.no]),
    ),
  );
}

/**
 * How the connection to a room stands:
 * - `connecting`: reaching the room server for the first time;
 * - `connected`: changes go to everyone in the room as they are made;
 * - `offline`: the connection was lost; changes are kept in this browser and sent when it returns;
 * - `failed`: the room server could not be used; `reason` says why.
 */
export type RoomStatus = 'connecting' | 'connected' | 'offline' | 'failed';

/**
 * Why a room is `failed`: `token` (the server refused the token: wrong or missing),
 * `expired` (a signed token that has expired), `room-name` (the server does not accept the
 * room's name), `deleted` (the room was deleted on the server), `unreachable` (no server
 * answered at this address; trying again).
 */
export type RoomFailure = 'token' | 'expired' | 'room-name' | 'deleted' | 'unreachable';

/** One person in the room, as they named themselves (or not). */
export interface RoomPerson {
  /** Awareness client id: unique per open page. */
  id: number;
  /** The name the person gave; `''` when they gave none. */
  name: string;
  /** One colour per person, as a CSS colour. */
  color: string;
  /** This page. */
  self: boolean;
}

const eventOptions = { bubbles: true, composed: true } as const;

/** Fired when the room's connection status changes. */
export class RoomStatusEvent extends CustomEvent<{ status: RoomStatus; reason: RoomFailure | null }> {
  static readonly eventName = 'coprod-room-status';
  constructor(status: RoomStatus, reason: RoomFailure | null) {
    super(RoomStatusEvent.eventName, { ...eventOptions, detail: { status, reason } });
  }
}

/** Fired when someone joins or leaves the room, or changes their name. */
export class RoomPresenceEvent extends CustomEvent<{ people: RoomPerson[] }> {
  static readonly eventName = 'coprod-room-presence';
  constructor(people: RoomPerson[]) {
    super(RoomPresenceEvent.eventName, { ...eventOptions, detail: { people } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'coprod-room-status': RoomStatusEvent;
    'coprod-room-presence': RoomPresenceEvent;
  }
}

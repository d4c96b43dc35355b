/**
 * Set by a shared room on the elements it syncs (`coprod/room`): empty when everyone shares
 * the state (clearing it clears it for all), `own` when the room holds this person's answers
 * among everyone's (a radar in readings mode). "Start again" says which.
 */
export const SHARED_IN_ROOM_ATTRIBUTE = 'data-shared-in-room';

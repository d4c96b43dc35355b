/**
 * Set by a shared room on the elements whose state everyone in it shares (`coprod/room`):
 * clearing one clears it for all of them, and the element says so.
 */
export const SHARED_IN_ROOM_ATTRIBUTE = 'data-shared-in-room';

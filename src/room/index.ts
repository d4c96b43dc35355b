// The room's JavaScript API, without registering <coprod-room> (that is define.ts).
export { connectRoom, Room, personColor, offlineStoreName, type RoomOptions, type BindOptions } from './room.js';
export { ReadingsBinding, type ReadingsOptions } from './readings.js';
export { bindElement, ElementBinding, isBindable, type BindableElement, type BindingOptions } from './binding.js';
export { RoomStatusEvent, RoomPresenceEvent, type RoomStatus, type RoomFailure, type RoomPerson } from './room.events.js';
export { readState, writeState, writeText, textDiff, appendToList } from './yjs-mapping.js';
export { CoprodRoom } from './room.element.js';
export { setLocale, getLocale } from '../core/localization.js';

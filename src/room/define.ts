import { defineElement } from '../core/define.js';
import { CoprodRoom } from './room.element.js';

export { CoprodRoom };
export * from './index.js';

defineElement('coprod-room', CoprodRoom);

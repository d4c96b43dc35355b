import { defineElement } from '../core/define.js';
import { CoprodLadder } from './ladder.element.js';

export { CoprodLadder };
export * from './ladder.types.js';
export { setLocale, getLocale } from '../core/localization.js';

defineElement('coprod-ladder', CoprodLadder);

import { defineElement } from '../core/define.js';
import { CoprodGratitude } from './gratitude.element.js';

export { CoprodGratitude };
export * from './gratitude.types.js';
export { setLocale, getLocale } from '../core/localization.js';

defineElement('coprod-gratitude', CoprodGratitude);

import { defineElement } from '../core/define.js';
import { CoprodSupportCircle } from './circle.element.js';

export { CoprodSupportCircle };
export * from './circle.types.js';
export { looksLikeRoleOrGroup, roleWords } from './circle.hints.js';
export { setLocale, getLocale } from '../core/localization.js';

defineElement('coprod-support-circle', CoprodSupportCircle);

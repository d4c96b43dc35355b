import { defineElement } from '../core/define.js';
import { CoprodProfileCard } from './profile-card.element.js';

export { CoprodProfileCard };
export * from './profile-card.types.js';
export { setLocale, getLocale } from '../core/localization.js';

defineElement('coprod-profile-card', CoprodProfileCard);

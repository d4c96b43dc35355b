import { defineElement } from '../core/define.js';
import { CoprodOpportunityCard } from './card.element.js';

export { CoprodOpportunityCard };
export * from './opportunity.types.js';
export { setLocale, getLocale } from '../core/localization.js';

defineElement('coprod-opportunity-card', CoprodOpportunityCard);

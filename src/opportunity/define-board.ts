import { defineElement } from '../core/define.js';
import { CoprodOpportunityBoard } from './board.element.js';

export { CoprodOpportunityBoard };
export * from './opportunity.types.js';
export { setLocale, getLocale } from '../core/localization.js';

defineElement('coprod-opportunity-board', CoprodOpportunityBoard);

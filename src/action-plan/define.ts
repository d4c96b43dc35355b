import { defineElement } from '../core/define.js';
import { CoprodActionPlan } from './plan.element.js';

export { CoprodActionPlan };
export * from './plan.types.js';
export { principleIds } from '../core/principles.js';
export { setLocale, getLocale } from '../core/localization.js';

defineElement('coprod-action-plan', CoprodActionPlan);

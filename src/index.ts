export { CoprodLadder } from './ladder/define.js';
export type * from './ladder/ladder.types.js';

export { CoprodElement } from './core/coprod-element.js';
export { setLocale, getLocale } from './core/localization.js';
export { CoprodChangeEvent, CoprodInvalidEvent, CoprodPlanActionEvent, CoprodSubmitEvent } from './core/events.js';
export type { InvalidEntry, InvalidSource } from './core/events.js';

export { CoprodLadder } from './ladder/define.js';
export type * from './ladder/ladder.types.js';
export { CoprodProfileCard } from './profile-card/define.js';
export type * from './profile-card/profile-card.types.js';
export { CoprodOpportunityCard } from './opportunity/define-card.js';
export { CoprodOpportunityBoard } from './opportunity/define-board.js';
export type * from './opportunity/opportunity.types.js';
export { CoprodSupportCircle } from './support-circle/define.js';
export type * from './support-circle/circle.types.js';
export { CoprodReadinessRadar } from './readiness-radar/define.js';
export type * from './readiness-radar/radar.types.js';
export { CoprodActionPlan } from './action-plan/define.js';
export type * from './action-plan/plan.types.js';
export { CoprodGratitude } from './gratitude/define.js';
export type * from './gratitude/gratitude.types.js';

export { CoprodElement } from './core/coprod-element.js';
export { setLocale, getLocale } from './core/localization.js';
export { CoprodChangeEvent, CoprodInvalidEvent, CoprodPlanActionEvent, CoprodSubmitEvent } from './core/events.js';
export type { CoprodElementEventMap, InvalidEntry, InvalidSource, StateOrigin } from './core/events.js';
// Types only (erased): the room lives in its own entry `coprod/room`, so no Yjs in this one.
export type { CoprodRoom } from './room/room.element.js';

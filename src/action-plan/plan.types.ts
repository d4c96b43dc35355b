import type { PrincipleId } from '../core/principles.js';

export type { PrincipleId } from '../core/principles.js';

/** One SMART action for a principle: what, who, by when, and how you will know it worked. */
export interface PlanAction {
  id: string;
  principle: PrincipleId;
  what: string;
  who: string;
  /** `YYYY-MM-DD`, or `null` when no date is set yet. */
  when: string | null;
  measure: string;
  done: boolean;
}

export interface ActionPlanState {
  type: 'coprod-action-plan';
  version: 1;
  /** All actions; within a principle, in the order shown. */
  actions: PlanAction[];
}

/** Column separator of the CSV export: `;` suits Dutch Excel, `,` elsewhere. */
export type CsvSeparator = ',' | ';';

/** What a quiet SMART hint says about an action. */
export interface SmartCheck {
  noOwner: boolean;
  noDate: boolean;
  noMeasure: boolean;
  /** The date has passed and the action is not done. */
  overdue: boolean;
}

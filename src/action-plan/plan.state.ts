import { newItemId } from '../core/ids.js';
import { NAME_LIMIT } from '../core/limits.js';
import { principleIds, type PrincipleId } from '../core/principles.js';
import { Checker, pointer, type StateSchema } from '../core/validate.js';
import type { ActionPlanState, PlanAction, SmartCheck } from './plan.types.js';

const MAX_ACTIONS = 1000;

export function emptyActionPlan(): ActionPlanState {
  return { type: 'coprod-action-plan', version: 1, actions: [] };
}

export function emptyAction(id: string, principle: PrincipleId): PlanAction {
  return { id, principle, what: '', who: '', when: null, measure: '', done: false };
}

/** A new action id not used yet. */
export function nextActionId(actions: readonly PlanAction[]): string {
  return newItemId('a', actions);
}

/**
 * Moves an action one place up (-1) or down (+1) among the actions of its own principle;
 * other principles' actions keep their places. At the edge nothing changes.
 */
export function moveAction(actions: readonly PlanAction[], id: string, step: -1 | 1): PlanAction[] {
  const index = actions.findIndex((action) => action.id === id);
  if (index < 0) return [...actions];
  const principle = actions[index].principle;
  let other = index + step;
  while (other >= 0 && other < actions.length && actions[other].principle !== principle) other += step;
  if (other < 0 || other >= actions.length) return [...actions];
  const next = [...actions];
  [next[index], next[other]] = [next[other], next[index]];
  return next;
}

/** The SMART check of one action on a given day: what is missing, and whether its date has passed. */
export function smartCheck(action: PlanAction, today: string): SmartCheck {
  return {
    noOwner: !action.who.trim(),
    noDate: action.when === null,
    noMeasure: !action.measure.trim(),
    overdue: isOverdue(action, today),
  };
}

/** Not done, and its date is before `today` (both `YYYY-MM-DD`). */
export function isOverdue(action: PlanAction, today: string): boolean {
  return !action.done && action.when !== null && action.when < today;
}

/** Actions in the order they are shown: by principle, then by their order in the list. */
export function actionsInPrincipleOrder(actions: readonly PlanAction[]): PlanAction[] {
  return principleIds.flatMap((principle) => actions.filter((action) => action.principle === principle));
}

function readAction(value: unknown, path: string, check: Checker): PlanAction {
  const action = check.object(value, path) ?? {};
  return {
    id: check.id(action.id, pointer(path, 'id')),
    principle: check.oneOf(action.principle, principleIds, pointer(path, 'principle')) ?? 'assets',
    what: check.text(action.what, pointer(path, 'what')),
    who: check.text(action.who, pointer(path, 'who'), NAME_LIMIT),
    when: check.dateOrNull(action.when, pointer(path, 'when')),
    measure: check.text(action.measure, pointer(path, 'measure')),
    done: check.boolean(action.done, pointer(path, 'done')),
  };
}

export const actionPlanSchema: StateSchema<ActionPlanState> = {
  type: 'coprod-action-plan',
  version: 1,
  empty: emptyActionPlan,
  read(data, check) {
    const actions = check.list(data.actions, '/actions', { max: MAX_ACTIONS }).map((action, index) => readAction(action, pointer('/actions', index), check));
    check.uniqueIds(actions, '/actions');
    return { type: 'coprod-action-plan', version: 1, actions };
  },
};

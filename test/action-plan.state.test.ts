import { expect } from '@open-wc/testing';
import { actionPlanSchema, actionsInPrincipleOrder, emptyAction, emptyActionPlan, moveAction, nextActionId, smartCheck } from '../src/action-plan/plan.state.js';
import type { PlanAction } from '../src/action-plan/plan.types.js';
import { parseState } from '../src/core/validate.js';
import { filledPlan, manyActions } from './fixtures/action-plan.fixtures.js';

const ids = (actions: readonly PlanAction[]) => actions.map((action) => action.id);

describe('action plan state (pure)', () => {
  it('accepts the empty and the filled plan unchanged', () => {
    for (const state of [emptyActionPlan(), filledPlan, manyActions(300)]) {
      const result = parseState(actionPlanSchema, JSON.parse(JSON.stringify(state)));
      expect(result).to.deep.equal({ ok: true, value: state });
    }
  });

  it('fills missing optional fields, so hand-written JSON works', () => {
    const result = parseState(actionPlanSchema, { type: 'coprod-action-plan', version: 1, actions: [{ id: 'x', principle: 'networks', what: 'Buurtlunch' }] });
    expect(result.ok && result.value.actions[0]).to.deep.equal({ ...emptyAction('x', 'networks'), what: 'Buurtlunch' });
    const bare = parseState(actionPlanSchema, { type: 'coprod-action-plan', version: 1 });
    expect(bare.ok && bare.value).to.deep.equal(emptyActionPlan());
  });

  it('reports every fault with its path, not just the first', () => {
    const result = parseState(actionPlanSchema, {
      type: 'coprod-action-plan',
      version: 1,
      actions: [
        { id: 'a', principle: 'courage', when: '2026-13-01' },
        { id: 'a', principle: 'assets', who: 'w'.repeat(201), done: 1, measure: [] },
      ],
    });
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors.map((error) => error.path)).to.have.members(['/actions/0/principle', '/actions/0/when', '/actions/1/who', '/actions/1/done', '/actions/1/measure', '/actions/1/id']);
  });

  it('makes action ids that are not taken', () => {
    // The next number and a random tag: two devices adding at once get different ids.
    expect(nextActionId([])).to.match(/^a1-[0-9a-z]{4}$/);
    expect(nextActionId(filledPlan.actions)).to.match(/^a6-[0-9a-z]{4}$/);
    expect(nextActionId([emptyAction('a2', 'assets')])).to.match(/^a2-[0-9a-z]{4}$/);
    expect(new Set(Array.from({ length: 50 }, () => nextActionId(filledPlan.actions))).size).to.equal(50);
  });

  it('moves an action among its own principle’s actions only, and not past the edge', () => {
    const actions = filledPlan.actions; // a1 mutuality, a2 mutuality, a3 blur-roles, a4 networks, a5 blur-roles
    expect(ids(moveAction(actions, 'a5', -1))).to.deep.equal(['a1', 'a2', 'a5', 'a4', 'a3']);
    expect(ids(moveAction(actions, 'a3', 1))).to.deep.equal(['a1', 'a2', 'a5', 'a4', 'a3']);
    expect(ids(moveAction(actions, 'a2', -1))).to.deep.equal(['a2', 'a1', 'a3', 'a4', 'a5']);
    expect(ids(moveAction(actions, 'a1', -1))).to.deep.equal(ids(actions));
    expect(ids(moveAction(actions, 'a4', 1))).to.deep.equal(ids(actions));
    expect(ids(moveAction(actions, 'missing', 1))).to.deep.equal(ids(actions));
    expect(ids(actions)).to.deep.equal(['a1', 'a2', 'a3', 'a4', 'a5']);
  });

  it('checks an action for SMART: owner, date, measure, and a date that has passed', () => {
    const action: PlanAction = { ...emptyAction('a', 'assets'), what: 'Iets doen' };
    expect(smartCheck(action, '2026-11-25')).to.deep.equal({ noOwner: true, noDate: true, noMeasure: true, overdue: false });
    const full = { ...action, who: 'Anna', when: '2026-12-01', measure: 'Tien mensen doen mee' };
    expect(smartCheck(full, '2026-11-25')).to.deep.equal({ noOwner: false, noDate: false, noMeasure: false, overdue: false });
    expect(smartCheck(full, '2026-12-01').overdue).to.equal(false);
    expect(smartCheck(full, '2026-12-02').overdue).to.equal(true);
    expect(smartCheck({ ...full, done: true }, '2027-01-01').overdue).to.equal(false);
    expect(smartCheck({ ...full, who: '   ' }, '2026-11-25').noOwner).to.equal(true);
  });

  it('lists actions in the order they are shown: by principle', () => {
    expect(ids(actionsInPrincipleOrder(filledPlan.actions))).to.deep.equal(['a1', 'a2', 'a4', 'a3', 'a5']);
  });
});

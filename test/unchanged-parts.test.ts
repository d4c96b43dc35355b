import { expect } from '@open-wc/testing';
import '../src/index.js';
import { keepUnchangedParts } from '../src/core/unchanged-parts.js';
import { filledPlan, manyActions } from './fixtures/action-plan.fixtures.js';
import { clone, mount, queryAll, type AnyCoprodElement } from './helpers.js';
import type { ActionPlanState } from '../src/action-plan/plan.types.js';

describe('state from outside keeps the objects of what did not change', () => {
  it('gives back the current objects for equal parts, items matched by id', () => {
    const current = clone(filledPlan);
    expect(keepUnchangedParts(clone(current), current)).to.equal(current);
    const next = clone(current);
    next.actions[2].who = 'Sam';
    next.actions.reverse();
    const kept = keepUnchangedParts(next, current);
    expect(kept).to.deep.equal(next);
    expect(kept).not.to.equal(current);
    for (const action of kept.actions) {
      const before = current.actions.find((candidate) => candidate.id === action.id)!;
      if (action.id === current.actions[2].id) expect(action, 'the changed action is new').not.to.equal(before);
      else expect(action, `${action.id} kept`).to.equal(before);
    }
    // A key more or less, a value of another kind: new objects there.
    const fewer: Partial<ActionPlanState> = clone(current);
    delete fewer.version;
    expect(keepUnchangedParts(fewer, current)).not.to.equal(current);
    expect(keepUnchangedParts({ ...clone(current), extra: 1 }, current)).not.to.equal(current);
    expect(keepUnchangedParts({ ...clone(current), actions: null }, current).actions).to.equal(null);
  });

  it('renders again only the rows a change from a room or another tab touched', async () => {
    const el = await mount<AnyCoprodElement & { applyState(data: unknown, source: 'sync' | 'storage'): boolean }>('coprod-action-plan', {
      properties: { value: manyActions(60) },
    });
    try {
      const instance = el as unknown as { _renderRow: (...args: unknown[]) => unknown };
      const renderRow = instance._renderRow;
      const rendered: string[] = [];
      instance._renderRow = function (this: unknown, ...args: unknown[]) {
        rendered.push((args[0] as { id: string }).id);
        return renderRow.apply(this, args);
      };
      const next = clone(el.value as ActionPlanState);
      next.actions[7].who = 'Sam';
      expect(el.applyState(next, 'sync')).to.equal(true);
      await el.updateComplete;
      expect(rendered).to.deep.equal([next.actions[7].id]);
      expect(queryAll<HTMLInputElement>(el, '.cell-who input').map((field) => field.value)).to.include('Sam');
      rendered.length = 0;
      expect(el.applyState(clone(next), 'storage'), 'the same state again').to.equal(true);
      await el.updateComplete;
      expect(rendered).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});

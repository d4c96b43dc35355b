import { filledPlan, manyActions } from '../test/fixtures/action-plan.fixtures.js';
import { firstRenderScenario, timeFirstRender, timeUpdate, type BenchSuite } from './harness.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

export const suite: BenchSuite = {
  name: 'coprod-action-plan',
  scenarios: [
    firstRenderScenario('first render, empty', 'coprod-action-plan', () => undefined),
    firstRenderScenario('first render, filled (5 actions)', 'coprod-action-plan', () => filledPlan),
    { ...firstRenderScenario('first render, 300 actions', 'coprod-action-plan', () => manyActions(300)), samples: 7 },
    {
      name: 'type in one field (300 actions)',
      samples: 7,
      async sample() {
        const { el } = await timeFirstRender('coprod-action-plan', manyActions(300));
        const field = el.shadowRoot!.querySelector<HTMLTextAreaElement>('.row:not(.head) textarea')!;
        const ms = await timeUpdate(el as Updatable, () => {
          field.value += ' en ook de buren';
          field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        });
        el.remove();
        return ms;
      },
      target: '≤ 16 ms',
    },
    {
      name: 'mark an action done (300 actions)',
      samples: 7,
      async sample() {
        const { el } = await timeFirstRender('coprod-action-plan', manyActions(300));
        const box = el.shadowRoot!.querySelector<HTMLInputElement>('.row:not(.head) input[type=checkbox]:not(:checked)')!;
        const ms = await timeUpdate(el as Updatable, () => box.click());
        el.remove();
        return ms;
      },
      target: '≤ 16 ms',
    },
  ],
};

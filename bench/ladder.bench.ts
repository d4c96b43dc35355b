import type { LadderState } from '../src/ladder/ladder.types.js';
import { filledLadder } from '../test/fixtures/ladder.fixtures.js';
import { firstRenderScenario, timeFirstRender, timeUpdate, type BenchSuite } from './harness.js';

function ladderWith(examples: number): LadderState {
  const rungs = ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co-design', 'co-production'];
  return {
    ...filledLadder,
    examples: Array.from({ length: examples }, (_, i) => ({ ...filledLadder.examples[i % 2], id: `e${i + 1}`, rung: rungs[i % rungs.length] })),
  };
}

export const suite: BenchSuite = {
  name: 'coprod-ladder',
  scenarios: [
    firstRenderScenario('first render, empty', 'coprod-ladder', () => undefined, '≤ 4 ms'),
    firstRenderScenario('first render, filled (2 examples)', 'coprod-ladder', () => filledLadder, '≤ 4 ms'),
    firstRenderScenario('first render, 50 examples', 'coprod-ladder', () => ladderWith(50)),
    {
      name: 'place an example on another rung (50 examples)',
      async sample() {
        const { el } = await timeFirstRender('coprod-ladder', ladderWith(50));
        const radio = el.shadowRoot!.querySelector<HTMLInputElement>('.example input[type=radio]:not(:checked)')!;
        const ms = await timeUpdate(el as HTMLElement & { updateComplete: Promise<unknown> }, () => radio.click());
        el.remove();
        return ms;
      },
      target: '≤ 16 ms',
    },
  ],
};

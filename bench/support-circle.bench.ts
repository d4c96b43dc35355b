import type { CoprodSupportCircle } from '../src/support-circle/circle.element.js';
import { circleWith } from '../test/fixtures/support-circle.fixtures.js';
import { firstRenderScenario, timeFirstRender, timeUpdate, type BenchSuite } from './harness.js';

const tag = 'coprod-support-circle';

export const suite: BenchSuite = {
  name: tag,
  scenarios: [
    firstRenderScenario('first render, 50 people', tag, () => circleWith(50)),
    firstRenderScenario('first render, 200 people', tag, () => circleWith(200)),
    firstRenderScenario('first render, 500 people', tag, () => circleWith(500)),
    {
      // The key the element handles, on a focused mark: one person one ring outwards.
      // Only the two rings involved are laid out again; other rings and list rows are skipped.
      name: 'keyboard move of one person to the next ring (500 people)',
      samples: 20,
      async sample() {
        const { el } = await timeFirstRender(tag, circleWith(500));
        const circle = el as CoprodSupportCircle;
        const mark = circle.shadowRoot!.querySelector<SVGGElement>('svg.circle .mark[data-ring=participants]')!;
        mark.focus();
        const ms = await timeUpdate(circle, () => {
          mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
        });
        el.remove();
        return ms;
      },
      target: '≤ 16 ms',
    },
  ],
};

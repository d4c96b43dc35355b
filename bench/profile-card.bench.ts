import { filledProfile, teamProfiles } from '../test/fixtures/profile-card.fixtures.js';
import { firstRenderScenario, timeFirstRender, timeUpdate, type BenchSuite } from './harness.js';

export const suite: BenchSuite = {
  name: 'coprod-profile-card',
  scenarios: [
    firstRenderScenario('first render, empty', 'coprod-profile-card', () => undefined, '≤ 4 ms'),
    firstRenderScenario('first render, filled (4 sections, photo)', 'coprod-profile-card', () => filledProfile, '≤ 4 ms'),
    firstRenderScenario('first render, filled, read-only', 'coprod-profile-card', () => teamProfiles[0]),
    {
      name: 'type into an item (filled)',
      async sample() {
        const { el } = await timeFirstRender('coprod-profile-card', filledProfile);
        const field = el.shadowRoot!.querySelector<HTMLTextAreaElement>('.section textarea')!;
        const ms = await timeUpdate(el as HTMLElement & { updateComplete: Promise<unknown> }, () => {
          field.value += ' En ik help graag.';
          field.dispatchEvent(new Event('input', { bubbles: true }));
        });
        el.remove();
        return ms;
      },
      target: '≤ 16 ms',
    },
  ],
};

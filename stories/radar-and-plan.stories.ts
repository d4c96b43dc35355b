import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/readiness-radar/define.js';
import '../src/action-plan/define.js';
import { filledPlan } from '../test/fixtures/action-plan.fixtures.js';
import { readinessWithReadings } from '../test/fixtures/readiness-radar.fixtures.js';

const meta: Meta = {
  title: 'Exercises/Readiness radar and action plan',
  parameters: {
    docs: {
      description: {
        component:
          'The radar and the plan on one page. "Plan an action" on a gap adds an action for that principle to the plan and puts the cursor in it. The host wires them in one line: `radar.addEventListener(\'coprod-plan-action\', e => plan.addAction(e.detail))`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Press "Plan an action" beside a gap: the plan gets an empty action for that principle, ready to type in. */
export const OnePage: Story = {
  name: 'Radar and plan on one page',
  render: () => {
    const page = document.createElement('div');
    page.style.display = 'grid';
    page.style.gap = '2rem';
    const radar = document.createElement('coprod-readiness-radar');
    radar.value = readinessWithReadings;
    const plan = document.createElement('coprod-action-plan');
    plan.value = { ...filledPlan, actions: filledPlan.actions.slice(0, 3) };
    radar.addEventListener('coprod-plan-action', (e) => plan.addAction(e.detail));
    page.append(radar, plan);
    return page;
  },
};

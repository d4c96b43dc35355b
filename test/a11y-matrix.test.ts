import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { render } from 'lit';
import * as actionPlan from '../stories/action-plan.stories.js';
import * as ladder from '../stories/ladder.stories.js';
import * as opportunity from '../stories/opportunity.stories.js';
import * as profile from '../stories/profile-card.stories.js';
import * as radarAndPlan from '../stories/radar-and-plan.stories.js';
import * as radar from '../stories/readiness-radar.stories.js';
import * as circle from '../stories/support-circle.stories.js';
import * as gratitude from '../stories/gratitude.stories.js';
import { settle } from './helpers.js';

/** axe-core on every story of every element, in every condition people use them in. */
interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}
declare const axe: { run(context: Element, options: object): Promise<AxeResult> };

type StoryModule = Record<string, unknown> & { default: { title?: string; args?: object; render?: (args: object) => unknown } };
interface StoryLike {
  name?: string;
  args?: object;
  render?: (args: object) => unknown;
}

const modules: StoryModule[] = [ladder, radar, actionPlan, radarAndPlan, circle, profile, opportunity, gratitude] as unknown as StoryModule[];
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Stories with hundreds of items are checked in the default condition only: same markup, many times. */
const large = /hundred|large|three ?hundred|200|300|1,000/i;

const conditions: { name: string; media?: Record<string, string>; width?: number }[] = [
  { name: 'default' },
  { name: 'dark scheme', media: { 'prefers-color-scheme': 'dark' } },
  { name: 'forced colours', media: { 'forced-colors': 'active' } },
  { name: 'reduced motion', media: { 'prefers-reduced-motion': 'reduce' } },
  { name: '320 px viewport', width: 320 },
];

async function violationsOf(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return result.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => `${node.target.join(' ')} (${node.failureSummary ?? ''})`).slice(0, 3).join(', ')}`);
}

for (const module of modules) {
  const meta = module.default;
  const stories = Object.entries(module).filter(([key]) => key !== 'default') as [string, StoryLike][];
  describe(`accessibility matrix: ${meta.title}`, () => {
    afterEach(async () => {
      await executeServerCommand('coprod-emulate-media', {});
      await setViewport({ width: 800, height: 600 });
      localStorage.clear();
    });

    for (const [exportName, story] of stories) {
      const title = story.name ?? exportName;
      for (const condition of conditions) {
        if (condition.name !== 'default' && large.test(`${title} ${exportName}`)) continue;
        it(`${title}, ${condition.name}: no axe violations`, async function () {
          // axe on hundreds of rows takes many seconds on a slow machine.
          if (large.test(`${title} ${exportName}`)) this.timeout(90_000);
          if (condition.media) await executeServerCommand('coprod-emulate-media', condition.media);
          // Tall, so axe does not count a target cut by the bottom edge of the window as obscured.
          await setViewport({ width: condition.width ?? 1024, height: 12000 });
          const container = document.createElement('main');
          container.lang = 'en';
          document.body.append(container);
          const renderStory = story.render ?? meta.render!;
          render(renderStory({ ...meta.args, ...story.args }), container);
          await settle(30);
          await Promise.all([...container.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].map((el) => el.updateComplete));
          const violations = await violationsOf(container);
          container.remove();
          expect(violations, violations.join('\n')).to.deep.equal([]);
        });
      }
    }
  });
}

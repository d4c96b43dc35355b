import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { render } from 'lit';
import { settle } from '../helpers.js';

/**
 * A second accessibility engine besides axe: IBM Equal Access (the rule engine of the
 * `accessibility-checker` tools, from the npm package `accessibility-checker-engine`, served
 * locally) over every story. It reaches into shadow roots. Violations fail; the rules we set
 * aside are listed in `falsePositives` with the reason, and in docs/accessibility.md.
 */
interface AceResult {
  ruleId: string;
  value: [string, string];
  path: { dom: string };
  message: string;
}
declare const ace: {
  Checker: new () => {
    check(node: Element, rulesets: string[]): Promise<{ results: AceResult[] }>;
  };
};

/** Findings that are not problems, each with the reason (also in docs/accessibility.md, "Second engine"). */
export const falsePositives: { rule: string; when: (result: AceResult) => boolean; why: string }[] = [
  {
    rule: 'input_label_exists',
    // Chromium renders the content of a closed <details> with content-visibility: hidden, so the
    // engine finds the <label for> of a field in there "not rendered". The field is not rendered
    // either, and opening the details shows both, labelled (axe and our own tests check that).
    when: (result) => /\/details\[\d+\]\//.test(result.path.dom),
    why: 'a labelled field inside a closed <details>: neither field nor label is rendered until it opens',
  },
  {
    rule: 'element_tabbable_role_valid',
    // The board moves focus between its cards with the arrow keys (one card in the tab order, as
    // in the APG feed pattern, whose articles are focusable by design). The engine accepts only
    // widget roles on a tabbable element. TODO (board owner): consider role="feed" on the list.
    when: (result) => /coprod-opportunity-board\[\d+\]\/.*\/article\[\d+\]$/.test(result.path.dom),
    why: 'the board’s cards are articles with roving focus (APG feed pattern); the engine wants a widget role',
  },
];

/**
 * Stories with hundreds of items repeat the markup of the small stories, and the engine needs
 * minutes for each (the test file would time out). TODO (perf/content-visibility owner): the
 * rows these stories scroll out of view use `content-visibility: auto`, and the engine then
 * reports `input_label_exists` for every field beyond the first screen (Chromium leaves them out
 * of the accessibility tree until scrolled to) — the finding of issue 14 that is theirs to settle.
 */
const large = /hundred|large|three ?hundred|200|300|1,000/i;

export type StoryModule = Record<string, unknown> & {
  default: {
    title?: string;
    args?: object;
    render?: (args: object) => unknown;
  };
};
interface StoryLike {
  name?: string;
  args?: object;
  render?: (args: object) => unknown;
}

function loadEngine(): Promise<void> {
  if (typeof (globalThis as { ace?: unknown }).ace !== 'undefined') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('accessibility-checker-engine/ace.js did not load'));
    document.head.append(script);
  });
}

async function violationsOf(container: HTMLElement): Promise<string[]> {
  const report = await new ace.Checker().check(container, ['IBM_Accessibility']);
  return report.results
    .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL' && !falsePositives.some((known) => known.rule === result.ruleId && known.when(result)))
    .map((result) => `${result.ruleId}: ${result.message} — ${result.path.dom}`);
}

/** One describe block: every story of these story modules, checked by the IBM engine. */
export function checkStoriesWithIbm(modules: StoryModule[]): void {
  describe('IBM Equal Access engine on every story', () => {
    before(async () => {
      await loadEngine();
      document.documentElement.lang = 'en';
      document.title = 'coprod stories';
    });
    afterEach(() => localStorage.clear());

    for (const module of modules) {
      const meta = module.default;
      const stories = Object.entries(module).filter(([key]) => key !== 'default') as [string, StoryLike][];
      for (const [exportName, story] of stories) {
        if (large.test(`${story.name ?? ''} ${exportName}`)) continue;
        it(`${meta.title}: ${story.name ?? exportName} has no violations`, async function () {
          this.timeout(120_000);
          await setViewport({ width: 1024, height: 12000 });
          const container = document.createElement('main');
          document.body.append(container);
          render((story.render ?? meta.render!)({ ...meta.args, ...story.args }), container);
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

import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { render } from 'lit';
import meta, { Voorbeeld, type NlDesignSystemArgs } from '../stories/nl-design-system.stories.js';
import { allTags } from './fixtures/all.fixtures.js';
import { settle, shadow } from './helpers.js';

/**
 * A page that loads a published NL Design System theme (the Voorbeeld theme, a devDependency)
 * and sets its class on a root element: every element takes the theme's colours, fonts, focus
 * ring and target size, our own --coprod-* tokens still win, and axe stays clean.
 * The stylesheet is served by the test runner's dev server from node_modules.
 */
const themeStylesheet = '/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}
declare const axe: { run(context: Element, options: object): Promise<AxeResult> };
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let container: HTMLElement;
let themeRoot: HTMLElement;

/** Renders the story's page (all eight elements) and waits for the theme's stylesheet. */
async function renderStory(args: Partial<NlDesignSystemArgs> = {}): Promise<void> {
  container = document.createElement('main');
  container.lang = 'en';
  document.body.append(container);
  render(meta.render!({ ...meta.args, ...Voorbeeld.args, stylesheet: themeStylesheet, ...args } as NlDesignSystemArgs, {} as never), container);
  const link = container.querySelector('link')!;
  await new Promise<void>((resolve, reject) => {
    if (link.sheet) resolve();
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`${themeStylesheet} did not load: is @nl-design-system-unstable/voorbeeld-design-tokens installed?`)));
  });
  themeRoot = container.querySelector<HTMLElement>('.nlds-page')!;
  await settle(30);
  await Promise.all([...container.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].map((el) => el.updateComplete));
}

/** What a basis token resolves to as a computed property, through a probe in the theme root. */
function resolved(property: 'color' | 'font-family' | 'outline-width' | 'min-height', value: string): string {
  const probe = document.createElement('div');
  if (property === 'outline-width') probe.style.outlineStyle = 'solid';
  probe.style.setProperty(property, value);
  themeRoot.append(probe);
  const computed = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return computed;
}

function elementsOf(tag: string): HTMLElement {
  const el = themeRoot.querySelector<HTMLElement>(tag);
  if (!el) throw new Error(`${tag} not rendered by the story`);
  return el;
}

/** The buttons a person can see and reach. */
function visibleButtons(el: HTMLElement): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].filter((button) => !button.disabled && button.getClientRects().length > 0);
}

/** Colours of a button that come from the accent: its border, its text or its fill. */
function accentColoursOf(button: HTMLElement): string[] {
  const style = getComputedStyle(button);
  return [style.borderTopColor, style.color, style.backgroundColor];
}

async function violationsOf(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return result.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => `${node.target.join(' ')} (${node.failureSummary ?? ''})`).slice(0, 3).join(', ')}`);
}

describe('NL Design System theme (Voorbeeld)', () => {
  beforeEach(async () => {
    await setViewport({ width: 1024, height: 12000 });
  });
  afterEach(async () => {
    container?.remove();
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
    localStorage.clear();
  });

  it('the theme is loaded and differs from our defaults', async () => {
    await renderStory();
    expect(resolved('color', 'var(--basis-color-accent-1-color-default)')).to.equal('rgb(81, 21, 239)');
    expect(resolved('color', 'var(--basis-focus-outline-color)')).to.equal('rgb(11, 12, 12)');
    expect(resolved('font-family', 'var(--basis-text-font-family-default)')).to.equal('"Noto Sans", sans-serif');
    expect(resolved('min-height', 'var(--basis-pointer-target-min-block-size)')).to.equal('48px');
  });

  it('every element takes the theme: text colour, font, heading font, accent, focus ring and target size', async () => {
    await renderStory();
    const text = resolved('color', 'var(--basis-color-default-color-document)');
    const font = resolved('font-family', 'var(--basis-text-font-family-default)');
    const headingFont = resolved('font-family', 'var(--basis-heading-font-family)');
    const accent = resolved('color', 'var(--basis-color-accent-1-color-default)');
    const focusColour = resolved('color', 'var(--basis-focus-outline-color)');
    const focusWidth = resolved('outline-width', 'var(--basis-focus-outline-width)');
    const target = resolved('min-height', 'var(--basis-pointer-target-min-block-size)');
    expect(allTags).to.have.length(8);
    for (const tag of allTags) {
      const el = elementsOf(tag);
      const style = getComputedStyle(el);
      expect(style.color, `${tag}: text colour`).to.equal(text);
      expect(style.fontFamily, `${tag}: font`).to.equal(font);
      const heading = shadow(el).querySelector('h2, h3, h4');
      if (heading) expect(getComputedStyle(heading).fontFamily, `${tag}: heading font`).to.equal(headingFont);

      const buttons = visibleButtons(el);
      expect(buttons.length, `${tag} shows buttons`).to.be.greaterThan(0);
      expect(buttons.some((button) => accentColoursOf(button).includes(accent)), `${tag}: a button in the theme's accent ${accent}`).to.be.true;
      // Most controls are at least the target size; a few small ones (read one item aloud) are 2rem, above the 24 px minimum.
      const button = buttons.find((candidate) => getComputedStyle(candidate).minHeight === target);
      expect(button, `${tag}: a button of the theme's target size ${target}`).to.exist;
      if (!button) return;

      button.focus();
      expect(button.matches(':focus-visible'), `${tag}: focus is visible`).to.be.true;
      const focused = getComputedStyle(button);
      expect(focused.outlineColor, `${tag}: focus ring colour`).to.equal(focusColour);
      expect(focused.outlineWidth, `${tag}: focus ring width`).to.equal(focusWidth);
      button.blur();
    }
  });

  it('our own --coprod-* tokens still win over the theme', async () => {
    await renderStory({ style: '--coprod-color-accent: #8a1538; --coprod-focus-ring-color: #8a1538; --coprod-font-family: Georgia, serif;' });
    const theirs = resolved('color', 'var(--basis-color-accent-1-color-default)');
    for (const tag of allTags) {
      const el = elementsOf(tag);
      expect(getComputedStyle(el).fontFamily, `${tag}: our font`).to.equal('Georgia, serif');
      const buttons = visibleButtons(el);
      expect(buttons.some((button) => accentColoursOf(button).includes('rgb(138, 21, 56)')), `${tag}: our accent`).to.be.true;
      expect(buttons.some((button) => accentColoursOf(button).includes(theirs)), `${tag}: no theme accent left`).to.be.false;
      const button = buttons[0];
      button.focus();
      expect(getComputedStyle(button).outlineColor, `${tag}: our focus ring`).to.equal('rgb(138, 21, 56)');
      button.blur();
    }
  });

  it('on a dark system the light theme stays light, native parts (radio buttons, date pickers) included', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await renderStory();
    const text = resolved('color', 'var(--basis-color-default-color-document)');
    for (const tag of allTags) {
      const el = elementsOf(tag);
      expect(getComputedStyle(el).color, `${tag}: the theme's dark text`).to.equal(text);
      expect(getComputedStyle(el).colorScheme, `${tag}: the page's colour scheme`).to.equal(getComputedStyle(themeRoot).colorScheme);
    }
    container.remove();
    // Without the theme class our own dark defaults apply, with dark native parts.
    await renderStory({ themeClass: '' });
    for (const tag of allTags) {
      expect(getComputedStyle(elementsOf(tag)).colorScheme, `${tag} without the theme`).to.equal('light dark');
      expect(getComputedStyle(elementsOf(tag)).color, `${tag} without the theme: light text`).to.not.equal(text);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe is clean for all eight elements in the theme (${scheme} system scheme)`, async () => {
      await emulateMedia({ colorScheme: scheme });
      await renderStory();
      const problems: string[] = [];
      for (const tag of allTags) {
        const violations = await violationsOf(elementsOf(tag));
        problems.push(...violations.map((violation) => `${tag}: ${violation}`));
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});

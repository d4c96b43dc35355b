import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/ladder/define.js';
import '../src/readiness-radar/define.js';
import '../src/support-circle/define.js';
import '../src/profile-card/define.js';
import '../src/action-plan/define.js';
import '../src/opportunity/define-card.js';
import '../src/opportunity/define-board.js';
import '../src/gratitude/define.js';
import { filledPlan } from '../test/fixtures/action-plan.fixtures.js';
import { filledGratitude } from '../test/fixtures/gratitude.fixtures.js';
import { filledLadder } from '../test/fixtures/ladder.fixtures.js';
import { filledBoard, filledCard } from '../test/fixtures/opportunity.fixtures.js';
import { filledProfile } from '../test/fixtures/profile-card.fixtures.js';
import { readinessWithReadings } from '../test/fixtures/readiness-radar.fixtures.js';
import { filledCircle } from '../test/fixtures/support-circle.fixtures.js';

/**
 * An organisation that already uses NL Design System loads its theme (here the published
 * Voorbeeld theme, `@nl-design-system-unstable/voorbeeld-design-tokens`) and puts the theme
 * class on a root element. Every exercise then takes the house style from the theme's basis
 * tokens, with no `--coprod-*` set (docs/theming.md lists the mapping).
 */
export interface NlDesignSystemArgs {
  /** Where the theme's CSS is served: Storybook serves the package's dist/ here (.storybook/main.ts). */
  stylesheet: string;
  /** The theme class, as the organisation puts it on `<body>`. */
  themeClass: string;
  /** Extra inline CSS on the theme root, e.g. our own `--coprod-*` tokens. */
  style: string;
}

/** The Voorbeeld theme's stylesheet as Storybook serves it. */
export const voorbeeldThemeInStorybook = 'nl-design-system/voorbeeld/theme.css';

const meta: Meta<NlDesignSystemArgs> = {
  title: 'Themes/NL Design System',
  args: { stylesheet: voorbeeldThemeInStorybook, themeClass: 'voorbeeld-theme', style: '' },
  render: (args) => html`
    <link rel="stylesheet" href=${args.stylesheet} />
    <div
      class="nlds-page ${args.themeClass}"
      style="display: grid; gap: 2rem; padding: 1rem; color: var(--basis-color-default-color-document); background: var(--basis-color-default-bg-document); font-family: var(--basis-text-font-family-default); ${args.style}"
    >
      <p style="margin: 0; max-width: 60ch">
        This page loads an NL Design System theme and sets its class on this wrapper. The exercises below set no
        <code>--coprod-*</code> token: colours, fonts, focus ring, spacing, corners and target size come from the theme.
      </p>
      <coprod-ladder .value=${filledLadder}></coprod-ladder>
      <coprod-readiness-radar .value=${readinessWithReadings}></coprod-readiness-radar>
      <coprod-support-circle .value=${filledCircle}></coprod-support-circle>
      <coprod-profile-card .value=${filledProfile}></coprod-profile-card>
      <coprod-action-plan .value=${filledPlan}></coprod-action-plan>
      <coprod-opportunity-card .value=${filledCard}></coprod-opportunity-card>
      <coprod-opportunity-board .value=${filledBoard}></coprod-opportunity-board>
      <coprod-gratitude .value=${filledGratitude}></coprod-gratitude>
    </div>
  `,
};
export default meta;

type Story = StoryObj<NlDesignSystemArgs>;

export const Voorbeeld: Story = { name: 'All eight elements in the Voorbeeld theme' };

/** Our own tokens still win over the theme: here the accent and the focus ring. */
export const VoorbeeldWithOwnTokens: Story = {
  name: 'Voorbeeld theme with our own accent on top',
  args: { style: '--coprod-color-accent: #8a1538; --coprod-focus-ring-color: #8a1538;' },
};

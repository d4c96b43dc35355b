import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/action-plan/define.js';
import type { ActionPlanState } from '../src/action-plan/plan.types.js';
import { filledPlan, manyActions } from '../test/fixtures/action-plan.fixtures.js';
import { houseStyle } from './themes.js';

interface PlanArgs {
  value?: ActionPlanState;
  readonly: boolean;
}

const meta: Meta<PlanArgs> = {
  title: 'Exercises/Action plan',
  component: 'coprod-action-plan',
  args: { readonly: false },
  render: (args) =>
    html`<coprod-action-plan .value=${args.value ?? { type: 'coprod-action-plan', version: 1 }} ?readonly=${args.readonly}></coprod-action-plan>`,
};
export default meta;

type Story = StoryObj<PlanArgs>;

export const Empty: Story = {};

/** The plan a "Huis van het Kind" team made from its gaps: one action done, one still without owner, date or check. */
export const Filled: Story = { name: 'Filled in (Dutch team)', args: { value: filledPlan } };

/** The read-only plan is the toolkit's action-plan sheet; it is also what prints. */
export const Readonly: Story = { name: 'Read-only sheet (share, print)', args: { value: filledPlan, readonly: true } };

export const Themed: Story = {
  name: 'Themed with a house style',
  args: { value: filledPlan },
  render: (args) => html`<coprod-action-plan style=${houseStyle} .value=${args.value}></coprod-action-plan>`,
};

/** 300 actions: rows far from the screen are laid out only when scrolled to. */
export const ThreeHundred: Story = { name: '300 actions', args: { value: manyActions(300) } };

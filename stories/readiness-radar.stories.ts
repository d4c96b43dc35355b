import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/readiness-radar/define.js';
import type { ReadinessState } from '../src/readiness-radar/radar.types.js';
import { filledReadiness, ownQuestions, readinessWithReadings } from '../test/fixtures/readiness-radar.fixtures.js';
import { houseStyle } from './themes.js';

interface RadarArgs {
  value?: ReadinessState;
  readonly: boolean;
  gapThreshold: number;
}

const meta: Meta<RadarArgs> = {
  title: 'Exercises/Readiness radar',
  component: 'coprod-readiness-radar',
  args: { readonly: false, gapThreshold: 2 },
  argTypes: { gapThreshold: { control: { type: 'number', min: 0, max: 4, step: 0.5 } } },
  render: (args) =>
    html`<coprod-readiness-radar
      .value=${args.value ?? { type: 'coprod-readiness', version: 1 }}
      gap-threshold=${args.gapThreshold}
      ?readonly=${args.readonly}
    ></coprod-readiness-radar>`,
};
export default meta;

type Story = StoryObj<RadarArgs>;

export const Empty: Story = {};

/** A "Huis van het Kind" team: gaps in mutuality and blur roles, one earlier reading. */
export const Filled: Story = { name: 'Filled in (Dutch team)', args: { value: filledReadiness } };

/** Three earlier readings as dashed outlines: the start, after three months, and a group of parents. */
export const ThreeReadings: Story = { name: 'With three readings', args: { value: readinessWithReadings } };

/** A municipality's own three questions replace the default bank. */
export const OwnQuestions: Story = {
  name: 'Own questions',
  args: { value: { type: 'coprod-readiness', version: 1, answers: { 'q-parents': 1, 'q-neighbours': 3 }, notes: {}, readings: [], questions: ownQuestions } },
};

export const Readonly: Story = { name: 'Read-only (share, print)', args: { value: readinessWithReadings, readonly: true } };

export const Themed: Story = {
  name: 'Themed with a house style',
  args: { value: readinessWithReadings },
  render: (args) => html`<coprod-readiness-radar style=${houseStyle} .value=${args.value}></coprod-readiness-radar>`,
};

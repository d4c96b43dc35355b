import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/ladder/define.js';
import type { LadderState } from '../src/ladder/ladder.types.js';
import { filledLadder, ladderWithSnapshots, municipalModel } from '../test/fixtures/ladder.fixtures.js';
import { houseStyle } from './themes.js';

interface LadderArgs {
  value?: LadderState;
  readonly: boolean;
  storageKey?: string;
}

const meta: Meta<LadderArgs> = {
  title: 'Exercises/Participation ladder',
  component: 'coprod-ladder',
  args: { readonly: false },
  render: (args) =>
    html`<coprod-ladder .value=${args.value ?? { type: 'coprod-ladder', version: 1 }} ?readonly=${args.readonly}></coprod-ladder>`,
};
export default meta;

type Story = StoryObj<LadderArgs>;

export const Empty: Story = {};

export const Filled: Story = { args: { value: filledLadder } };

/** The worksheet "at the start" kept as a snapshot, shown beside now with the examples that moved. */
export const Snapshots: Story = { name: 'Snapshots: at the start and now', args: { value: ladderWithSnapshots } };

export const Arnstein: Story = {
  args: {
    value: { ...filledLadder, model: 'arnstein', examples: filledLadder.examples.map((example, i) => ({ ...example, rung: i === 0 ? 'partnership' : 'informing' })) },
  },
};

export const MunicipalLadder: Story = {
  name: 'Custom municipal ladder',
  args: {
    value: {
      ...filledLadder,
      model: municipalModel,
      perspective: 'team',
      examples: [{ ...filledLadder.examples[0], rung: 'co-create' }, { ...filledLadder.examples[1], rung: 'inform' }],
    },
  },
};

export const Readonly: Story = { args: { value: filledLadder, readonly: true } };

export const Themed: Story = {
  name: 'Themed with a house style',
  args: { value: filledLadder },
  render: (args) => html`<coprod-ladder style=${houseStyle} .value=${args.value}></coprod-ladder>`,
};

export const Autosave: Story = {
  name: 'Autosave (storage-key)',
  render: () => html`<p>Type something, then reload the page: nothing is lost.</p>
    <coprod-ladder storage-key="storybook-ladder"></coprod-ladder>`,
};

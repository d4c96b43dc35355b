import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/gratitude/define.js';
import '../src/support-circle/define.js';
import type { GratitudeMode, GratitudeState } from '../src/gratitude/gratitude.types.js';
import { filledDiary, filledGratitude, filledPostcard, oneGoodThing } from '../test/fixtures/gratitude.fixtures.js';
import { filledCircle } from '../test/fixtures/support-circle.fixtures.js';
import { houseStyle } from './themes.js';

interface GratitudeArgs {
  value?: GratitudeState;
  readonly: boolean;
}

const empty = (mode: GratitudeMode) => ({ type: 'coprod-gratitude', version: 1, mode }) as unknown as GratitudeState;

const meta: Meta<GratitudeArgs> = {
  title: 'Exercises/Gratitude',
  component: 'coprod-gratitude',
  args: { readonly: false },
  render: (args) => html`<coprod-gratitude .value=${args.value ?? empty('three-good-things')} ?readonly=${args.readonly}></coprod-gratitude>`,
};
export default meta;

type Story = StoryObj<GratitudeArgs>;

// Each story is in English and Dutch through the toolbar's language switch.

/** At the start of a meeting: up to three good things from the last 24 hours. */
export const ThreeGoodThings: Story = { name: 'Three good things', args: { value: filledGratitude } };

/** Fewer than three is fine: nothing counts or tells off. */
export const OneGoodThing: Story = { name: 'Three good things, only one written', args: { value: oneGoodThing } };

export const ThreeGoodThingsEmpty: Story = { name: 'Three good things, empty', args: { value: empty('three-good-things') } };

/** At the end of a meeting: "Today I am grateful for…", to a named person. */
export const Postcard: Story = { name: 'Postcard', args: { value: filledPostcard } };

/** With a support circle on the same page, its names are suggested for "To". */
export const PostcardWithCircle: Story = {
  name: 'Postcard beside a support circle',
  render: () => html`<div style="display: grid; gap: 2rem">
    <coprod-gratitude .value=${{ ...filledPostcard, to: '' }}></coprod-gratitude>
    <coprod-support-circle .value=${{ ...filledCircle, people: filledCircle.people.slice(0, 5) }}></coprod-support-circle>
  </div>`,
};

/** At the end of a project: four questions. */
export const Diary: Story = { name: 'Diary', args: { value: filledDiary } };

export const ThreeGoodThingsReadonly: Story = { name: 'Three good things, read-only', args: { value: filledGratitude, readonly: true } };
export const PostcardReadonly: Story = { name: 'Postcard, read-only', args: { value: filledPostcard, readonly: true } };
export const DiaryReadonly: Story = { name: 'Diary, read-only', args: { value: filledDiary, readonly: true } };

export const Themed: Story = {
  name: 'Themed with a house style',
  render: () => html`<coprod-gratitude style=${houseStyle} .value=${filledPostcard}></coprod-gratitude>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/support-circle/define.js';
import '../src/profile-card/define.js';
import { filledProfile } from '../test/fixtures/profile-card.fixtures.js';
import type { SupportCircleState } from '../src/support-circle/circle.types.js';
import { circleWith, circleWithSnapshots, filledCircle } from '../test/fixtures/support-circle.fixtures.js';
import { houseStyle } from './themes.js';

interface SupportCircleArgs {
  value?: SupportCircleState;
  readonly: boolean;
}

const meta: Meta<SupportCircleArgs> = {
  title: 'Exercises/Support circle',
  component: 'coprod-support-circle',
  args: { readonly: false },
  render: (args) =>
    html`<coprod-support-circle .value=${args.value ?? { type: 'coprod-support-circle', version: 1 }} ?readonly=${args.readonly}></coprod-support-circle>`,
};
export default meta;

type Story = StoryObj<SupportCircleArgs>;

export const Empty: Story = {};

/** A neighbourhood living room ("buurtkamer") in Utrecht with 15 named people. */
export const Neighbourhood: Story = {
  name: 'Dutch neighbourhood project',
  args: { value: filledCircle },
};

/** The circle "at the start" kept as a snapshot; press "Show beside now" to see what changed (stacked on a narrow screen). */
export const Snapshots: Story = {
  name: 'Snapshots: at the start and now',
  args: { value: circleWithSnapshots },
};

/** Fatima has a profile card on this page: her row in the list offers "Open the profile card". */
export const WithProfileCards: Story = {
  name: 'Names open profile cards',
  render: () => html`<coprod-support-circle .value=${filledCircle}></coprod-support-circle>
    <coprod-profile-card readonly .value=${filledProfile}></coprod-profile-card>`,
};

/** A crowded circle: labels get shorter (first names, initials); focus or hover shows the whole name. */
export const TwoHundredPeople: Story = {
  name: '200 people',
  args: { value: circleWith(200) },
};

/** Names that look like a job or a group get a gentle tip in the list. */
export const NameTips: Story = {
  name: 'Tips for job titles and groups',
  args: {
    value: {
      ...filledCircle,
      people: [
        ...filledCircle.people.slice(0, 6),
        { id: 'p20', name: 'de huisarts', ring: 'consulted', involvement: '', contact: '' },
        { id: 'p21', name: 'bewoners van de flat', ring: 'participants', involvement: '', contact: '' },
      ],
    },
  },
};

export const Readonly: Story = { args: { value: filledCircle, readonly: true } };

export const Themed: Story = {
  name: 'Themed with a house style',
  args: { value: filledCircle },
  render: (args) => html`<coprod-support-circle style=${houseStyle} .value=${args.value}></coprod-support-circle>`,
};

export const Autosave: Story = {
  name: 'Autosave (storage-key)',
  render: () => html`<p>Add people, then reload the page: nothing is lost.</p>
    <coprod-support-circle storage-key="storybook-support-circle"></coprod-support-circle>`,
};

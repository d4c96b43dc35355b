import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/profile-card/define.js';
import type { ProfileState } from '../src/profile-card/profile-card.types.js';
import { filledProfile, teamProfiles } from '../test/fixtures/profile-card.fixtures.js';
import { houseStyle } from './themes.js';

interface ProfileArgs {
  value?: ProfileState;
  readonly: boolean;
}

const meta: Meta<ProfileArgs> = {
  title: 'Exercises/Profile card',
  component: 'coprod-profile-card',
  args: { readonly: false },
  render: (args) =>
    html`<coprod-profile-card .value=${args.value ?? { type: 'coprod-profile', version: 1 }} ?readonly=${args.readonly}></coprod-profile-card>`,
};
export default meta;

type Story = StoryObj<ProfileArgs>;

/** The facilitator's own card, which sets the group's sections. */
const groupTemplate: ProfileState = {
  ...filledProfile,
  name: 'Sanne (begeleider)',
  age: null,
  photo: null,
  show: { age: false, photo: false },
  sections: [filledProfile.sections[0], filledProfile.sections[2], { id: 's1', title: 'Waar ik goed in ben', items: ['Plannen maken.'] }],
};

export const Empty: Story = {};

export const Filled: Story = { name: 'Filled in (Dutch)', args: { value: filledProfile } };

/** A team's cards side by side: the same fields (no photo, no age), the same rhythm. */
export const TeamGallery: Story = {
  name: 'Team gallery',
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; align-items: stretch">
    ${teamProfiles.map((profile) => html`<coprod-profile-card readonly .value=${profile}></coprod-profile-card>`)}
  </div>`,
};

/**
 * One template for the group: the facilitator's card (id "team-template") sets the sections,
 * their titles and order, and no photo or age; the other cards follow it (template="team-template").
 * Add, rename or move a section on the first card: every card follows.
 */
export const GroupTemplate: Story = {
  name: 'Group: one template',
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem">
    <coprod-profile-card id="team-template" .value=${groupTemplate}></coprod-profile-card>
    ${teamProfiles.slice(0, 2).map((profile) => html`<coprod-profile-card template="team-template" .value=${profile}></coprod-profile-card>`)}
  </div>`,
};

/** The group's cards side by side, read-only, in the template's sections: one card with the gallery attribute. */
export const GroupGallery: Story = {
  name: 'Group: gallery of the cards',
  render: () => html`<coprod-profile-card template="gallery-template" gallery></coprod-profile-card>
    <details>
      <summary>The group's cards (edit one: the gallery follows)</summary>
      <coprod-profile-card id="gallery-template" .value=${groupTemplate}></coprod-profile-card>
      ${teamProfiles.map((profile) => html`<coprod-profile-card template="gallery-template" .value=${profile}></coprod-profile-card>`)}
    </details>`,
};

export const Readonly: Story = { args: { value: filledProfile, readonly: true } };

export const Themed: Story = {
  name: 'Themed with a house style',
  args: { value: filledProfile },
  render: (args) => html`<coprod-profile-card style=${houseStyle} .value=${args.value}></coprod-profile-card>`,
};

export const Autosave: Story = {
  name: 'Autosave (storage-key)',
  render: () => html`<p>Type something, then reload the page: nothing is lost.</p>
    <coprod-profile-card storage-key="storybook-profile-card"></coprod-profile-card>`,
};

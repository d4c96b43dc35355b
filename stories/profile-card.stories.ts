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

export const Empty: Story = {};

export const Filled: Story = { name: 'Filled in (Dutch)', args: { value: filledProfile } };

/** A team's cards side by side: the same fields (no photo, no age), the same rhythm. */
export const TeamGallery: Story = {
  name: 'Team gallery',
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; align-items: stretch">
    ${teamProfiles.map((profile) => html`<coprod-profile-card readonly .value=${profile}></coprod-profile-card>`)}
  </div>`,
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

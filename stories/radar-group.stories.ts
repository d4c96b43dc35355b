import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/readiness-radar/define.js';
import '../src/support-circle/define.js';
import type { ReadinessState } from '../src/readiness-radar/radar.types.js';
import { firstAndLatestReadiness, groupReadiness, manyGroupReadings, selfAndWorker } from '../test/fixtures/radar-group.fixtures.js';

interface GroupArgs {
  value: ReadinessState;
  readonly: boolean;
}

const meta: Meta<GroupArgs> = {
  title: 'Exercises/Readiness radar/Group results',
  component: 'coprod-readiness-radar',
  args: { readonly: false },
  render: (args) => html`<coprod-readiness-radar .value=${args.value} ?readonly=${args.readonly}></coprod-readiness-radar>`,
};
export default meta;

type Story = StoryObj<GroupArgs>;

/** Eight people (two clients, two family members, four professionals): spread per principle, median and middle half. */
export const GroupOfEight: Story = { name: 'A group of 8 (client, family, professionals)', args: { value: groupReadiness } };

/** Two people only: no group figures (privacy), only the readings themselves. */
export const TooSmall: Story = { name: 'Fewer than 3 people: no group figures', args: { value: { ...groupReadiness, readings: groupReadiness.readings.slice(0, 2) } } };

/** A client's own view beside a worker's: mutuality and blur roles are 2 points apart. */
export const SelfAndWorker: Story = { name: 'Self vs worker', args: { value: selfAndWorker } };

/** The group's agreed reading at the start and after six months: distance travelled per principle. */
export const FirstAndLatest: Story = { name: 'First vs latest', args: { value: firstAndLatestReadiness } };

/** 200 readings (a large training day). */
export const TwoHundred: Story = { name: '200 readings', args: { value: manyGroupReadings(200) } };

/** The support circle's names are offered for "whose answers" (people="ID"). */
export const SharedTablet: Story = {
  name: 'Shared tablet, names from the support circle',
  render: () => html`<coprod-support-circle
      id="story-circle"
      .value=${{
        type: 'coprod-support-circle',
        version: 1,
        people: [
          { id: 'p1', name: 'Fatima', ring: 'co-producers', involvement: '', contact: '' },
          { id: 'p2', name: 'Jeroen', ring: 'co-producers', involvement: '', contact: '' },
          { id: 'p3', name: 'Karin', ring: 'participants', involvement: '', contact: '' },
        ],
      }}
    ></coprod-support-circle>
    <coprod-readiness-radar people="story-circle" .value=${groupReadiness}></coprod-readiness-radar>`,
};

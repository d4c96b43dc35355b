import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render } from 'lit';
import '../src/support-circle/define.js';
import '../src/opportunity/define-card.js';
import '../src/opportunity/define-board.js';
import '../src/room/define.js';
import type { RoomStatusEvent } from '../src/room/room.events.js';

interface RoomArgs {
  server: string;
  room: string;
  token: string;
}

/** The room server `npm start` runs beside Storybook. */
const DEV_SERVER = 'ws://127.0.0.1:1234';
const START_COMMAND = 'npm run room-server -- --port 1234 --data .rooms --token dev';

/** Says plainly what is missing when no room server answers. */
function serverHelp(args: RoomArgs) {
  const box = document.createElement('div');
  const show = (event: RoomStatusEvent) => {
    const { status, reason } = event.detail;
    render(
      status === 'failed' && reason === 'unreachable'
        ? html`<div role="note" style="border:2px solid #a8201a;padding:0.75rem;border-radius:0.5rem;margin-block-end:1rem">
            <p><strong>No room server answers at ${args.server}.</strong> This story needs one. Start it in a terminal, in the project folder:</p>
            <pre><code>${START_COMMAND}</code></pre>
            <p>(<code>npm start</code> starts it for you beside Storybook.)</p>
          </div>`
        : nothing,
      box,
    );
  };
  return { box, show };
}

const meta: Meta<RoomArgs> = {
  title: 'Rooms/Shared room',
  component: 'coprod-room',
  args: { server: DEV_SERVER, room: 'storybook-demo', token: 'dev' },
};
export default meta;

type Story = StoryObj<RoomArgs>;

/**
 * Two people, two devices (here: two rooms side by side on one page, each its own connection).
 * Type in one, see it in the other; add a person in both at once and both stay.
 */
export const TwoDevices: Story = {
  name: 'Two devices, one support circle',
  render: (args) => {
    const help = serverHelp(args);
    return html`${help.box}
      <div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem">
        <section aria-label="Device A">
          <coprod-room server=${args.server} room=${args.room} token=${args.token} name="Anna" @coprod-room-status=${help.show}>
            <coprod-support-circle></coprod-support-circle>
          </coprod-room>
        </section>
        <section aria-label="Device B">
          <coprod-room server=${args.server} room=${args.room} token=${args.token} name="Bram" no-offline-copy>
            <coprod-support-circle></coprod-support-circle>
          </coprod-room>
        </section>
      </div>`;
  },
};

/** Cards handed in on one device arrive on the board of the card keeper's device. */
export const CardsToTheKeeper: Story = {
  name: 'Cards handed in reach the keeper',
  args: { room: 'storybook-cards' },
  render: (args) => {
    const help = serverHelp(args);
    return html`${help.box}
      <div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem">
        <section aria-label="A member's phone">
          <coprod-room server=${args.server} room=${args.room} token=${args.token} @coprod-room-status=${help.show}>
            <coprod-opportunity-card></coprod-opportunity-card>
          </coprod-room>
        </section>
        <section aria-label="The card keeper's laptop">
          <coprod-room server=${args.server} room=${args.room} token=${args.token} name="Card keeper" no-offline-copy>
            <coprod-opportunity-board id="board"></coprod-opportunity-board>
          </coprod-room>
        </section>
      </div>`;
  },
};

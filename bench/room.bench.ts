import '../src/room/define.js';
import type { CoprodRoom } from '../src/room/room.element.js';
import type { CoprodSupportCircle } from '../src/support-circle/circle.element.js';
import { circleWith, filledCircle } from '../test/fixtures/support-circle.fixtures.js';
import type { SupportCircleState } from '../src/support-circle/circle.types.js';
import type { BenchSuite } from './harness.js';

/** Given by scripts/bench.mjs, which starts a real room server on loopback. */
const params = new URLSearchParams(location.search);
const server = params.get('roomServer');
const token = params.get('roomToken') ?? '';

const pairs = new Map<string, Promise<{ a: CoprodSupportCircle; b: CoprodSupportCircle }>>();

async function openPair(state: SupportCircleState) {
  const name = `bench-${Date.now().toString(36)}`;
  const make = async (offline: boolean) => {
    const room = document.createElement('coprod-room') as CoprodRoom;
    Object.assign(room, { server, room: name, token, noOfflineCopy: !offline });
    const circle = document.createElement('coprod-support-circle') as CoprodSupportCircle;
    room.append(circle);
    document.body.append(room);
    await new Promise<void>((resolve) => {
      if (room.status === 'connected') resolve();
      room.addEventListener('coprod-room-status', () => room.status === 'connected' && resolve());
    });
    return circle;
  };
  const a = await make(true);
  const b = await make(false);
  a.value = structuredClone(state);
  await new Promise<void>((resolve) => {
    const stop = b.watchState(() => {
      if (b.value.people.length === state.people.length) {
        stop();
        resolve();
      }
    });
  });
  await b.updateComplete;
  return { a, b };
}

let typed = 0;

/**
 * One keystroke typed into a person's "involvement" field on device A, until device B has
 * rendered it (its field shows the new text): the edit goes A → server → B over loopback
 * WebSockets, through the mapping, validation and a Lit render on both sides.
 */
async function keystrokeToOtherDevice(people: number): Promise<number> {
  const key = `${people}`;
  if (!pairs.has(key)) pairs.set(key, openPair(people === filledCircle.people.length ? filledCircle : circleWith(people)));
  const { a, b } = await pairs.get(key)!;
  const field = a.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
  const letter = String.fromCharCode(97 + (typed++ % 26));
  const expected = field.value + letter;
  const start = performance.now();
  const arrived = new Promise<void>((resolve) => {
    const stop = b.watchState(async () => {
      await b.updateComplete;
      const shown = [...b.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea')].some((other) => other.value === expected);
      if (shown) {
        stop();
        resolve();
      }
    });
  });
  field.focus();
  field.value = expected;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: letter, inputType: 'insertText' }));
  await arrived;
  return performance.now() - start;
}

export const suite: BenchSuite = {
  name: 'coprod-room',
  scenarios: server
    ? [
        { name: 'keystroke on device A → rendered on device B (server on loopback)', samples: 60, sample: () => keystrokeToOtherDevice(filledCircle.people.length), target: 'median ≤ 50 ms, p95 ≤ 150 ms' },
        { name: 'the same in a 500-person circle', samples: 40, sample: () => keystrokeToOtherDevice(500), target: 'median ≤ 50 ms, p95 ≤ 150 ms' },
      ]
    : [],
};

// Test-runner commands that give browser tests a REAL room server (server/index.mjs, started
// as its own process on 127.0.0.1 through scripts/room-fixtures.mjs). It starts on first use,
// so test runs without room tests never pay for it, and stops when the test runner stops.
//   executeServerCommand('coprod-room-server')          → { url, token }
//   executeServerCommand('coprod-room-server-restart')  → { url, token }  (same port and data)
//   executeServerCommand('coprod-room-server-stop')     → true
//   executeServerCommand('coprod-room-token', { room, readOnly })  → a signed token for that room
//   executeServerCommand('coprod-room-delete', { room })           → true once the room is deleted
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TOKEN = 'room-test-token';
/** Signs room tokens (read-only ones too) and opens the admin route. */
const SECRET = 'room-test-secret-0123456789';

export function roomServerPlugin() {
  let server;
  let starting;
  let dataDir;
  let port = 0;
  const fixtures = () => import(process.env.COPROD_ROOM_FIXTURES ? pathToFileURL(process.env.COPROD_ROOM_FIXTURES).href : './room-fixtures.mjs');

  async function start() {
    dataDir ??= mkdtempSync(join(tmpdir(), 'coprod-room-tests-'));
    const { startRoomServer } = await fixtures();
    server = await startRoomServer({ port, token: TOKEN, secret: SECRET, dataDir });
    port = server.port;
    return server;
  }

  function ensure() {
    starting ??= start().catch((error) => {
      starting = undefined;
      throw error;
    });
    return starting;
  }

  async function stop() {
    const running = starting && (await starting.catch(() => undefined));
    starting = undefined;
    server = undefined;
    await running?.stop();
  }

  return {
    name: 'coprod-room-server',
    async executeCommand({ command, payload }) {
      if (command === 'coprod-room-server') {
        const running = await ensure();
        return { url: running.url, token: TOKEN };
      }
      if (command === 'coprod-room-server-stop') {
        await stop();
        return true;
      }
      if (command === 'coprod-room-server-restart') {
        await stop();
        const running = await ensure();
        return { url: running.url, token: TOKEN };
      }
      if (command === 'coprod-room-token') {
        const { issueToken } = await import('../server/token.mjs');
        return issueToken({ room: payload.room, secret: SECRET, readOnly: Boolean(payload.readOnly) });
      }
      if (command === 'coprod-room-delete') {
        const running = await ensure();
        const response = await fetch(`http://127.0.0.1:${running.port}/rooms/${encodeURIComponent(payload.room)}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${SECRET}` },
        });
        if (!response.ok) throw new Error(`deleting ${payload.room}: ${response.status} ${await response.text()}`);
        return true;
      }
      return undefined;
    },
    async serverStop() {
      await stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

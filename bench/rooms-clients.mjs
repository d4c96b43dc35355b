// Load clients for bench/rooms.bench.mjs, in their own process (so they do not slow down the
// latency probe): N providers on one room, each editing the support circle at a steady pace.
// Driven over IPC by the bench: { start } → edits for the given time → { done, tallies };
// { digest } → { digests } (one canonical JSON hash per client).
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { connectSynced, until } from '../server/test/clients.mjs';
import { FIELD, LETTERS, canonical, people, random, randomEdit } from './rooms-circle.mjs';

const [url, room, token, countText, firstText] = process.argv.slice(2);
const count = Number(countText);
const first = Number(firstText);
const clients = [];
for (let i = 0; i < count; i++) clients.push(await connectSynced({ url, room, token }, 60000));
await until(() => clients.every((client) => people(client.doc)?.length >= 200), 'the seeded circle on every load client', 60000);
process.send({ type: 'ready' });

process.on('message', async (message) => {
  if (message.type === 'start') {
    const { seconds, editsPerSecond } = message;
    const interval = 1000 / editsPerSecond;
    const end = Date.now() + seconds * 1000;
    const tallies = clients.map(() => ({ edits: 0, typed: 0, deleted: 0, rings: 0, added: [] }));
    await Promise.all(
      clients.map(async (client, i) => {
        const index = first + i;
        const rand = random(1000 + index);
        // Spread the clients over the interval.
        await new Promise((done) => setTimeout(done, rand() * interval));
        let next = Date.now();
        while (Date.now() < end) {
          randomEdit(client.doc, LETTERS[index], rand, tallies[i], index);
          next += interval;
          await new Promise((done) => setTimeout(done, Math.max(0, next - Date.now())));
        }
      }),
    );
    process.send({ type: 'done', tallies });
  } else if (message.type === 'digest') {
    process.send({
      type: 'digests',
      digests: clients.map((client) => createHash('sha1').update(canonical(client.doc.getMap(FIELD).toJSON())).digest('hex')),
      unsynced: clients.reduce((sum, client) => sum + (client.provider.unsyncedChanges ?? 0), 0),
      vectors: clients.map((client) => Buffer.from(Y.encodeStateVector(client.doc)).toString('base64')),
    });
  } else if (message.type === 'stop') {
    for (const client of clients) client.destroy();
    process.exit(0);
  }
});

// Two server processes share rooms through Redis (and one data directory, as documented):
// an edit on one reaches a client on the other, and what they stored survives a restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedis, startRoomServer } from '../../scripts/room-fixtures.mjs';
import { cleanup, connectSynced, destroyClients, until } from './clients.mjs';

test('two server processes with Redis: edits cross both ways, and are stored once for both', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'coprod-room-redis-'));
  const removeData = { stop: () => rmSync(dataDir, { recursive: true, force: true }) };
  const redis = await startRedis();
  cleanup(t, removeData);
  cleanup(t, redis);
  const one = await startRoomServer({ token: 'dev', redisUrl: redis.url, dataDir });
  const two = await startRoomServer({ token: 'dev', redisUrl: redis.url, dataDir });
  cleanup(t, one, two);
  assert.notEqual(one.port, two.port);

  const a = await connectSynced({ url: one.url, room: 'shared', token: 'dev' });
  const b = await connectSynced({ url: two.url, room: 'shared', token: 'dev' });
  a.doc.getMap('circle').set('from-one', 'A');
  await until(() => b.doc.getMap('circle').get('from-one') === 'A', 'an edit on server one to reach server two');
  b.doc.getText('notes').insert(0, 'typed on two');
  await until(() => a.doc.getText('notes').toString() === 'typed on two', 'an edit on server two to reach server one');

  // Another room on the same pair stays apart.
  const c = await connectSynced({ url: two.url, room: 'other', token: 'dev' });
  assert.equal(c.doc.getMap('circle').get('from-one'), undefined);

  // Both stop; one of them alone finds everything in the shared store.
  destroyClients();
  await Promise.all([one.stop(), two.stop()]);
  assert.equal(one.process.exitCode, 0, one.stderr());
  assert.equal(two.process.exitCode, 0, two.stderr());
  const again = await startRoomServer({ token: 'dev', dataDir });
  cleanup(t, again);
  const d = await connectSynced({ url: again.url, room: 'shared', token: 'dev' });
  assert.equal(d.doc.getMap('circle').get('from-one'), 'A');
  assert.equal(d.doc.getText('notes').toString(), 'typed on two');
});

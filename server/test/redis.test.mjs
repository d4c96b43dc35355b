// Two server processes share rooms through Redis: an edit on one reaches a client on the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startRedis, startRoomServer } from '../../scripts/room-fixtures.mjs';
import { connectSynced, until } from './clients.mjs';

test('two server processes with Redis: edits cross both ways', async (t) => {
  const redis = await startRedis();
  t.after(() => redis.stop());
  const one = await startRoomServer({ token: 'dev', redisUrl: redis.url });
  const two = await startRoomServer({ token: 'dev', redisUrl: redis.url });
  t.after(() => Promise.all([one.stop(), two.stop()]));
  assert.notEqual(one.port, two.port);

  const a = await connectSynced({ url: one.url, room: 'shared', token: 'dev' });
  const b = await connectSynced({ url: two.url, room: 'shared', token: 'dev' });
  t.after(() => (a.destroy(), b.destroy()));
  a.doc.getMap('circle').set('from-one', 'A');
  await until(() => b.doc.getMap('circle').get('from-one') === 'A', 'an edit on server one to reach server two');
  b.doc.getText('notes').insert(0, 'typed on two');
  await until(() => a.doc.getText('notes').toString() === 'typed on two', 'an edit on server two to reach server one');

  // Another room on the same pair stays apart.
  const c = await connectSynced({ url: two.url, room: 'other', token: 'dev' });
  t.after(() => c.destroy());
  assert.equal(c.doc.getMap('circle').get('from-one'), undefined);
});

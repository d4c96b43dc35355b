// The room server as a real process: sync, persistence across a restart, tokens, isolation, deletion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startRoomServer } from '../../scripts/room-fixtures.mjs';
import * as Y from 'yjs';
import { issueToken } from '../token.mjs';
import { connect, connectSynced, until } from './clients.mjs';

const SECRET = 'a-test-secret-of-enough-length';

test('two clients on one room see each other\'s map and text edits, both ways', async (t) => {
  const server = await startRoomServer({ token: 'dev' });
  t.after(() => server.stop());
  const a = await connectSynced({ url: server.url, room: 'circle-1', token: 'dev' });
  const b = await connectSynced({ url: server.url, room: 'circle-1', token: 'dev' });
  t.after(() => (a.destroy(), b.destroy()));

  const people = a.doc.getMap('support-circle').set('people', new Y.Array());
  a.doc.getMap('support-circle').set('title', 'Team Noord');
  a.doc.getText('notes').insert(0, 'hello');
  await until(() => b.doc.getText('notes').toString() === 'hello', 'text to reach B');
  assert.equal(b.doc.getMap('support-circle').get('title'), 'Team Noord');
  assert.ok(people);

  // Concurrent typing in the same text merges character-wise; both edits survive.
  b.doc.getText('notes').insert(5, ' world');
  a.doc.getText('notes').insert(0, '>> ');
  await until(() => a.doc.getText('notes').toString() === b.doc.getText('notes').toString() && a.doc.getText('notes').length === 14, 'texts to converge');
  assert.equal(a.doc.getText('notes').toString(), '>> hello world');
});

test('a restart with the same data directory keeps the room (SQLite)', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'coprod-room-restart-'));
  t.after(() => rmSync(dataDir, { recursive: true, force: true }));
  const first = await startRoomServer({ token: 'dev', dataDir });
  const a = await connectSynced({ url: first.url, room: 'kept', token: 'dev' });
  a.doc.getMap('plan').set('goal', 'find work in a bakery');
  a.doc.getText('note').insert(0, 'kept across restarts');
  // Let the update reach the server, then stop it at once (SIGTERM must flush what is not stored yet).
  const probe = await connectSynced({ url: first.url, room: 'kept', token: 'dev' });
  await until(() => probe.doc.getMap('plan').get('goal'), 'the update to reach the server');
  a.destroy();
  probe.destroy();
  await first.stop();
  assert.equal(first.process.exitCode, 0, `server stopped cleanly\n${first.stderr()}`);
  assert.equal(statSync(join(dataDir, 'rooms.sqlite')).mode & 0o777, 0o600, 'the database is readable by its owner only');

  const second = await startRoomServer({ token: 'dev', dataDir });
  t.after(() => second.stop());
  const b = await connectSynced({ url: second.url, room: 'kept', token: 'dev' });
  t.after(() => b.destroy());
  assert.equal(b.doc.getMap('plan').get('goal'), 'find work in a bakery');
  assert.equal(b.doc.getText('note').toString(), 'kept across restarts');
});

test('a wrong, a missing and a foreign token are refused; signed tokens work per room', async (t) => {
  const server = await startRoomServer({ token: 'dev', secret: SECRET });
  t.after(() => server.stop());
  const refusal = async (room, token) => {
    const client = connect({ url: server.url, room, token });
    const outcome = await Promise.race([client.refused, client.synced.then(() => 'SYNCED'), new Promise((done) => setTimeout(() => done('TIMEOUT'), 8000))]);
    client.destroy();
    return outcome;
  };
  assert.equal(await refusal('room-a', 'wrong'), 'invalid-token');
  assert.equal(await refusal('room-a', ''), 'missing-token');
  assert.equal(await refusal('room-a', issueToken({ room: 'room-b', secret: SECRET })), 'invalid-token', 'a token for another room');
  assert.equal(await refusal('room-a', issueToken({ room: 'room-a', secret: 'another-secret-of-length' })), 'invalid-token');
  assert.equal(await refusal('room-a', issueToken({ room: 'room-a', secret: SECRET, ttl: 60, now: Date.now() - 120000 })), 'token-expired');
  assert.equal(await refusal('../etc/passwd', 'dev'), 'invalid-room-name');
  assert.equal(await refusal('x'.repeat(129), 'dev'), 'invalid-room-name');

  // Nothing a refused client sent reached the room.
  const writer = await connectSynced({ url: server.url, room: 'room-a', token: issueToken({ room: 'room-a', secret: SECRET }) });
  t.after(() => writer.destroy());
  assert.equal(writer.doc.share.size, 0);

  // A read-only token syncs, but its edits are not taken.
  const reader = await connectSynced({ url: server.url, room: 'room-a', token: issueToken({ room: 'room-a', secret: SECRET, readOnly: true }) });
  t.after(() => reader.destroy());
  writer.doc.getMap('m').set('from', 'writer');
  await until(() => reader.doc.getMap('m').get('from') === 'writer', 'the writer\'s edit to reach the reader');
  reader.doc.getMap('m').set('sneaky', 'reader');
  writer.doc.getMap('m').set('after', 'writer');
  await until(() => reader.doc.getMap('m').get('after') === 'writer', 'a later edit to reach the reader');
  await new Promise((done) => setTimeout(done, 200));
  assert.equal(writer.doc.getMap('m').get('sneaky'), undefined, 'the read-only edit did not reach the writer');
});

test('two rooms are isolated', async (t) => {
  const server = await startRoomServer({ token: 'dev' });
  t.after(() => server.stop());
  const a = await connectSynced({ url: server.url, room: 'team-a', token: 'dev' });
  const b = await connectSynced({ url: server.url, room: 'team-b', token: 'dev' });
  const a2 = await connectSynced({ url: server.url, room: 'team-a', token: 'dev' });
  t.after(() => (a.destroy(), b.destroy(), a2.destroy()));
  a.doc.getMap('circle').set('name', 'only in A');
  b.doc.getMap('circle').set('name', 'only in B');
  await until(() => a2.doc.getMap('circle').get('name') === 'only in A', 'A\'s edit to reach A2');
  await new Promise((done) => setTimeout(done, 200));
  assert.equal(b.doc.getMap('circle').get('name'), 'only in B');
  assert.equal(a2.doc.getMap('circle').get('name'), 'only in A');
});

test('a room is deleted by the admin route and by the command; its name is refused afterwards', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'coprod-room-delete-'));
  t.after(() => rmSync(dataDir, { recursive: true, force: true }));
  const server = await startRoomServer({ token: 'dev', dataDir, extraArgs: ['--admin-token', 'admin-secret'] });
  t.after(() => server.stop());
  const a = await connectSynced({ url: server.url, room: 'private-1', token: 'dev' });
  a.doc.getMap('profile').set('name', 'Sam');
  const b = await connectSynced({ url: server.url, room: 'private-1', token: 'dev' });
  await until(() => b.doc.getMap('profile').get('name') === 'Sam', 'the edit to reach the server');
  b.destroy();
  const http = server.url.replace('ws://', 'http://');

  const refused = await fetch(`${http}/rooms/private-1`, { method: 'DELETE', headers: { authorization: 'Bearer wrong' } });
  assert.equal(refused.status, 401);
  const deleted = await fetch(`${http}/rooms/private-1`, { method: 'DELETE', headers: { authorization: 'Bearer admin-secret' } });
  assert.equal(deleted.status, 200);
  assert.deepEqual(await deleted.json(), { deleted: 'private-1', existed: true });
  // The open client was disconnected; when it comes back (with its copy) it is refused.
  const reason = await a.refused;
  assert.equal(reason, 'room-deleted');
  a.destroy();
  const late = connect({ url: server.url, room: 'private-1', token: 'dev' });
  assert.equal(await late.refused, 'room-deleted');
  late.destroy();

  // The command line, on the data directory of a stopped server.
  const other = await connectSynced({ url: server.url, room: 'private-2', token: 'dev' });
  other.doc.getMap('profile').set('name', 'Kim');
  const check = await connectSynced({ url: server.url, room: 'private-2', token: 'dev' });
  await until(() => check.doc.getMap('profile').get('name') === 'Kim', 'the edit to reach the server');
  other.destroy();
  check.destroy();
  await server.stop();
  const cli = (...args) => spawnSync(process.execPath, [resolve(import.meta.dirname, '../index.mjs'), ...args], { encoding: 'utf8' });
  assert.match(cli('list-rooms', '--data', server.dataDir).stdout, /^private-2\t\d+ bytes$/m);
  assert.equal(cli('delete-room', 'private-2', '--data', server.dataDir).stdout.trim(), 'deleted room private-2');
  assert.equal(cli('list-rooms', '--data', server.dataDir).stdout.trim(), '');
});

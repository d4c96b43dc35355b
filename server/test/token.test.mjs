// Signed room tokens and room names (pure functions), and the command line's refusals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { isValidRoomName, issueToken, parseDuration, verifyToken } from '../token.mjs';
import { updateIn } from '../room-server.mjs';
import { authMessage, updateMessage } from './clients.mjs';

const SECRET = 'sixteen-chars-or-more';
const NOW = Date.UTC(2026, 11, 2, 9, 0, 0);

test('a signed token opens its own room until it expires, and nothing else', () => {
  const token = issueToken({ room: 'team-noord', secret: SECRET, ttl: '8h', now: NOW });
  assert.match(token, /^v1\.rw\.\d+\.[A-Za-z0-9_-]{43}$/);
  assert.deepEqual(verifyToken(token, 'team-noord', SECRET, NOW), { ok: true, readOnly: false, expires: NOW / 1000 + 8 * 3600 });
  assert.deepEqual(verifyToken(token, 'team-noord', SECRET, NOW + 8 * 3600 * 1000), { ok: false, reason: 'token-expired' });
  assert.equal(verifyToken(token, 'team-zuid', SECRET, NOW).reason, 'invalid-token');
  assert.equal(verifyToken(token, 'team-noord', 'another-secret-value', NOW).reason, 'invalid-token');
  // Changing any part breaks the signature: a longer expiry, read-only turned into read-write.
  const [v, access, expires, signature] = token.split('.');
  assert.equal(verifyToken([v, access, String(Number(expires) + 3600), signature].join('.'), 'team-noord', SECRET, NOW).reason, 'invalid-token');
  const readOnly = issueToken({ room: 'team-noord', secret: SECRET, readOnly: true, now: NOW });
  assert.equal(verifyToken(readOnly, 'team-noord', SECRET, NOW).readOnly, true);
  assert.equal(verifyToken(readOnly.replace('.ro.', '.rw.'), 'team-noord', SECRET, NOW).reason, 'invalid-token');
  for (const junk of ['', 'v1', 'v1.rw.1.x', 'v2.rw.99999999999.abc', null, 42, 'v1.rx.99999999999.abc']) {
    assert.equal(verifyToken(junk, 'team-noord', SECRET, NOW).ok, false, `refuses ${JSON.stringify(junk)}`);
  }
});

test('issuing refuses a bad room name, a short secret and a bad lifetime', () => {
  assert.throws(() => issueToken({ room: '../x', secret: SECRET }), /room name/);
  assert.throws(() => issueToken({ room: 'ok', secret: 'short' }), /16 characters/);
  assert.throws(() => issueToken({ room: 'ok', secret: SECRET, ttl: 'soon' }), /duration/);
  assert.equal(parseDuration('90'), 90);
  assert.equal(parseDuration('15m'), 900);
  assert.equal(parseDuration('7d'), 7 * 86400);
});

test('room names: a safe pattern and at most 128 characters', () => {
  for (const good of ['a', 'team-noord-2027', 'org:team.1_x', 'A'.repeat(128)]) assert.ok(isValidRoomName(good), good);
  for (const bad of ['', '-x', '.hidden', 'a/b', '../etc', 'a b', 'ü', 'A'.repeat(129), 'x\n', null, 7]) assert.ok(!isValidRoomName(bad), JSON.stringify(bad));
});

test('the update inside a client message is found; other messages carry none', () => {
  const update = new Uint8Array([1, 2, 3]);
  assert.deepEqual([...updateIn(updateMessage('room', update))], [1, 2, 3]);
  assert.equal(updateIn(authMessage('room', 'token')), null);
  assert.throws(() => updateIn(updateMessage('room', update).subarray(0, 8)), /malformed/);
});

test('the command line refuses to run without a token or secret, and issues tokens', () => {
  const run = (file, ...args) => spawnSync(process.execPath, [resolve(import.meta.dirname, '..', file), ...args], { encoding: 'utf8', env: { ...process.env, COPROD_ROOM_TOKEN: '', COPROD_ROOM_SECRET: '' } });
  const open = run('index.mjs', '--port', '0', '--data', '/tmp/never-made-by-this-test');
  assert.equal(open.status, 2);
  assert.match(open.stderr, /--token .*--secret/);
  const unknown = run('index.mjs', 'frobnicate', '--data', '/tmp/x');
  assert.equal(unknown.status, 2);
  const issued = run('token.mjs', '--room', 'team-noord', '--secret', SECRET, '--ttl', '1h');
  assert.equal(issued.status, 0);
  assert.equal(verifyToken(issued.stdout.trim(), 'team-noord', SECRET).ok, true);
  assert.equal(run('token.mjs', '--room', 'team-noord').status, 2, 'no secret');
});

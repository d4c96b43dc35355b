#!/usr/bin/env node
// Signed room tokens: an intranet (or any back end that knows who may join a room) issues
// one per person and room; the room server checks it with the same secret and needs no
// user database.
//
// Format: `v1.<access>.<expires>.<signature>`
//   access     `rw` (may edit) or `ro` (may only read)
//   expires    Unix time in seconds after which the token is refused
//   signature  base64url(HMAC-SHA256(secret, "coprod-room/v1\n<room>\n<access>\n<expires>"))
//
// As a command:
//   node server/token.mjs --room team-noord-2027 --secret "$COPROD_ROOM_SECRET" [--ttl 8h] [--read-only]
// prints one token. As a module: issueToken({ room, secret, ttl, readOnly }) and
// verifyToken(token, room, secret) (see below).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const VERSION = 'v1';

/** A room name: letters, digits, `.`, `_`, `-` and `:`; 1 to 128 characters; starts with a letter or digit. */
export const ROOM_NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function isValidRoomName(name) {
  return typeof name === 'string' && ROOM_NAME.test(name);
}

/** Parses `90`, `90s`, `15m`, `8h`, `7d` into seconds. */
export function parseDuration(text) {
  const match = /^(\d+)\s*([smhd]?)$/.exec(String(text).trim());
  if (!match) throw new Error(`not a duration: ${text} (use e.g. 90s, 15m, 8h, 7d)`);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2]];
  return Number(match[1]) * unit;
}

function sign(secret, room, access, expires) {
  return createHmac('sha256', secret).update(`coprod-room/${VERSION}\n${room}\n${access}\n${expires}`).digest('base64url');
}

/**
 * Issues a token for one room.
 * @param {{ room: string, secret: string, ttl?: number | string, readOnly?: boolean, now?: number }} options
 *   ttl in seconds or as a duration text (`8h`); default 12 hours. `now` in milliseconds (tests).
 * @returns {string}
 */
export function issueToken({ room, secret, ttl = 12 * 3600, readOnly = false, now = Date.now() }) {
  if (!isValidRoomName(room)) throw new Error(`not a valid room name: ${JSON.stringify(room)}`);
  if (!secret || String(secret).length < 16) throw new Error('the secret must have at least 16 characters');
  const seconds = typeof ttl === 'number' ? ttl : parseDuration(ttl);
  if (!(seconds > 0)) throw new Error('ttl must be positive');
  const access = readOnly ? 'ro' : 'rw';
  const expires = Math.floor(now / 1000) + Math.floor(seconds);
  return `${VERSION}.${access}.${expires}.${sign(secret, room, access, expires)}`;
}

/**
 * Checks a token for a room.
 * @returns {{ ok: true, readOnly: boolean, expires: number } | { ok: false, reason: 'invalid-token' | 'token-expired' }}
 */
export function verifyToken(token, room, secret, now = Date.now()) {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 4 || parts[0] !== VERSION || !secret) return { ok: false, reason: 'invalid-token' };
  const [, access, expiresText, signature] = parts;
  if ((access !== 'rw' && access !== 'ro') || !/^\d{1,12}$/.test(expiresText)) return { ok: false, reason: 'invalid-token' };
  const expected = Buffer.from(sign(secret, room, access, Number(expiresText)));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid-token' };
  if (Number(expiresText) * 1000 <= now) return { ok: false, reason: 'token-expired' };
  return { ok: true, readOnly: access === 'ro', expires: Number(expiresText) };
}

/** Compares two strings in constant time (for the single development token). */
export function sameSecret(given, expected) {
  if (typeof given !== 'string' || typeof expected !== 'string') return false;
  const a = createHmac('sha256', 'compare').update(given).digest();
  const b = createHmac('sha256', 'compare').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      room: { type: 'string' },
      secret: { type: 'string' },
      ttl: { type: 'string', default: '12h' },
      'read-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const secret = values.secret ?? process.env.COPROD_ROOM_SECRET;
  if (values.help || !values.room || !secret) {
    console.error('usage: node server/token.mjs --room NAME [--secret SECRET | env COPROD_ROOM_SECRET] [--ttl 12h] [--read-only]');
    return values.help ? 0 : 2;
  }
  console.log(issueToken({ room: values.room, secret, ttl: values.ttl, readOnly: values['read-only'] }));
  return 0;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exitCode = 2;
  }
}

#!/usr/bin/env node
// `npm run room-server -- [--port 1234] [--host 127.0.0.1] --data DIR (--token T | --secret S) [--redis URL]`
// `npm run room-server -- delete-room NAME --data DIR`
// `npm run room-server -- list-rooms --data DIR`
// See docs/rooms.md, "Running the server".
import { parseArgs } from 'node:util';
import { createRoomServer, DEFAULTS } from './room-server.mjs';
import { openStore } from './store.mjs';
import { isValidRoomName } from './token.mjs';

const USAGE = `usage:
  room-server [--port N] [--host H] --data DIR (--token T | --secret S) [--redis redis://HOST:PORT]
              [--admin-token T] [--max-message BYTES] [--max-document BYTES]
  room-server delete-room NAME --data DIR
  room-server list-rooms --data DIR

environment: PORT, COPROD_ROOM_HOST, COPROD_ROOM_DATA, COPROD_ROOM_TOKEN, COPROD_ROOM_SECRET,
             COPROD_ROOM_ADMIN_TOKEN, COPROD_ROOM_REDIS (flags win)`;

/** `2097152`, `512k`, `2M` → bytes. */
function parseBytes(text, flag) {
  if (text === undefined) return undefined;
  const match = /^(\d+)\s*([kKmM]?)[bB]?$/.exec(String(text).trim());
  if (!match) throw new Error(`${flag}: not a size: ${text}`);
  return Number(match[1]) * { '': 1, k: 1024, m: 1024 * 1024 }[match[2].toLowerCase()];
}

function parsePort(text) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port: ${text}`);
  return port;
}

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      token: { type: 'string' },
      secret: { type: 'string' },
      'admin-token': { type: 'string' },
      redis: { type: 'string' },
      'max-message': { type: 'string' },
      'max-document': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const env = process.env;
  const dataDir = values.data ?? env.COPROD_ROOM_DATA;
  const [command, ...rest] = positionals;

  if (command === 'delete-room' || command === 'list-rooms') {
    if (!dataDir) throw new Error('--data DIR is needed');
    const store = await openStore(dataDir);
    try {
      if (command === 'list-rooms') {
        for (const { name, bytes } of await store.listRooms()) console.log(`${name}\t${bytes} bytes`);
        return 0;
      }
      if (rest.length !== 1 || !isValidRoomName(rest[0])) throw new Error('delete-room needs one valid room name');
      const existed = await store.deleteRoom(rest[0]);
      console.log(existed ? `deleted room ${rest[0]}` : `no stored room ${rest[0]} (its name is refused from now on)`);
      return 0;
    } finally {
      await store.close();
    }
  }
  if (command !== undefined) throw new Error(`unknown command: ${command}\n${USAGE}`);

  const room = await createRoomServer({
    port: parsePort(values.port ?? env.PORT ?? DEFAULTS.port),
    host: values.host ?? env.COPROD_ROOM_HOST ?? DEFAULTS.host,
    dataDir,
    token: values.token ?? env.COPROD_ROOM_TOKEN,
    secret: values.secret ?? env.COPROD_ROOM_SECRET,
    adminToken: values['admin-token'] ?? env.COPROD_ROOM_ADMIN_TOKEN,
    redisUrl: values.redis ?? env.COPROD_ROOM_REDIS,
    maxMessage: parseBytes(values['max-message'], '--max-message'),
    maxDocument: parseBytes(values['max-document'], '--max-document'),
  });
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    // Never hang: a stop that takes longer than 10 s ends the process anyway.
    setTimeout(() => {
      console.error('stop took too long; exiting');
      process.exit(1);
    }, 10000).unref();
    try {
      await room.stop();
      console.error(`stopped (${signal})`);
      process.exit(0);
    } catch (error) {
      console.error(`stop failed: ${error?.stack ?? error}`);
      process.exit(1);
    }
  };
  // Hocuspocus runs some hooks without waiting for them (e.g. publishing to Redis while Redis is
  // away): such a failure is logged, it must not end the server for every room.
  process.on('unhandledRejection', (error) => console.error(`unhandled: ${error?.stack ?? error}`));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const port = await room.listen();
  const host = values.host ?? env.COPROD_ROOM_HOST ?? DEFAULTS.host;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  console.log(`listening on ws://${shownHost}:${port}`);
  return undefined;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error) => {
    console.error(error?.message ?? error);
    process.exit(2);
  },
);

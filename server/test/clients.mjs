// Node clients for the room server tests: @hocuspocus/provider over `ws`, and a raw socket
// that speaks the Hocuspocus protocol by hand (to send what a well-behaved client never would).
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { HocuspocusProvider } from '@hocuspocus/provider';

// Node 20 has no global WebSocket; the provider uses the global one.
globalThis.WebSocket ??= WebSocket;

/** Polls `check` until it returns a truthy value; fails with `what` after `ms`. */
export async function until(check, what = 'condition', ms = 10000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/**
 * A provider on `room`. Resolves `synced` after the first sync, `refused` with the server's reason
 * when authentication fails.
 */
export function connect({ url, room, token, doc = new Y.Doc() }) {
  let onSynced;
  let onRefused;
  const synced = new Promise((done) => (onSynced = done));
  const refused = new Promise((done) => (onRefused = done));
  const closes = [];
  const provider = new HocuspocusProvider({
    url,
    name: room,
    token,
    document: doc,
    onSynced: () => onSynced(true),
    onAuthenticationFailed: ({ reason }) => onRefused(reason),
    onClose: ({ event }) => closes.push({ code: event?.code, reason: String(event?.reason ?? '') }),
  });
  return {
    doc,
    provider,
    synced,
    refused,
    closes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Connects and waits for the first sync (or fails with the refusal). */
export async function connectSynced(options, ms = 10000) {
  const client = connect(options);
  const outcome = await Promise.race([
    client.synced.then(() => 'synced'),
    client.refused.then((reason) => `refused: ${reason}`),
    new Promise((done) => setTimeout(() => done('timeout'), ms)),
  ]);
  if (outcome !== 'synced') {
    client.destroy();
    throw new Error(`client on ${options.room} did not sync: ${outcome}`);
  }
  return client;
}

export function authMessage(room, token) {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, 2); // Auth
  encoding.writeVarUint(encoder, 0); // token
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(room, update) {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, 0); // Sync
  encoding.writeVarUint(encoder, 2); // update
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A bare WebSocket that has authenticated on `room`. Resolves once the server answered the auth. */
export async function rawSocket(url, room, token) {
  const socket = new WebSocket(url);
  const closed = new Promise((done) => socket.once('close', (code, reason) => done({ code, reason: reason.toString() })));
  socket.on('error', () => {});
  await new Promise((done, fail) => {
    socket.once('open', done);
    socket.once('error', fail);
  });
  const answered = new Promise((done) => socket.once('message', done));
  socket.send(authMessage(room, token));
  await answered;
  return { socket, closed };
}

// The coprod room server: Hocuspocus (the Yjs sync server) with
// - SQLite persistence (store.mjs) that is flushed before the process stops,
// - a token check per room (one development token, or signed tokens: token.mjs),
// - room names checked against a safe pattern,
// - limits on message and document size (an offending connection is closed, not the server),
// - optional Redis so that several processes serve the same rooms,
// - an admin route that deletes a room (rooms hold personal data).
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import { openStore } from './store.mjs';
import { isValidRoomName, sameSecret, verifyToken } from './token.mjs';

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 1234,
  maxMessage: 2 * 1024 * 1024,
  maxDocument: 16 * 1024 * 1024,
};

// Hocuspocus message types (first varUint after the document name) and Yjs sync sub-types.
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** A refusal the browser can read: Hocuspocus sends `reason` with "permission denied". */
class Refusal {
  constructor(reason) {
    this.reason = reason;
  }
}

function readVarUint(bytes, start) {
  let value = 0;
  let shift = 0;
  let index = start;
  while (index < bytes.length) {
    const byte = bytes[index++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, index];
    shift += 7;
    if (shift > 49) break;
  }
  throw new Error('malformed message');
}

/**
 * The Yjs update inside a raw client message (a sync step 2 or an update), or null when the
 * message carries no document content. Throws when the message is cut short.
 */
export function updateIn(bytes) {
  const [nameLength, afterLength] = readVarUint(bytes, 0);
  const [type, afterType] = readVarUint(bytes, afterLength + nameLength);
  if (type !== MESSAGE_SYNC) return null;
  const [syncType, afterSyncType] = readVarUint(bytes, afterType);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  const [length, start] = readVarUint(bytes, afterSyncType);
  if (start + length > bytes.length) throw new Error('malformed message');
  return bytes.subarray(start, start + length);
}

/** Whether `update` decodes as a Yjs update (v1). */
function isWellFormed(update) {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

/** The SQLite extension of Hocuspocus, on our store (whose writes are awaited, so a stop can flush them). */
class RoomDatabase extends SQLite {
  constructor(store) {
    super({
      database: store.file,
      fetch: ({ documentName }) => store.fetch(documentName),
      store: ({ documentName, state }) => store.store(documentName, state),
    });
    this.extensionName = 'SQLite';
  }
  // The store is already open; the extension must not open a second handle.
  async onConfigure() {}
  async onListen() {}
}

/**
 * Creates (does not start) a room server.
 * @param {{
 *   port?: number, host?: string, dataDir: string, token?: string, secret?: string, adminToken?: string,
 *   redisUrl?: string, maxMessage?: number, maxDocument?: number, log?: (line: string) => void,
 *   debounce?: number, maxDebounce?: number,
 * }} options
 */
export async function createRoomServer(options) {
  const settings = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const log = settings.log ?? ((line) => console.error(line));
  if (!settings.dataDir) throw new Error('a data directory is needed (--data DIR or COPROD_ROOM_DATA)');
  if (!settings.token && !settings.secret) throw new Error('give --token (one token for every room) or --secret (signed room tokens), or both');
  if (settings.secret && settings.secret.length < 16) throw new Error('--secret must have at least 16 characters');
  const adminToken = settings.adminToken ?? settings.secret;

  const store = await openStore(settings.dataDir);
  // Estimated size of each loaded document in bytes: exact after load, grows by every update, measured again near the limit.
  const sizes = new Map();
  const measure = (document) => {
    const bytes = Y.encodeStateAsUpdate(document).byteLength;
    sizes.set(document.name, bytes);
    return bytes;
  };

  const extensions = [new RoomDatabase(store)];
  if (settings.redisUrl) {
    const url = new URL(settings.redisUrl);
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error(`not a redis:// URL: ${settings.redisUrl}`);
    extensions.push(
      new Redis({
        host: url.hostname,
        port: Number(url.port || 6379),
        options: {
          username: url.username ? decodeURIComponent(url.username) : undefined,
          password: url.password ? decodeURIComponent(url.password) : undefined,
          db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined,
          tls: url.protocol === 'rediss:' ? {} : undefined,
          // Give up on a command after a short while instead of queueing forever while Redis is away.
          maxRetriesPerRequest: 3,
        },
      }),
    );
  }

  const server = new Server(
    {
      name: 'coprod-rooms',
      quiet: true,
      stopOnSignals: false,
      debounce: settings.debounce ?? 2000,
      maxDebounce: settings.maxDebounce ?? 10000,
      extensions,

      async onConnect({ documentName }) {
        if (!isValidRoomName(documentName)) throw new Refusal('invalid-room-name');
        if (await store.isDeleted(documentName)) throw new Refusal('room-deleted');
      },

      async onAuthenticate({ token, documentName, connectionConfig }) {
        if (!token) throw new Refusal('missing-token');
        if (settings.token && sameSecret(token, settings.token)) return { room: documentName };
        if (settings.secret) {
          const result = verifyToken(token, documentName, settings.secret);
          if (result.ok) {
            connectionConfig.readOnly = result.readOnly;
            return { room: documentName, expires: result.expires };
          }
          throw new Refusal(result.reason);
        }
        throw new Refusal('invalid-token');
      },

      async afterLoadDocument({ document }) {
        measure(document);
      },

      async onChange({ document, update }) {
        sizes.set(document.name, (sizes.get(document.name) ?? 0) + (update?.byteLength ?? 0));
      },

      async beforeHandleMessage({ document, update, connection }) {
        let content;
        try {
          content = updateIn(update);
        } catch {
          content = undefined;
        }
        if (content === null) return;
        if (content === undefined || !isWellFormed(content)) {
          log(`room ${document.name}: closed a connection that sent a malformed update`);
          connection.webSocket.close(4400, 'malformed-update');
          throw Object.assign(new Error('malformed update'), { code: 4400, reason: 'malformed-update' });
        }
        let size = sizes.get(document.name) ?? measure(document);
        if (size + update.byteLength <= settings.maxDocument) return;
        size = measure(document);
        if (size + update.byteLength <= settings.maxDocument) return;
        log(`room ${document.name}: refused an update of ${update.byteLength} bytes (document ${size} bytes, limit ${settings.maxDocument})`);
        // Close the whole socket: its client would otherwise keep sending the same update.
        connection.webSocket.close(4413, 'document-too-large');
        throw Object.assign(new Error('document too large'), { code: 4413, reason: 'document-too-large' });
      },

      async afterUnloadDocument({ documentName }) {
        sizes.delete(documentName);
      },

      async onRequest({ request, response }) {
        await handleRequest(request, response);
      },
    },
    { maxPayload: settings.maxMessage },
  );
  const hocuspocus = server.hocuspocus;

  async function storeNow(document) {
    await hocuspocus.storeDocumentHooks(
      document,
      {
        instance: hocuspocus,
        clientsCount: document.getConnectionsCount(),
        context: {},
        document,
        documentName: document.name,
        requestHeaders: {},
        requestParameters: new URLSearchParams(),
        socketId: 'room-server',
      },
      true,
    );
  }

  async function waitForUnload(name, ms = 5000) {
    const until = Date.now() + ms;
    while ((hocuspocus.documents.has(name) || hocuspocus.loadingDocuments.has(name)) && Date.now() < until) {
      await new Promise((done) => setTimeout(done, 25));
    }
  }

  /** Deletes a room: closes its connections, forgets it in memory and in the store, refuses it from now on. */
  async function deleteRoom(name) {
    if (!isValidRoomName(name)) throw new Error('invalid room name');
    // Refuse new connections and further stores first, then close the open ones.
    const existed = await store.deleteRoom(name);
    const loaded = hocuspocus.documents.get(name);
    // Close the sockets too (not only the document's channel): their clients then reconnect and hear "room-deleted".
    loaded?.connections.forEach(({ connection }) => connection.webSocket.close(4410, 'room-deleted'));
    hocuspocus.closeConnections(name);
    await waitForUnload(name);
    // A store that was already running may have finished after the first delete.
    await store.deleteRoom(name);
    return existed || Boolean(loaded);
  }

  async function handleRequest(request, response) {
    const url = new URL(request.url ?? '/', 'http://room-server');
    const send = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    // Anything handled here ends the hook chain with an empty rejection (Hocuspocus then stays silent).
    if (url.pathname === '/health') {
      send(200, { ok: true, rooms: hocuspocus.getDocumentsCount(), connections: hocuspocus.getConnectionsCount() });
      throw null;
    }
    const match = /^\/rooms\/([^/]+)$/.exec(url.pathname);
    if (!match) {
      send(404, { error: 'not-found' });
      throw null;
    }
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!adminToken || !given || !sameSecret(given, adminToken)) {
      send(adminToken ? 401 : 404, { error: adminToken ? 'unauthorized' : 'not-found' });
      throw null;
    }
    let name;
    try {
      name = decodeURIComponent(match[1]);
    } catch {
      name = '';
    }
    if (!isValidRoomName(name)) {
      send(400, { error: 'invalid-room-name' });
      throw null;
    }
    if (request.method !== 'DELETE') {
      send(405, { error: 'method-not-allowed' });
      throw null;
    }
    try {
      const existed = await deleteRoom(name);
      log(`room ${name}: deleted`);
      send(200, { deleted: name, existed });
    } catch (error) {
      send(500, { error: String(error?.message ?? error) });
    }
    throw null;
  }

  let stopping;
  return {
    server,
    hocuspocus,
    store,
    deleteRoom,
    /** Starts listening; resolves with the real port. */
    listen() {
      return new Promise((done, fail) => {
        server.httpServer.once('error', fail);
        // Hocuspocus 3 passes `address` where Node expects `host` (it would listen on every interface): listen here.
        server.httpServer.listen({ port: settings.port, host: settings.host }, async () => {
          server.httpServer.off('error', fail);
          const { port } = server.httpServer.address();
          server.configuration.port = port;
          server.configuration.address = settings.host;
          try {
            await hocuspocus.hooks('onListen', { instance: hocuspocus, configuration: server.configuration, port });
            done(port);
          } catch (error) {
            fail(error);
          }
        });
      });
    },
    /** Stops taking connections, stores every loaded room, closes Redis and the database. */
    stop() {
      stopping ??= (async () => {
        server.httpServer.close();
        const documents = [...hocuspocus.documents.values()];
        hocuspocus.closeConnections();
        for (const client of server.webSocketServer.clients) client.close(1001, 'server-stopping');
        server.webSocketServer.close();
        for (const document of documents) {
          try {
            await storeNow(document);
          } catch (error) {
            if (error?.message) log(`room ${document.name}: could not store on stop: ${error.message}`);
          }
        }
        try {
          await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
        } catch (error) {
          if (error?.message) log(`stop: ${error.message}`);
        }
        await store.close();
        for (const client of server.webSocketServer.clients) client.terminate();
        server.httpServer.closeAllConnections?.();
      })();
      return stopping;
    },
  };
}

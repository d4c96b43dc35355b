// The room store: one SQLite file in the data directory. It uses the table of
// @hocuspocus/extension-sqlite ("documents": name + the Yjs state as one blob) and adds
// "deleted_rooms", so a deleted room stays deleted even when a browser still holds a copy
// and tries to send it back.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sqlite3 from 'sqlite3';
import { schema as documentsSchema } from '@hocuspocus/extension-sqlite';

export const DATABASE_FILE = 'rooms.sqlite';

const deletedSchema = `CREATE TABLE IF NOT EXISTS "deleted_rooms" (
  "name" varchar(255) NOT NULL PRIMARY KEY,
  "deleted_at" integer NOT NULL
)`;

function promised(db, method, sql, params = {}) {
  return new Promise((done, fail) => {
    db[method](sql, params, function callback(error, result) {
      if (error) fail(error);
      else done(method === 'run' ? this : result);
    });
  });
}

/**
 * Opens (and creates when missing) the store in `dataDir`.
 * @param {string} dataDir
 */
export async function openStore(dataDir) {
  const dir = resolve(dataDir);
  // Rooms hold personal data: the directory and the file are for the server's user only.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, DATABASE_FILE);
  const isNew = !existsSync(file);
  const db = await new Promise((done, fail) => {
    const database = new sqlite3.Database(file, (error) => (error ? fail(error) : done(database)));
  });
  if (isNew) chmodSync(file, 0o600);
  // Several server processes on one machine may share the file (see docs/rooms.md, "Running the server").
  db.configure('busyTimeout', 5000);
  await promised(db, 'run', 'PRAGMA journal_mode = WAL');
  await promised(db, 'run', documentsSchema);
  await promised(db, 'run', deletedSchema);

  let closed = false;
  return {
    file,
    /** The stored Yjs state of a room, or undefined. */
    async fetch(name) {
      const row = await promised(db, 'get', 'SELECT data FROM "documents" WHERE name = $name', { $name: name });
      return row?.data;
    },
    /** Stores the whole Yjs state of a room, unless the room was deleted. */
    async store(name, state) {
      await promised(
        db,
        'run',
        `INSERT INTO "documents" ("name", "data")
           SELECT $name, $data WHERE NOT EXISTS (SELECT 1 FROM "deleted_rooms" WHERE name = $name)
           ON CONFLICT(name) DO UPDATE SET data = excluded.data`,
        { $name: name, $data: state },
      );
    },
    async isDeleted(name) {
      return Boolean(await promised(db, 'get', 'SELECT 1 AS yes FROM "deleted_rooms" WHERE name = $name', { $name: name }));
    },
    /** Deletes a room's content and refuses the name from now on. Returns whether content existed. */
    async deleteRoom(name) {
      const result = await promised(db, 'run', 'DELETE FROM "documents" WHERE name = $name', { $name: name });
      await promised(db, 'run', 'INSERT OR REPLACE INTO "deleted_rooms" ("name", "deleted_at") VALUES ($name, $at)', {
        $name: name,
        $at: Math.floor(Date.now() / 1000),
      });
      return result.changes > 0;
    },
    /** Names and stored sizes (bytes) of all rooms. */
    async listRooms() {
      return promised(db, 'all', 'SELECT name, length(data) AS bytes FROM "documents" ORDER BY name');
    },
    async close() {
      if (closed) return;
      closed = true;
      await new Promise((done, fail) => db.close((error) => (error ? fail(error) : done())));
    },
  };
}

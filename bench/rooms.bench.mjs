#!/usr/bin/env node
// Rooms bench (Node, real server process on 127.0.0.1): 30 clients edit one support circle of
// 200 people for 30 s; prints updates lost, server memory, document size against the JSON
// size, and keystroke latency client A → client B through the server. Printed, never asserted.
//
//   node bench/rooms.bench.mjs [--seconds 30] [--clients 30] [--people 200] [--rate 12]
//   (also run by `npm run bench`; ROOMS_BENCH_SECONDS sets the duration there)
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { startRoomServer } from '../scripts/room-fixtures.mjs';
import { connectSynced, until } from '../server/test/clients.mjs';
import { FIELD, LETTERS, canonical, census, people, random, randomEdit, seedCircle } from './rooms-circle.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: process.env.ROOMS_BENCH_SECONDS ?? '30' },
    clients: { type: 'string', default: '30' },
    people: { type: 'string', default: '200' },
    rate: { type: 'string', default: '12' },
  },
});
// Bounded, whatever is asked: at most 5 minutes of editing, 52 clients (one letter each).
const seconds = Math.min(300, Math.max(1, Number(values.seconds)));
const clientCount = Math.min(LETTERS.length, Math.max(2, Number(values.clients)));
const peopleCount = Math.max(1, Number(values.people));
const rate = Math.min(50, Math.max(0.5, Number(values.rate)));
const ROOM = 'bench-circle';
const TOKEN = 'bench-token';

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const percentile = (samples, p) => {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const digest = (doc) => createHash('sha1').update(canonical(doc.getMap(FIELD).toJSON())).digest('hex');
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function rss(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** A types one character every `interval` ms into person 0's contact; B's arrival times give the latency. */
async function keystrokes(a, b, count, interval, stopWhen = () => false) {
  const sent = [];
  const samples = [];
  const target = people(a.doc).get(0).get('contact');
  const seen = people(b.doc).get(0).get('contact');
  const observer = () => {
    const now = performance.now();
    while (samples.length < Math.min(seen.length - base, sent.length)) samples.push(now - sent[samples.length]);
  };
  const base = seen.length;
  seen.observe(observer);
  for (let i = 0; i < count && !stopWhen(); i++) {
    sent.push(performance.now());
    target.insert(target.length, 'k');
    await sleep(interval);
  }
  await until(() => samples.length === sent.length, 'every keystroke to arrive', 30000).catch(() => {});
  seen.unobserve(observer);
  return { samples, lost: sent.length - samples.length };
}

/** The same mix of edits by `writers` documents that exchange updates directly (no network): size after `edits`. */
function sizeAfterEdits(edits, writers) {
  const docs = Array.from({ length: writers }, () => new Y.Doc());
  seedCircle(docs[0], peopleCount);
  const initial = Y.encodeStateAsUpdate(docs[0]);
  for (const doc of docs.slice(1)) Y.applyUpdate(doc, initial);
  const tallies = docs.map(() => ({ edits: 0, typed: 0, deleted: 0, rings: 0, added: [] }));
  const rands = docs.map((_, i) => random(77 + i));
  // Each round, every writer edits its own copy (concurrently), then all copies receive the round's updates.
  const pending = [];
  docs.forEach((doc) => doc.on('update', (update, origin) => origin !== 'remote' && pending.push(update)));
  for (let done = 0; done < edits; ) {
    for (let i = 0; i < writers && done < edits; i++, done++) randomEdit(docs[i], LETTERS[i], rands[i], tallies[i], i);
    const merged = Y.mergeUpdates(pending.splice(0));
    for (const doc of docs) Y.applyUpdate(doc, merged, 'remote');
  }
  const update = Y.encodeStateAsUpdate(docs[0]);
  const json = JSON.stringify(docs[0].getMap(FIELD).toJSON());
  return { update: update.byteLength, json: Buffer.byteLength(json), same: docs.every((doc) => digest(doc) === digest(docs[0])) };
}

const rows = [];
const t0 = performance.now();
const progress = (what) => process.stderr.write(`  [rooms bench ${((performance.now() - t0) / 1000).toFixed(1)} s] ${what}\n`);
const server = await startRoomServer({ token: TOKEN });
let load;
try {
  const serverPid = server.process.pid;
  const rssIdle = rss(serverPid);

  // Seed the circle once, then two probe clients for the latency.
  const seeder = await connectSynced({ url: server.url, room: ROOM, token: TOKEN });
  seedCircle(seeder.doc, peopleCount);
  const a = await connectSynced({ url: server.url, room: ROOM, token: TOKEN });
  const b = await connectSynced({ url: server.url, room: ROOM, token: TOKEN });
  await until(() => people(a.doc)?.length === peopleCount && people(b.doc)?.length === peopleCount, 'the seeded circle on A and B', 30000);
  const baseline = census(a.doc).letters;

  progress('seeded; measuring idle latency');
  const idle = await keystrokes(a, b, 60, 50);
  progress('starting the load clients');

  // The load clients in their own process.
  load = fork(new URL('./rooms-clients.mjs', import.meta.url), [server.url, ROOM, TOKEN, String(clientCount), '0'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const fromLoad = (type) => new Promise((done) => {
    const listener = (message) => {
      if (message.type === type) {
        load.off('message', listener);
        done(message);
      }
    };
    load.on('message', listener);
  });
  await Promise.race([fromLoad('ready'), new Promise((_, fail) => setTimeout(() => fail(new Error('load clients did not start in 120 s')), 120000))]);
  const rssConnected = rss(serverPid);
  progress(`load clients ready; editing for ${seconds} s`);

  let rssPeak = rssConnected;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rss(serverPid) || 0)), 250);
  const started = performance.now();
  load.send({ type: 'start', seconds, editsPerSecond: rate });
  const finished = fromLoad('done');
  let loadDone = false;
  finished.then(() => (loadDone = true));
  const loaded = await keystrokes(a, b, Math.ceil((seconds * 1000) / 100), 100, () => loadDone);
  const { tallies } = await finished;
  const editSeconds = (performance.now() - started) / 1000;
  progress('editing done; waiting for every copy to agree');

  // Wait until every copy (30 load clients, A, B and a fresh client) holds the same circle.
  const fresh = await connectSynced({ url: server.url, room: ROOM, token: TOKEN }, 60000);
  let digests;
  let converged = false;
  const convergeStart = performance.now();
  for (const end = Date.now() + 60000; Date.now() < end; ) {
    const reply = fromLoad('digests');
    load.send({ type: 'digest' });
    const { digests: remote, unsynced } = await reply;
    digests = [...remote, digest(a.doc), digest(b.doc), digest(fresh.doc)];
    if (unsynced === 0 && new Set(digests).size === 1) {
      converged = true;
      break;
    }
    await sleep(250);
  }
  const convergeMs = performance.now() - convergeStart;
  clearInterval(sampler);
  const rssEnd = rss(serverPid);

  // Every edit made must be in the final document.
  const { letters, ids } = census(fresh.doc);
  let lost = 0;
  tallies.forEach((tally, i) => {
    const letter = LETTERS[i];
    const expected = (baseline.get(letter) ?? 0) + tally.typed - tally.deleted;
    lost += Math.abs(expected - (letters.get(letter) ?? 0));
    lost += tally.added.filter((id) => !ids.has(id)).length;
  });
  const edits = tallies.reduce((sum, tally) => sum + tally.edits, 0);
  const roomUpdate = Y.encodeStateAsUpdate(fresh.doc).byteLength;
  const roomJson = Buffer.byteLength(JSON.stringify(fresh.doc.getMap(FIELD).toJSON()));
  progress('measuring 10,000 edits without a server');
  const offline = sizeAfterEdits(10000, clientCount);

  const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
  rows.push(['clients × time', `${clientCount} × ${editSeconds.toFixed(1)} s, ${people(fresh.doc).length} people at the end`, '']);
  rows.push(['edits made (all clients)', `${edits} (${(edits / editSeconds).toFixed(0)}/s)`, '']);
  rows.push(['updates lost', `${lost}${converged ? '' : ' (copies did NOT converge in 60 s)'}`, '0']);
  rows.push(['copies that differ at the end', `${new Set(digests).size - 1} of ${digests.length} (equal after ${ms(convergeMs)} ms)`, '0']);
  rows.push(['keystroke A → B, idle: median / p95', `${ms(percentile(idle.samples, 50))} / ${ms(percentile(idle.samples, 95))} ms (n=${idle.samples.length}, lost ${idle.lost})`, '≤ 50 / ≤ 150 ms']);
  rows.push(['keystroke A → B, under load: median / p95', `${ms(percentile(loaded.samples, 50))} / ${ms(percentile(loaded.samples, 95))} ms (n=${loaded.samples.length}, lost ${loaded.lost})`, '≤ 50 / ≤ 150 ms']);
  rows.push([`server RSS: idle / ${clientCount + 3} clients / peak / end`, `${MB(rssIdle)} / ${MB(rssConnected)} / ${MB(rssPeak)} / ${MB(rssEnd)}`, '']);
  rows.push([`room document after ${edits} edits: update / JSON`, `${kB(roomUpdate)} / ${kB(roomJson)} = ${(roomUpdate / roomJson).toFixed(2)}×`, '≤ 5×']);
  rows.push([`10,000 edits by ${clientCount} writers (no server): update / JSON`, `${kB(offline.update)} / ${kB(offline.json)} = ${(offline.update / offline.json).toFixed(2)}×${offline.same ? '' : ' (copies differ!)'}`, '≤ 5×']);

  for (const client of [seeder, a, b, fresh]) client.destroy();
} finally {
  if (load && load.exitCode === null) {
    load.send({ type: 'stop' });
    await Promise.race([new Promise((done) => load.once('exit', done)), sleep(5000)]);
    if (load.exitCode === null) load.kill('SIGKILL');
  }
  await server.stop();
}

const header = ['rooms (Node clients, server on 127.0.0.1)', 'measured', 'target'];
const widths = header.map((_, i) => Math.max(header[i].length, ...rows.map((row) => String(row[i]).length)));
const line = (row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
for (const row of rows) console.log(line(row));
// The provider's sockets may keep timers alive: the bench is done.
process.exit(0);

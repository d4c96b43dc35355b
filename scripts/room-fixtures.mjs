// Real processes for tests and the bench: the room server (server/index.mjs) and Debian's
// redis-server, each on 127.0.0.1 with a free port, each stopped by stop().
//
//   const room = await startRoomServer({ token: 'dev-token' });   // room.url = ws://127.0.0.1:PORT
//   const redis = await startRedis();                              // redis.url = redis://127.0.0.1:PORT
//   await room.stop(); await redis.stop();
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SERVER = join(root, 'server', 'index.mjs');
const STOP_TIMEOUT = 15000;

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

async function stopChild(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  if (!(await waitForExit(child, STOP_TIMEOUT))) {
    child.kill('SIGKILL');
    await waitForExit(child, STOP_TIMEOUT);
  }
}

/** Resolves when a line of the child's output matches `pattern`; rejects when it exits first or after `ms`. */
function waitForLine(child, streamName, pattern, ms, describe) {
  return new Promise((done, fail) => {
    let seen = '';
    const onData = (chunk) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) finish(null, match);
    };
    const onExit = (code, signal) => finish(new Error(`${describe} exited (${signal ?? code}) before it was ready:\n${seen}${child.stderrText?.() ?? ''}`));
    const timer = setTimeout(() => finish(new Error(`${describe} was not ready after ${ms} ms:\n${seen}${child.stderrText?.() ?? ''}`)), ms);
    function finish(error, match) {
      clearTimeout(timer);
      child[streamName].off('data', onData);
      child.off('exit', onExit);
      if (error) fail(error);
      else done(match);
    }
    child[streamName].on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * Starts the real room server as its own process and waits for `listening on ws://…`.
 * @param {{ port?: number, token?: string, secret?: string, dataDir?: string, redisUrl?: string,
 *           extraArgs?: string[], env?: Record<string, string>, quiet?: boolean }} [options]
 *   Without `dataDir` a temporary directory is made and removed by stop(); without `token`
 *   and `secret` the token is `test-token`. `quiet: false` passes the server's stderr through.
 * @returns {Promise<{ url: string, port: number, token: string | undefined, dataDir: string,
 *           process: import('node:child_process').ChildProcess, stderr: () => string,
 *           stop: (signal?: NodeJS.Signals) => Promise<void> }>}
 */
export async function startRoomServer({ port = 0, token, secret, dataDir, redisUrl, extraArgs = [], env = {}, quiet = true } = {}) {
  const ownDir = !dataDir;
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'coprod-room-'));
  const useToken = token ?? (secret ? undefined : 'test-token');
  const args = [SERVER, '--port', String(port), '--data', dir];
  if (useToken) args.push('--token', useToken);
  if (secret) args.push('--secret', secret);
  if (redisUrl) args.push('--redis', redisUrl);
  args.push(...extraArgs);
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: '', COPROD_ROOM_TOKEN: '', COPROD_ROOM_SECRET: '', COPROD_ROOM_REDIS: '', COPROD_ROOM_DATA: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-20000);
    if (!quiet) process.stderr.write(chunk);
  });
  child.stderrText = () => stderr;
  let match;
  try {
    match = await waitForLine(child, 'stdout', /listening on (ws:\/\/\S+:(\d+))\n/, 30000, 'the room server');
  } catch (error) {
    await stopChild(child, 'SIGKILL');
    if (ownDir) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  // Keep reading so a full pipe never blocks the server.
  child.stdout.resume();
  let stopped;
  return {
    url: match[1],
    port: Number(match[2]),
    token: useToken,
    dataDir: dir,
    process: child,
    stderr: () => stderr,
    stop(signal = 'SIGTERM') {
      stopped ??= (async () => {
        await stopChild(child, signal);
        if (ownDir) rmSync(dir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}

/** The redis-server binary, or undefined. */
export function findRedisServer() {
  for (const candidate of [process.env.REDIS_SERVER, '/usr/bin/redis-server', '/usr/local/bin/redis-server']) {
    if (candidate && spawnSync(candidate, ['--version'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout?.trim();
  return found || undefined;
}

export const REDIS_INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y redis-server';

/**
 * Starts Debian's redis-server on 127.0.0.1 with a free port, without persistence.
 * Throws (with the command to install it) when redis-server is missing.
 * @returns {Promise<{ url: string, port: number, process: import('node:child_process').ChildProcess, stop: () => Promise<void> }>}
 */
export async function startRedis() {
  const binary = findRedisServer();
  if (!binary) throw new Error(`redis-server is not installed. Install it with:\n  ${REDIS_INSTALL_HINT}\n(or set REDIS_SERVER to its path)`);
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(
      binary,
      ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--protected-mode', 'yes', '--daemonize', 'no', '--dir', tmpdir()],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    try {
      await waitForLine(child, 'stdout', /Ready to accept connections/, 15000, 'redis-server');
    } catch (error) {
      await stopChild(child, 'SIGKILL');
      if (attempt === 2) throw error;
      continue;
    }
    child.stdout.resume();
    child.stderr.resume();
    let stopped;
    return {
      url: `redis://127.0.0.1:${port}`,
      port,
      process: child,
      stop() {
        stopped ??= stopChild(child);
        return stopped;
      },
    };
  }
  throw new Error('redis-server did not start');
}

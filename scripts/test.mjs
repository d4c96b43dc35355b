#!/usr/bin/env node
// `npm test`: makes sure Chromium is there (installs Debian's package when root), then
// type-checks, lints (ESLint + lit-analyzer), builds the package and bundle, and runs every test in headless Chromium.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';
import { findRedisServer, REDIS_INSTALL_HINT } from './room-fixtures.mjs';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureChromium() {
  let chromium = findChromium();
  if (chromium) return chromium;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('Chromium is missing: installing Debian\'s "chromium" package (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    chromium = findChromium();
    if (chromium) return chromium;
  }
  console.error(
    [
      'The tests need Chromium, and none was found.',
      'Install it, then run `npm test` again:',
      '  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROME_PATH at a Chromium or Chrome binary:',
      '  CHROME_PATH=/path/to/chromium npm test',
    ].join('\n'),
  );
  process.exit(1);
}

// The room server's tests run two server processes against Debian's redis-server.
function ensureRedis() {
  let redis = findRedisServer();
  if (redis) return redis;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('redis-server is missing: installing Debian\'s "redis-server" package (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server', { stdio: 'inherit' });
    redis = findRedisServer();
    if (redis) return redis;
  }
  console.error(['The room server tests need redis-server, and none was found.', 'Install it, then run `npm test` again:', `  ${REDIS_INSTALL_HINT}`, 'or point REDIS_SERVER at a redis-server binary.'].join('\n'));
  process.exit(1);
}

const chromium = ensureChromium();
console.log(`Using Chromium at ${chromium}`);
const extra = process.argv.slice(2);
const watch = extra.includes('--watch');
if (!watch) console.log(`Using redis-server at ${ensureRedis()}`);

run('npx', ['lit-localize', 'build']);
if (!watch) {
  // Build first: the framework host tests type-check against the shipped typings in dist/.
  run('npm', ['run', '--silent', 'build']);
  run('node', ['scripts/check-package.mjs']);
  // The ecosystem's own checkers: manifest schema, package layout, types as each resolver sees them.
  run('node', ['scripts/check-manifest.mjs']);
  run('npx', ['publint', '--strict']);
  run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'ascii']);
  run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  // The Svelte host and its typed example, with the `coprod/svelte` typings (tsc cannot read .svelte files).
  run('npx', ['svelte-check', '--tsconfig', 'test/hosts/svelte/tsconfig.json', '--fail-on-warnings', '--output', 'human']);
  run('npm', ['run', '--silent', 'lint']);
  run('node', ['scripts/build-test-hosts.mjs']);
}
rmSync('.test-summary', { force: true });
const tests = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...(watch ? ['--watch'] : ['--coverage']), ...extra.filter((arg) => arg !== '--watch')], {
  env: { ...process.env, CHROME_PATH: chromium },
  stdio: 'inherit',
});
if (watch) {
  if (existsSync('.test-summary')) process.stdout.write(readFileSync('.test-summary', 'utf8'));
  process.exit(tests.status ?? 1);
}

// The room server's tests: real server and Redis processes, Node clients (node:test).
rmSync('.node-test-summary', { force: true });
const serverTests = readdirSync('server/test').filter((file) => file.endsWith('.test.mjs')).sort().map((file) => `server/test/${file}`);
console.log(`\nRoom server tests (node:test, ${serverTests.length} files)`);
const nodeTests = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-timeout=120000', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./scripts/node-test-counts.mjs', '--test-reporter-destination=.node-test-summary', ...serverTests],
  { stdio: 'inherit' },
);

// The runners' own summaries come before; the very last line is the plain combined count.
const counts = (file) => {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
  const match = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(lines.at(-1) ?? '');
  return match ? match.slice(1, 4).map((n) => Number(n ?? 0)) : null;
};
const browser = counts('.test-summary');
const node = counts('.node-test-summary');
const total = [0, 1, 2].map((i) => (browser?.[i] ?? 0) + (node?.[i] ?? 0));
// A runner that died without a count is one failure.
if (!browser) total[1] += 1;
if (!node) total[1] += 1;
if (total[2]) process.stdout.write(`${total[2]} skipped\n`);
process.stdout.write(`${total[0]} passed, ${total[1]} failed\n`);
process.exit(tests.status || nodeTests.status || total[1] ? 1 : 0);

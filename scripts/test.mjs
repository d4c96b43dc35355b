#!/usr/bin/env node
// `npm test`: makes sure Chromium is there (installs Debian's package when root), then
// type-checks, lints (ESLint + lit-analyzer), builds the package and bundle, and runs every test in headless Chromium.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

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

const chromium = ensureChromium();
console.log(`Using Chromium at ${chromium}`);
const extra = process.argv.slice(2);
const watch = extra.includes('--watch');

run('npx', ['lit-localize', 'build']);
if (!watch) {
  // Build first: the React/Vue host tests type-check against the shipped typings in dist/.
  run('npm', ['run', '--silent', 'build']);
  run('node', ['scripts/check-package.mjs']);
  // The ecosystem's own checkers: manifest schema, package layout, types as each resolver sees them.
  run('node', ['scripts/check-manifest.mjs']);
  run('npx', ['publint', '--strict']);
  run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'ascii']);
  run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  run('npm', ['run', '--silent', 'lint']);
  run('node', ['scripts/build-test-hosts.mjs']);
}
rmSync('.test-summary', { force: true });
const tests = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...(watch ? ['--watch'] : ['--coverage']), ...extra.filter((arg) => arg !== '--watch')], {
  env: { ...process.env, CHROME_PATH: chromium },
  stdio: 'inherit',
});
// The runner's own summary comes after ours; repeat the plain count as the last line.
if (existsSync('.test-summary')) process.stdout.write(readFileSync('.test-summary', 'utf8'));
process.exit(tests.status ?? 1);

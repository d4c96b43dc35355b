#!/usr/bin/env node
// `npm start`: Storybook on 127.0.0.1:6006 and, beside it, the room server on 127.0.0.1:1234
// (development token "dev", rooms kept in .rooms/) so the room stories work at once.
// Both stop together (Ctrl+C).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const children = [];
function start(command, args, name) {
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (name === 'storybook') stopAll(code ?? (signal ? 1 : 0));
    else if (code) console.error(`The room server stopped (${code}); Storybook goes on, the room stories will say what is missing.`);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

if (existsSync('server/index.mjs')) {
  start(process.execPath, ['server/index.mjs', '--port', '1234', '--data', '.rooms', '--token', 'dev'], 'room server');
}
start('npx', ['storybook', 'dev', '--port', '6006', '--host', '127.0.0.1', '--no-open', '--ci', '--disable-telemetry'], 'storybook');

#!/usr/bin/env node
// `npm test`: the whole suite, in two lanes side by side — the browser tests (each file starts
// Candor and Chromium) in one, the unit and integration tests on SQLite and PostgreSQL in the
// other — then the benchmark smoke run as soon as either lane is free. On two cores this keeps
// both busy (one vitest run gives each file a core in turn, with the browser files left to the
// end). Every line is prefixed with its lane; the exit status fails if anything failed.
import { spawn } from 'node:child_process';
import readline from 'node:readline';

function run(name, command, args) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: process.env.NO_COLOR ?? '1' } });
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${name}] ${line}\n`));
    }
    child.on('close', (code, signal) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stdout.write(`[${name}] ${code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds} s\n`);
      resolve(code === 0);
    });
  });
}

const vitest = (projects) => ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])];
const browser = run('browser', 'npx', vitest(['e2e']));
const server = run('server', 'npx', vitest(['clinical', 'server-sqlite', 'server-postgres', 'bench']));
await Promise.race([browser, server]);
const bench = run('bench', 'npm', ['run', '--silent', 'bench:smoke']);
const results = await Promise.all([browser, server, bench]);
process.exit(results.every(Boolean) ? 0 : 1);

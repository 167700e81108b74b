#!/usr/bin/env node
// Set-up for `npm test`: the browser tests need Debian's Chromium and the PostgreSQL run needs
// a reachable server. Install what is missing; fail loudly (never skip) when it cannot be had.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

const CHROMIUM = '/usr/bin/chromium';

function log(message) {
  process.stdout.write(`[test set-up] ${message}\n`);
}

if (!fs.existsSync(CHROMIUM)) {
  log(`${CHROMIUM} is missing: installing Debian's chromium (apt-get install -y chromium)…`);
  try {
    const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
    const run = (args) => execFileSync(asRoot[0] ?? args[0], asRoot.length ? [...asRoot.slice(1), ...args] : args.slice(1), {
      stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  } catch (error) {
    process.stderr.write(`[test set-up] Could not install Chromium (${error.message}). The browser tests need it: run 'apt-get install -y chromium' as root.\n`);
    process.exit(1);
  }
  if (!fs.existsSync(CHROMIUM)) {
    process.stderr.write(`[test set-up] Chromium was installed but ${CHROMIUM} does not exist.\n`);
    process.exit(1);
  }
}
log(`Chromium: ${CHROMIUM}`);

const pgUrl = new URL(process.env.CANDOR_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres');
const reachable = await new Promise((resolve) => {
  const socket = net.connect({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
  socket.setTimeout(3000);
  socket.once('connect', () => { socket.destroy(); resolve(true); });
  socket.once('timeout', () => { socket.destroy(); resolve(false); });
  socket.once('error', () => resolve(false));
});
if (!reachable) {
  process.stderr.write(
    `[test set-up] PostgreSQL is not reachable at ${pgUrl.hostname}:${pgUrl.port || 5432}; the suite runs every integration test on it too.\n` +
      '  Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n' +
      '  or set CANDOR_TEST_PG_URL to a server where the test user may create databases.\n',
  );
  process.exit(1);
}
log(`PostgreSQL: ${pgUrl.hostname}:${pgUrl.port || 5432}`);

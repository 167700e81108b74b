#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { buildApp } from './app.js';
import { appendAudit, verifyAuditChain } from './platform/audit.js';
import { checkKeysReadStoredData, createLogger, loadKeyring, openAppContext, SQLITE_FILE } from './platform/bootstrap.js';
import { ConfigError, loadConfig, type Config } from './platform/config.js';
import { createKeyring, loadOrCreateKeyFile, prependKeyToFile } from './platform/crypto.js';
import type { Role } from './platform/context.js';
import { randomToken } from './platform/crypto.js';
import { reencryptAll } from './platform/keys.js';
import { startMailDispatcher } from './platform/mail.js';
import { materializeAll } from './modules/measures/measures.schedule.js';
import { sendDueReminders } from './modules/scheduling/reminders.js';
import { sendCredentialExpiryAlerts } from './modules/credentials/credentials.service.js';
import { createActiveUser } from './modules/auth/auth.service.js';
import { describeDemoSignIns, hasAnyPractice, seedDemo } from './modules/demo/seed-demo.js';
import { startWebhookDispatcher } from './modules/integrations/webhooks.service.js';
import { importPractice } from './modules/interop/practice-archive.js';
import { AppError } from './platform/errors.js';
import { createPractice } from './modules/practice/practice.service.js';

const HELP = `candor — the Candor practice platform

Usage: candor <command> [options]

Commands:
  start                 Migrate, seed the demo practice on first start (embedded mode), and serve
                        the web app and API on PORT (default 3000).
  migrate               Bring the database schema up to date, then exit.
  seed-demo             Add the demo practice (fictional clients, staff and sign-ins).
  create-user           Create an active account:
                          --email <address> --name <display name> --roles owner,clinician,...
                          --practice <new practice name> [--time-zone America/Chicago] | --practice-id <id>
                        A strong password is generated and printed once (or read from
                        --password-stdin). Staff enrol a second factor at first sign-in.
  backup <file>         Copy the embedded SQLite database to <file> while Candor runs (online
                        backup). On PostgreSQL it explains how to use pg_dump instead.
  restore <file>        Replace the embedded database with a backup (stop Candor first;
                        --force to overwrite an existing database).
  audit verify          Recompute the audit log's hash chain. Exit 0 when intact; 1 naming the
                        first row that was changed, removed or reordered.
  site-admin grant|revoke <email>
                        Make an account the deployment's site administrator (curates the public
                        training catalogue at /admin/training), or take that away. Audited.
  practice import <file>
                        Bring a practice archive (Settings › Practice › Move the practice, in the
                        practice it came from) into this deployment, in one transaction: all of it
                        or nothing. The passphrase is read from standard input.
  keys rotate           Embedded: add a new encryption key and re-encrypt all clinical text with it.
                        With CANDOR_MASTER_KEY: put the new key first in the list, then run this to
                        re-encrypt everything under it.

Settings come from the environment; see .env.example.`;

function fail(message: string, code = 1): never {
  process.stderr.write(`candor: ${message}\n`);
  process.exit(code);
}

async function withContext<T>(config: Config, fn: (ctx: Awaited<ReturnType<typeof openAppContext>>) => Promise<T>): Promise<T> {
  const ctx = await openAppContext(config, { log: createLogger({ logLevel: 'warn' }) });
  try {
    return await fn(ctx);
  } finally {
    await ctx.handle.close();
  }
}

async function start(config: Config): Promise<void> {
  const startedAt = performance.now();
  const { app, handle } = await openAppContext(config);
  try {
    await checkKeysReadStoredData(app);
  } catch (error) {
    await handle.close();
    if (error instanceof ConfigError) fail(error.message, 2);
    throw error;
  }
  if (config.seedDemo && !(await hasAnyPractice(app))) {
    await seedDemo(app);
    process.stdout.write(`\n${describeDemoSignIns(config.publicUrl)}\n\n`);
  }
  const server = await buildApp(app);
  const mail = config.smtpUrl
    ? startMailDispatcher({ db: app.db, keyring: app.keyring, clock: app.clock, smtpUrl: config.smtpUrl, from: config.mailFrom, log: app.log })
    : null;
  // Webhook deliveries (queued with the changes they report), every five seconds.
  const hooks = startWebhookDispatcher(app);
  // Questionnaire schedules and appointment reminders, every five minutes (both idempotent).
  const schedule = setInterval(() => {
    materializeAll(app).catch((error: unknown) => app.log.error({ err: error }, 'questionnaire schedule failed'));
    sendDueReminders(app).catch((error: unknown) => app.log.error({ err: error }, 'appointment reminders failed'));
    sendCredentialExpiryAlerts(app).catch((error: unknown) => app.log.error({ err: error }, 'credential expiry alerts failed'));
  }, 5 * 60_000);
  schedule.unref();
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    clearInterval(schedule);
    await server.close();
    await mail?.stop();
    await hooks.stop();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await server.listen({ port: config.port, host: config.host });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  app.log.info({ port, database: app.dialect, readyMs: Math.round(performance.now() - startedAt) }, 'Candor is ready');
  process.stdout.write(`Candor is ready at http://localhost:${port} (${app.dialect === 'sqlite' ? `embedded SQLite in ${config.dataDir}` : 'PostgreSQL'})\n`);
}

async function createUser(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' }, name: { type: 'string' }, roles: { type: 'string' }, practice: { type: 'string' },
      'practice-id': { type: 'string' }, 'time-zone': { type: 'string' }, 'password-stdin': { type: 'boolean' },
    },
  });
  if (!values.email || !values.name || !values.roles) fail('create-user needs --email, --name and --roles (see candor --help)', 2);
  if (!values.practice === !values['practice-id']) fail('create-user needs exactly one of --practice <new name> or --practice-id <id>', 2);
  const roles = values.roles.split(',').map((r) => r.trim()) as Role[];
  const valid: Role[] = ['owner', 'clinician', 'supervisor', 'billing'];
  const unknown = roles.find((r) => !valid.includes(r));
  if (unknown) fail(`unknown role "${unknown}" (staff roles: ${valid.join(', ')}; clients are invited from their chart)`, 2);
  const password = values['password-stdin'] ? fs.readFileSync(0, 'utf8').trim() : randomToken(15);
  await withContext(config, async ({ app }) => {
    const result = await app.db.transaction().execute(async (tx) => {
      const practiceId = values['practice-id'] ?? (await createPractice(app, tx, { name: values.practice!, timeZone: values['time-zone'] ?? 'America/New_York' }));
      const userId = await createActiveUser(app, tx, { practiceId, email: values.email!, displayName: values.name!, roles, clientId: null, password });
      return { practiceId, userId };
    });
    process.stdout.write(`Created ${values.email} (${roles.join(', ')}) in practice ${result.practiceId}.\n`);
    if (!values['password-stdin']) process.stdout.write(`Password (shown once): ${password}\n`);
  });
}

async function siteAdmin(config: Config, grant: boolean, email: string): Promise<void> {
  await withContext(config, async ({ app }) => {
    const user = await app.db.selectFrom('users').select(['id', 'practice_id', 'client_id']).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    if (!user || user.client_id) fail(`no staff account has the email ${email}`);
    await app.db.transaction().execute(async (tx) => {
      await tx.updateTable('users').set({ site_admin: grant ? 1 : 0 }).where('id', '=', user.id).execute();
      await appendAudit(tx, { practiceId: user.practice_id, actorId: null, actorRole: 'operator', action: grant ? 'site-admin.grant' : 'site-admin.revoke', resourceType: 'user', resourceId: user.id, outcome: 'success', requestId: null }, app.clock.now());
    });
    process.stdout.write(`${email} is ${grant ? 'now' : 'no longer'} the site administrator.\n`);
  });
}

async function backup(config: Config, file: string | undefined): Promise<void> {
  if (!file) fail('backup needs a file name: candor backup <file>', 2);
  if (config.databaseUrl) {
    fail('this deployment uses PostgreSQL: back it up with pg_dump, for example\n  pg_dump --format=custom --file=candor.dump "$DATABASE_URL"\nand restore with pg_restore --clean --if-exists --dbname="$DATABASE_URL" candor.dump (see docs/operations.md)', 2);
  }
  const source = path.join(config.dataDir, SQLITE_FILE);
  if (!fs.existsSync(source)) fail(`no database at ${source}`);
  const db = new SQLite(source, { fileMustExist: true });
  try {
    // SQLite's online backup API: a consistent copy while other connections keep writing.
    await db.backup(path.resolve(file));
  } finally {
    db.close();
  }
  process.stdout.write(`Backed up ${source} to ${path.resolve(file)}.\nThe encryption key is NOT in the backup: keep ${path.join(config.dataDir, 'master.key')} (or CANDOR_MASTER_KEY) safe separately.\n`);
}

async function restore(config: Config, file: string | undefined, force: boolean): Promise<void> {
  if (!file) fail('restore needs a file name: candor restore <file>', 2);
  if (config.databaseUrl) fail('this deployment uses PostgreSQL: restore with pg_restore (see docs/operations.md)', 2);
  if (!fs.existsSync(file)) fail(`no backup at ${file}`);
  const check = new SQLite(file, { readonly: true, fileMustExist: true });
  const integrity = check.pragma('integrity_check', { simple: true });
  check.close();
  if (integrity !== 'ok') fail(`the backup fails SQLite's integrity check (${String(integrity)}); nothing was changed`);
  const target = path.join(config.dataDir, SQLITE_FILE);
  if (fs.existsSync(target) && !force) fail(`a database already exists at ${target}; stop Candor and pass --force to replace it`, 2);
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const tmp = `${target}.restoring`;
  fs.copyFileSync(file, tmp);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  fs.renameSync(tmp, target);
  process.stdout.write(`Restored ${path.resolve(file)} into ${target}.\n`);
}

async function auditVerify(config: Config): Promise<void> {
  const result = await withContext(config, ({ app }) => verifyAuditChain(app.db));
  if (result.ok) {
    process.stdout.write(`audit chain intact: ${result.rows} rows in ${result.chains} chains\n`);
    return;
  }
  const p = result.problem!;
  fail(`audit chain broken in chain ${p.chainId} at row ${p.seq}${p.rowId ? ` (id ${p.rowId})` : ''}: ${p.reason}`);
}

async function keysRotate(config: Config): Promise<void> {
  if (!config.masterKey && !config.databaseUrl) {
    loadOrCreateKeyFile(config.dataDir);
    const id = prependKeyToFile(config.dataDir);
    process.stdout.write(`Added key ${id} to ${path.join(config.dataDir, 'master.key')}.\n`);
  }
  const keyring = config.masterKey ? loadKeyring(config) : createKeyring(loadOrCreateKeyFile(config.dataDir));
  const result = await withContext(config, ({ app }) => reencryptAll(app.db, keyring));
  process.stdout.write(`Re-encrypted ${result.rewritten} values under key ${keyring.activeKeyId}.\n`);
}

async function practiceImport(config: Config, file: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    fail(`cannot read ${file}`, 2);
  }
  const passphrase = fs.readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  try {
    const result = await withContext(config, ({ app }) => importPractice(app, bytes, passphrase));
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    process.stdout.write(`Imported practice ${result.practiceId}: ${total} rows in ${Object.keys(result.rows).length} tables (${result.rows.clients ?? 0} clients, ${result.rows.users ?? 0} accounts).\n`);
  } catch (error) {
    if (error instanceof AppError) fail(`${error.message}${error.errors?.length ? ` (${error.errors.map((e) => `${e.field}: ${e.message}`).join('; ')})` : ''}`, 2);
    throw error;
  }
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message, 2);
    throw error;
  }
  switch (command) {
    case 'start':
      return start(config);
    case 'migrate':
      return withContext(config, async ({ app }) => {
        process.stdout.write(`Database is up to date (${app.dialect}).\n`);
      });
    case 'seed-demo':
      return withContext(config, async ({ app }) => {
        await seedDemo(app);
        process.stdout.write(`${describeDemoSignIns(config.publicUrl)}\n`);
      });
    case 'create-user':
      return createUser(config, rest);
    case 'backup':
      return backup(config, rest[0]);
    case 'restore':
      return restore(config, rest.find((a) => !a.startsWith('--')), rest.includes('--force'));
    case 'audit':
      if (rest[0] !== 'verify') fail('usage: candor audit verify', 2);
      return auditVerify(config);
    case 'site-admin':
      if ((rest[0] !== 'grant' && rest[0] !== 'revoke') || !rest[1]) fail('usage: candor site-admin grant|revoke <email>', 2);
      return siteAdmin(config, rest[0] === 'grant', rest[1]);
    case 'practice':
      if (rest[0] !== 'import' || !rest[1]) fail('usage: candor practice import <file> (passphrase on standard input)', 2);
      return practiceImport(config, rest[1]);
    case 'keys':
      if (rest[0] !== 'rotate') fail('usage: candor keys rotate', 2);
      return keysRotate(config);
    default:
      fail(`unknown command "${command}" (see candor --help)`, 2);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../modules/demo/seed-demo.js';
import { freshProcessEnvironment, runCli } from '../test/cli.js';
import { TEST_DIALECT } from '../test/harness.js';
import { createTestDatabase } from '../test/postgres.js';
import { HttpClient, ServerProcess } from '../test/server-process.js';
import { SQLITE_FILE } from './bootstrap.js';
import { openDatabase } from './db.js';

/**
 * Backups while Candor keeps writing: `candor backup` (SQLite's online backup) or
 * scripts/postgres-backup.sh (pg_dump's snapshot), restored into a fresh place with `candor
 * restore` or scripts/postgres-restore.sh. The copy is consistent (its audit chain verifies,
 * every client acknowledged before the backup began is in it, whole), and a backup taken when
 * writes have stopped restores to exactly the same rows, table by table.
 */
const run = promisify(execFile);
const SCRIPTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../scripts');
let env: Record<string, string>;
let dataDir: string;
let cleanUp: () => Promise<void>;
const restored: { env: Record<string, string>; drop: () => Promise<void> }[] = [];

beforeAll(async () => {
  ({ env, dataDir, cleanUp } = await freshProcessEnvironment({ CANDOR_DEMO: 'true' }));
});
afterAll(async () => {
  for (const r of restored) await r.drop();
  await cleanUp();
});

/** Backs up the deployment in `env` to a file, the way docs/operations.md says. */
async function backUp(file: string): Promise<void> {
  if (TEST_DIALECT === 'sqlite') {
    const res = await runCli(['backup', file], env);
    expect(res.code, res.stderr).toBe(0);
  } else {
    await run(path.join(SCRIPTS, 'postgres-backup.sh'), [file], { env: { ...process.env, DATABASE_URL: env.DATABASE_URL! } });
  }
}

/** Restores a backup into a fresh data directory (and database); returns its settings. */
async function restoreFresh(file: string): Promise<Record<string, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-restore-'));
  if (TEST_DIALECT === 'sqlite') {
    const target = { ...env, CANDOR_DATA_DIR: dir };
    const res = await runCli(['restore', file], target);
    expect(res.code, res.stderr).toBe(0);
    restored.push({ env: target, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) });
    return target;
  }
  const db = await createTestDatabase();
  const target = { ...env, CANDOR_DATA_DIR: dir, DATABASE_URL: db.url };
  await run(path.join(SCRIPTS, 'postgres-restore.sh'), [file], { env: { ...process.env, DATABASE_URL: db.url } });
  restored.push({ env: target, drop: async () => { await db.drop(); fs.rmSync(dir, { recursive: true, force: true }); } });
  return target;
}

/** Every table's rows, hashed in primary-key order: equal digests mean identical query results. */
async function tableDigests(settings: Record<string, string>): Promise<Record<string, string>> {
  const handle = openDatabase({ databaseUrl: settings.DATABASE_URL ?? null, sqlitePath: path.join(settings.CANDOR_DATA_DIR!, SQLITE_FILE) });
  try {
    const digests: Record<string, string> = {};
    for (const table of (await handle.db.introspection.getTables()).map((t) => t.name).filter((n) => !n.startsWith('kysely_')).sort()) {
      const columns = (await handle.db.introspection.getTables()).find((t) => t.name === table)!.columns.map((c) => c.name).sort();
      const rows = await sql<Record<string, unknown>>`select ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(table)} order by ${sql.join(columns.map((c) => sql.ref(c)))}`.execute(handle.db);
      const hash = createHash('sha256');
      for (const row of rows.rows) hash.update(JSON.stringify(columns.map((c) => normalise(row[c]))));
      digests[table] = `${rows.rows.length}:${hash.digest('hex').slice(0, 16)}`;
    }
    return digests;
  } finally {
    await handle.close();
  }
}

/** The same value whichever database it came from (PostgreSQL returns numbers of count columns as strings, SQLite as numbers). */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (typeof value === 'bigint') return value.toString();
  return value;
}

describe('backups', () => {
  it('are consistent while writes continue, and restore to the same rows once they stop', async () => {
    const server = new ServerProcess(env);
    await server.start();
    const http = new HttpClient(server.url);
    await http.signIn('amara.okafor@demo.candor.test', DEMO_PASSWORD, DEMO_TOTP_SECRET);
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const res = await http.request('POST', '/api/v1/clients', { firstName: 'Backup', lastName: `W${w}n${i}`, dateOfBirth: '1990-01-01', presentingConcern: `kept ${w}.${i}` });
        expect(res.status).toBe(201);
        acknowledged.push((res.json() as { id: string }).id);
      }
    };
    const writers = [writer(0), writer(1)];
    while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 5));

    // A backup in the middle of the writes.
    const before = [...acknowledged];
    const during = path.join(dataDir, TEST_DIALECT === 'sqlite' ? 'during.sqlite' : 'during.dump');
    await backUp(during);
    while (acknowledged.length < before.length + 20) await new Promise((r) => setTimeout(r, 5));
    stop = true;
    await Promise.all(writers);
    await server.stop();

    const duringEnv = await restoreFresh(during);
    expect(await runCli(['audit', 'verify'], duringEnv)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^audit chain intact: \d+ rows in \d+ chains\n$/) });
    const handle = openDatabase({ databaseUrl: duringEnv.DATABASE_URL ?? null, sqlitePath: path.join(duringEnv.CANDOR_DATA_DIR!, SQLITE_FILE) });
    try {
      const ids = new Set((await handle.db.selectFrom('clients').select('id').execute()).map((r) => r.id));
      expect(before.filter((id) => !ids.has(id))).toEqual([]);
      // Whole: each client in the copy has its care team and the audit row of its creation.
      const orphans = await handle.db.selectFrom('clients').select('id').where('first_name', '=', 'Backup')
        .where((eb) => eb.or([
          eb.not(eb.exists(eb.selectFrom('care_team').select('user_id').whereRef('care_team.client_id', '=', 'clients.id'))),
          eb.not(eb.exists(eb.selectFrom('audit_events').select('id').whereRef('audit_events.resource_id', '=', 'clients.id').where('audit_events.action', '=', 'client.create'))),
        ])).execute();
      expect(orphans).toEqual([]);
    } finally {
      await handle.close();
    }

    // Writes have stopped: a backup restores to exactly the same rows in every table.
    const after = path.join(dataDir, TEST_DIALECT === 'sqlite' ? 'after.sqlite' : 'after.dump');
    await backUp(after);
    const afterEnv = await restoreFresh(after);
    const source = await tableDigests(env);
    expect(Object.keys(source).length).toBeGreaterThan(40);
    expect(await tableDigests(afterEnv)).toEqual(source);
    expect((await runCli(['audit', 'verify'], afterEnv)).stdout).toBe((await runCli(['audit', 'verify'], env)).stdout);
    process.stdout.write(`backups (${TEST_DIALECT}): ${acknowledged.length} clients written around a backup; ${Object.keys(source).length} tables restored identical\n`);
  }, 120_000);
});

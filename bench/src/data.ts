import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hashPassword } from '@candor/server/dist/modules/auth/auth.service.js';
import { SQLITE_FILE } from '@candor/server/dist/platform/bootstrap.js';
import { createKeyring, loadOrCreateKeyFile } from '@candor/server/dist/platform/crypto.js';
import { migrateToLatest, openDatabase, type Dialect } from '@candor/server/dist/platform/db.js';
import { sql } from 'kysely';
import { generate, type Counts } from './generate.js';
import { benchDir, dataDirOf, pgAdmin, pgDatabaseOf, pgUrlOf, readManifest, writeManifest, type Manifest } from './paths.js';
import { scaleNamed } from './scales.js';

/** The password of every generated sign-in (the bench signs in with sessions, but people may look around). */
export const BENCH_PASSWORD = 'bench-only-password-not-for-real-use';

async function recreatePgDatabase(name: string): Promise<void> {
  await pgAdmin(async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  });
}

function line(stage: string, c: Counts, startedAt: number): string {
  const secs = ((performance.now() - startedAt) / 1000).toFixed(0);
  return `${stage}: ${c.practices} practices, ${c.clients.toLocaleString('en-US')} clients, ${c.appointments.toLocaleString('en-US')} appointments, ${c.notes.toLocaleString('en-US')} notes, ${c.responses.toLocaleString('en-US')} responses, ${c.audit.toLocaleString('en-US')} audit rows, ${c.listed.toLocaleString('en-US')} listed (${secs} s)`;
}

/** Generates one scale into one database; returns what it wrote and how long it took. */
export async function generateInto(scaleName: string, dialect: Dialect, seed: number, now: Date, log: (text: string) => void): Promise<{ counts: Counts; seconds: number }> {
  const scale = scaleNamed(scaleName);
  const dataDir = dataDirOf(scaleName);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keyring = createKeyring(loadOrCreateKeyFile(dataDir));
  let databaseUrl: string | null = null;
  if (dialect === 'postgres') {
    await recreatePgDatabase(pgDatabaseOf(scaleName));
    databaseUrl = pgUrlOf(scaleName);
  } else {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(dataDir, SQLITE_FILE + suffix), { force: true });
  }
  const handle = openDatabase({ databaseUrl, sqlitePath: path.join(dataDir, SQLITE_FILE), poolSize: 2 });
  // Loading is not serving: one fsync per practice's transaction would only slow the load.
  handle.sqlite?.pragma('synchronous = OFF');
  const startedAt = performance.now();
  try {
    await migrateToLatest(handle.db);
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    let lastReport = 0;
    const counts = await generate({
      db: handle.db, dialect, keyring, scale, seed, now, passwordHash,
      progress: (c) => {
        if (performance.now() - lastReport < 2_000) return;
        lastReport = performance.now();
        log(line(`  ${dialect}`, c, startedAt));
      },
    });
    log('  analysing…');
    if (dialect === 'sqlite') {
      handle.sqlite!.exec('analyze');
      handle.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
    } else {
      await sql`analyze`.execute(handle.db);
    }
    const seconds = (performance.now() - startedAt) / 1000;
    log(line(`  ${dialect} done`, counts, startedAt));
    return { counts, seconds };
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: 'small' }, db: { type: 'string', default: 'both' }, seed: { type: 'string', default: '20261126' } },
  });
  const scaleName = values.scale!;
  scaleNamed(scaleName);
  const dialects: Dialect[] = values.db === 'both' ? ['sqlite', 'postgres'] : [values.db as Dialect];
  if (!dialects.every((d) => d === 'sqlite' || d === 'postgres')) throw new Error('--db must be sqlite, postgres or both');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed must be a whole number');
  const now = new Date();
  const previous = readManifest(scaleName);
  const manifest: Manifest = { scale: scaleName, seed, generatedAt: now.toISOString(), databases: { ...(previous?.seed === seed ? previous.databases : {}) } };
  process.stdout.write(`Generating the ${scaleName} bench dataset (seed ${seed}) into ${path.relative(process.cwd(), dataDirOf(scaleName)) || benchDir}\n`);
  for (const dialect of dialects) {
    const { counts, seconds } = await generateInto(scaleName, dialect, seed, now, (text) => process.stdout.write(`${text}\n`));
    manifest.databases[dialect] = { counts, seconds: Math.round(seconds), generatedAt: now.toISOString() };
    writeManifest(manifest);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench:data failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

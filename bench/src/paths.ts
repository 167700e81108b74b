import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Counts } from './generate.js';

/** Where the bench keeps its datasets (ignored by git) and results (committed). */
export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(benchDir, '..');
export const resultsDir = path.join(benchDir, 'results');

/** A maintenance database URL on the PostgreSQL server the bench uses (CANDOR_BENCH_PG_URL to change it). */
export function pgAdminUrl(): string {
  return process.env.CANDOR_BENCH_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
}

/** Runs work on a connection to the maintenance database, then closes it. */
export async function pgAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function dataDirOf(scale: string): string {
  return path.join(benchDir, 'data', scale);
}

export function pgDatabaseOf(scale: string): string {
  return `candor_bench_${scale}`;
}

export function pgUrlOf(scale: string, database = pgDatabaseOf(scale)): string {
  const url = new URL(pgAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export interface Manifest {
  scale: string;
  seed: number;
  generatedAt: string;
  databases: Partial<Record<'sqlite' | 'postgres', { counts: Counts; seconds: number; generatedAt: string }>>;
}

export function readManifest(scale: string): Manifest | null {
  const file = path.join(dataDirOf(scale), 'manifest.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest) : null;
}

export function writeManifest(manifest: Manifest): void {
  fs.writeFileSync(path.join(dataDirOf(manifest.scale), 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, type LogEvent, type Transaction } from 'kysely';
import pg from 'pg';
import { migrationProvider } from '../migrations/index.js';
import type { Database } from './database.js';
import { GroupCommitSqliteDialect } from './sqlite-group-commit.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** A database handle or an open transaction: what every repository function takes first. */
export type DbOrTx = Db | Tx;

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** The underlying better-sqlite3 connection (embedded mode only): backups, integrity checks. */
  sqlite: SQLite.Database | null;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | null;
  /** SQLite file path; used when databaseUrl is null. */
  sqlitePath: string;
  poolSize?: number;
  /** Called for each query slower than slowQueryMs (0 or absent: off) with its SQL text, never its parameters. */
  slowQueryMs?: number;
  onSlowQuery?: (sql: string, ms: number) => void;
}

function slowQueryLog(options: DatabaseOptions): { log?: (event: LogEvent) => void } {
  const threshold = options.slowQueryMs ?? 0;
  const report = options.onSlowQuery;
  if (!threshold || !report) return {};
  return {
    log: (event) => {
      if (event.queryDurationMillis >= threshold) report(event.query.sql, Math.round(event.queryDurationMillis * 100) / 100);
    },
  };
}

/** Opens SQLite (WAL, foreign keys, busy timeout, full sync, group commit) or a PostgreSQL pool. */
export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection the server closes (a restart, a failover, an administrator) is dropped
    // from the pool, which opens a new one for the next query; it must not end the process.
    pool.on('error', (error: Error & { code?: string }) => process.emitWarning(`PostgreSQL closed an idle connection (${error.code ?? 'no code'}); the pool will reconnect.`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...slowQueryLog(options) });
    return { db, dialect: 'postgres', sqlite: null, close: () => db.destroy() };
  }
  fs.mkdirSync(path.dirname(options.sqlitePath), { recursive: true, mode: 0o700 });
  // Owner-only from the first byte: SQLite gives the -wal and -shm files the same mode.
  if (!fs.existsSync(options.sqlitePath)) fs.closeSync(fs.openSync(options.sqlitePath, 'a', 0o600));
  const sqlite = new SQLite(options.sqlitePath);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a committed transaction survives power loss, not only a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new GroupCommitSqliteDialect(withStatementCache(sqlite)), ...slowQueryLog(options) });
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}

/**
 * Kysely prepares every query it runs; compiling the same SQL again and again was a tenth of a
 * chart open's time. Prepared statements are kept by their SQL text (Candor's queries are
 * parameterized, so there are a few hundred distinct texts), the least recently added dropped
 * past STATEMENT_CACHE_SIZE. better-sqlite3 runs each statement to completion synchronously, so
 * a cached statement is never in use twice at once.
 */
const STATEMENT_CACHE_SIZE = 1_000;

function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const statements = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    let statement = statements.get(source);
    if (!statement) {
      statement = sqlite.prepare(source);
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      statements.set(source, statement);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

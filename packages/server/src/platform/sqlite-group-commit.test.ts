import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommitSqliteDialect } from './sqlite-group-commit.js';

/**
 * The SQLite group commit (sqlite-group-commit.ts): transactions share a COMMIT, each is
 * acknowledged only once that COMMIT returned, a failing one is rolled back alone, a failed
 * COMMIT fails every transaction in it, and no read sees what is not yet committed.
 */
interface Db { items: { id: number; owner: number | null }; owners: { id: number } }

let dir: string;
let file: string;
let db: Kysely<Db>;
/** A second connection to the same file: it sees only what was committed. */
let observer: SQLite.Database;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-group-commit-'));
  file = path.join(dir, 'test.sqlite');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.exec('create table owners (id integer primary key)');
  // A deferred foreign key is checked at COMMIT: the way to make a shared COMMIT fail.
  sqlite.exec('create table items (id integer primary key, owner integer references owners(id) deferrable initially deferred)');
  db = new Kysely<Db>({ dialect: new GroupCommitSqliteDialect(sqlite) });
  observer = new SQLite(file, { readonly: true });
});

afterEach(async () => {
  observer.close();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const committedIds = () => (observer.prepare('select id from items order by id').all() as { id: number }[]).map((r) => r.id);

describe('SQLite group commit', () => {
  it('commits transactions that run together in one COMMIT and acknowledges each only after it', async () => {
    const seenAtAck: number[][] = [];
    await Promise.all([1, 2, 3, 4, 5].map((id) =>
      db.transaction().execute(async (tx) => {
        await tx.insertInto('items').values({ id, owner: null }).execute();
      }).then(() => seenAtAck.push(committedIds()))));
    // Every transaction, when told it succeeded, was already visible to another connection.
    expect(seenAtAck).toHaveLength(5);
    for (const seen of seenAtAck) expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('rolls back a failing transaction alone; the others in its group are kept', async () => {
    const results = await Promise.allSettled([
      db.transaction().execute(async (tx) => {
        await tx.insertInto('items').values({ id: 10, owner: null }).execute();
      }),
      db.transaction().execute(async (tx) => {
        await tx.insertInto('items').values({ id: 11, owner: null }).execute();
        throw new Error('changed my mind');
      }),
      db.transaction().execute(async (tx) => {
        await tx.insertInto('items').values({ id: 12, owner: null }).execute();
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toHaveProperty('message', 'changed my mind');
    expect(committedIds()).toEqual([10, 12]);
  });

  it('fails every transaction of a group whose COMMIT fails, and keeps none of their rows', async () => {
    const results = await Promise.allSettled([
      db.transaction().execute(async (tx) => {
        await tx.insertInto('items').values({ id: 20, owner: null }).execute();
      }),
      db.transaction().execute(async (tx) => {
        // No owner 99: the deferred foreign key fails at COMMIT, after this savepoint was released.
        await tx.insertInto('items').values({ id: 21, owner: 99 }).execute();
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY constraint failed/);
    expect(committedIds()).toEqual([]);
    // The connection is usable again afterwards.
    await db.transaction().execute((tx) => tx.insertInto('items').values({ id: 22, owner: null }).execute());
    expect(committedIds()).toEqual([22]);
  });

  it('answers a read that ran in an open group only once that group is committed', async () => {
    const write = db.transaction().execute((tx) => tx.insertInto('items').values({ id: 30, owner: null }).execute());
    // Queued right behind the transaction: it runs inside the group, before its COMMIT.
    const read = db.selectFrom('items').select('id').execute().then((rows) => ({ rows, committedThen: committedIds() }));
    const [{ rows, committedThen }] = await Promise.all([read, write]);
    expect(rows.map((r) => r.id)).toEqual([30]);
    expect(committedThen).toEqual([30]);
  });

  it('a read with no group open runs at once', async () => {
    await db.insertInto('items').values({ id: 31, owner: null }).execute();
    expect((await db.selectFrom('items').select('id').execute()).map((r) => r.id)).toEqual([31]);
  });

  it('a write on its own is acknowledged once committed, and may share its COMMIT', async () => {
    const acks = await Promise.all([40, 41].map((id) => db.insertInto('items').values({ id, owner: null }).execute().then(() => committedIds())));
    expect(acks).toEqual([[40, 41], [40, 41]]);
    await sql`delete from items where id in (40, 41)`.execute(db);
    await sql`delete from items where id = 40`.execute(db);
    expect(committedIds()).toEqual([]);
  });
});

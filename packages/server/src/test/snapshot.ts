import { sql } from 'kysely';
import type { TestApp } from './harness.js';

/** Audit rows, sessions and sign-in attempts record refused requests by design; everything else is data. */
const NOT_DATA = new Set(['audit_events', 'audit_heads', 'sessions', 'sign_in_attempts']);

/**
 * A function whose answer changes whenever any row of any data table is inserted, updated or
 * deleted (and stays the same otherwise): triggers, installed in the test database only, count
 * every row change in one counter. A change that is rolled back is not counted, so two equal
 * answers around a refused request mean it left the data exactly as it was.
 */
export async function dataSnapshot(t: TestApp): Promise<() => Promise<string>> {
  const db = t.app.db;
  const tables = (await db.introspection.getTables()).map((table) => table.name).filter((name) => !name.startsWith('kysely_') && !NOT_DATA.has(name) && name !== 'test_changes');
  await sql`create table if not exists test_changes (n bigint not null)`.execute(db);
  await sql`insert into test_changes (n) select 0 where not exists (select 1 from test_changes)`.execute(db);
  if (t.app.dialect === 'postgres') {
    await sql.raw(`create or replace function test_count_change() returns trigger language plpgsql as $$ begin update test_changes set n = n + 1; return null; end $$`).execute(db);
    for (const table of tables) {
      await sql.raw(`drop trigger if exists test_count_change on "${table}"`).execute(db);
      await sql.raw(`create trigger test_count_change after insert or update or delete on "${table}" for each row execute function test_count_change()`).execute(db);
    }
  } else {
    for (const table of tables) {
      for (const event of ['insert', 'update', 'delete']) {
        await sql.raw(`create trigger if not exists "test_count_${event}_${table}" after ${event} on "${table}" begin update test_changes set n = n + 1; end`).execute(db);
      }
    }
  }
  return async () => String((await sql<{ n: number | string }>`select n from test_changes`.execute(db)).rows[0]!.n);
}

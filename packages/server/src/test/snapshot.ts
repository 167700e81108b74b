import { sql } from 'kysely';
import type { TestApp } from './harness.js';

/** Audit rows, sessions and sign-in attempts record refused requests by design; everything else is data. */
const NOT_DATA = new Set(['audit_events', 'audit_heads', 'sessions', 'sign_in_attempts']);

/**
 * A function giving every data table's row count and latest updated_at, in one query: two equal
 * answers mean no row was added, removed or changed in between (the test clock must move between
 * the two, so that a change stamps a new updated_at).
 */
export async function dataSnapshot(t: TestApp): Promise<() => Promise<string>> {
  const tables = (await t.app.db.introspection.getTables()).filter((table) => !table.name.startsWith('kysely_') && !NOT_DATA.has(table.name));
  const parts = tables.flatMap((table) => [
    sql`(select count(*) from ${sql.table(table.name)})`,
    ...(table.columns.some((c) => c.name === 'updated_at') ? [sql`(select max(updated_at) from ${sql.table(table.name)})`] : []),
  ]);
  const query = sql<Record<string, unknown>>`select ${sql.join(parts)}`;
  if (t.app.dialect === 'postgres') {
    // Planned once inside a function, not for every call: the fuzz run on PostgreSQL took 260 s, now 89 s.
    const columns = tables.flatMap((table) => [
      `(select count(*) from "${table.name}")::text`,
      ...(table.columns.some((c) => c.name === 'updated_at') ? [`coalesce((select max(updated_at) from "${table.name}")::text, '-')`] : []),
    ]);
    await sql.raw(`create or replace function data_snapshot() returns text language plpgsql as $$ begin return concat_ws(',', ${columns.join(', ')}); end $$`).execute(t.app.db);
    return async () => (await sql<{ s: string }>`select data_snapshot() as s`.execute(t.app.db)).rows[0]!.s;
  }
  return async () => JSON.stringify(Object.values((await query.execute(t.app.db)).rows[0]!).map(String));
}

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_DIALECT, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t.close());

describe('the database connection', () => {
  it('keeps serving when the database server closes idle connections (a restart or an administrator)', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      // Open several pooled connections, then have the server end every one but the asking one.
      await Promise.all([1, 2, 3].map((n) => sql`select ${n} as n`.execute(t.app.db)));
      if (TEST_DIALECT === 'postgres') {
        await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(t.app.db);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(warnings.some((w) => w.startsWith('PostgreSQL closed an idle connection (57P01)'))).toBe(true);
      }
      const rows = await Promise.all([4, 5, 6].map((n) => sql<{ n: number }>`select ${n} as n`.execute(t.app.db)));
      expect(rows.map((r) => Number(r.rows[0]!.n))).toEqual([4, 5, 6]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('autovacuum of the tables updated all day', () => {
  it('is tuned on PostgreSQL (1,000 dead rows plus 2%); the migration is applied on both databases', async () => {
    const applied = await t.app.db.selectFrom('kysely_migration' as 'users').select('name' as 'id').where('name' as 'id', '=', '2026-11-26-0011-autovacuum-hot-tables').execute();
    expect(applied).toHaveLength(1);
    if (TEST_DIALECT === 'postgres') {
      const { rows } = await sql<{ relname: string; reloptions: string[] }>`select relname, reloptions from pg_class where relname in ('notes', 'measure_requests', 'audit_heads', 'sessions', 'appointments') order by relname`.execute(t.app.db);
      expect(rows.map((r) => [r.relname, [...r.reloptions].sort()])).toEqual(['appointments', 'audit_heads', 'measure_requests', 'notes', 'sessions'].map((name) => [name, [
        'autovacuum_analyze_scale_factor=0.02', 'autovacuum_analyze_threshold=1000', 'autovacuum_vacuum_scale_factor=0.02', 'autovacuum_vacuum_threshold=1000',
      ]]));
    }
  });
});

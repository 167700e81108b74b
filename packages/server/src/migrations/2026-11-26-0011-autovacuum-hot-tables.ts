import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// PostgreSQL only (SQLite has no autovacuum to tune): the tables updated in place all day — notes
// as they are drafted, saved and signed, questionnaire requests as they are answered, the audit
// chain heads, sessions, appointments — are vacuumed after 1,000 dead row versions plus 2% of
// the table, instead of PostgreSQL's default 50 plus 20%. Until a vacuum, every index scan on
// them also visits the dead versions: in a ten-minute soak of the mixed workload the median
// latency on PostgreSQL grew half again (BENCHMARKS.md, Soak) while SQLite's held steady.
const HOT_TABLES = ['notes', 'measure_requests', 'audit_heads', 'sessions', 'appointments'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  for (const table of HOT_TABLES) {
    await sql`alter table ${sql.table(table)} set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 1000, autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 1000)`.execute(db);
  }
}

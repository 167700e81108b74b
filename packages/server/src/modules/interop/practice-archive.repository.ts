import type { Database } from '../../platform/database.js';
import type { Db, DbOrTx } from '../../platform/db.js';

/*
 * The practice archive's SQL: one table's rows of a practice, and a batch of rows written back.
 * Generic over the tables (the archive carries them all), so the column names are not typed here.
 */
type Row = Record<string, unknown>;

/** A practice's rows of one table (its audit chain is the one keyed by the practice id). */
export function rowsOfPractice(db: DbOrTx, table: keyof Database, practiceId: string): Promise<Row[]> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const q = (db as Db).selectFrom(table as any).selectAll();
  const column = table === 'practices' ? 'id' : table === 'audit_heads' ? 'chain_id' : 'practice_id';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return q.where(column as any, '=', practiceId).execute() as Promise<Row[]>;
}

export function practiceExists(db: DbOrTx, practiceId: string): Promise<boolean> {
  return db.selectFrom('practices').select('id').where('id', '=', practiceId).executeTakeFirst().then(Boolean);
}

export async function insertRows(db: DbOrTx, table: keyof Database, rows: Row[]): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  await (db as Db).insertInto(table as any).values(rows as any).execute();
}

import type { Selectable } from 'kysely';
import type { IntakeTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type IntakeRow = Selectable<IntakeTable>;

export async function insertIntake(db: DbOrTx, row: IntakeRow | readonly IntakeRow[]): Promise<void> {
  await db.insertInto('intakes').values(row).execute();
}

export function findIntake(db: DbOrTx, practiceId: string, clientId: string, id: string): Promise<IntakeRow | undefined> {
  return db.selectFrom('intakes').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).where('id', '=', id).executeTakeFirst();
}

export function findDraft(db: DbOrTx, practiceId: string, clientId: string): Promise<IntakeRow | undefined> {
  return db.selectFrom('intakes').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).where('status', '=', 'draft').executeTakeFirst();
}

export function findLatestSubmitted(db: DbOrTx, practiceId: string, clientId: string): Promise<IntakeRow | undefined> {
  return db
    .selectFrom('intakes')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('client_id', '=', clientId)
    .where('status', '=', 'submitted')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function listIntakes(db: DbOrTx, practiceId: string, clientId: string) {
  return db
    .selectFrom('intakes')
    .select(['id', 'version', 'status', 'completed_by', 'progress_completed', 'updated_at', 'submitted_at'])
    .where('practice_id', '=', practiceId)
    .where('client_id', '=', clientId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Writes a draft only if nobody saved since `revision`; false when the stored revision moved on. */
export async function saveDraft(db: DbOrTx, practiceId: string, id: string, revision: number, changes: Pick<IntakeRow, 'answers' | 'progress_completed' | 'updated_at' | 'completed_by' | 'completed_by_user_id'>): Promise<boolean> {
  const result = await db
    .updateTable('intakes')
    .set({ ...changes, revision: revision + 1 })
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markSubmitted(db: DbOrTx, practiceId: string, id: string, revision: number, version: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('intakes')
    .set({ status: 'submitted', version, submitted_at: at, updated_at: at })
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function nextVersion(db: DbOrTx, practiceId: string, clientId: string): Promise<number> {
  const row = await db
    .selectFrom('intakes')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('practice_id', '=', practiceId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

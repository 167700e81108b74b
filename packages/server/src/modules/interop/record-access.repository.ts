import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTx } from '../../platform/db.js';
import type { RecordRequestTable } from '../../platform/database.js';

export type RecordRequestRow = Selectable<RecordRequestTable>;

export async function insertRequest(db: DbOrTx, row: Insertable<RecordRequestTable>): Promise<void> {
  await db.insertInto('record_requests').values(row).execute();
}

export function findRequest(db: DbOrTx, practiceId: string, id: string): Promise<RecordRequestRow | undefined> {
  return db.selectFrom('record_requests').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export function listRequestsOfClient(db: DbOrTx, practiceId: string, clientId: string): Promise<RecordRequestRow[]> {
  return db.selectFrom('record_requests').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).orderBy('requested_at', 'desc').orderBy('id', 'desc').execute();
}

/** Moves a pending request on; false when it was no longer pending (someone else decided first). */
export async function decide(db: DbOrTx, id: string, set: Updateable<RecordRequestTable>): Promise<boolean> {
  const result = await db.updateTable('record_requests').set(set).where('id', '=', id).where('status', '=', 'pending-review').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countDownload(db: DbOrTx, id: string, at: string): Promise<void> {
  await db.updateTable('record_requests')
    .set((eb) => ({ download_count: eb('download_count', '+', 1), first_downloaded_at: eb.fn.coalesce('first_downloaded_at', eb.val(at)) }))
    .where('id', '=', id).execute();
}

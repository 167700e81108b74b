import type { Selectable } from 'kysely';
import type { ReleaseTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type ReleaseRow = Selectable<ReleaseTable>;

export async function insertRelease(db: DbOrTx, row: ReleaseRow): Promise<void> {
  await db.insertInto('releases').values(row).execute();
}

export function findRelease(db: DbOrTx, practiceId: string, clientId: string, id: string): Promise<ReleaseRow | undefined> {
  return db.selectFrom('releases').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).where('id', '=', id).executeTakeFirst();
}

export function listReleases(db: DbOrTx, practiceId: string, clientId: string): Promise<ReleaseRow[]> {
  return db.selectFrom('releases').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

/** Signs a release awaiting signature (once only); false when it was not awaiting one. */
export async function signRelease(db: DbOrTx, id: string, typedName: string, ip: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('releases')
    .set({ status: 'signed', typed_name: typedName, ip, signed_at: at })
    .where('id', '=', id)
    .where('status', '=', 'awaiting-signature')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function revokeRelease(db: DbOrTx, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('releases').set({ status: 'revoked', revoked_at: at }).where('id', '=', id).where('status', '!=', 'revoked').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db.js';
import type { AccessTokenTable } from '../../platform/database.js';

export type AccessTokenRow = Selectable<AccessTokenTable>;

export async function insertToken(db: DbOrTx, row: Insertable<AccessTokenTable>): Promise<void> {
  await db.insertInto('access_tokens').values(row).execute();
}

export function findByHash(db: DbOrTx, tokenHash: string) {
  return db.selectFrom('access_tokens').innerJoin('users', 'users.id', 'access_tokens.user_id')
    .selectAll('access_tokens').select(['users.roles', 'users.status as user_status', 'users.client_id', 'users.site_admin'])
    .where('access_tokens.token_hash', '=', tokenHash).executeTakeFirst();
}

export function findToken(db: DbOrTx, practiceId: string, id: string): Promise<AccessTokenRow | undefined> {
  return db.selectFrom('access_tokens').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export function listTokens(db: DbOrTx, practiceId: string, userId: string | null) {
  let q = db.selectFrom('access_tokens').innerJoin('users', 'users.id', 'access_tokens.user_id')
    .selectAll('access_tokens').select('users.display_name').where('access_tokens.practice_id', '=', practiceId);
  if (userId) q = q.where('access_tokens.user_id', '=', userId);
  return q.orderBy('access_tokens.created_at', 'desc').orderBy('access_tokens.id').execute();
}

export async function revoke(db: DbOrTx, id: string, at: string, by: string): Promise<void> {
  await db.updateTable('access_tokens').set({ revoked_at: at, revoked_by: by }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function touch(db: DbOrTx, id: string, at: string): Promise<void> {
  await db.updateTable('access_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

import type { Insertable, Selectable } from 'kysely';
import type { SessionTable, SignInAttemptTable, UserTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type SignInAttemptRow = Selectable<SignInAttemptTable>;

export function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: DbOrTx, userId: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

export async function insertUser(db: DbOrTx, row: Insertable<UserTable> | readonly Insertable<UserTable>[]): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUser(db: DbOrTx, userId: string, changes: Partial<Omit<UserRow, 'id' | 'practice_id'>>): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', userId).execute();
}

/** Records a TOTP time step as used; false when it (or a later one) was already used (a replay). */
export async function claimTotpStep(db: DbOrTx, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where('totp_last_step', '<', step)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A session and its user in one query: every signed-in request starts with this. */
export async function findSessionWithUser(db: DbOrTx, idHash: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const row = await db.selectFrom('sessions as s').innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.id_hash as s_id_hash', 's.practice_id as s_practice_id', 's.user_id as s_user_id', 's.stage as s_stage', 's.created_at as s_created_at', 's.last_seen_at as s_last_seen_at', 's.expires_at as s_expires_at'])
    .where('s.id_hash', '=', idHash).executeTakeFirst();
  if (!row) return undefined;
  const { s_id_hash, s_practice_id, s_user_id, s_stage, s_created_at, s_last_seen_at, s_expires_at, ...user } = row;
  return {
    session: { id_hash: s_id_hash, practice_id: s_practice_id, user_id: s_user_id, stage: s_stage, created_at: s_created_at, last_seen_at: s_last_seen_at, expires_at: s_expires_at },
    user,
  };
}

export async function insertSession(db: DbOrTx, row: SessionRow | readonly SessionRow[]): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function touchSession(db: DbOrTx, idHash: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: DbOrTx, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export function findSignInAttempt(db: DbOrTx, keyHash: string): Promise<SignInAttemptRow | undefined> {
  return db.selectFrom('sign_in_attempts').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
}

export async function saveSignInAttempt(db: DbOrTx, row: SignInAttemptRow): Promise<void> {
  await db
    .insertInto('sign_in_attempts')
    .values(row)
    .onConflict((oc) => oc.column('key_hash').doUpdateSet({ failures: row.failures, window_started_at: row.window_started_at, locked_until: row.locked_until }))
    .execute();
}

export async function clearSignInAttempts(db: DbOrTx, keyHash: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('key_hash', '=', keyHash).execute();
}

export async function replaceRecoveryCodes(db: DbOrTx, practiceId: string, userId: string, rows: { id: string; codeHash: string }[]): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(rows.map((r) => ({ id: r.id, practice_id: practiceId, user_id: userId, code_hash: r.codeHash, used_at: null })))
    .execute();
}

/** Marks an unused recovery code used; false when none matched. */
export async function useRecoveryCode(db: DbOrTx, userId: string, codeHash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertOneTimeToken(
  db: DbOrTx,
  row: { tokenHash: string; practiceId: string; userId: string; purpose: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('one_time_tokens')
    .values({ token_hash: row.tokenHash, practice_id: row.practiceId, user_id: row.userId, purpose: row.purpose, created_at: row.createdAt, expires_at: row.expiresAt, used_at: null })
    .execute();
}

/** Consumes a one-time token (once only); returns its user id, or null if unknown, used, expired or for another purpose. */
export async function consumeOneTimeToken(db: DbOrTx, tokenHash: string, purpose: string, at: string): Promise<{ userId: string; practiceId: string } | null> {
  const token = await db.selectFrom('one_time_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  if (!token || token.purpose !== purpose || token.used_at !== null || token.expires_at <= at) return null;
  const result = await db
    .updateTable('one_time_tokens')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? { userId: token.user_id, practiceId: token.practice_id } : null;
}

export function findUserByClientId(db: DbOrTx, clientId: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

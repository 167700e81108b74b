import type { Insertable, Selectable } from 'kysely';
import type { CredentialDocumentTable, CredentialTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type CredentialRow = Selectable<CredentialTable>;
export type DocumentRow = Selectable<CredentialDocumentTable>;
type DocumentMeta = Omit<DocumentRow, 'content'>;

export function listCredentials(db: DbOrTx, practiceId: string, userIds: string[]): Promise<CredentialRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('credentials').selectAll().where('practice_id', '=', practiceId).where('user_id', 'in', userIds).where('archived_at', 'is', null)
    .orderBy('kind').orderBy('created_at').execute();
}

/** Verified, current, unarchived credentials of everyone with a listed directory profile (the public directory's index). */
export function listVerifiedOfListedProfiles(db: DbOrTx, day: string): Promise<CredentialRow[]> {
  return db.selectFrom('credentials as c').innerJoin('directory_profiles as p', (join) => join.onRef('p.user_id', '=', 'c.user_id').onRef('p.practice_id', '=', 'c.practice_id'))
    .selectAll('c').where('p.listed', '=', 1).where('c.archived_at', 'is', null).where('c.verified_at', 'is not', null)
    .where((eb) => eb.or([eb('c.expires_on', 'is', null), eb('c.expires_on', '>=', day)]))
    .orderBy('c.user_id').orderBy('c.kind').orderBy('c.created_at').execute();
}

export function findCredential(db: DbOrTx, practiceId: string, id: string): Promise<CredentialRow | undefined> {
  return db.selectFrom('credentials').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).where('archived_at', 'is', null).executeTakeFirst();
}

export async function insertCredential(db: DbOrTx, row: Insertable<CredentialTable> | readonly Insertable<CredentialTable>[]): Promise<void> {
  await db.insertInto('credentials').values(row).execute();
}

export async function updateCredential(db: DbOrTx, id: string, changes: Partial<Omit<CredentialRow, 'id' | 'practice_id' | 'user_id'>>): Promise<void> {
  await db.updateTable('credentials').set(changes).where('id', '=', id).execute();
}

export function listDocumentMeta(db: DbOrTx, credentialIds: string[]): Promise<DocumentMeta[]> {
  if (credentialIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('credential_documents').select(['id', 'practice_id', 'credential_id', 'filename', 'content_type', 'size', 'uploaded_by', 'created_at'])
    .where('credential_id', 'in', credentialIds).orderBy('created_at').execute();
}

export function findDocument(db: DbOrTx, credentialId: string, id: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('credential_documents').selectAll().where('credential_id', '=', credentialId).where('id', '=', id).executeTakeFirst();
}

export async function insertDocument(db: DbOrTx, row: DocumentRow): Promise<void> {
  await db.insertInto('credential_documents').values(row).execute();
}

export async function deleteDocument(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('credential_documents').where('id', '=', id).execute();
}

/** Credentials (of every practice) with an expiry on or before `until` that are not archived. */
/** Unarchived credentials expiring on or before `until`: everyone's, a practice's, or one person's in a practice. */
export function listExpiringBefore(db: DbOrTx, until: string, scope: { practiceId?: string; userId?: string } = {}): Promise<CredentialRow[]> {
  let q = db.selectFrom('credentials').selectAll().where('archived_at', 'is', null).where('expires_on', 'is not', null).where('expires_on', '<=', until);
  if (scope.practiceId) q = q.where('practice_id', '=', scope.practiceId);
  if (scope.userId) q = q.where('user_id', '=', scope.userId);
  return q.orderBy('expires_on').execute();
}

/** Claims one expiry alert; false when it was already sent. */
export async function claimAlert(db: DbOrTx, row: { credential_id: string; practice_id: string; expires_on: string; days_before: number; sent_at: string }): Promise<boolean> {
  const result = await db.insertInto('credential_alerts').values(row).onConflict((oc) => oc.columns(['credential_id', 'expires_on', 'days_before']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

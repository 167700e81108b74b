import type { Selectable } from 'kysely';
import type { ConsentDocumentTable, ConsentSignatureTable, ConsentVersionTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type ConsentDocumentRow = Selectable<ConsentDocumentTable>;
export type ConsentVersionRow = Selectable<ConsentVersionTable>;
export type ConsentSignatureRow = Selectable<ConsentSignatureTable>;

export function listDocuments(db: DbOrTx, practiceId: string): Promise<ConsentDocumentRow[]> {
  return db.selectFrom('consent_documents').selectAll().where('practice_id', '=', practiceId).orderBy('created_at').orderBy('id').execute();
}

export async function insertDocumentIfMissing(db: DbOrTx, row: ConsentDocumentRow): Promise<boolean> {
  const result = await db.insertInto('consent_documents').values(row).onConflict((oc) => oc.columns(['practice_id', 'kind']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function findDocument(db: DbOrTx, practiceId: string, id: string): Promise<ConsentDocumentRow | undefined> {
  return db.selectFrom('consent_documents').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export async function insertVersion(db: DbOrTx, row: ConsentVersionRow): Promise<void> {
  await db.insertInto('consent_versions').values(row).execute();
}

export function listVersions(db: DbOrTx, practiceId: string, documentId: string): Promise<ConsentVersionRow[]> {
  return db.selectFrom('consent_versions').selectAll().where('practice_id', '=', practiceId).where('document_id', '=', documentId).orderBy('version', 'desc').execute();
}

/** The newest version of each of the practice's documents. */
export function listCurrentVersions(db: DbOrTx, practiceId: string): Promise<ConsentVersionRow[]> {
  return db
    .selectFrom('consent_versions as v')
    .selectAll('v')
    .where('v.practice_id', '=', practiceId)
    .where((eb) =>
      eb('v.version', '=', eb.selectFrom('consent_versions as w').select((w) => w.fn.max('w.version').as('m')).whereRef('w.document_id', '=', 'v.document_id')),
    )
    .execute();
}

export function findVersion(db: DbOrTx, practiceId: string, versionId: string): Promise<ConsentVersionRow | undefined> {
  return db.selectFrom('consent_versions').selectAll().where('practice_id', '=', practiceId).where('id', '=', versionId).executeTakeFirst();
}

export function listSignaturesOfClient(db: DbOrTx, practiceId: string, clientId: string): Promise<ConsentSignatureRow[]> {
  return db.selectFrom('consent_signatures').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).execute();
}

export async function insertSignature(db: DbOrTx, row: ConsentSignatureRow): Promise<void> {
  await db.insertInto('consent_signatures').values(row).execute();
}

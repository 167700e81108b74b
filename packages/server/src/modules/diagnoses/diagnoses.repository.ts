import type { Selectable } from 'kysely';
import type { DiagnosisTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type DiagnosisRow = Selectable<DiagnosisTable>;

export async function insertDiagnosis(db: DbOrTx, row: DiagnosisRow): Promise<void> {
  await db.insertInto('diagnoses').values(row).execute();
}

export function listDiagnoses(db: DbOrTx, practiceId: string, clientId: string): Promise<DiagnosisRow[]> {
  return db.selectFrom('diagnoses').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).orderBy('diagnosed_on', 'desc').orderBy('id', 'desc').execute();
}

export function findDiagnosis(db: DbOrTx, practiceId: string, clientId: string, id: string): Promise<DiagnosisRow | undefined> {
  return db.selectFrom('diagnoses').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).where('id', '=', id).executeTakeFirst();
}

export async function updateDiagnosisStatus(db: DbOrTx, id: string, status: string, at: string): Promise<void> {
  await db.updateTable('diagnoses').set({ status, updated_at: at }).where('id', '=', id).execute();
}

import type { Selectable } from 'kysely';
import type { NoteAddendumTable, NoteTable, NoteTemplateTable, PsychotherapyNoteTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type NoteRow = Selectable<NoteTable>;
export type AddendumRow = Selectable<NoteAddendumTable>;
export type PsychotherapyNoteRow = Selectable<PsychotherapyNoteTable>;

export async function insertNote(db: DbOrTx, row: NoteRow | readonly NoteRow[]): Promise<void> {
  await db.insertInto('notes').values(row).execute();
}

export function findNote(db: DbOrTx, practiceId: string, id: string): Promise<NoteRow | undefined> {
  return db.selectFrom('notes').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

/** Writes a draft only at the version it was read at; false when someone saved first or it is signed. */
export async function saveDraft(db: DbOrTx, id: string, version: number, content: string, at: string): Promise<boolean> {
  const result = await db.updateTable('notes').set({ content, version: version + 1, updated_at: at }).where('id', '=', id).where('version', '=', version).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function signNote(db: DbOrTx, id: string, version: number, status: string, hash: string, at: string): Promise<boolean> {
  const result = await db.updateTable('notes').set({ status, content_hash: hash, signed_at: at, updated_at: at }).where('id', '=', id).where('version', '=', version).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function cosignNote(db: DbOrTx, id: string, supervisorId: string, at: string): Promise<boolean> {
  const result = await db.updateTable('notes').set({ status: 'signed', cosigned_by: supervisorId, cosigned_at: at, updated_at: at }).where('id', '=', id).where('status', '=', 'awaiting-cosign').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listNotesOfAppointments(db: DbOrTx, practiceId: string, appointmentIds: string[]): Promise<NoteRow[]> {
  if (appointmentIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('notes').selectAll().where('practice_id', '=', practiceId).where('appointment_id', 'in', appointmentIds).orderBy('created_at').execute();
}

export function listAwaitingCosign(db: DbOrTx, practiceId: string, superviseeIds: string[]): Promise<NoteRow[]> {
  if (superviseeIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('notes').selectAll().where('practice_id', '=', practiceId).where('status', '=', 'awaiting-cosign').where('author_id', 'in', superviseeIds).orderBy('signed_at').execute();
}

export function listUnsignedOfAuthor(db: DbOrTx, practiceId: string, authorId: string): Promise<NoteRow[]> {
  return db.selectFrom('notes').selectAll().where('practice_id', '=', practiceId).where('author_id', '=', authorId).where('status', '=', 'draft').orderBy('created_at').execute();
}

export async function insertAddendum(db: DbOrTx, row: AddendumRow): Promise<void> {
  await db.insertInto('note_addenda').values(row).execute();
}

export function listAddenda(db: DbOrTx, noteId: string): Promise<AddendumRow[]> {
  return db.selectFrom('note_addenda').selectAll().where('note_id', '=', noteId).orderBy('signed_at').execute();
}

export async function insertPsychotherapyNote(db: DbOrTx, row: PsychotherapyNoteRow): Promise<void> {
  await db.insertInto('psychotherapy_notes').values(row).execute();
}

export function listPsychotherapyNotes(db: DbOrTx, practiceId: string, authorId: string, clientId: string): Promise<PsychotherapyNoteRow[]> {
  return db.selectFrom('psychotherapy_notes').selectAll().where('practice_id', '=', practiceId).where('author_id', '=', authorId).where('client_id', '=', clientId).orderBy('created_at', 'desc').execute();
}

export function findPsychotherapyNote(db: DbOrTx, practiceId: string, id: string): Promise<PsychotherapyNoteRow | undefined> {
  return db.selectFrom('psychotherapy_notes').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export async function supervisorsOf(db: DbOrTx, practiceId: string, superviseeId: string): Promise<string[]> {
  const rows = await db.selectFrom('supervision_links').select('supervisor_id').where('practice_id', '=', practiceId).where('supervisee_id', '=', superviseeId).execute();
  return rows.map((r) => r.supervisor_id);
}

export async function superviseesOf(db: DbOrTx, practiceId: string, supervisorId: string): Promise<string[]> {
  const rows = await db.selectFrom('supervision_links').select('supervisee_id').where('practice_id', '=', practiceId).where('supervisor_id', '=', supervisorId).execute();
  return rows.map((r) => r.supervisee_id);
}

export async function replaceSupervisors(db: DbOrTx, practiceId: string, superviseeId: string, supervisorIds: string[], at: string): Promise<void> {
  await db.deleteFrom('supervision_links').where('practice_id', '=', practiceId).where('supervisee_id', '=', superviseeId).execute();
  if (supervisorIds.length) {
    await db.insertInto('supervision_links').values(supervisorIds.map((id) => ({ practice_id: practiceId, supervisee_id: superviseeId, supervisor_id: id, created_at: at }))).execute();
  }
}

export type NoteTemplateRow = Selectable<NoteTemplateTable>;

export function listTemplates(db: DbOrTx, practiceId: string): Promise<NoteTemplateRow[]> {
  return db.selectFrom('note_templates').selectAll().where('practice_id', '=', practiceId).where('archived', '=', 0).orderBy('label').execute();
}

export function findTemplate(db: DbOrTx, practiceId: string, id: string): Promise<NoteTemplateRow | undefined> {
  return db.selectFrom('note_templates').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export async function insertTemplate(db: DbOrTx, row: NoteTemplateRow): Promise<void> {
  await db.insertInto('note_templates').values(row).execute();
}

/** Notes on appointments a client attended (joint-session notes included), newest session first. */
export function listNotesForClient(db: DbOrTx, practiceId: string, clientId: string) {
  return db.selectFrom('notes').innerJoin('appointments', 'appointments.id', 'notes.appointment_id')
    .innerJoin('appointment_attendees', (j) => j.onRef('appointment_attendees.appointment_id', '=', 'notes.appointment_id').on('appointment_attendees.client_id', '=', clientId))
    .selectAll('notes').select(['appointments.starts_at as starts_at', 'appointments.kind as appointment_kind'])
    .where('notes.practice_id', '=', practiceId)
    .where((eb) => eb.or([eb('notes.client_id', 'is', null), eb('notes.client_id', '=', clientId)]))
    .orderBy('appointments.starts_at', 'desc').execute();
}

export async function countAddenda(db: DbOrTx, noteIds: string[]): Promise<Map<string, number>> {
  if (noteIds.length === 0) return new Map();
  const rows = await db.selectFrom('note_addenda').select(['note_id']).select((eb) => eb.fn.countAll<number>().as('n')).where('note_id', 'in', noteIds).groupBy('note_id').execute();
  return new Map(rows.map((r) => [r.note_id, Number(r.n)]));
}

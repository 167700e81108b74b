import type { Selectable } from 'kysely';
import type { HomeworkLogTable, HomeworkTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type HomeworkRow = Selectable<HomeworkTable>;
export type LogRow = Selectable<HomeworkLogTable>;

export async function insertHomework(db: DbOrTx, row: HomeworkRow, clientIds: string[]): Promise<void> {
  await db.insertInto('homework').values(row).execute();
  await db.insertInto('homework_assignees').values(clientIds.map((client_id) => ({ practice_id: row.practice_id, homework_id: row.id, client_id }))).execute();
}

export function findHomework(db: DbOrTx, practiceId: string, id: string): Promise<HomeworkRow | undefined> {
  return db.selectFrom('homework').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export async function assigneesOf(db: DbOrTx, homeworkIds: string[]): Promise<{ homework_id: string; client_id: string }[]> {
  if (homeworkIds.length === 0) return [];
  return db.selectFrom('homework_assignees').select(['homework_id', 'client_id']).where('homework_id', 'in', homeworkIds).execute();
}

/** Homework any of these clients is assigned. */
export function listForClients(db: DbOrTx, practiceId: string, clientIds: string[]): Promise<HomeworkRow[]> {
  return db.selectFrom('homework').selectAll('homework').where('homework.practice_id', '=', practiceId)
    .where('homework.id', 'in', db.selectFrom('homework_assignees').select('homework_id').where('client_id', 'in', clientIds))
    .orderBy('homework.created_at', 'desc').execute();
}

export function listForRelationship(db: DbOrTx, practiceId: string, relationshipId: string): Promise<HomeworkRow[]> {
  return db.selectFrom('homework').selectAll().where('practice_id', '=', practiceId).where('relationship_id', '=', relationshipId).orderBy('created_at', 'desc').execute();
}

export async function setStatus(db: DbOrTx, id: string, status: string, at: string): Promise<void> {
  await db.updateTable('homework').set({ status, updated_at: at }).where('id', '=', id).execute();
}

export function listLogs(db: DbOrTx, homeworkIds: string[]): Promise<LogRow[]> {
  if (homeworkIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('homework_logs').selectAll().where('homework_id', 'in', homeworkIds).orderBy('practiced_on').orderBy('created_at').execute();
}

export async function insertLog(db: DbOrTx, row: LogRow): Promise<void> {
  await db.insertInto('homework_logs').values(row).execute();
}

export function findLog(db: DbOrTx, practiceId: string, clientId: string, id: string): Promise<LogRow | undefined> {
  return db.selectFrom('homework_logs').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).where('id', '=', id).executeTakeFirst();
}

export async function setShared(db: DbOrTx, id: string, shared: boolean, at: string): Promise<void> {
  await db.updateTable('homework_logs').set({ reflection_shared: shared ? 1 : 0, updated_at: at }).where('id', '=', id).execute();
}

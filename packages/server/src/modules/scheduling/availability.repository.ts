import type { Selectable } from 'kysely';
import type { TimeOffTable, WorkingHoursTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type WorkingHoursRow = Selectable<WorkingHoursTable>;
export type TimeOffRow = Selectable<TimeOffTable>;

export function listWorkingHours(db: DbOrTx, practiceId: string, clinicianId: string): Promise<WorkingHoursRow[]> {
  return db.selectFrom('working_hours').selectAll().where('practice_id', '=', practiceId).where('clinician_id', '=', clinicianId).orderBy('weekday').orderBy('starts').execute();
}

export async function replaceWorkingHours(db: DbOrTx, practiceId: string, clinicianId: string, rows: WorkingHoursRow[]): Promise<void> {
  await db.deleteFrom('working_hours').where('practice_id', '=', practiceId).where('clinician_id', '=', clinicianId).execute();
  if (rows.length) await db.insertInto('working_hours').values(rows).execute();
}

export function listTimeOff(db: DbOrTx, practiceId: string, clinicianId: string, endingAfter: string): Promise<TimeOffRow[]> {
  return db.selectFrom('time_off').selectAll().where('practice_id', '=', practiceId).where('clinician_id', '=', clinicianId).where('ends_at', '>', endingAfter).orderBy('starts_at').execute();
}

export function findTimeOffOverlapping(db: DbOrTx, practiceId: string, clinicianId: string, start: string, end: string): Promise<TimeOffRow | undefined> {
  return db.selectFrom('time_off').selectAll().where('practice_id', '=', practiceId).where('clinician_id', '=', clinicianId).where('starts_at', '<', end).where('ends_at', '>', start).executeTakeFirst();
}

export async function insertTimeOff(db: DbOrTx, row: TimeOffRow): Promise<void> {
  await db.insertInto('time_off').values(row).execute();
}

export function findTimeOff(db: DbOrTx, practiceId: string, id: string): Promise<TimeOffRow | undefined> {
  return db.selectFrom('time_off').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export async function deleteTimeOff(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('time_off').where('id', '=', id).execute();
}

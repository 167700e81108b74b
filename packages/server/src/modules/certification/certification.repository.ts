import type { Insertable, Selectable } from 'kysely';
import type { ActivityLogTable, CertificationTrackTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type ActivityRow = Selectable<ActivityLogTable>;
export type TrackRow = Selectable<CertificationTrackTable>;

export function listActivities(db: DbOrTx, practiceId: string, userId: string): Promise<ActivityRow[]> {
  return db.selectFrom('activity_logs').selectAll().where('practice_id', '=', practiceId).where('user_id', '=', userId)
    .orderBy('occurred_on', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

export function findActivity(db: DbOrTx, practiceId: string, id: string): Promise<ActivityRow | undefined> {
  return db.selectFrom('activity_logs').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export async function insertActivity(db: DbOrTx, row: Insertable<ActivityLogTable>): Promise<void> {
  await db.insertInto('activity_logs').values(row).execute();
}

export async function updateActivity(db: DbOrTx, id: string, changes: Partial<Omit<ActivityRow, 'id' | 'practice_id' | 'user_id'>>): Promise<void> {
  await db.updateTable('activity_logs').set(changes).where('id', '=', id).execute();
}

export async function deleteActivity(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('activity_logs').where('id', '=', id).execute();
}

/** Supervision entries that name this supervisor (received by their supervisees). */
export function listNamingSupervisor(db: DbOrTx, practiceId: string, supervisorId: string): Promise<ActivityRow[]> {
  return db.selectFrom('activity_logs').selectAll().where('practice_id', '=', practiceId).where('supervisor_user_id', '=', supervisorId)
    .where('kind', '=', 'supervision').orderBy('occurred_on', 'desc').execute();
}

export function findTrack(db: DbOrTx, userId: string): Promise<TrackRow | undefined> {
  return db.selectFrom('certification_tracks').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function upsertTrack(db: DbOrTx, row: TrackRow): Promise<void> {
  await db.insertInto('certification_tracks').values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet({
      requirement_set: row.requirement_set, version: row.version, supervision_contract_on: row.supervision_contract_on,
      renewal_cycle_starts_on: row.renewal_cycle_starts_on, updated_at: row.updated_at,
    }))
    .execute();
}

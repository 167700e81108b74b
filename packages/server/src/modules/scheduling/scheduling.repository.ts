import type { Selectable } from 'kysely';
import type { AppointmentTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type AppointmentRow = Selectable<AppointmentTable>;

export async function insertAppointment(db: DbOrTx, row: AppointmentRow, clientIds: string[]): Promise<void> {
  await db.insertInto('appointments').values(row).execute();
  if (clientIds.length) {
    await db.insertInto('appointment_attendees').values(clientIds.map((clientId) => ({ practice_id: row.practice_id, appointment_id: row.id, client_id: clientId }))).execute();
  }
}

/** Many appointments with their attendees at once (the bench dataset generator). */
export async function insertAppointments(db: DbOrTx, items: readonly { row: AppointmentRow; clientIds: readonly string[] }[]): Promise<void> {
  if (items.length === 0) return;
  await db.insertInto('appointments').values(items.map((i) => i.row)).execute();
  const attendees = items.flatMap((i) => i.clientIds.map((clientId) => ({ practice_id: i.row.practice_id, appointment_id: i.row.id, client_id: clientId })));
  if (attendees.length) await db.insertInto('appointment_attendees').values(attendees).execute();
}

export interface Overlap {
  id: string;
  startsAt: string;
  by: 'clinician' | 'room' | 'attendee';
  clientId: string | null;
}

/** Scheduled appointments overlapping [start, end) for the clinician, the room or any attendee. */
export async function findOverlaps(db: DbOrTx, practiceId: string, start: string, end: string, clinicianId: string, room: string | null, clientIds: string[]): Promise<Overlap[]> {
  const rows = await db
    .selectFrom('appointments')
    .leftJoin('appointment_attendees', 'appointment_attendees.appointment_id', 'appointments.id')
    .select(['appointments.id', 'appointments.starts_at', 'appointments.clinician_id', 'appointments.room', 'appointment_attendees.client_id'])
    .where('appointments.practice_id', '=', practiceId)
    .where('appointments.status', '=', 'scheduled')
    .where('appointments.starts_at', '<', end)
    .where('appointments.ends_at', '>', start)
    .where((eb) => {
      const ors = [eb('appointments.clinician_id', '=', clinicianId)];
      if (room) ors.push(eb('appointments.room', '=', room));
      if (clientIds.length) ors.push(eb('appointment_attendees.client_id', 'in', clientIds));
      return eb.or(ors);
    })
    .execute();
  return rows.map((r) => ({
    id: r.id, startsAt: r.starts_at,
    by: r.clinician_id === clinicianId ? 'clinician' : room && r.room === room ? 'room' : 'attendee',
    clientId: r.client_id,
  }));
}

export function findAppointment(db: DbOrTx, practiceId: string, id: string): Promise<AppointmentRow | undefined> {
  return db.selectFrom('appointments').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export function listInRange(db: DbOrTx, practiceId: string, from: string, to: string, clinicianId: string | null): Promise<AppointmentRow[]> {
  let q = db.selectFrom('appointments').selectAll().where('practice_id', '=', practiceId).where('starts_at', '>=', from).where('starts_at', '<', to);
  if (clinicianId) q = q.where('clinician_id', '=', clinicianId);
  return q.orderBy('starts_at').limit(2000).execute();
}

export function listOfClient(db: DbOrTx, practiceId: string, clientId: string): Promise<AppointmentRow[]> {
  return db.selectFrom('appointments').selectAll('appointments')
    .innerJoin('appointment_attendees', (j) => j.onRef('appointment_attendees.appointment_id', '=', 'appointments.id').on('appointment_attendees.client_id', '=', clientId))
    .where('appointments.practice_id', '=', practiceId).orderBy('appointments.starts_at').orderBy('appointments.id').execute();
}

export function listAttendees(db: DbOrTx, appointmentIds: string[]) {
  if (appointmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('appointment_attendees')
    .innerJoin('clients', 'clients.id', 'appointment_attendees.client_id')
    .select(['appointment_attendees.appointment_id', 'clients.id', 'clients.first_name', 'clients.last_name', 'clients.preferred_name'])
    .where('appointment_attendees.appointment_id', 'in', appointmentIds)
    .orderBy('clients.last_name')
    .execute();
}

export function listForClient(db: DbOrTx, practiceId: string, clientId: string, fromInstant: string): Promise<AppointmentRow[]> {
  return db
    .selectFrom('appointments')
    .innerJoin('appointment_attendees', 'appointment_attendees.appointment_id', 'appointments.id')
    .selectAll('appointments')
    .where('appointments.practice_id', '=', practiceId)
    .where('appointment_attendees.client_id', '=', clientId)
    .where('appointments.starts_at', '>=', fromInstant)
    .orderBy('appointments.starts_at')
    .limit(500)
    .execute();
}

export async function setStatus(db: DbOrTx, ids: string[], changes: Partial<AppointmentRow>): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('appointments').set(changes).where('id', 'in', ids).where('status', '=', 'scheduled').execute();
}

export function listSeriesFrom(db: DbOrTx, seriesId: string, fromInstant: string): Promise<AppointmentRow[]> {
  return db.selectFrom('appointments').selectAll().where('series_id', '=', seriesId).where('starts_at', '>=', fromInstant).where('status', '=', 'scheduled').execute();
}

/** Scheduled appointments starting in (from, to] whose reminder has not gone yet. */
export function listDueForReminder(db: DbOrTx, from: string, to: string): Promise<AppointmentRow[]> {
  return db.selectFrom('appointments').selectAll().where('status', '=', 'scheduled').where('reminded_at', 'is', null).where('starts_at', '>', from).where('starts_at', '<=', to).limit(500).execute();
}

/** Claims an appointment's reminder; false when it was already claimed (another tick or server). */
export async function claimReminder(db: DbOrTx, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('appointments').set({ reminded_at: at }).where('id', '=', id).where('reminded_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function upsertFeed(db: DbOrTx, row: { user_id: string; practice_id: string; token_hash: string; created_at: string }): Promise<void> {
  await db.insertInto('calendar_feeds').values(row).onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: row.token_hash, created_at: row.created_at })).execute();
}

export function findFeedByTokenHash(db: DbOrTx, tokenHash: string) {
  return db.selectFrom('calendar_feeds').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export function listForClinicianFrom(db: DbOrTx, practiceId: string, clinicianId: string, fromInstant: string): Promise<AppointmentRow[]> {
  return db.selectFrom('appointments').selectAll().where('practice_id', '=', practiceId).where('clinician_id', '=', clinicianId).where('starts_at', '>=', fromInstant).orderBy('starts_at').limit(1000).execute();
}

/** Sessions that took place (not cancelled, not missed) from a day on, for a client or a relationship. */
export async function countSessions(db: DbOrTx, practiceId: string, who: { clientId: string | null; relationshipId: string | null }, fromInstant: string, nowInstant: string): Promise<{ used: number; scheduled: number }> {
  let q = db.selectFrom('appointments').select(['appointments.id', 'appointments.status', 'appointments.starts_at']).where('appointments.practice_id', '=', practiceId).where('appointments.starts_at', '>=', fromInstant);
  if (who.relationshipId) q = q.where('appointments.relationship_id', '=', who.relationshipId);
  else q = q.innerJoin('appointment_attendees', 'appointment_attendees.appointment_id', 'appointments.id').where('appointment_attendees.client_id', '=', who.clientId!);
  const rows = await q.execute();
  const used = rows.filter((r) => r.status === 'completed' || (r.status === 'scheduled' && r.starts_at <= nowInstant)).length;
  const scheduled = rows.filter((r) => r.status === 'scheduled' && r.starts_at > nowInstant).length;
  return { used, scheduled };
}

/** Appointments of the practice starting at any of these instants, with their attendees' ids (the CSV import tells one already booked). */
export async function listStartingAt(db: DbOrTx, practiceId: string, instants: readonly string[]): Promise<{ id: string; clinician_id: string; starts_at: string; client_id: string | null }[]> {
  const out: { id: string; clinician_id: string; starts_at: string; client_id: string | null }[] = [];
  for (let i = 0; i < instants.length; i += 500) {
    out.push(...await db.selectFrom('appointments')
      .leftJoin('appointment_attendees', 'appointment_attendees.appointment_id', 'appointments.id')
      .select(['appointments.id', 'appointments.clinician_id', 'appointments.starts_at', 'appointment_attendees.client_id'])
      .where('appointments.practice_id', '=', practiceId).where('appointments.starts_at', 'in', instants.slice(i, i + 500)).execute());
  }
  return out;
}

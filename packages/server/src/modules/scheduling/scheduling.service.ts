import { DateTime } from 'luxon';
import { appendAudit, appendAuditEntries, recordAudit } from '../../platform/audit.js';
import { auditEntry, hasRole, isClinical, requireActor, requireRole } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { displayName, findClientRecord, isOnCareTeam, requireOwnClient } from '../clients/clients.service.js';
import { clinicianIdsAmong, getPracticeRecord, isValidTimeZone, staffDisplayName } from '../practice/practice.service.js';
import { relationshipMembersForClinician } from '../relationships/relationships.service.js';
import { checkAvailability } from './availability.service.js';
import * as repo from './scheduling.repository.js';
import type { AppointmentRow } from './scheduling.repository.js';
import { emitEvent } from '../integrations/webhooks.service.js';
import type { Appointment, NewAppointment } from './scheduling.schemas.js';

/**
 * Appointments: instants are stored in UTC with the IANA zone they were booked in. A weekly
 * series is expanded in that zone's local time, so a daylight-saving change never moves a
 * recurring session's wall-clock time. Conflicts are checked for the clinician, the room and
 * every attendee; a cancellation within 24 hours is flagged late.
 */
const LATE_CANCELLATION_HOURS = 24;

/** The UTC instants of each occurrence of a local wall time, every N weeks, in a zone. */
export function occurrences(localStart: string, timeZone: string, durationMinutes: number, recurrence?: { everyWeeks: number; count: number }): { start: string; end: string }[] {
  const first = DateTime.fromISO(localStart, { zone: timeZone });
  const count = recurrence?.count ?? 1;
  return Array.from({ length: count }, (_, i) => {
    const local = first.plus({ weeks: i * (recurrence?.everyWeeks ?? 1) });
    return { start: local.toUTC().toISO({ suppressMilliseconds: false })!, end: local.plus({ minutes: durationMinutes }).toUTC().toISO({ suppressMilliseconds: false })! };
  });
}

async function toAppointments(app: AppContext, db: DbOrTx, rows: AppointmentRow[]): Promise<Appointment[]> {
  const attendees = await repo.listAttendees(db, rows.map((r) => r.id));
  const names = new Map<string, string>();
  for (const r of rows) if (!names.has(r.clinician_id)) names.set(r.clinician_id, await staffDisplayName(db, r.practice_id, r.clinician_id));
  return rows.map((r) => ({
    id: r.id, seriesId: r.series_id, kind: r.kind as Appointment['kind'], modality: r.modality as Appointment['modality'],
    clinician: { id: r.clinician_id, displayName: names.get(r.clinician_id)! },
    attendees: attendees.filter((a) => a.appointment_id === r.id).map((a) => ({ clientId: a.id, displayName: displayName(a) })),
    relationshipId: r.relationship_id, startsAt: r.starts_at, endsAt: r.ends_at, timeZone: r.time_zone, room: r.room, videoLink: r.video_link,
    status: r.status as Appointment['status'], lateCancellation: r.late_cancellation === 1, cancelledAt: r.cancelled_at,
  }));
}

async function resolveClinician(app: AppContext, actor: Actor, clinicianId: string | undefined): Promise<string> {
  if (!clinicianId || clinicianId === actor.userId) {
    if (!isClinical(actor)) throw ValidationError.field('clinicianId', 'choose the clinician for this appointment');
    return actor.userId;
  }
  if (!hasRole(actor, 'owner')) throw ValidationError.field('clinicianId', 'you can book only your own appointments');
  if (!(await clinicianIdsAmong(app.db, actor.practiceId, [clinicianId])).has(clinicianId)) throw ValidationError.field('clinicianId', 'is not a clinician of this practice');
  return clinicianId;
}

export async function createAppointments(app: AppContext, rc: RequestContext, input: NewAppointment): Promise<Appointment[]> {
  const actor = requireRole(rc, 'clinician', 'supervisor', 'owner');
  const clinicianId = await resolveClinician(app, actor, input.clinicianId);
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const timeZone = input.timeZone ?? practice.time_zone;
  if (!isValidTimeZone(timeZone)) throw ValidationError.field('timeZone', 'must be an IANA time zone such as America/Chicago');
  if (input.durationMinutes <= 0) throw ValidationError.field('durationMinutes', 'the appointment must end after it starts');
  if (!DateTime.fromISO(input.startsAt, { zone: timeZone }).isValid) throw ValidationError.field('startsAt', 'is not a real date and time');
  if (input.modality === 'video' && !input.videoLink) throw ValidationError.field('videoLink', 'add the video link for a video appointment');

  let clientIds = [...new Set(input.attendeeClientIds ?? [])];
  if (input.relationshipId) {
    // Booking a relationship's joint session is for its clinicians; others list the attendees.
    const { members } = await relationshipMembersForClinician(app, rc, input.relationshipId, 'appointment.create');
    clientIds = [...new Set([...clientIds, ...members.map((m) => m.id)])];
  }
  if (clientIds.length === 0) throw ValidationError.field('attendeeClientIds', 'choose who is coming');
  if (input.kind === 'joint' && clientIds.length < 2) throw ValidationError.field('attendeeClientIds', 'a joint session needs two or more people');
  for (const [i, clientId] of clientIds.entries()) {
    const client = await findClientRecord(app.db, actor.practiceId, clientId);
    if (!client) throw ValidationError.field(`attendeeClientIds.${i}`, 'is not a client of this practice');
    if (!(await isOnCareTeam(app.db, actor.practiceId, clientId, clinicianId))) throw ValidationError.field(`attendeeClientIds.${i}`, 'is not on this clinician’s caseload');
  }

  const slots = occurrences(input.startsAt, timeZone, input.durationMinutes, input.recurrence);
  for (const slot of slots) {
    await checkAvailability(app.db, actor.practiceId, clinicianId, slot, input.outsideWorkingHours === true);
    const overlaps = await repo.findOverlaps(app.db, actor.practiceId, slot.start, slot.end, clinicianId, input.room ?? null, clientIds);
    const first = overlaps[0];
    if (first) {
      const who = first.by === 'clinician' ? 'the clinician' : first.by === 'room' ? `room ${input.room}` : 'one of the attendees';
      throw new ConflictError(`This time overlaps another appointment for ${who}.`, [{ field: first.by === 'room' ? 'room' : first.by === 'attendee' ? 'attendeeClientIds' : 'startsAt', message: `overlaps an appointment starting ${first.startsAt}` }]);
    }
  }
  const now = app.clock.now().toISOString();
  const seriesId = slots.length > 1 ? newId() : null;
  const rows: AppointmentRow[] = slots.map((slot) => ({
    id: newId(), practice_id: actor.practiceId, clinician_id: clinicianId, series_id: seriesId, kind: input.kind, modality: input.modality,
    room: input.room ?? null, video_link: input.videoLink ?? null, relationship_id: input.relationshipId ?? null, starts_at: slot.start, ends_at: slot.end,
    time_zone: timeZone, status: 'scheduled', late_cancellation: 0, cancelled_at: null, reminded_at: null, created_by: actor.userId, created_at: now, updated_at: now,
  }));
  return app.db.transaction().execute(async (tx) => {
    for (const row of rows) {
      await repo.insertAppointment(tx, row, clientIds);
      await appendAudit(tx, auditEntry(rc, 'appointment.create', 'appointment', row.id), app.clock.now());
      await emitEvent(app, tx, actor.practiceId, 'appointment.created', appointmentEvent(row));
    }
    return toAppointments(app, tx, rows);
  });
}

/** What a webhook is told of an appointment: ids, times and states, never who attends or why. */
function appointmentEvent(row: Pick<AppointmentRow, 'id' | 'clinician_id' | 'series_id' | 'kind' | 'modality' | 'starts_at' | 'ends_at' | 'time_zone' | 'status'>) {
  return { appointmentId: row.id, clinicianId: row.clinician_id, seriesId: row.series_id, kind: row.kind, modality: row.modality, startsAt: row.starts_at, endsAt: row.ends_at, timeZone: row.time_zone, status: row.status };
}

/** Day, week or list views: appointments starting in [from, to) (days in the practice's zone). */
export async function listAppointments(app: AppContext, rc: RequestContext, range: { from: string; to: string; clinicianId?: string }): Promise<Appointment[]> {
  const actor = requireRole(rc, 'clinician', 'supervisor', 'owner');
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  if (range.to <= range.from) throw ValidationError.field('query.to', 'must be after from');
  const clinicianId = hasRole(actor, 'owner') ? range.clinicianId ?? null : actor.userId;
  const from = DateTime.fromISO(range.from, { zone: practice.time_zone }).toUTC().toISO()!;
  const to = DateTime.fromISO(range.to, { zone: practice.time_zone }).toUTC().toISO()!;
  const rows = await repo.listInRange(app.db, actor.practiceId, from, to, clinicianId);
  await recordAudit(app.db, auditEntry(rc, 'appointment.list', 'appointment', null), app.clock.now());
  return toAppointments(app, app.db, rows);
}

async function loadOwnAppointment(app: AppContext, rc: RequestContext, id: string, action: string): Promise<{ actor: Actor; row: AppointmentRow }> {
  const actor = requireActor(rc);
  const row = await repo.findAppointment(app.db, actor.practiceId, id);
  if (!row || !(row.clinician_id === actor.userId || hasRole(actor, 'owner'))) {
    await recordAudit(app.db, auditEntry(rc, action, 'appointment', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return { actor, row };
}

/** Cancels one occurrence, or it and the rest of its series; within 24 hours it is a late cancellation. */
export async function cancelAppointment(app: AppContext, rc: RequestContext, id: string, scope: 'this' | 'this-and-following' = 'this'): Promise<Appointment[]> {
  const { row } = await loadOwnAppointment(app, rc, id, 'appointment.cancel');
  if (row.status !== 'scheduled') throw new ConflictError(`This appointment is already ${row.status}.`, [{ field: 'status', message: `is ${row.status}` }]);
  const now = app.clock.now();
  const targets = scope === 'this-and-following' && row.series_id ? await repo.listSeriesFrom(app.db, row.series_id, row.starts_at) : [row];
  return app.db.transaction().execute(async (tx) => {
    for (const target of targets) {
      const late = Date.parse(target.starts_at) - now.getTime() < LATE_CANCELLATION_HOURS * 3_600_000 ? 1 : 0;
      await repo.setStatus(tx, [target.id], { status: 'cancelled', cancelled_at: now.toISOString(), late_cancellation: late, updated_at: now.toISOString() });
      await appendAudit(tx, auditEntry(rc, 'appointment.cancel', 'appointment', target.id), now);
      await emitEvent(app, tx, target.practice_id, 'appointment.cancelled', { ...appointmentEvent({ ...target, status: 'cancelled' }), lateCancellation: late === 1 });
    }
    const updated = await Promise.all(targets.map((t) => repo.findAppointment(tx, t.practice_id, t.id)));
    return toAppointments(app, tx, updated.filter((u): u is AppointmentRow => u !== undefined));
  });
}

/** Records a no-show — only once the appointment has started. */
export async function markNoShow(app: AppContext, rc: RequestContext, id: string): Promise<Appointment> {
  const { row } = await loadOwnAppointment(app, rc, id, 'appointment.no-show');
  if (row.status !== 'scheduled') throw new ConflictError(`This appointment is ${row.status}.`, [{ field: 'status', message: `is ${row.status}` }]);
  if (Date.parse(row.starts_at) > app.clock.now().getTime()) throw ValidationError.field('status', 'an appointment can be marked a no-show only after it starts');
  const at = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    await repo.setStatus(tx, [id], { status: 'no-show', updated_at: at });
    await appendAudit(tx, auditEntry(rc, 'appointment.no-show', 'appointment', id), app.clock.now());
    await emitEvent(app, tx, row.practice_id, 'appointment.no-show', appointmentEvent({ ...row, status: 'no-show' }));
    return (await toAppointments(app, tx, [{ ...row, status: 'no-show', updated_at: at }]))[0]!;
  });
}

/** The client's upcoming appointments in the portal (never other attendees' details). */
export async function listOwnAppointments(app: AppContext, rc: RequestContext) {
  const { actor, client } = await requireOwnClient(app, rc);
  const rows = await repo.listForClient(app.db, actor.practiceId, client.id, app.clock.now().toISOString());
  await recordAudit(app.db, auditEntry(rc, 'appointment.read-own', 'client', client.id), app.clock.now());
  const appointments = await toAppointments(app, app.db, rows.filter((r) => r.status === 'scheduled'));
  return appointments.map((a) => ({ id: a.id, kind: a.kind, modality: a.modality, startsAt: a.startsAt, endsAt: a.endsAt, timeZone: a.timeZone, clinicianName: a.clinician.displayName, room: a.room, videoLink: a.videoLink, withPartner: a.attendees.length > 1 }));
}

/** For measures, unguarded: a client's scheduled sessions from an instant on, in order. */
export async function scheduledSessionsOf(db: DbOrTx, practiceId: string, clientId: string, fromInstant: string): Promise<{ id: string; startsAt: string; timeZone: string }[]> {
  const rows = await repo.listForClient(db, practiceId, clientId, fromInstant);
  return rows.filter((r) => r.status === 'scheduled').map((r) => ({ id: r.id, startsAt: r.starts_at, timeZone: r.time_zone }));
}

/** For notes, unguarded: an appointment of the practice and its attendees. */
export async function appointmentWithAttendees(db: DbOrTx, practiceId: string, id: string): Promise<{ row: AppointmentRow; clientIds: string[] } | null> {
  const row = await repo.findAppointment(db, practiceId, id);
  if (!row) return null;
  const attendees = await repo.listAttendees(db, [id]);
  return { row, clientIds: attendees.map((a) => a.id) };
}

/** For notes, unguarded: a scheduled appointment whose note is signed took place. */
export async function markCompleted(db: DbOrTx, practiceId: string, id: string, at: string): Promise<void> {
  const row = await repo.findAppointment(db, practiceId, id);
  if (row?.status === 'scheduled') await repo.setStatus(db, [id], { status: 'completed', updated_at: at });
}

/** For billing, unguarded (callers have checked the role): the practice's appointments starting in [from, to). */
export async function appointmentsBetween(app: AppContext, practiceId: string, from: string, to: string): Promise<Appointment[]> {
  const rows = await repo.listInRange(app.db, practiceId, from, to, null);
  return toAppointments(app, app.db, rows);
}

/** For a record export, unguarded (callers have checked care-team access): every appointment the client attends or attended. */
export async function appointmentsOfClient(app: AppContext, practiceId: string, clientId: string): Promise<Appointment[]> {
  return toAppointments(app, app.db, await repo.listOfClient(app.db, practiceId, clientId));
}

/** For Today: the clinician's own appointments on the practice's current day. */
export async function todaysAppointments(app: AppContext, rc: RequestContext): Promise<Appointment[]> {
  const actor = requireActor(rc);
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const day = DateTime.fromJSDate(app.clock.now()).setZone(practice.time_zone).startOf('day');
  const rows = await repo.listInRange(app.db, actor.practiceId, day.toUTC().toISO()!, day.plus({ days: 1 }).toUTC().toISO()!, actor.userId);
  return toAppointments(app, app.db, rows.filter((r) => r.status !== 'cancelled'));
}

/** An appointment the CSV import has checked: instants in UTC (as `occurrences` writes them), in the zone it was booked in. */
export interface ImportedAppointment {
  clinicianId: string;
  kind: Appointment['kind'];
  modality: Appointment['modality'];
  room: string | null;
  videoLink: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: Appointment['status'];
  lateCancellation: boolean;
  clientIds: string[];
}

/** For the CSV import, unguarded: the practice's appointments starting at these instants, each with its clinician and attendees. */
export async function appointmentsStartingAt(db: DbOrTx, practiceId: string, instants: readonly string[]): Promise<{ id: string; clinicianId: string; startsAt: string; clientIds: string[] }[]> {
  const byId = new Map<string, { id: string; clinicianId: string; startsAt: string; clientIds: string[] }>();
  for (const r of await repo.listStartingAt(db, practiceId, [...new Set(instants)])) {
    const found = byId.get(r.id) ?? { id: r.id, clinicianId: r.clinician_id, startsAt: r.starts_at, clientIds: [] };
    if (r.client_id) found.clientIds.push(r.client_id);
    byId.set(r.id, found);
  }
  return [...byId.values()];
}

/** For the CSV import, unguarded: what would stop a scheduled appointment being booked (time off, or an overlap createAppointments refuses), or null. */
export async function schedulingConflict(db: DbOrTx, practiceId: string, slot: { start: string; end: string }, clinicianId: string, room: string | null, clientIds: string[]): Promise<{ field: 'startsAt' | 'room' | 'attendeeClientIds'; message: string } | null> {
  try {
    // An imported appointment was booked elsewhere already: outside working hours is not refused, time off is.
    await checkAvailability(db, practiceId, clinicianId, slot, true);
  } catch (error) {
    if (error instanceof ConflictError) return { field: 'startsAt', message: error.errors?.[0]?.message ?? error.message };
    throw error;
  }
  const first = (await repo.findOverlaps(db, practiceId, slot.start, slot.end, clinicianId, room, clientIds))[0];
  if (!first) return null;
  const who = first.by === 'clinician' ? 'the clinician' : first.by === 'room' ? `room ${room}` : 'one of the attendees';
  return { field: first.by === 'room' ? 'room' : first.by === 'attendee' ? 'attendeeClientIds' : 'startsAt', message: `overlaps an appointment for ${who} starting ${first.startsAt}` };
}

/** For the CSV import, inside the caller's transaction: writes appointments it has checked, each audited as appointment.create. */
export async function createAppointmentsInTx(app: AppContext, tx: DbOrTx, rc: RequestContext, actor: Actor, items: readonly ImportedAppointment[]): Promise<string[]> {
  const now = app.clock.now().toISOString();
  const rows = items.map((a) => ({
    row: {
      id: newId(), practice_id: actor.practiceId, clinician_id: a.clinicianId, series_id: null, kind: a.kind, modality: a.modality, room: a.room, video_link: a.videoLink,
      relationship_id: null, starts_at: a.startsAt, ends_at: a.endsAt, time_zone: a.timeZone, status: a.status, late_cancellation: a.lateCancellation ? 1 : 0,
      // When another product's cancellation was made is not in its export.
      cancelled_at: null, reminded_at: null, created_by: actor.userId, created_at: now, updated_at: now,
    } satisfies AppointmentRow,
    clientIds: a.clientIds,
  }));
  // At most 300 appointments a statement (19 values each; SQLite binds at most 32,766).
  for (let i = 0; i < rows.length; i += 300) await repo.insertAppointments(tx, rows.slice(i, i + 300));
  await appendAuditEntries(tx, rows.map(({ row }) => ({ entry: auditEntry(rc, 'appointment.create', 'appointment', row.id), at: app.clock.now() })));
  return rows.map(({ row }) => row.id);
}

/** For notes, unguarded: when a session was, what kind, and who attended (by name). */
export async function sessionSummaryOf(db: DbOrTx, practiceId: string, id: string): Promise<{ startsAt: string; endsAt: string; timeZone: string; kind: string; attendees: { clientId: string; displayName: string }[] } | null> {
  const row = await repo.findAppointment(db, practiceId, id);
  if (!row) return null;
  const attendees = await repo.listAttendees(db, [id]);
  return { startsAt: row.starts_at, endsAt: row.ends_at, timeZone: row.time_zone, kind: row.kind, attendees: attendees.map((a) => ({ clientId: a.id, displayName: displayName(a) })) };
}

/** For treatment plans, unguarded: sessions held and still to come since an instant, for a client or a relationship. */
export function sessionCountsSince(db: DbOrTx, practiceId: string, who: { clientId: string | null; relationshipId: string | null }, fromInstant: string, nowInstant: string): Promise<{ used: number; scheduled: number }> {
  return repo.countSessions(db, practiceId, who, fromInstant, nowInstant);
}

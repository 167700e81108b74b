import { DateTime } from 'luxon';
import { appendAudit } from '../../platform/audit.js';
import { auditEntry, hasRole, requireActor, requireRole } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { clinicianIdsAmong, getPracticeRecord, isValidTimeZone } from '../practice/practice.service.js';
import * as repo from './availability.repository.js';

/**
 * A clinician's working hours (weekly, local times in their zone) and time off. Booking into
 * time off is refused; booking outside working hours needs saying so (`outsideWorkingHours`),
 * since evening sessions are sometimes agreed on purpose. A clinician with no hours set is
 * never "outside" them.
 */
export interface Availability {
  clinicianId: string; timeZone: string;
  hours: { weekday: number; starts: string; ends: string }[];
  timeOff: { id: string; startsAt: string; endsAt: string; label: string | null }[];
}

/** Clinicians manage their own; owners anyone's. Others (and unknown ids) get 404. */
async function requireClinicianAccess(app: AppContext, rc: RequestContext, clinicianId: string): Promise<Actor> {
  const actor = requireActor(rc);
  const own = clinicianId === actor.userId && hasRole(actor, 'clinician', 'supervisor');
  if (!own && !hasRole(actor, 'owner')) throw new NotFoundError();
  if (!(await clinicianIdsAmong(app.db, actor.practiceId, [clinicianId])).has(clinicianId)) throw new NotFoundError();
  return actor;
}

export async function getAvailability(app: AppContext, rc: RequestContext, clinicianId: string): Promise<Availability> {
  const actor = await requireClinicianAccess(app, rc, clinicianId);
  return availabilityOf(app.db, actor.practiceId, clinicianId, app.clock.now().toISOString());
}

async function availabilityOf(db: DbOrTx, practiceId: string, clinicianId: string, now: string): Promise<Availability> {
  const hours = await repo.listWorkingHours(db, practiceId, clinicianId);
  const practice = await getPracticeRecord(db, practiceId);
  const timeOff = await repo.listTimeOff(db, practiceId, clinicianId, now);
  return {
    clinicianId, timeZone: hours[0]?.time_zone ?? practice.time_zone,
    hours: hours.map((h) => ({ weekday: h.weekday, starts: h.starts, ends: h.ends })),
    timeOff: timeOff.map((t) => ({ id: t.id, startsAt: t.starts_at, endsAt: t.ends_at, label: t.label })),
  };
}

export async function setWorkingHours(app: AppContext, rc: RequestContext, clinicianId: string, input: { timeZone?: string; hours: { weekday: number; starts: string; ends: string }[] }): Promise<Availability> {
  const actor = await requireClinicianAccess(app, rc, clinicianId);
  const timeZone = input.timeZone ?? (await getPracticeRecord(app.db, actor.practiceId)).time_zone;
  if (!isValidTimeZone(timeZone)) throw ValidationError.field('timeZone', 'must be an IANA time zone such as America/Chicago');
  const sorted = [...input.hours.entries()].sort(([, x], [, y]) => x.weekday - y.weekday || x.starts.localeCompare(y.starts));
  sorted.forEach(([i, h], k) => {
    if (h.ends <= h.starts) throw ValidationError.field(`hours.${i}.ends`, 'must be after the start');
    const prev = sorted[k - 1]?.[1];
    if (prev && prev.weekday === h.weekday && prev.ends > h.starts) throw ValidationError.field(`hours.${i}.starts`, 'overlaps other hours on the same day');
  });
  await app.db.transaction().execute(async (tx) => {
    await repo.replaceWorkingHours(tx, actor.practiceId, clinicianId, input.hours.map((h) => ({ practice_id: actor.practiceId, clinician_id: clinicianId, weekday: h.weekday, starts: h.starts, ends: h.ends, time_zone: timeZone })));
    await appendAudit(tx, auditEntry(rc, 'working-hours.set', 'user', clinicianId), app.clock.now());
  });
  return availabilityOf(app.db, actor.practiceId, clinicianId, app.clock.now().toISOString());
}

export async function addTimeOff(app: AppContext, rc: RequestContext, clinicianId: string, input: { startsAt: string; endsAt: string; label?: string; timeZone?: string }): Promise<Availability> {
  const actor = await requireClinicianAccess(app, rc, clinicianId);
  const timeZone = input.timeZone ?? (await getPracticeRecord(app.db, actor.practiceId)).time_zone;
  if (!isValidTimeZone(timeZone)) throw ValidationError.field('timeZone', 'must be an IANA time zone such as America/Chicago');
  const start = DateTime.fromISO(input.startsAt, { zone: timeZone });
  const end = DateTime.fromISO(input.endsAt, { zone: timeZone });
  if (!start.isValid) throw ValidationError.field('startsAt', 'is not a real date and time');
  if (!end.isValid) throw ValidationError.field('endsAt', 'is not a real date and time');
  if (end <= start) throw ValidationError.field('endsAt', 'must be after the start');
  const row = { id: newId(), practice_id: actor.practiceId, clinician_id: clinicianId, starts_at: start.toUTC().toISO()!, ends_at: end.toUTC().toISO()!, label: input.label ?? null, created_at: app.clock.now().toISOString() };
  await app.db.transaction().execute(async (tx) => {
    await repo.insertTimeOff(tx, row);
    await appendAudit(tx, auditEntry(rc, 'time-off.add', 'user', clinicianId), app.clock.now());
  });
  return availabilityOf(app.db, actor.practiceId, clinicianId, app.clock.now().toISOString());
}

export async function removeTimeOff(app: AppContext, rc: RequestContext, id: string): Promise<void> {
  const actor = requireRole(rc, 'clinician', 'supervisor', 'owner');
  const row = await repo.findTimeOff(app.db, actor.practiceId, id);
  if (!row) throw new NotFoundError();
  await requireClinicianAccess(app, rc, row.clinician_id);
  await app.db.transaction().execute(async (tx) => {
    await repo.deleteTimeOff(tx, id);
    await appendAudit(tx, auditEntry(rc, 'time-off.remove', 'user', row.clinician_id), app.clock.now());
  });
}

/** For booking, unguarded: refuses time off, and hours outside the working week unless acknowledged. */
export async function checkAvailability(db: DbOrTx, practiceId: string, clinicianId: string, slot: { start: string; end: string }, outsideWorkingHours: boolean): Promise<void> {
  const away = await repo.findTimeOffOverlapping(db, practiceId, clinicianId, slot.start, slot.end);
  if (away) throw new ConflictError('The clinician is away at this time.', [{ field: 'startsAt', message: `falls in time off (${away.starts_at} to ${away.ends_at})` }]);
  if (outsideWorkingHours) return;
  const hours = await repo.listWorkingHours(db, practiceId, clinicianId);
  if (hours.length === 0) return;
  const zone = hours[0]!.time_zone;
  const start = DateTime.fromISO(slot.start).setZone(zone);
  const end = DateTime.fromISO(slot.end).setZone(zone);
  const startTime = start.toFormat('HH:mm');
  const endTime = end.toISODate() === start.toISODate() ? end.toFormat('HH:mm') : '24:00';
  const fits = hours.some((h) => h.weekday === start.weekday && h.starts <= startTime && endTime <= h.ends);
  if (!fits) throw new ConflictError('This is outside the clinician’s working hours.', [{ field: 'startsAt', message: 'is outside working hours; set outsideWorkingHours to book it anyway' }]);
}

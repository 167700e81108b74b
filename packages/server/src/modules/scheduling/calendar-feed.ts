import ical from 'ical-generator';
import { recordAudit } from '../../platform/audit.js';
import { auditEntry, requireRole } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { NotFoundError } from '../../platform/errors.js';
import * as repo from './scheduling.repository.js';

const TITLES: Record<string, string> = { intake: 'Intake appointment', individual: 'Session', joint: 'Joint session', 'family-group': 'Group session' };

/** Creates (or replaces, revoking the old one) the clinician's secret calendar-feed address. */
export async function createCalendarFeed(app: AppContext, rc: RequestContext): Promise<{ url: string }> {
  const actor = requireRole(rc, 'clinician', 'supervisor');
  const token = randomToken(32);
  await repo.upsertFeed(app.db, { user_id: actor.userId, practice_id: actor.practiceId, token_hash: sha256(token), created_at: app.clock.now().toISOString() });
  await recordAudit(app.db, auditEntry(rc, 'calendar-feed.create', 'user', actor.userId), app.clock.now());
  return { url: `${app.config.publicUrl}/api/v1/calendar-feeds/${token}.ics` };
}

/**
 * The iCalendar feed behind the secret address: the clinician's appointments from 30 days ago
 * on. Titles say only the kind of session — never a client's name or anything clinical —
 * because calendar apps sync and display them outside Candor.
 */
export async function calendarFeed(app: AppContext, token: string): Promise<string> {
  const feed = await repo.findFeedByTokenHash(app.db, sha256(token));
  if (!feed) throw new NotFoundError();
  const from = new Date(app.clock.now().getTime() - 30 * 86_400_000).toISOString();
  const rows = await repo.listForClinicianFrom(app.db, feed.practice_id, feed.user_id, from);
  const calendar = ical({ name: 'Candor appointments', prodId: { company: 'Candor', product: 'Candor', language: 'EN' } });
  for (const row of rows) {
    calendar.createEvent({
      id: row.id, start: new Date(row.starts_at), end: new Date(row.ends_at), timezone: row.time_zone,
      summary: row.status === 'cancelled' ? `Cancelled: ${TITLES[row.kind] ?? 'Appointment'}` : TITLES[row.kind] ?? 'Appointment',
      location: row.modality === 'video' ? 'Video' : row.room ?? null,
    });
  }
  return calendar.toString();
}


import { DateTime } from 'luxon';
import { addDays, isoDay } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { queueMail } from '../../platform/mail.js';
import { hasPortalAccount } from '../auth/auth.service.js';
import { findClientRecord } from '../clients/clients.service.js';
import { scheduledSessionsOf } from '../scheduling/scheduling.service.js';
import * as repo from './measures.repository.js';
import type { AssignmentRow } from './measures.repository.js';

const DAY_MS = 86_400_000;


/**
 * The occurrence of an assignment due by `today`: its start day for "once", the latest
 * start + k·N weeks not after today (nor after `until`) for "every N weeks". Session-based
 * schedules are read from appointments (see `sessionOccurrence`).
 */
export function dueOccurrence(assignment: Pick<AssignmentRow, 'schedule' | 'starts_on' | 'interval_weeks' | 'until'>, today: string): string | null {
  if (assignment.starts_on > today) return null;
  if (assignment.schedule === 'once') return assignment.starts_on;
  if (assignment.schedule !== 'every-n-weeks' || !assignment.interval_weeks) return null;
  const elapsedDays = Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${assignment.starts_on}T00:00:00Z`)) / DAY_MS);
  const step = assignment.interval_weeks * 7;
  let due = addDays(assignment.starts_on, Math.floor(elapsedDays / step) * step);
  while (assignment.until && due > assignment.until) due = addDays(due, -step);
  return due < assignment.starts_on ? null : due;
}

/**
 * "Before every Nth session": the first scheduled session on or after the start day, then
 * every Nth after it (sessions 1, 1+N, 1+2N…), each asked for the day before, in the
 * session's own time zone. The latest such day not after today, whose session is still ahead.
 */
export function sessionOccurrence(sessions: { startsAt: string; timeZone: string }[], everyNth: number, today: string, now: Date, until: string | null): string | null {
  let due: string | null = null;
  sessions.forEach((session, index) => {
    if (index % everyNth !== 0 || Date.parse(session.startsAt) < now.getTime()) return;
    const day = DateTime.fromISO(session.startsAt, { zone: session.timeZone }).minus({ days: 1 }).toISODate()!;
    if (day <= today && (until === null || day <= until) && (due === null || day > due)) due = day;
  });
  return due;
}

/**
 * Creates each assignment's due request (once per day, by a unique key, so running it twice
 * or on two servers is harmless), marks overtaken ones missed, closes finished schedules, and
 * queues one reminder per new request. The email names no questionnaire: only that something
 * is waiting in the portal.
 */
export async function materializeForAssignments(app: AppContext, db: DbOrTx, assignments: AssignmentRow[], now: Date): Promise<number> {
  const today = isoDay(now);
  let created = 0;
  for (const a of assignments) {
    const due = a.schedule === 'before-every-nth-session'
      ? sessionOccurrence(await scheduledSessionsOf(db, a.practice_id, a.client_id, `${a.starts_on}T00:00:00.000Z`), a.every_nth_session ?? 1, today, now, a.until)
      : dueOccurrence(a, today);
    if (due !== null) {
      const requestId = newId();
      const inserted = await repo.insertRequestIfNew(db, {
        id: requestId, practice_id: a.practice_id, assignment_id: a.id, client_id: a.client_id, instrument_id: a.instrument_id, due_on: due, status: 'due',
        draft: null, reminded_at: null, completed_at: null, created_at: now.toISOString(),
      });
      if (inserted) {
        created += 1;
        await repo.markEarlierMissed(db, a.id, due);
        const client = await findClientRecord(db, a.practice_id, a.client_id);
        if (client?.email && (await hasPortalAccount(db, client.id))) {
          await queueMail(db, app.keyring, app.clock, app.mail, {
            practiceId: a.practice_id, to: client.email, subject: 'Something is waiting for you in your private space',
            text: `Hello ${client.preferred_name ?? client.first_name},\n\nYour therapist has asked you to answer a few short questions before your next session. They take a few minutes. Sign in to your private space when it suits you:\n\n${app.config.publicUrl}/portal\n\nYour answers are seen only by your therapist.`,
          });
          await repo.markReminded(db, requestId, now.toISOString());
        }
      }
    }
    const finished = a.schedule !== 'once' && a.until !== null && a.until < today;
    if (finished) await repo.setAssignmentStatus(db, a.id, 'completed', null);
  }
  return created;
}

/** The periodic tick: every active assignment of every practice (run by `candor start`). */
export async function materializeAll(app: AppContext): Promise<number> {
  const assignments = await repo.listActiveAssignments(app.db, {});
  return app.db.transaction().execute((tx) => materializeForAssignments(app, tx, assignments, app.clock.now()));
}


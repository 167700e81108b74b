import { DateTime } from 'luxon';
import { appendAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { queueMail } from '../../platform/mail.js';
import { findClientRecord } from '../clients/clients.service.js';
import * as repo from './scheduling.repository.js';

export const REMINDER_HOURS_BEFORE = 24;

/**
 * Queues appointment reminders for sessions starting within the next 24 hours. Each
 * appointment's reminder is claimed (a conditional update) in the same transaction that queues
 * its emails, so it is sent exactly once — across ticks, restarts and several servers. The
 * email names no one else and nothing clinical.
 */
export async function sendDueReminders(app: AppContext): Promise<number> {
  const now = app.clock.now();
  const candidates = await repo.listDueForReminder(app.db, now.toISOString(), new Date(now.getTime() + REMINDER_HOURS_BEFORE * 3_600_000).toISOString());
  let sent = 0;
  for (const appointment of candidates) {
    await app.db.transaction().execute(async (tx) => {
      if (!(await repo.claimReminder(tx, appointment.id, now.toISOString()))) return;
      const attendees = await repo.listAttendees(tx, [appointment.id]);
      const when = DateTime.fromISO(appointment.starts_at).setZone(appointment.time_zone).toFormat("cccc d LLLL 'at' h:mm a ZZZZ");
      for (const attendee of attendees) {
        const client = await findClientRecord(tx, appointment.practice_id, attendee.id);
        if (!client?.email) continue;
        await queueMail(tx, app.keyring, app.clock, app.mail, {
          practiceId: appointment.practice_id, to: client.email, subject: 'A reminder of your appointment tomorrow',
          text: `Hello ${client.preferred_name ?? client.first_name},\n\nThis is a reminder of your appointment on ${when}${appointment.modality === 'video' ? ' (by video — the link is in your private space)' : ''}.\n\nIf you need to change it, please let your therapist know as soon as you can.\n\n${app.config.publicUrl}/portal`,
        });
        sent += 1;
      }
      await appendAudit(tx, { practiceId: appointment.practice_id, actorId: null, actorRole: 'system', action: 'appointment.remind', resourceType: 'appointment', resourceId: appointment.id, outcome: 'success', requestId: null }, app.clock.now());
    });
  }
  return sent;
}

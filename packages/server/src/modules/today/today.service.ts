import { localDay } from '../../platform/clock.js';
import { pendingConfirmationCount } from '../certification/certification.service.js';
import { credentialAlertsFor } from '../credentials/credentials.service.js';
import { unreadInquiries } from '../directory/directory.service.js';
import { getPracticeRecord } from '../practice/practice.service.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { hasRole, isClinical, requireStaff } from '../../platform/authz.js';
import { homeworkCompletionOf } from '../homework/homework.service.js';
import { measuresDue } from '../measures/measures.service.js';
import { cosignQueue, noteStatusesOf, unsignedNotes } from '../notes/notes.service.js';
import { openSafetyAlerts } from '../measures/safety-alerts.service.js';
import { plansDueForReview } from '../plans/plans.service.js';
import { overdueReferrals } from '../referrals/referrals.service.js';
import { todaysAppointments } from '../scheduling/scheduling.service.js';

/**
 * The clinician's Today page: today's sessions with who is coming, their notes and how their
 * homework went; then what needs attention — safety alerts, overdue referrals, unsigned notes,
 * notes awaiting co-signature, questionnaires due and plans due for review.
 */
export async function getToday(app: AppContext, rc: RequestContext) {
  const actor = requireStaff(rc);
  const day = localDay(app.clock.now(), (await getPracticeRecord(app.db, actor.practiceId)).time_zone);
  // Credential expiry: the clinician's own, and for the owner everyone's in the practice.
  const credentialAlerts = await credentialAlertsFor(app, actor, day);
  if (!isClinical(actor)) {
    return {
      appointments: [], safetyAlerts: [], overdueReferrals: [], unsignedNotes: [], notesAwaitingCosign: [], homework: [], measuresDue: [], plansDueForReview: [],
      credentialAlerts, directoryInquiries: [], supervisionToConfirm: 0,
    };
  }
  const awaiting = hasRole(actor, 'supervisor') ? await cosignQueue(app, rc) : [];
  const appointments = await todaysAppointments(app, rc);
  const notes = await noteStatusesOf(app, actor.practiceId, appointments.map((a) => a.id));
  const attendeeIds = [...new Set(appointments.flatMap((a) => a.attendees.map((x) => x.clientId)))];
  return {
    appointments: appointments.map((a) => ({
      id: a.id, kind: a.kind, modality: a.modality, startsAt: a.startsAt, endsAt: a.endsAt, timeZone: a.timeZone, room: a.room, videoLink: a.videoLink, status: a.status,
      attendees: a.attendees, notes: notes.get(a.id) ?? [],
    })),
    safetyAlerts: await openSafetyAlerts(app, rc),
    overdueReferrals: await overdueReferrals(app, rc),
    unsignedNotes: await unsignedNotes(app, rc),
    notesAwaitingCosign: awaiting.map((n) => ({ id: n.id, appointmentId: n.appointmentId, authorName: n.author.displayName, signedAt: n.signedAt! })),
    homework: await homeworkCompletionOf(app, actor.practiceId, attendeeIds),
    measuresDue: await measuresDue(app, rc, day),
    plansDueForReview: await plansDueForReview(app, rc),
    credentialAlerts,
    directoryInquiries: await unreadInquiries(app, actor),
    supervisionToConfirm: await pendingConfirmationCount(app, actor),
  };
}

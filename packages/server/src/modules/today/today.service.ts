import type { AppContext, RequestContext } from '../../platform/context.js';
import { hasRole, isClinical, requireStaff } from '../../platform/authz.js';
import { cosignQueue, unsignedNotes } from '../notes/notes.service.js';
import { openSafetyAlerts } from '../measures/safety-alerts.service.js';
import { overdueReferrals } from '../referrals/referrals.service.js';

/** The clinician's Today page: what needs attention now. Later issues add appointments and notes. */
export async function getToday(app: AppContext, rc: RequestContext) {
  const actor = requireStaff(rc);
  if (!isClinical(actor)) return { safetyAlerts: [], overdueReferrals: [], unsignedNotes: [], notesAwaitingCosign: [] };
  const awaiting = hasRole(actor, 'supervisor') ? await cosignQueue(app, rc) : [];
  return {
    safetyAlerts: await openSafetyAlerts(app, rc),
    overdueReferrals: await overdueReferrals(app, rc),
    unsignedNotes: await unsignedNotes(app, rc),
    notesAwaitingCosign: awaiting.map((n) => ({ id: n.id, appointmentId: n.appointmentId, authorName: n.author.displayName, signedAt: n.signedAt! })),
  };
}

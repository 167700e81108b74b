import type { AppContext, RequestContext } from '../../platform/context.js';
import { isClinical, requireStaff } from '../../platform/authz.js';
import { overdueReferrals } from '../referrals/referrals.service.js';

/** The clinician's Today page: what needs attention now. Later issues add appointments, notes, alerts. */
export async function getToday(app: AppContext, rc: RequestContext) {
  const actor = requireStaff(rc);
  return { overdueReferrals: isClinical(actor) ? await overdueReferrals(app, rc) : [] };
}

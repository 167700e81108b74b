import type { AppContext, RequestContext } from '../../platform/context.js';
import { isClinical, requireStaff } from '../../platform/authz.js';
import { openSafetyAlerts } from '../measures/safety-alerts.service.js';
import { overdueReferrals } from '../referrals/referrals.service.js';

/** The clinician's Today page: what needs attention now. Later issues add appointments and notes. */
export async function getToday(app: AppContext, rc: RequestContext) {
  const actor = requireStaff(rc);
  if (!isClinical(actor)) return { safetyAlerts: [], overdueReferrals: [] };
  return { safetyAlerts: await openSafetyAlerts(app, rc), overdueReferrals: await overdueReferrals(app, rc) };
}

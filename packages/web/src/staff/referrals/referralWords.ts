/** Plain words for referrals, releases and screening suggestions, for the care team. */
import type { Specialty, Urgency } from '@candor/clinical';
import type { ReferralStatus, ReferralStep, ReleaseItem, ReleaseStatus } from '../../api/referralTypes';

/** The same words the server uses in `specialtyLabel` (suggestions carry only the id). */
export const SPECIALTY_LABELS: Record<Specialty, string> = {
  'primary-care': 'Primary care',
  cardiology: 'Cardiology',
  urology: 'Urology',
  gynecology: 'Gynecology',
  'pelvic-floor-physical-therapy': 'Pelvic-floor physical therapy',
  endocrinology: 'Endocrinology',
  psychiatry: 'Psychiatry',
  prescriber: 'The prescribing clinician',
  emergency: 'Emergency care',
  'crisis-services': 'Crisis services',
};

export function specialtyLabel(specialty: string): string {
  return SPECIALTY_LABELS[specialty as Specialty] ?? specialty;
}

/** Urgency in words (it is also shown by colour and shape, never by colour alone). */
export const URGENCY_LABELS: Record<Urgency, string> = {
  routine: 'Routine',
  soon: 'Soon',
  urgent: 'Urgent',
  emergency: 'Emergency',
};

/** How long after sending an outcome is expected (the server's due date); later, it is overdue. */
export const URGENCY_WINDOWS: Record<Urgency, string> = {
  routine: 'about six weeks',
  soon: 'about two weeks',
  urgent: 'about a week',
  emergency: 'a day',
};

export function urgencyLabel(urgency: string): string {
  return URGENCY_LABELS[urgency as Urgency] ?? urgency;
}

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  drafted: 'Drafted',
  sent: 'Sent',
  acknowledged: 'Acknowledged',
  seen: 'Seen',
  closed: 'Closed',
  declined: 'Declined by the client',
};

/** Which steps may follow each status (the server's rule; it answers 409 `to` otherwise). */
export const NEXT_STEPS: Record<ReferralStatus, ReferralStep[]> = {
  drafted: ['declined'],
  sent: ['acknowledged', 'seen', 'closed', 'declined'],
  acknowledged: ['seen', 'closed', 'declined'],
  seen: ['closed'],
  closed: [],
  declined: [],
};

/** What may be shared, in the clinician's words (the client sees the server's own labels). */
export const RELEASE_ITEM_LABELS: Record<ReleaseItem, string> = {
  identification: 'Their name and date of birth',
  'referral-reason': 'Why you are referring them',
  concerns: 'The concerns they described, and when they started',
  medications: 'Their medicines',
  conditions: 'Their health conditions',
  supplements: 'Their supplements',
  'previous-treatments': 'Treatments they have tried',
};

export const RELEASE_STATUS_LABELS: Record<ReleaseStatus, string> = {
  'awaiting-signature': 'Waiting for their signature',
  signed: 'Signed',
  revoked: 'Withdrawn by the client',
  expired: 'Expired',
};

export const RELEASE_STATUS_BADGES: Record<ReleaseStatus, string> = {
  'awaiting-signature': 'badge badge-waiting',
  signed: 'badge badge-success',
  revoked: 'badge badge-stopped',
  expired: 'badge badge-stopped',
};

/** Names compared as the server compares them: case and spacing do not matter. */
export function sameName(a: string, b: string): boolean {
  const normal = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
  return normal(a) === normal(b);
}

/** "Dr. Lena Ortiz, Lakeshore Women’s Health" */
export function recipientText(name: string | null, organization: string | null): string | null {
  if (!name) return organization;
  return organization ? `${name}, ${organization}` : name;
}

/**
 * Shapes of docs/api.md "Screening, referrals, releases of information and diagnoses": the
 * screening suggestions, releases of information, referrals and their letters, and Today.
 * The vocabularies (specialties, urgencies, medicine classes) come from @candor/clinical.
 */
import type { Specialty, Urgency } from '@candor/clinical';
import type { SafetyAlert } from './measureTypes';
import type { CosignItem, UnsignedNoteItem } from './noteTypes';
import type { TodayAppointment, TodayCredentialAlert, TodayDirectoryInquiry, TodayHomework, TodayMeasureDue, TodayPlanDue } from './todayTypes';

/** Where a suggestion came from in the history: the answer's dotted path and what the client wrote. */
export interface Evidence {
  path: string;
  text: string;
}

export type SuggestionStatus = 'open' | 'accepted' | 'dismissed';

/** A screening suggestion, for the care team to weigh; never shown to the client. */
export interface Suggestion {
  id: string;
  ruleId: string;
  specialty: Specialty;
  urgency: Urgency;
  reason: string;
  evidence: Evidence[];
  source: string;
  status: SuggestionStatus;
  decisionReason: string | null;
  decidedAt: string | null;
  referralId: string | null;
  intakeId: string;
  createdAt: string;
}

export interface Screening {
  /** Newest first. */
  suggestions: Suggestion[];
  /** Medicine and supplement names no class matched, exactly as the client wrote them. */
  unrecognisedMedicines: { path: string; name: string }[];
}

export interface AcceptSuggestion {
  recipientName?: string;
  recipientOrganization?: string;
  reason?: string;
}

// ---- Releases of information ---------------------------------------------------------

/** What a release may let the practice share (docs/api.md "Releases of information"). */
export const ReleaseItems = ['identification', 'referral-reason', 'concerns', 'medications', 'conditions', 'supplements', 'previous-treatments'] as const;
export type ReleaseItem = (typeof ReleaseItems)[number];

export type ReleaseStatus = 'awaiting-signature' | 'signed' | 'revoked' | 'expired';

export interface Release {
  id: string;
  clientId: string;
  recipientName: string;
  recipientOrganization: string | null;
  purpose: string;
  /** Each item with the server's label, written for the client ("Your medicines"). */
  allowed: { item: ReleaseItem; label: string }[];
  /** A calendar date, `YYYY-MM-DD`. */
  expiresOn: string;
  status: ReleaseStatus;
  signature: { typedName: string; signedAt: string } | null;
  createdAt: string;
}

export interface NewRelease {
  recipientName: string;
  recipientOrganization?: string;
  purpose: string;
  allowed: ReleaseItem[];
  expiresOn: string;
}

// ---- Referrals ---------------------------------------------------------------------------

export const ReferralStatuses = ['drafted', 'sent', 'acknowledged', 'seen', 'closed', 'declined'] as const;
export type ReferralStatus = (typeof ReferralStatuses)[number];

/** The steps `POST /referrals/:id/transition` takes (sending has its own route). */
export type ReferralStep = 'acknowledged' | 'seen' | 'closed' | 'declined';

export interface Referral {
  id: string;
  clientId: string;
  suggestionId: string | null;
  specialty: Specialty;
  specialtyLabel: string;
  recipientName: string | null;
  recipientOrganization: string | null;
  urgency: Urgency;
  reason: string;
  status: ReferralStatus;
  releaseId: string | null;
  notes: string | null;
  outcome: string | null;
  /** When an outcome is expected (`YYYY-MM-DD`). */
  dueOn: string;
  /** Sent or acknowledged, past `dueOn`, without an outcome. */
  overdue: boolean;
  sentAt: string | null;
  acknowledgedAt: string | null;
  seenAt: string | null;
  closedAt: string | null;
  declinedAt: string | null;
  createdAt: string;
}

export interface NewReferral {
  specialty: Specialty;
  urgency: Urgency;
  reason: string;
  recipientName?: string;
  recipientOrganization?: string;
  notes?: string;
}

/** Recipient, urgency and reason change only while the referral is drafted. */
export interface ReferralPatch {
  recipientName?: string;
  recipientOrganization?: string;
  urgency?: Urgency;
  reason?: string;
  notes?: string;
  dueOn?: string;
}

export interface LetterBlock {
  kind: 'letterhead' | 'heading' | 'text' | 'item';
  text: string;
}

/** A referral letter, built by the server from only what the release allows. */
export interface Letter {
  releaseId: string;
  blocks: LetterBlock[];
}

// ---- Today ---------------------------------------------------------------------------------

export interface OverdueReferral {
  id: string;
  clientId: string;
  clientName: string;
  specialty: Specialty;
  specialtyLabel: string;
  urgency: Urgency;
  dueOn: string;
  status: ReferralStatus;
}

export interface Today {
  /** Open alerts from questionnaire answers that need urgent attention. */
  safetyAlerts: SafetyAlert[];
  overdueReferrals: OverdueReferral[];
  /** The clinician's own notes not yet signed. */
  unsignedNotes: UnsignedNoteItem[];
  /** Supervisors: supervisees' notes waiting for their co-signature (empty for everyone else). */
  notesAwaitingCosign: CosignItem[];
  /** The clinician's own sessions today (the practice's day), not cancelled, earliest first. */
  appointments: TodayAppointment[];
  /** Today's attendees' active homework. */
  homework: TodayHomework[];
  measuresDue: TodayMeasureDue[];
  plansDueForReview: TodayPlanDue[];
  /** Credentials expiring within 90 days or expired: one's own; the owner sees everyone's. */
  credentialAlerts: TodayCredentialAlert[];
  /** Unread contact requests from the public directory. */
  directoryInquiries: TodayDirectoryInquiry[];
  /** Supervisors: how many supervision entries naming them wait for their confirmation. */
  supervisionToConfirm: number;
}

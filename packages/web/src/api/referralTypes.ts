/**
 * Shapes of docs/api.md "Screening, referrals, releases of information and diagnoses": the
 * screening suggestions, releases of information, referrals and their letters, and Today.
 * The vocabularies (specialties, urgencies, medicine classes) come from @candor/clinical. Answers
 * are the generated API types (schema.ts), named for the components.
 */
import type { Specialty, Urgency } from '@candor/clinical';
import type { ResponseOf } from './schema';

/** Where a suggestion came from in the history: the answer's dotted path and what the client wrote. */
export type Evidence = Suggestion['evidence'][number];

export type SuggestionStatus = 'open' | 'accepted' | 'dismissed';

/** A screening suggestion, for the care team to weigh; never shown to the client. */
export type Suggestion = Screening['suggestions'][number];

export type Screening = ResponseOf<'/api/v1/clients/{id}/screening'>;

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

export type Release = ResponseOf<'/api/v1/portal/releases'>[number];

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

export type Referral = ResponseOf<'/api/v1/referrals/{id}'>;

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

export type LetterBlock = Letter['blocks'][number];

/** A referral letter, built by the server from only what the release allows. */
export type Letter = ResponseOf<'/api/v1/referrals/{id}/letter'>;

// ---- Today ---------------------------------------------------------------------------------

export type OverdueReferral = Today['overdueReferrals'][number];

export type Today = ResponseOf<'/api/v1/today'>;

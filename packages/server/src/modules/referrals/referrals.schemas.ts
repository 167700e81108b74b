import { Type, type Static } from 'typebox';
import { Id, Nullable } from '../../platform/schemas.js';
import { SPECIALTIES, URGENCIES, type Urgency } from '@candor/clinical';

export const REFERRAL_STATUSES = ['drafted', 'sent', 'acknowledged', 'seen', 'closed', 'declined'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type { Urgency };

export const SPECIALTY_LABELS: Record<(typeof SPECIALTIES)[number], string> = {
  'primary-care': 'Primary care', 'cardiology': 'Cardiology', 'urology': 'Urology', 'gynecology': 'Gynecology',
  'pelvic-floor-physical-therapy': 'Pelvic-floor physical therapy', 'endocrinology': 'Endocrinology', 'psychiatry': 'Psychiatry',
  'prescriber': 'The prescribing clinician', 'emergency': 'Emergency care', 'crisis-services': 'Crisis services',
};

/** Days from sending until an outcome is expected, by urgency; after that the referral is overdue. */
export const OUTCOME_EXPECTED_DAYS: Record<Urgency, number> = { emergency: 1, urgent: 7, soon: 14, routine: 42 };

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const NewReferralBody = Type.Object({
  specialty: Type.Enum([...SPECIALTIES]),
  recipientName: Type.Optional(Text(200)),
  recipientOrganization: Type.Optional(Text(200)),
  urgency: Type.Enum([...URGENCIES]),
  reason: Text(2000),
  notes: Type.Optional(Type.String({ maxLength: 2000 })),
}, { additionalProperties: false });
export type NewReferral = Static<typeof NewReferralBody>;

export const ReferralPatchBody = Type.Object({
  recipientName: Type.Optional(Text(200)),
  recipientOrganization: Type.Optional(Text(200)),
  urgency: Type.Optional(Type.Enum([...URGENCIES])),
  reason: Type.Optional(Text(2000)),
  notes: Type.Optional(Type.String({ maxLength: 2000 })),
  dueOn: Type.Optional(Day),
}, { additionalProperties: false });
export type ReferralPatch = Static<typeof ReferralPatchBody>;

export const SendBody = Type.Object({ releaseId: Id }, { additionalProperties: false });
export const TransitionBody = Type.Object({
  to: Type.Enum(['acknowledged', 'seen', 'closed', 'declined']),
  outcome: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
}, { additionalProperties: false });

export const ReferralSchema = Type.Object({
  id: Type.String(), clientId: Type.String(), suggestionId: Nullable(Type.String()), specialty: Type.Enum([...SPECIALTIES]), specialtyLabel: Type.String(),
  recipientName: Nullable(Type.String()), recipientOrganization: Nullable(Type.String()), urgency: Type.Enum([...URGENCIES]), reason: Type.String(),
  status: Type.Enum([...REFERRAL_STATUSES]), releaseId: Nullable(Type.String()), notes: Nullable(Type.String()), outcome: Nullable(Type.String()),
  dueOn: Type.String(), overdue: Type.Boolean(),
  sentAt: Nullable(Type.String()), acknowledgedAt: Nullable(Type.String()), seenAt: Nullable(Type.String()), closedAt: Nullable(Type.String()), declinedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type Referral = Static<typeof ReferralSchema>;

export const LetterSchema = Type.Object({
  releaseId: Type.String(),
  blocks: Type.Array(Type.Object({ kind: Type.Enum(['letterhead', 'heading', 'text', 'item']), text: Type.String() })),
});
export type Letter = Static<typeof LetterSchema>;

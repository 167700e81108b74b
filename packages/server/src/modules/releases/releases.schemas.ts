import { Nullable } from '../../platform/schemas.js';
import { Type, type Static } from 'typebox';

/** What a release of information may let Candor put in a letter to its recipient. */
export const RELEASE_ITEMS = ['identification', 'referral-reason', 'concerns', 'medications', 'conditions', 'supplements', 'previous-treatments'] as const;
export type ReleaseItem = (typeof RELEASE_ITEMS)[number];
export const RELEASE_ITEM_LABELS: Record<ReleaseItem, string> = {
  'identification': 'Your name and date of birth',
  'referral-reason': 'Why your therapist is referring you',
  'concerns': 'The concerns you described, and when they started',
  'medications': 'Your medicines',
  'conditions': 'Your health conditions',
  'supplements': 'Your supplements',
  'previous-treatments': 'Treatments you have tried',
};

export const NewReleaseBody = Type.Object({
  recipientName: Type.String({ minLength: 1, maxLength: 200 }),
  recipientOrganization: Type.Optional(Type.String({ maxLength: 200 })),
  purpose: Type.String({ minLength: 1, maxLength: 500 }),
  allowed: Type.Array(Type.Enum([...RELEASE_ITEMS]), { minItems: 1, maxItems: RELEASE_ITEMS.length, uniqueItems: true }),
  expiresOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
}, { additionalProperties: false });
export type NewRelease = Static<typeof NewReleaseBody>;


export const ReleaseSchema = Type.Object({
  id: Type.String(),
  clientId: Type.String(),
  recipientName: Type.String(),
  recipientOrganization: Nullable(Type.String()),
  purpose: Type.String(),
  allowed: Type.Array(Type.Object({ item: Type.Enum([...RELEASE_ITEMS]), label: Type.String() })),
  expiresOn: Type.String(),
  status: Type.Enum(['awaiting-signature', 'signed', 'revoked', 'expired']),
  signature: Nullable(Type.Object({ typedName: Type.String(), signedAt: Type.String() })),
  createdAt: Type.String(),
});
export type Release = Static<typeof ReleaseSchema>;

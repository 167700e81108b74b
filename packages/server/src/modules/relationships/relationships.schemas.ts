import { Type, type Static } from 'typebox';
import { Id } from '../../platform/schemas.js';

export const CONFIDENTIALITY_POLICIES = ['no-secrets', 'limited-secrets', 'individual-confidentiality'] as const;
export type ConfidentialityPolicy = (typeof CONFIDENTIALITY_POLICIES)[number];
const Policy = Type.Enum([...CONFIDENTIALITY_POLICIES]);

export const NewRelationshipBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  memberIds: Type.Array(Id, { minItems: 2, maxItems: 8 }),
  clinicianIds: Type.Optional(Type.Array(Id, { maxItems: 5 })),
  confidentialityPolicy: Policy,
}, { additionalProperties: false });
export type NewRelationship = Static<typeof NewRelationshipBody>;

export const RelationshipPatchBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  confidentialityPolicy: Type.Optional(Policy),
}, { additionalProperties: false });

export const AddMemberBody = Type.Object({ clientId: Id }, { additionalProperties: false });

export const RelationshipSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  confidentialityPolicy: Policy,
  members: Type.Array(Type.Object({ clientId: Type.String(), displayName: Type.String() })),
  clinicians: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String() })),
  createdAt: Type.String(),
});
export type Relationship = Static<typeof RelationshipSchema>;

export const InvitationsResult = Type.Object({
  invited: Type.Array(Type.String()),
  skipped: Type.Array(Type.Object({ clientId: Type.String(), reason: Type.String() })),
});

export const PortalRelationshipSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  confidentialityPolicy: Policy,
  partners: Type.Array(Type.Object({ displayName: Type.String() })),
});

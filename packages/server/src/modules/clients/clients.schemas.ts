import { Type, type Static } from 'typebox';
import { Email, Id } from '../../platform/schemas.js';

/** One schema per payload: these validate requests, type the service and document the API. */
const Short = (max = 100) => Type.String({ maxLength: max });
const Nullable = <T extends Parameters<typeof Type.Optional>[0]>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]));

export const SEX_ASSIGNED_AT_BIRTH = ['female', 'male', 'intersex', 'prefer-not-to-say'] as const;
export const RELATIONSHIP_STATUSES = ['single', 'dating', 'partnered', 'married', 'separated', 'divorced', 'widowed', 'other'] as const;
export const RELATIONSHIP_STRUCTURES = ['monogamous', 'open', 'polyamorous', 'other'] as const;
export const CONTACT_METHODS = ['email', 'phone', 'text', 'portal'] as const;
export const CLIENT_STATUSES = ['prospective', 'active', 'discharged'] as const;
export const NARRATIVE_MAX = 5000;

export const EmergencyContact = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), relationship: Nullable(Short(60)), phone: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false });

/** Identity fields, stored encrypted; clinicians only. Free text where people describe themselves. */
export const IdentityFields = {
  genderIdentity: Nullable(Short()),
  sexAssignedAtBirth: Nullable(Type.Enum([...SEX_ASSIGNED_AT_BIRTH])),
  sexualOrientation: Nullable(Short()),
  relationshipStatus: Nullable(Type.Enum([...RELATIONSHIP_STATUSES])),
  relationshipStructure: Nullable(Type.Enum([...RELATIONSHIP_STRUCTURES])),
  relationshipStructureOther: Nullable(Short(200)),
};

/** Contact fields, stored encrypted; administrative. */
export const ContactFields = {
  phone: Nullable(Short(40)),
  address: Nullable(Short(300)),
  emergencyContact: Nullable(EmergencyContact),
  preferredContactMethod: Nullable(Type.Enum([...CONTACT_METHODS])),
  okToLeaveMessage: Nullable(Type.Boolean()),
  okToLeaveVoicemail: Nullable(Type.Boolean()),
};

const NameField = Type.String({ minLength: 1, maxLength: 100 });

export const NewClientBody = Type.Object({
  firstName: NameField,
  lastName: NameField,
  preferredName: Nullable(Short()),
  pronouns: Nullable(Short(40)),
  email: Nullable(Email),
  dateOfBirth: Type.String({ maxLength: 10 }),
  // The service enforces the cap with a message that names it; the schema bounds the worst case.
  presentingConcern: Nullable(Type.String({ maxLength: NARRATIVE_MAX * 2 })),
  careTeam: Type.Optional(Type.Array(Id, { maxItems: 10 })),
  ...IdentityFields,
  ...ContactFields,
}, { additionalProperties: false });
export type NewClient = Static<typeof NewClientBody>;

export const ClientPatchBody = Type.Object({
  firstName: Type.Optional(NameField),
  lastName: Type.Optional(NameField),
  preferredName: Nullable(Short()),
  pronouns: Nullable(Short(40)),
  email: Nullable(Email),
  dateOfBirth: Type.Optional(Type.String({ maxLength: 10 })),
  status: Type.Optional(Type.Enum([...CLIENT_STATUSES])),
  presentingConcern: Nullable(Type.String({ maxLength: NARRATIVE_MAX * 2 })),
  ...IdentityFields,
  ...ContactFields,
}, { additionalProperties: false });
export type ClientPatch = Static<typeof ClientPatchBody>;

const N = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Ref = Type.Object({ id: Type.String(), displayName: Type.String() });

export const ClientSummarySchema = Type.Object({ id: Type.String(), displayName: Type.String(), status: Type.Enum([...CLIENT_STATUSES]) });

export const ClientRecordSchema = Type.Object({
  id: Type.String(), displayName: Type.String(), status: Type.Enum([...CLIENT_STATUSES]),
  firstName: Type.String(), lastName: Type.String(), preferredName: N(Type.String()), pronouns: N(Type.String()),
  dateOfBirth: Type.String(), email: N(Type.String()),
  phone: N(Type.String()), address: N(Type.String()),
  emergencyContact: N(Type.Object({ name: Type.String(), relationship: N(Type.String()), phone: Type.String() })),
  preferredContactMethod: N(Type.String()), okToLeaveMessage: N(Type.Boolean()), okToLeaveVoicemail: N(Type.Boolean()),
  careTeam: Type.Array(Ref),
  // Clinical view only:
  genderIdentity: Type.Optional(N(Type.String())), sexAssignedAtBirth: Type.Optional(N(Type.String())), sexualOrientation: Type.Optional(N(Type.String())),
  relationshipStatus: Type.Optional(N(Type.String())), relationshipStructure: Type.Optional(N(Type.String())), relationshipStructureOther: Type.Optional(N(Type.String())),
  relationships: Type.Optional(Type.Array(Type.Object({ id: Type.String(), name: Type.String() }))),
  presentingConcern: Type.Optional(N(Type.String())),
});
export type ClientRecord = Static<typeof ClientRecordSchema>;
export type ClientSummary = Static<typeof ClientSummarySchema>;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const CareTeamBody = Type.Object({ userIds: Type.Array(Id, { minItems: 1, maxItems: 10 }) }, { additionalProperties: false });

export interface StoredIdentity {
  pronouns?: string | null;
  genderIdentity?: string | null;
  sexAssignedAtBirth?: string | null;
  sexualOrientation?: string | null;
  relationshipStatus?: string | null;
  relationshipStructure?: string | null;
  relationshipStructureOther?: string | null;
}

export interface StoredContact {
  phone?: string | null;
  address?: string | null;
  emergencyContact?: { name: string; relationship?: string | null; phone: string } | null;
  preferredContactMethod?: string | null;
  okToLeaveMessage?: boolean | null;
  okToLeaveVoicemail?: boolean | null;
}

export const IDENTITY_KEYS = ['pronouns', 'genderIdentity', 'sexAssignedAtBirth', 'sexualOrientation', 'relationshipStatus', 'relationshipStructure', 'relationshipStructureOther'] as const;
export const CONTACT_KEYS = ['phone', 'address', 'emergencyContact', 'preferredContactMethod', 'okToLeaveMessage', 'okToLeaveVoicemail'] as const;
/** Fields an owner may change (administrative); the rest need a care-team clinician. */
export const ADMINISTRATIVE_PATCH_KEYS = ['firstName', 'lastName', 'preferredName', 'pronouns', 'email', 'dateOfBirth', 'status', ...CONTACT_KEYS] as const;

import { Type, type Static } from 'typebox';
import { Email, Id, Nullable } from '../../platform/schemas.js';

/** One schema per payload: these validate requests, type the service and document the API. */
const Short = (max = 100) => Type.String({ maxLength: max });
const OptionalNullable = <T extends Parameters<typeof Type.Optional>[0]>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]));

export const SEX_ASSIGNED_AT_BIRTH = ['female', 'male', 'intersex', 'prefer-not-to-say'] as const;
export const RELATIONSHIP_STATUSES = ['single', 'dating', 'partnered', 'married', 'separated', 'divorced', 'widowed', 'other'] as const;
export const RELATIONSHIP_STRUCTURES = ['monogamous', 'open', 'polyamorous', 'other'] as const;
export const CONTACT_METHODS = ['email', 'phone', 'text', 'portal'] as const;
export const CLIENT_STATUSES = ['prospective', 'active', 'discharged'] as const;
export const NARRATIVE_MAX = 5000;

export const EmergencyContact = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), relationship: OptionalNullable(Short(60)), phone: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false });

/** Identity fields, stored encrypted; clinicians only. Free text where people describe themselves. */
export const IdentityFields = {
  genderIdentity: OptionalNullable(Short()),
  sexAssignedAtBirth: OptionalNullable(Type.Enum([...SEX_ASSIGNED_AT_BIRTH])),
  sexualOrientation: OptionalNullable(Short()),
  relationshipStatus: OptionalNullable(Type.Enum([...RELATIONSHIP_STATUSES])),
  relationshipStructure: OptionalNullable(Type.Enum([...RELATIONSHIP_STRUCTURES])),
  relationshipStructureOther: OptionalNullable(Short(200)),
};

/** Contact fields, stored encrypted; administrative. */
export const ContactFields = {
  phone: OptionalNullable(Short(40)),
  address: OptionalNullable(Short(300)),
  emergencyContact: OptionalNullable(EmergencyContact),
  preferredContactMethod: OptionalNullable(Type.Enum([...CONTACT_METHODS])),
  okToLeaveMessage: OptionalNullable(Type.Boolean()),
  okToLeaveVoicemail: OptionalNullable(Type.Boolean()),
};

const NameField = Type.String({ minLength: 1, maxLength: 100 });

export const NewClientBody = Type.Object({
  firstName: NameField,
  lastName: NameField,
  preferredName: OptionalNullable(Short()),
  pronouns: OptionalNullable(Short(40)),
  email: OptionalNullable(Email),
  dateOfBirth: Type.String({ maxLength: 10 }),
  // The service enforces the cap with a message that names it; the schema bounds the worst case.
  presentingConcern: OptionalNullable(Type.String({ maxLength: NARRATIVE_MAX * 2 })),
  careTeam: Type.Optional(Type.Array(Id, { maxItems: 10 })),
  ...IdentityFields,
  ...ContactFields,
}, { additionalProperties: false });
export type NewClient = Static<typeof NewClientBody>;

export const ClientPatchBody = Type.Object({
  firstName: Type.Optional(NameField),
  lastName: Type.Optional(NameField),
  preferredName: OptionalNullable(Short()),
  pronouns: OptionalNullable(Short(40)),
  email: OptionalNullable(Email),
  dateOfBirth: Type.Optional(Type.String({ maxLength: 10 })),
  status: Type.Optional(Type.Enum([...CLIENT_STATUSES])),
  presentingConcern: OptionalNullable(Type.String({ maxLength: NARRATIVE_MAX * 2 })),
  ...IdentityFields,
  ...ContactFields,
}, { additionalProperties: false });
export type ClientPatch = Static<typeof ClientPatchBody>;

const Ref = Type.Object({ id: Type.String(), displayName: Type.String() });

export const ClientSummarySchema = Type.Object({ id: Type.String(), displayName: Type.String(), status: Type.Enum([...CLIENT_STATUSES]) });

export const ClientRecordSchema = Type.Object({
  id: Type.String(), displayName: Type.String(), status: Type.Enum([...CLIENT_STATUSES]),
  firstName: Type.String(), lastName: Type.String(), preferredName: Nullable(Type.String()), pronouns: Nullable(Type.String()),
  dateOfBirth: Type.String(), email: Nullable(Type.String()),
  phone: Nullable(Type.String()), address: Nullable(Type.String()),
  emergencyContact: Nullable(Type.Object({ name: Type.String(), relationship: Nullable(Type.String()), phone: Type.String() })),
  preferredContactMethod: Nullable(Type.String()), okToLeaveMessage: Nullable(Type.Boolean()), okToLeaveVoicemail: Nullable(Type.Boolean()),
  careTeam: Type.Array(Ref),
  // Clinical view only:
  genderIdentity: Type.Optional(Nullable(Type.String())), sexAssignedAtBirth: Type.Optional(Nullable(Type.String())), sexualOrientation: Type.Optional(Nullable(Type.String())),
  relationshipStatus: Type.Optional(Nullable(Type.String())), relationshipStructure: Type.Optional(Nullable(Type.String())), relationshipStructureOther: Type.Optional(Nullable(Type.String())),
  relationships: Type.Optional(Type.Array(Type.Object({ id: Type.String(), name: Type.String() }))),
  presentingConcern: Type.Optional(Nullable(Type.String())),
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

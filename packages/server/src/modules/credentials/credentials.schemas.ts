import { Type, type Static } from 'typebox';
import { CERTIFICATION_TYPES, DEGREE_LEVELS, LICENSED_PROFESSIONS, US_STATES } from '@candor/clinical';
import { Day, Id, Nullable, OptionalNullable } from '../../platform/schemas.js';

const Short = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const CREDENTIAL_KINDS = ['degree', 'licence', 'certification'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];
export const CREDENTIAL_TYPES: Record<CredentialKind, readonly string[]> = {
  degree: DEGREE_LEVELS.map((d) => d.id),
  licence: LICENSED_PROFESSIONS.map((p) => p.id),
  certification: CERTIFICATION_TYPES.map((c) => c.id),
};
export const JURISDICTIONS = US_STATES.map((s) => s.id);
/** How an owner checked a credential: the licensing board's or association's own lookup, the original document, or another way (described in the note). */
export const VERIFICATION_METHODS = ['primary-source-lookup', 'original-document', 'issuer-confirmation', 'other'] as const;
export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const DOCUMENT_MAX_BYTES = 600 * 1024;

export const CredentialBody = Type.Object({
  userId: Type.Optional(Id),
  kind: Type.Enum([...CREDENTIAL_KINDS]),
  type: Short(40),
  title: OptionalNullable(Short(160)),
  issuer: OptionalNullable(Short(160)),
  jurisdiction: OptionalNullable(Short(40)),
  number: OptionalNullable(Short(60)),
  year: OptionalNullable(Type.Integer({ minimum: 1950, maximum: 2100 })),
  issuedOn: OptionalNullable(Day),
  expiresOn: OptionalNullable(Day),
}, { additionalProperties: false });
export type CredentialInput = Static<typeof CredentialBody>;

export const CredentialPatch = Type.Partial(Type.Omit(CredentialBody, ['userId', 'kind']), { additionalProperties: false });
export type CredentialPatchInput = Static<typeof CredentialPatch>;

export const VerificationBody = Type.Object({
  method: Type.Enum([...VERIFICATION_METHODS]),
  note: OptionalNullable(Short(500)),
}, { additionalProperties: false });

export const DocumentBody = Type.Object({
  filename: Type.String({ minLength: 1, maxLength: 160 }),
  contentType: Type.Enum([...DOCUMENT_TYPES]),
  dataBase64: Type.String({ minLength: 4, maxLength: Math.ceil((DOCUMENT_MAX_BYTES * 4) / 3) + 4 }),
}, { additionalProperties: false });

export const CredentialQuery = Type.Object({ userId: Type.Optional(Id) }, { additionalProperties: false });
export const DocumentParams = Type.Object({ id: Id, documentId: Id }, { additionalProperties: false });

export const CredentialSchema = Type.Object({
  id: Type.String(), userId: Type.String(), kind: Type.Enum([...CREDENTIAL_KINDS]), type: Type.String(), typeLabel: Type.String(),
  title: Nullable(Type.String()), issuer: Nullable(Type.String()), jurisdiction: Nullable(Type.String()), number: Nullable(Type.String()),
  year: Nullable(Type.Integer()), issuedOn: Nullable(Type.String()), expiresOn: Nullable(Type.String()),
  status: Type.Enum(['current', 'expiring', 'expired', 'no-expiry']), daysUntilExpiry: Nullable(Type.Integer()),
  verification: Nullable(Type.Object({ verifiedAt: Type.String(), verifiedBy: Type.String(), verifiedByName: Type.String(), method: Type.String(), note: Nullable(Type.String()) })),
  documents: Type.Array(Type.Object({ id: Type.String(), filename: Type.String(), contentType: Type.String(), size: Type.Integer(), createdAt: Type.String() })),
  createdAt: Type.String(), updatedAt: Type.String(),
});
export type Credential = Static<typeof CredentialSchema>;

export const CredentialAlertSchema = Type.Object({
  credentialId: Type.String(), userId: Type.String(), clinicianName: Type.String(), kind: Type.String(), label: Type.String(), expiresOn: Type.String(), daysUntilExpiry: Type.Integer(),
});
export type CredentialAlert = Static<typeof CredentialAlertSchema>;

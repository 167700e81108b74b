/**
 * Shapes of the credentials routes (`/credentials`): a clinician's degrees, licences and
 * certifications, the owner's verification of them, and the documents attached to them. Days are
 * `YYYY-MM-DD`. The vocabularies (degree levels, professions, certification types, states) come
 * from @candor/clinical. Answers are the generated API types (schema.ts).
 */
import type { ResponseOf } from './schema';

export const CredentialKinds = ['degree', 'licence', 'certification'] as const;
export type CredentialKind = (typeof CredentialKinds)[number];

/** How the owner checked a credential; `other` needs a note saying how. */
export const VerificationMethods = ['primary-source-lookup', 'original-document', 'issuer-confirmation', 'other'] as const;
export type VerificationMethod = (typeof VerificationMethods)[number];

/** The file types a credential document may be, and the largest size the server accepts. */
export const DocumentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentType = (typeof DocumentTypes)[number];
export const DOCUMENT_MAX_BYTES = 600 * 1024;

/** `expiring`: within 90 days; `no-expiry`: no expiry date recorded. */
export type CredentialStatus = 'current' | 'expiring' | 'expired' | 'no-expiry';

/**
 * A credential. `type` is a degree level, a licensed profession or a certification type; `title` a
 * degree's field of study, a licence's name or an "other" certification's name; `jurisdiction` a
 * licence's state (USPS code); `daysUntilExpiry` counts from the practice's today (negative once
 * expired, null without an expiry date).
 */
export type Credential = ResponseOf<'/api/v1/credentials'>[number];

/** Who verified a credential, when and how. Changing a verified fact withdraws it. */
export type CredentialVerification = NonNullable<Credential['verification']>;

/** A document attached to a credential (`size` in bytes). */
export type CredentialDocument = Credential['documents'][number];

/** The facts of a credential a form can set; `null` clears one when editing. */
export interface CredentialFields {
  type?: string;
  title?: string | null;
  issuer?: string | null;
  jurisdiction?: string | null;
  number?: string | null;
  year?: number | null;
  issuedOn?: string | null;
  expiresOn?: string | null;
}

/** `POST /credentials`: for oneself, or (owners) for any clinician of the practice. */
export interface NewCredential extends CredentialFields {
  userId?: string;
  kind: CredentialKind;
  type: string;
}

/** `PATCH /credentials/:id`. */
export type CredentialPatch = CredentialFields;

/** `POST /credentials/:id/verification` (owners). */
export interface VerificationInput {
  method: VerificationMethod;
  note?: string;
}

/** `POST /credentials/:id/documents`: the file's bytes as base64. */
export interface NewCredentialDocument {
  filename: string;
  contentType: DocumentType;
  dataBase64: string;
}

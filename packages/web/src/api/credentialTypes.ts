/**
 * Shapes of the credentials routes (`/credentials`): a clinician's degrees, licences and
 * certifications, the owner's verification of them, and the documents attached to them. Days are
 * `YYYY-MM-DD`. The vocabularies (degree levels, professions, certification types, states) come
 * from @candor/clinical.
 */

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

/** Who verified a credential, when and how. Changing a verified fact withdraws it. */
export interface CredentialVerification {
  verifiedAt: string;
  verifiedBy: string;
  verifiedByName: string;
  method: VerificationMethod | string;
  note: string | null;
}

export interface CredentialDocument {
  id: string;
  filename: string;
  contentType: string;
  /** Bytes. */
  size: number;
  createdAt: string;
}

export interface Credential {
  id: string;
  userId: string;
  kind: CredentialKind;
  /** A degree level, a licensed profession or a certification type. */
  type: string;
  typeLabel: string;
  /** A degree's field of study; a licence's name; an "other" certification's name. */
  title: string | null;
  /** The institution or body that issued it. */
  issuer: string | null;
  /** A licence's state (USPS code). */
  jurisdiction: string | null;
  number: string | null;
  /** The year a degree was awarded. */
  year: number | null;
  issuedOn: string | null;
  expiresOn: string | null;
  status: CredentialStatus;
  /** Days from the practice's today to the expiry date; negative once expired, null without one. */
  daysUntilExpiry: number | null;
  verification: CredentialVerification | null;
  documents: CredentialDocument[];
  createdAt: string;
  updatedAt: string;
}

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

/**
 * Shapes of the second half of docs/api.md: relationships, consent documents and
 * e-signatures, and the history intake: the generated API types (schema.ts), named for the
 * components. The history itself is typed by @candor/clinical, whose schema the API uses.
 */
import type { BodyOf, ResponseOf } from './schema';

export const ConfidentialityPolicies = ['no-secrets', 'limited-secrets', 'individual-confidentiality'] as const;
export type ConfidentialityPolicy = (typeof ConfidentialityPolicies)[number];

export type Relationship = ResponseOf<'/api/v1/relationships/{id}'>;

export type NewRelationship = BodyOf<'/api/v1/relationships', 'post'>;

export type RelationshipInvitations = ResponseOf<'/api/v1/relationships/{id}/invitations', 'post'>;

/** Where a summary came from: which submitted version, and who filled it in (`client` or `clinician`). */
export type IntakeSource = NonNullable<ClientHistory['intake']>;

export type PartnerHistory = RelationshipHistory['partners'][number];

export type RelationshipHistory = ResponseOf<'/api/v1/relationships/{id}/history-summary'>;

export type ClientHistory = ResponseOf<'/api/v1/clients/{id}/history-summary'>;

/** What the client sees about their own relationships: partners' names only. */
export type PortalRelationship = ResponseOf<'/api/v1/portal/relationships'>[number];

// ---- Consent documents -----------------------------------------------------------

/** `hash` is the sha256 (hex) of the body as signed. */
export type ConsentVersion = ResponseOf<'/api/v1/consent-documents/{id}/versions', 'post'>;

export type ConsentDocument = ResponseOf<'/api/v1/consent-documents'>[number];

/** `versions` newest first. */
export type ConsentDocumentWithVersions = ResponseOf<'/api/v1/consent-documents/{id}'>;

export type ClientConsent = ResponseOf<'/api/v1/clients/{id}/consents'>[number];

export type PortalConsent = ResponseOf<'/api/v1/portal/consents'>[number];

export type ConsentSignature = ResponseOf<'/api/v1/portal/consents/{versionId}/signature', 'post'>;

// ---- The history intake ------------------------------------------------------------

export type IntakeProgress = Intake['progress'];

export type Intake = ResponseOf<'/api/v1/portal/intakes/{id}'>;

export type IntakeListItem = ResponseOf<'/api/v1/portal/intakes'>[number];

export type IntakeSaved = ResponseOf<'/api/v1/portal/intakes/{id}', 'put'>;

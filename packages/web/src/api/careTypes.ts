/**
 * Shapes of the second half of docs/api.md: relationships, consent documents and
 * e-signatures, and the history intake. The history itself is typed by @candor/clinical.
 */
import type { HistoryAnswers, HistorySummary } from '@candor/clinical';

export const ConfidentialityPolicies = ['no-secrets', 'limited-secrets', 'individual-confidentiality'] as const;
export type ConfidentialityPolicy = (typeof ConfidentialityPolicies)[number];

export interface Relationship {
  id: string;
  name: string | null;
  confidentialityPolicy: ConfidentialityPolicy;
  members: { clientId: string; displayName: string }[];
  clinicians: { id: string; displayName: string }[];
  createdAt: string;
}

export interface NewRelationship {
  name?: string;
  memberIds: string[];
  clinicianIds?: string[];
  confidentialityPolicy: ConfidentialityPolicy;
}

export interface RelationshipInvitations {
  invited: string[];
  skipped: { clientId: string; reason: string }[];
}

/** Where a summary came from: which submitted version, and who filled it in. */
export interface IntakeSource {
  id: string;
  version: number | null;
  submittedAt: string | null;
  completedBy: 'client' | 'clinician';
}

export interface PartnerHistory {
  client: { id: string; displayName: string };
  privateTo: { clientId: string; displayName: string };
  intake: IntakeSource | null;
  summary: HistorySummary | null;
}

export interface RelationshipHistory {
  relationship: Relationship;
  partners: PartnerHistory[];
}

export interface ClientHistory {
  intake: IntakeSource | null;
  summary: HistorySummary | null;
}

/** What the client sees about their own relationships: partners' names only. */
export interface PortalRelationship {
  id: string;
  name: string | null;
  confidentialityPolicy: ConfidentialityPolicy;
  partners: { displayName: string }[];
}

// ---- Consent documents -----------------------------------------------------------

export interface ConsentVersion {
  id: string;
  version: number;
  title: string;
  body: string;
  /** sha256 (hex) of the body as signed. */
  hash: string;
  createdAt: string;
}

export interface ConsentDocument {
  id: string;
  kind: string;
  title: string;
  appliesTo: 'everyone' | 'relationship';
  currentVersion: ConsentVersion;
}

export interface ConsentDocumentWithVersions extends ConsentDocument {
  /** Newest first. */
  versions: ConsentVersion[];
}

export interface ClientConsent {
  document: { id: string; kind: string; title: string };
  version: { id: string; version: number; hash: string };
  relationship: { id: string; name: string | null } | null;
  signature: { typedName: string; signedAt: string; ip: string | null; versionHash: string } | null;
}

export interface PortalConsent {
  versionId: string;
  documentId: string;
  kind: string;
  title: string;
  version: number;
  body: string;
  hash: string;
  relationship: { id: string; name: string | null } | null;
  signature: { typedName: string; signedAt: string } | null;
}

export interface ConsentSignature {
  typedName: string;
  signedAt: string;
  versionHash: string;
}

// ---- The history intake ------------------------------------------------------------

export interface IntakeProgress {
  completed: number;
  total: number;
}

export interface Intake {
  id: string;
  clientId: string;
  version: number | null;
  status: 'draft' | 'submitted';
  revision: number;
  completedBy: 'client' | 'clinician';
  completedByName: string;
  answers: HistoryAnswers;
  progress: IntakeProgress;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export interface IntakeListItem {
  id: string;
  version: number | null;
  status: 'draft' | 'submitted';
  completedBy: 'client' | 'clinician';
  progress: IntakeProgress;
  updatedAt: string;
  submittedAt: string | null;
}

export interface IntakeSaved {
  id: string;
  revision: number;
  progress: IntakeProgress;
  updatedAt: string;
}

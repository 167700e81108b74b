/**
 * Shapes of docs/api.md "Diagnoses (DSM-5-TR support)": the catalogue the form is built from,
 * findings, the server's evaluation of them, and recorded diagnoses.
 */
import type { CriterionStatus, DiagnosisId, ExclusionId, FrequencyId, SubstanceId, UseDisorderId } from '@candor/clinical';

export interface CatalogItem {
  id: string;
  label: string;
}

export type Course = 'lifelong' | 'acquired';
export type Context = 'generalized' | 'situational';
export type Severity = 'mild' | 'moderate' | 'severe';

/** One diagnosis as `GET /diagnoses/catalog` describes it. */
export interface CatalogEntry {
  id: DiagnosisId;
  label: string;
  icd10: string[];
  /** Criterion A: `required` of these must be present. */
  symptoms: { items: CatalogItem[]; required: number };
  /** Further findings that must all be present (recorded under `symptoms` too). */
  alsoRequired: CatalogItem[];
  frequencyRequired: boolean;
  durationMonths: number | null;
  distressRequired: boolean;
  exclusions: ExclusionId[];
  /** Only these specifiers may be recorded with this diagnosis. */
  specifiers: { course: Course[]; context: Context[]; severity: Severity[]; other: CatalogItem[] };
}

/** What the clinician has established; `null` or absent means not yet known. */
export interface Findings {
  symptoms?: Record<string, boolean | null>;
  durationMonths?: number | null;
  frequency?: FrequencyId | null;
  distress?: boolean | null;
  /** `true` means the problem is better explained that way (the exclusion applies). */
  exclusions?: Partial<Record<ExclusionId, boolean | null>>;
  substance?: SubstanceId | null;
  useDisorder?: UseDisorderId | null;
}

export interface CriterionResult {
  id: string;
  label: string;
  status: CriterionStatus;
  why: string;
}

export interface Evaluation {
  diagnosisId: DiagnosisId;
  criteria: CriterionResult[];
  canDiagnose: boolean;
  reasons: string[];
  /** Empty for substance/medication-induced until the substance and use disorder are given. */
  icd10: string;
  /** A medical referral still awaits its outcome, so a medical cause cannot yet be ruled out. */
  medicalReferralPending: boolean;
}

export const DiagnosisStatuses = ['provisional', 'confirmed', 'in-remission', 'resolved', 'ruled-out'] as const;
export type DiagnosisStatus = (typeof DiagnosisStatuses)[number];

export interface Specifiers {
  course?: Course;
  context?: Context;
  severity?: Severity;
  other?: string[];
}

export interface DiagnosisRecord {
  id: string;
  clientId: string;
  diagnosisId: DiagnosisId;
  label: string;
  icd10: string;
  specifiers: Specifiers;
  status: DiagnosisStatus;
  diagnosedOn: string;
  criteriaMet: boolean;
  overrideReason: string | null;
  evaluation: Evaluation;
  createdAt: string;
  updatedAt: string;
}

export interface NewDiagnosis {
  diagnosisId: DiagnosisId;
  findings: Findings;
  specifiers?: Specifiers;
  status: DiagnosisStatus;
  diagnosedOn: string;
  /** Needed when the criteria are not all met (and the status is not "ruled out"). */
  override?: { reason: string };
}

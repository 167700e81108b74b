/**
 * Shapes of docs/api.md "Diagnoses (DSM-5-TR support)": the catalogue the form is built from,
 * findings, the server's evaluation of them, and recorded diagnoses. Answers are the generated
 * API types (schema.ts); findings are typed by @candor/clinical's vocabularies.
 */
import type { DiagnosisId, ExclusionId, FrequencyId, SubstanceId, UseDisorderId } from '@candor/clinical';
import type { ResponseOf } from './schema';

export type CatalogItem = CatalogEntry['alsoRequired'][number];

export type Course = 'lifelong' | 'acquired';
export type Context = 'generalized' | 'situational';
export type Severity = 'mild' | 'moderate' | 'severe';

/** One diagnosis as `GET /diagnoses/catalog` describes it. */
export type CatalogEntry = ResponseOf<'/api/v1/diagnoses/catalog'>[number];

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

export type CriterionResult = Evaluation['criteria'][number];

export type Evaluation = ResponseOf<'/api/v1/clients/{id}/diagnoses/evaluate', 'post'>;

export const DiagnosisStatuses = ['provisional', 'confirmed', 'in-remission', 'resolved', 'ruled-out'] as const;
export type DiagnosisStatus = (typeof DiagnosisStatuses)[number];

export interface Specifiers {
  course?: Course;
  context?: Context;
  severity?: Severity;
  other?: string[];
}

export type DiagnosisRecord = ResponseOf<'/api/v1/clients/{id}/diagnoses'>[number];

export interface NewDiagnosis {
  diagnosisId: DiagnosisId;
  findings: Findings;
  specifiers?: Specifiers;
  status: DiagnosisStatus;
  diagnosedOn: string;
  /** Needed when the criteria are not all met (and the status is not "ruled out"). */
  override?: { reason: string };
}

import type { FREQUENCIES } from '../intake/kinds.js';

/**
 * The exclusions shared by the chapter's criteria sets (criterion D): the problem is not
 * better explained by a non-sexual mental disorder, severe relationship distress (including
 * partner violence) or other significant stressors, and not attributable to a substance or
 * medication or another medical condition. Labels are our own words.
 * Source: DSM-5-TR criteria skeleton, clinical-facts 1.0 [V2] (https://pmc.ncbi.nlm.nih.gov/articles/PMC9918233/figure/jcm-12-01112-f001 ;
 * https://medicalcriteria.com/web/sexual-dysfunction-women/).
 */
export const DIAGNOSIS_EXCLUSIONS = [
  { id: 'another-mental-disorder', label: 'Not better explained by a non-sexual mental disorder' },
  { id: 'severe-relationship-distress', label: 'Not better explained by severe relationship distress (including partner violence)' },
  { id: 'other-stressors', label: 'Not better explained by other significant stressors' },
  { id: 'substance-or-medication', label: 'Not attributable to a substance or medication' },
  { id: 'another-medical-condition', label: 'Not attributable to another medical condition' },
] as const;
export type ExclusionId = (typeof DIAGNOSIS_EXCLUSIONS)[number]['id'];

/** The intake's frequency bands; DSM-5-TR's "almost all or all occasions (about 75–100%)" is `almost-always`. */
export type FrequencyId = (typeof FREQUENCIES)[number]['id'];

export const DIAGNOSIS_IDS = [
  'delayed-ejaculation', 'erectile-disorder', 'female-orgasmic-disorder', 'female-sexual-interest-arousal-disorder',
  'genito-pelvic-pain-penetration-disorder', 'male-hypoactive-sexual-desire-disorder', 'premature-ejaculation',
  'substance-medication-induced-sexual-dysfunction', 'other-specified-sexual-dysfunction', 'unspecified-sexual-dysfunction',
] as const;
export type DiagnosisId = (typeof DIAGNOSIS_IDS)[number];

/** Substance classes with an ICD-10-CM "induced sexual dysfunction" code (F1x.x81). */
export const INDUCING_SUBSTANCES = [
  { id: 'alcohol', label: 'Alcohol', icdPrefix: 'F10' },
  { id: 'opioid', label: 'Opioid', icdPrefix: 'F11' },
  { id: 'sedative-hypnotic-anxiolytic', label: 'Sedative, hypnotic or anxiolytic', icdPrefix: 'F13' },
  { id: 'cocaine', label: 'Cocaine', icdPrefix: 'F14' },
  { id: 'amphetamine-or-other-stimulant', label: 'Amphetamine-type or other stimulant', icdPrefix: 'F15' },
  { id: 'other-or-unknown', label: 'Other or unknown substance (including most prescribed medicines)', icdPrefix: 'F19' },
] as const;
export type SubstanceId = (typeof INDUCING_SUBSTANCES)[number]['id'];

export const USE_DISORDERS = [
  { id: 'none', label: 'No use disorder', icdSuffix: '.981' },
  { id: 'mild', label: 'Mild use disorder', icdSuffix: '.181' },
  { id: 'moderate-or-severe', label: 'Moderate or severe use disorder', icdSuffix: '.281' },
] as const;
export type UseDisorderId = (typeof USE_DISORDERS)[number]['id'];

/** A criterion or symptom: an id to record findings against and our own short label. */
export interface CriterionItem {
  id: string;
  label: string;
}

/** Structured criteria for one diagnosis: counts, thresholds and enums, never the DSM text. */
export interface DiagnosisCriteria {
  id: DiagnosisId;
  label: string;
  /** The ICD-10-CM code(s) DSM-5-TR lists. */
  icd10: readonly string[];
  /** Criterion A: how many of these symptoms must be present. */
  symptoms: { items: readonly CriterionItem[]; required: number };
  /** Further findings that must all be present (recorded in `Findings.symptoms` under their ids). */
  alsoRequired: readonly CriterionItem[];
  /** The share of occasions the symptoms must occur on, where the criteria set one. */
  frequency: { required: 'almost-always'; note: string } | null;
  /** Minimum duration; `approximate` when the criteria say "about" 6 months (see evaluate.ts for how that is read). */
  duration: { months: number; approximate: boolean } | null;
  distressRequired: boolean;
  exclusions: readonly ExclusionId[];
  specifiers: {
    course: readonly ('lifelong' | 'acquired')[];
    context: readonly ('generalized' | 'situational')[];
    severity: { basis: 'distress' | 'ejaculatory-latency'; levels: readonly ('mild' | 'moderate' | 'severe')[] } | null;
    other: readonly CriterionItem[];
  };
  note?: string;
  source: string;
}

/** What the clinician has established; `null` or absent means not yet known. */
export interface Findings {
  symptoms?: Record<string, boolean | null>;
  durationMonths?: number | null;
  frequency?: FrequencyId | null;
  distress?: boolean | null;
  /** `true` means the exclusion applies: the problem is better explained that way. */
  exclusions?: Partial<Record<ExclusionId, boolean | null>>;
  /** A medical referral is still outstanding, so another medical condition cannot yet be ruled out. */
  medicalReferralPending?: boolean;
  /** Substance/medication-induced only: the substance and any use disorder, which choose the ICD-10-CM code. */
  substance?: SubstanceId | null;
  useDisorder?: UseDisorderId | null;
}

export type CriterionStatus = 'met' | 'unmet' | 'unknown';

export interface CriteriaEvaluation {
  diagnosisId: DiagnosisId;
  criteria: { id: string; label: string; status: CriterionStatus; why: string }[];
  /** True only when every criterion is met. */
  canDiagnose: boolean;
  /** Why not, in plain language: one line per criterion that is unmet or unknown. */
  reasons: string[];
  /** The code to record; empty for substance/medication-induced until the substance and use disorder are given. */
  icd10: string;
}

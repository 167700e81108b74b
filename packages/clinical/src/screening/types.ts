import type { ConcernKind, LIFE_CHANGE_KINDS } from '../intake/kinds.js';

/** Who a suggestion points the clinician towards. */
export const SPECIALTIES = [
  'primary-care', 'cardiology', 'urology', 'gynecology', 'pelvic-floor-physical-therapy', 'endocrinology',
  'psychiatry', 'prescriber', 'emergency', 'crisis-services',
] as const;
export type Specialty = (typeof SPECIALTIES)[number];

/** How soon, most urgent last; suggestions are sorted most urgent first. */
export const URGENCIES = ['routine', 'soon', 'urgent', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * What made a rule fire: the answer's dotted path in the history (`medications.0`,
 * `concerns.1.inOwnWords`; `context.ageYears` for the age passed in) and what the client wrote.
 */
export interface Evidence {
  path: string;
  text: string;
}

/** One suggested conversation or referral, for the clinician to weigh; never a diagnosis or an instruction. */
export interface ReferralSuggestion {
  ruleId: string;
  specialty: Specialty;
  urgency: Urgency;
  /** Plain language for the clinician. */
  reason: string;
  evidence: Evidence[];
  /** The citation the rule rests on. */
  source: string;
}

export interface ScreeningResult {
  suggestions: ReferralSuggestion[];
  /** Medicine and supplement names no class matched, kept exactly as written. */
  unrecognisedMedicines: { path: string; name: string }[];
}

export interface ScreeningContext {
  ageYears?: number | null;
  sexAssignedAtBirth?: string | null;
  /** A clinician's mapping of an unrecognised (normalised) medicine name to a medicine class id. */
  medicineAliases?: Record<string, string>;
}

/**
 * Which bodies a rule or trigger is about, read from sex assigned at birth: `male` only when
 * recorded as male; `not-male` and `not-female` also include unrecorded, intersex and
 * prefer-not-to-say, so an unknown answer errs towards suggesting the referral.
 */
export type SexFilter = 'male' | 'not-male' | 'not-female';

type LifeChangeKind = (typeof LIFE_CHANGE_KINDS)[number]['id'];

/** One thing a rule looks for in the history. */
export type Trigger =
  | { kind: 'concern'; concerns: readonly ConcernKind[]; onsetSpeed?: 'sudden'; sex?: SexFilter }
  | { kind: 'medicine'; classes: readonly string[] }
  | { kind: 'condition'; conditions: readonly string[] }
  | { kind: 'life-change'; changes: readonly LifeChangeKind[] }
  /** Phrases (normalised, matched on word boundaries) and patterns (on the lower-cased text) in free text. */
  | { kind: 'narrative'; phrases: readonly string[]; patterns?: readonly RegExp[] }
  | { kind: 'tobacco-current' }
  | { kind: 'age-over'; years: number }
  | { kind: 'feels-unsafe' };

/**
 * A screening rule as data: it fires when every group in `allOf` has at least one matching
 * trigger (and nothing in `noneOf` matches); the evidence is everything that matched.
 */
export interface ScreeningRule {
  id: string;
  specialty: Specialty;
  urgency: Urgency;
  reason: string;
  source: string;
  sex?: SexFilter;
  allOf: readonly (readonly Trigger[])[];
  noneOf?: readonly Trigger[];
}

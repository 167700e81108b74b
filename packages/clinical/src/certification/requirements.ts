/**
 * AASECT certification requirements as versioned data: the association revises them, and an applicant is held to
 * the version in force when they sign their supervision contract (clinical-facts §5.1 [V],
 * https://www.aasect.org/aasect-requirements-sex-therapist-certification). A new version is a new constant added to
 * the front of its list; old versions stay so a clinician's progress is always measured against their own version.
 *
 * Every number here is from /work/shared/reference/clinical-facts.md §5, with the address and confidence tag the
 * facts file gives, cited beside it. Rules the facts file only supports with a low-authority source [S], or where
 * it contradicts itself, are left out and the reason is noted where they would go.
 */
import type { CeCategory, CertificationType, DegreeLevel, LicensedProfession } from './vocabularies.js';

// Sources, exactly as clinical-facts.md §5 gives them.
/** AASECT's CST requirements page (version 2025.T.1): degree, experience, licence, core-knowledge hours. */
const AASECT_CST_REQUIREMENTS = 'https://www.aasect.org/certification/aasect-requirements-sex-therapist-certification';
/** The earlier address of the same page: versioning, membership, and the version-at-contract rule. */
const AASECT_CST_REQUIREMENTS_EARLIER = 'https://www.aasect.org/aasect-requirements-sex-therapist-certification';
/** AASECT certification committee update: sex-therapy didactic hours from supervisors, telehealth, supervision, renewal. */
const AASECT_COMMITTEE_UPDATE = 'https://cs.aasect.org/content/certification-committee-update-0';
/** A blog copy of the AASECT CST page [S]. The facts file gives this address truncated, as here. */
const AASECT_PAGE_BLOG_COPY = 'https://gossippretoria.blogspot.com/2017/02/...';
/** Widener University's summary of AASECT requirements [V]. The facts file gives this address truncated, as here. */
const WIDENER_SUMMARY = 'https://www.widener.edu/...';
/** AASECT renewal criteria and policies: the 3-year cycle. */
const AASECT_RENEWAL = 'https://www.aasect.org/certification/certification-renewal-criteria-and-policies';
/** The print version of the renewal page (renewal version 2025.R.1): 20 credits and the alternative route. */
const AASECT_RENEWAL_PRINT = 'https://www.aasect.org/print/certification/certification-renewal-criteria-and-policies';

/** Which hours a cap limits. Education: `delivery`, `providedBySupervisor`; clinical: `modality`; supervision: `format`. */
export type CapSelector = { delivery: 'online' } | { modality: 'telehealth' } | { format: 'group' } | { providedBySupervisor: true };

/** At most `max` of a requirement's hours may be of the kind `applies` selects. */
export interface HourCap {
  id: string;
  label: string;
  max: number;
  applies: CapSelector;
}

/** Which logged activities count toward an hour requirement. */
export type HourCounting =
  | { kind: 'education'; categories: readonly CeCategory[] }
  | { kind: 'clinical' }
  /** Supervision received (never provided), confirmed by the supervisor, with an AASECT Certified Supervisor. */
  | { kind: 'supervision'; requireConfirmed: true; requireCertifiedSupervisor: true };

export interface HourRequirement {
  /** Stable kebab-case id, e.g. 'core-knowledge' (the training catalogue's `counts_toward` uses these). */
  id: string;
  label: string;
  /** Clock hours required. */
  required: number;
  counts: HourCounting;
  caps: readonly HourCap[];
  /** The address backing the figures. */
  source: string;
}

/** One way to meet the degree-and-experience rule: a degree of this level and this many years since it. */
export interface DegreeExperienceOption {
  degree: DegreeLevel;
  minYearsAfterDegree: number;
}

export interface RequirementSet {
  /** The track, e.g. 'aasect-cst'; with `version` it names one set. */
  id: string;
  certification: CertificationType;
  /** AASECT's version label, e.g. '2025.T.1'. */
  version: string;
  title: string;
  /** ISO 8601 date at the precision the source gives (here a month: the facts give no day). */
  effectiveFrom: string;
  hourRequirements: readonly HourRequirement[];
  /** Met by any one option. */
  degreeExperience: { anyOf: readonly DegreeExperienceOption[]; source: string };
  /** A current licence in one of these professions. */
  licence: { professions: readonly LicensedProfession[]; source: string };
  sources: readonly string[];
}

/** Freezes data and everything inside it, so a shared requirement set cannot be changed by a caller. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * AASECT Certified Sex Therapist, requirements version 2025.T.1 (clinical-facts §5.1). The page was reformatted in
 * May 2025 with the requirements unchanged [V] (AASECT_CST_REQUIREMENTS_EARLIER); the facts give no day, so
 * `effectiveFrom` is the month.
 *
 * Not encoded here (they are not hour, degree or licence rules, or the platform holds no data for them): AASECT
 * membership throughout supervision and agreement to the Code of Conduct [V]; the $300 application fee [V];
 * that telehealth clinical hours must be by video or phone with clients in jurisdictions where the supervisee is
 * licensed [V] (AASECT_COMMITTEE_UPDATE) — the log records only the modality, so the clinician attests to this.
 */
export const AASECT_CST_2025_T_1: RequirementSet = deepFreeze({
  id: 'aasect-cst',
  certification: 'aasect-cst',
  version: '2025.T.1',
  title: 'AASECT Certified Sex Therapist (requirements 2025.T.1)',
  effectiveFrom: '2025-05',
  hourRequirements: [
    // 90 clock hours of human sexuality core knowledge, up to 75 of them eLearning [V] AASECT_CST_REQUIREMENTS.
    // Not encoded: "at least 3 hours per core area". Its only source in the facts file is a low-authority page
    // (http://blountanimalwellness.org/... [S]), and the log does not record core areas.
    {
      id: 'core-knowledge',
      label: 'Human sexuality core knowledge',
      required: 90,
      counts: { kind: 'education', categories: ['core-knowledge'] },
      caps: [{ id: 'online', label: 'eLearning (online) hours', max: 75, applies: { delivery: 'online' } }],
      source: AASECT_CST_REQUIREMENTS,
    },
    // 60 hours of sex-therapy-specific training, up to 30 of them eLearning: the facts file tags the line [V] but
    // the address it gives for these two figures is a blog copy of the AASECT page (AASECT_PAGE_BLOG_COPY [S]).
    // Supervisors may give up to 5 didactic hours that count toward the 60, effective 2018-01-01 [V]
    // AASECT_COMMITTEE_UPDATE.
    {
      id: 'sex-therapy',
      label: 'Sex-therapy training',
      required: 60,
      counts: { kind: 'education', categories: ['sex-therapy'] },
      caps: [
        { id: 'online', label: 'eLearning (online) hours', max: 30, applies: { delivery: 'online' } },
        { id: 'provided-by-supervisor', label: 'Didactic hours given by your supervisor', max: 5, applies: { providedBySupervisor: true } },
      ],
      source: AASECT_COMMITTEE_UPDATE,
    },
    // At least 10 hours of Sexual Attitude Reassessment, preferably AASECT-sponsored or approved (a preference, so
    // approval is not required here): AASECT_PAGE_BLOG_COPY [S]; WIDENER_SUMMARY [V].
    {
      id: 'sar',
      label: 'Sexual attitude reassessment (SAR)',
      required: 10,
      counts: { kind: 'education', categories: ['sar'] },
      caps: [],
      source: WIDENER_SUMMARY,
    },
    // 300 clinical sex-therapy hours, up to 150 by secure telehealth [V] AASECT_COMMITTEE_UPDATE.
    {
      id: 'clinical',
      label: 'Clinical sex-therapy hours',
      required: 300,
      counts: { kind: 'clinical' },
      caps: [{ id: 'telehealth', label: 'Telehealth hours', max: 150, applies: { modality: 'telehealth' } }],
      source: AASECT_COMMITTEE_UPDATE,
    },
    // 50 hours of supervision with an AASECT Certified Supervisor, up to half (25) in small approved groups [V]
    // AASECT_COMMITTEE_UPDATE (also http://piglix.com/piglix/Certified_Sex_Therapist; https://drethanschwab.com/choosing-qualified-sex-therapist [S]).
    // Only hours the supervisor has confirmed count: until then they are the applicant's own claim.
    {
      id: 'supervision',
      label: 'Supervision with an AASECT Certified Supervisor',
      required: 50,
      counts: { kind: 'supervision', requireConfirmed: true, requireCertifiedSupervisor: true },
      caps: [{ id: 'group', label: 'Group supervision hours', max: 25, applies: { format: 'group' } }],
      source: AASECT_COMMITTEE_UPDATE,
    },
  ],
  // A master's degree and 2 years of post-degree clinical experience, or a doctorate and 1 year [V] AASECT_CST_REQUIREMENTS.
  degreeExperience: {
    anyOf: [
      { degree: 'master', minYearsAfterDegree: 2 },
      { degree: 'doctorate', minYearsAfterDegree: 1 },
    ],
    source: AASECT_CST_REQUIREMENTS,
  },
  // A valid state licence or certificate to practise psychotherapy independently in one of these professions [V].
  licence: {
    professions: ['psychology', 'medicine', 'social-work', 'counseling', 'nursing', 'marriage-family-therapy'],
    source: AASECT_CST_REQUIREMENTS,
  },
  sources: [AASECT_CST_REQUIREMENTS, AASECT_CST_REQUIREMENTS_EARLIER, AASECT_COMMITTEE_UPDATE, AASECT_PAGE_BLOG_COPY, WIDENER_SUMMARY],
} satisfies RequirementSet);

/** Every requirement set, newest version first within each track. */
export const REQUIREMENT_SETS: readonly RequirementSet[] = Object.freeze([AASECT_CST_2025_T_1]);

/** The requirement set for a track (e.g. 'aasect-cst'): the given version, or the newest; undefined when there is none. */
export function requirementSet(id: string, version?: string): RequirementSet | undefined {
  return REQUIREMENT_SETS.find((set) => set.id === id && (version === undefined || set.version === version));
}

/** The other ways to earn renewal credits, each capped on the alternative route. */
export type RenewalMethodId = 'non-aasect-ce' | 'supervision-received' | 'supervision-provided';

export interface RenewalCreditMethod {
  id: RenewalMethodId;
  label: string;
  /** Hours for one credit (2 means half value). */
  hoursPerCredit: number;
  /** Most credits this method can give in a cycle. */
  maxCredits: number;
  source: string;
}

export interface RenewalRequirementSet {
  id: string;
  version: string;
  title: string;
  /** The facts give no date for this version. */
  effectiveFrom: string | null;
  appliesTo: readonly CertificationType[];
  /** Length of a renewal cycle. */
  cycleYears: number;
  /** Credits needed per cycle. */
  requiredCredits: number;
  /** AASECT-sponsored or approved sexuality CE: hours per credit. */
  aasectHoursPerCredit: number;
  /** The alternative route: at least this many AASECT credits, the rest by the capped methods. */
  alternative: { minAasectCredits: number; methods: readonly RenewalCreditMethod[] };
  sources: readonly string[];
}

/**
 * AASECT renewal, version 2025.R.1, for all AASECT certifications (clinical-facts §5.4).
 * - Every 3 years [V] AASECT_RENEWAL; 20 AASECT CE credits per cycle, all sexuality-related [V] AASECT_RENEWAL_PRINT.
 * - Alternative route: 5 AASECT-sponsored or approved credits plus 15 by other methods, at most 5 credits per
 *   method [V] AASECT_RENEWAL_PRINT; AASECT_COMMITTEE_UPDATE.
 * - One AASECT CE hour is one credit: the facts state it only through the half-value rule ("2 non-AASECT =
 *   1 AASECT"), which equates hours of CE with AASECT credits.
 * - Supervision with an AASECT Certified Supervisor: 1 hour = 1 credit [V].
 * - Supervisors providing supervision: the facts name the method but give no rate. 1 hour = 1 credit (as for
 *   supervision received) is our assumption [K]: check it against the renewal page before relying on it.
 * - Teaching (CSEs) is left out: the facts file says CSEs may count teaching "up to 15 h", which conflicts with its
 *   own "at most 5 credits per method", and gives no hours-to-credit rate. It needs checking at the source.
 * - Not encoded: membership must stay current (a lapse lapses the certification), the 10% random audit, and
 *   submitting at least 6 weeks before expiry [V] AASECT_RENEWAL.
 */
export const AASECT_RENEWAL_2025_R_1: RenewalRequirementSet = deepFreeze({
  id: 'aasect-renewal',
  version: '2025.R.1',
  title: 'AASECT certification renewal (2025.R.1)',
  effectiveFrom: null,
  appliesTo: ['aasect-cst', 'aasect-cse', 'aasect-csc', 'aasect-supervisor'],
  cycleYears: 3,
  requiredCredits: 20,
  aasectHoursPerCredit: 1,
  alternative: {
    minAasectCredits: 5,
    methods: [
      { id: 'non-aasect-ce', label: 'Sexuality CE not approved by AASECT (half value)', hoursPerCredit: 2, maxCredits: 5, source: AASECT_RENEWAL_PRINT },
      { id: 'supervision-received', label: 'Supervision received from an AASECT Certified Supervisor', hoursPerCredit: 1, maxCredits: 5, source: AASECT_RENEWAL_PRINT },
      { id: 'supervision-provided', label: 'Supervision provided as a supervisor', hoursPerCredit: 1, maxCredits: 5, source: AASECT_RENEWAL_PRINT },
    ],
  },
  sources: [AASECT_RENEWAL, AASECT_RENEWAL_PRINT, AASECT_COMMITTEE_UPDATE],
} satisfies RenewalRequirementSet);

/** Every renewal requirement set, newest first. */
export const RENEWAL_REQUIREMENT_SETS: readonly RenewalRequirementSet[] = Object.freeze([AASECT_RENEWAL_2025_R_1]);

/** The renewal set with this version, or the newest; undefined when there is none. */
export function renewalRequirementSet(version?: string): RenewalRequirementSet | undefined {
  return RENEWAL_REQUIREMENT_SETS.find((set) => version === undefined || set.version === version);
}

/**
 * US CPT code suggestions for psychotherapy sessions, and the place of service and modifier for telehealth.
 * Everything here is from /work/shared/reference/clinical-facts.md §6; the sources are cited beside each fact.
 * These are suggestions for the clinician to confirm: payers differ, and each payer's current policy wins.
 *
 * Time bands: https://www.apaservices.org/practice/reimbursement/health-codes/psychotherapy [V]. They follow the
 * CPT time rule (a unit is met once the midpoint is passed): https://www.kohlerhealthcareconsulting.com/using_time_to_code_e_m.html [V].
 * A fractional duration is never rounded up into the next band (37.9 minutes is still 90832).
 */

export type CptCode = '90791' | '90832' | '90834' | '90837' | '90846' | '90847' | '90853';

export interface CptCodeInfo {
  code: CptCode;
  description: string;
  /** Whether the code depends on the session's length. */
  timed: boolean;
}

export const CPT_CODES: readonly CptCodeInfo[] = Object.freeze(([
  // https://www.empr.com/home/features/2013-cpt-billing-code-changes-for-psychiatry/ [V]; openpayer (BCBS Illinois) [V]
  {
    code: '90791', timed: false,
    description: 'Psychiatric diagnostic evaluation without medical services. Untimed; usually once at the start of care, and repeated only after a long break.',
  },
  // APA Services [V]
  { code: '90832', timed: true, description: 'Psychotherapy, 30 minutes (16–37 minutes).' },
  { code: '90834', timed: true, description: 'Psychotherapy, 45 minutes (38–52 minutes).' },
  { code: '90837', timed: true, description: 'Psychotherapy, 60 minutes (53 minutes or more).' },
  { code: '90846', timed: true, description: 'Family or couple psychotherapy without the patient present, 50 minutes (26 minutes or more).' },
  // APA Services [V]; the usual code for couples sex therapy, one claim per session.
  { code: '90847', timed: true, description: 'Family or couple (conjoint) psychotherapy with the patient present, 50 minutes (26 minutes or more).' },
  { code: '90853', timed: false, description: 'Group psychotherapy (other than of a multiple-family group). Untimed, billed per patient.' },
] satisfies CptCodeInfo[]).map((info) => Object.freeze(info)));

/** The kinds of appointment a code can be suggested for. 'family-group' is billed as group psychotherapy (90853). */
export type AppointmentKindForBilling = 'intake' | 'individual' | 'joint' | 'family-group';

export type CptSuggestion = { code: CptCode; reason: string } | { code: null; reason: string };

/** APA Services [V]: lower bounds of the psychotherapy time bands, in minutes. */
const PSYCHOTHERAPY_30_FROM = 16;
const PSYCHOTHERAPY_45_FROM = 38;
const PSYCHOTHERAPY_60_FROM = 53;
/** APA Services [V]: 90846 and 90847 need at least 26 minutes. */
const FAMILY_FROM = 26;

/**
 * Suggests the code for a session: intake → 90791 (untimed); individual → by minutes: <16 → null (not billable as
 * psychotherapy), 16–37 → 90832, 38–52 → 90834, ≥53 → 90837; joint → 90847 when the identified client is present
 * (≥26 min, else null), 90846 when `clientPresent === false` (≥26 min); family-group → 90853 (untimed).
 * Throws a RangeError when `minutes` is negative or not a finite number.
 */
export function suggestCpt(input: { kind: AppointmentKindForBilling; minutes: number; clientPresent?: boolean }): CptSuggestion {
  const { kind, minutes } = input;
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Session length must be a number of minutes of 0 or more; got ${String(minutes)}.`);
  }
  switch (kind) {
    case 'intake':
      return { code: '90791', reason: 'Diagnostic evaluation at intake: 90791 is untimed, usually once at the start of care.' };
    case 'individual':
      if (minutes < PSYCHOTHERAPY_30_FROM) {
        return { code: null, reason: `${minutes} minutes is under the 16 minutes needed to bill psychotherapy.` };
      }
      if (minutes < PSYCHOTHERAPY_45_FROM) return { code: '90832', reason: `${minutes} minutes of psychotherapy falls in the 16–37 minute band.` };
      if (minutes < PSYCHOTHERAPY_60_FROM) return { code: '90834', reason: `${minutes} minutes of psychotherapy falls in the 38–52 minute band.` };
      return { code: '90837', reason: `${minutes} minutes of psychotherapy is 53 minutes or more.` };
    case 'joint': {
      const present = input.clientPresent !== false;
      const code = present ? '90847' : '90846';
      const who = present ? 'with the identified client present' : 'without the identified client present';
      if (minutes < FAMILY_FROM) {
        return { code: null, reason: `${minutes} minutes is under the 26 minutes needed to bill ${code} (couple or family psychotherapy ${who}).` };
      }
      return { code, reason: `Couple or family psychotherapy ${who}, ${minutes} minutes (26 minutes or more).` };
    }
    case 'family-group':
      return { code: '90853', reason: 'Group psychotherapy: 90853 is untimed and billed per patient.' };
  }
}

/**
 * Place-of-service codes for a psychotherapy practice. POS 02 and 10 for telehealth (since 2022):
 * https://nationaltelehealthauthority.com/telehealth-billing-and-coding.html [V].
 */
export const PLACES_OF_SERVICE: Readonly<{ '02': 'Telehealth provided other than in patient’s home'; '10': 'Telehealth provided in patient’s home'; '11': 'Office' }> =
  Object.freeze({
    '02': 'Telehealth provided other than in patient’s home',
    '10': 'Telehealth provided in patient’s home',
    '11': 'Office',
  } as const);

export type PlaceOfService = keyof typeof PLACES_OF_SERVICE;

export type TelehealthModifier = '95' | 'GT' | 'FQ' | '93';

export interface TelehealthModifierInfo {
  modifier: TelehealthModifier;
  description: string;
}

/**
 * Telehealth modifiers, none applied by default. Medicare FFS since 2024 bills telehealth by POS 02/10; modifier 95 only
 * when the clinician is hospital-based and the patient at home (and for outpatient PT/OT/SLP), and "office POS +
 * modifier 95" ended 12/31/2023: https://www.ngsmedicare.com/web/ngs/news-article-details?selectedArticleId=10638446 [V].
 * Some Medicaid and commercial plans still want 95 or GT (e.g. a payer table shows UHC and Aetna using POS 02 + 95):
 * https://www.altair-health.com/docs/specialties/telehealth/telehealth-modifiers [S]; https://skitamix.3cx.eu/hottest/gq [S].
 * The wording of each modifier's meaning below is background knowledge [K].
 */
export const TELEHEALTH_MODIFIERS: readonly TelehealthModifierInfo[] = Object.freeze(([
  {
    modifier: '95',
    description: 'Synchronous telemedicine by real-time audio and video. Medicare since 2024: only for hospital-based clinicians with the patient at home; some Medicaid and commercial payers still require it.',
  },
  {
    modifier: 'GT',
    description: 'Legacy telehealth modifier (interactive audio and video). Medicare now limits it to Critical Access Hospital Method II billing; some Medicaid and commercial plans still require it.',
  },
  { modifier: 'FQ', description: 'Service furnished using audio-only communication technology.' },
  { modifier: '93', description: 'Synchronous telemedicine by telephone or other real-time audio-only communication.' },
] satisfies TelehealthModifierInfo[]).map((info) => Object.freeze(info)));

/**
 * Telehealth default: POS 10 when the client is at home, 02 otherwise (including when it is not known); in person: 11.
 * The modifier is null by default, as Medicare since 2024 uses POS only (NGS, above); some payers want 95
 * (altair-health payer table [S]), which the clinician adds per payer.
 */
export function suggestPlaceOfService(input: { modality: 'in-person' | 'video'; clientAtHome?: boolean }): { placeOfService: '02' | '10' | '11'; modifier: null } {
  if (input.modality === 'in-person') return { placeOfService: '11', modifier: null };
  return { placeOfService: input.clientAtHome === true ? '10' : '02', modifier: null };
}

const KINDS_FOR_CODE: Readonly<Record<CptCode, readonly AppointmentKindForBilling[]>> = Object.freeze({
  '90791': ['intake', 'individual', 'joint', 'family-group'],
  '90832': ['individual', 'intake'],
  '90834': ['individual', 'intake'],
  '90837': ['individual', 'intake'],
  '90846': ['joint', 'family-group'],
  '90847': ['joint', 'family-group'],
  '90853': ['family-group'],
});

/**
 * Whether a code may be used for a kind of appointment: 90791 for any; 90832/90834/90837 for individual or intake;
 * 90846/90847 for joint or family-group; 90853 for family-group only.
 */
export function isValidCptForKind(code: CptCode, kind: AppointmentKindForBilling): boolean {
  return KINDS_FOR_CODE[code]?.includes(kind) ?? false;
}

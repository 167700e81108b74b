/**
 * Progress toward a certification's requirements and toward renewal, from the clinician's activity log and
 * credentials. Pure arithmetic over the requirement sets (requirements.ts): no I/O and no clock (the caller passes
 * `today`).
 *
 * Hours are whole quarter hours. Internally they are integer eighths of an hour, so sums and caps are exact
 * (0.1 + 0.2 drift cannot happen) and the half-value renewal rate stays whole; results convert back to hours and
 * credits, which are exact binary fractions.
 */
import type { CapSelector, HourCap, HourRequirement, RenewalCreditMethod, RenewalMethodId, RenewalRequirementSet, RequirementSet } from './requirements.js';
import { CE_CATEGORIES, DEGREE_LEVELS, LICENSED_PROFESSIONS, type CeCategory, type DegreeLevel, type LicensedProfession } from './vocabularies.js';

/** Thrown for input the arithmetic cannot use. `field` names the offending field; `entryId` the log entry, if any. */
export class CertificationInputError extends Error {
  constructor(readonly field: string, message: string, readonly entryId: string | null = null) {
    super(message);
    this.name = 'CertificationInputError';
  }
}

/** One row of the activity log, as the server stores it (its minutes converted to hours). Dates are YYYY-MM-DD. */
export type ActivityEntry =
  | {
    id: string; kind: 'education'; date: string; hours: number; category: CeCategory; delivery: 'online' | 'in-person';
    aasectApproved: boolean; providedBySupervisor: boolean;
  }
  | { id: string; kind: 'clinical'; date: string; hours: number; modality: 'in-person' | 'telehealth' }
  | {
    id: string; kind: 'supervision'; date: string; hours: number; format: 'individual' | 'group'; supervisorCertified: boolean;
    confirmed: boolean; role: 'received' | 'provided';
  };

/** The clinician's credentials that the non-hour rules read, and the date to measure against. */
export interface CertificationFacts {
  today: string;
  degrees: readonly { level: DegreeLevel; year: number }[];
  licences: readonly { profession: LicensedProfession; expiresOn: string | null; verified: boolean }[];
  /** When post-degree clinical experience began, if known; it can only shorten the experience counted. */
  clinicalExperienceStartedOn?: string | null;
}

export interface CapProgress {
  id: string;
  label: string;
  max: number;
  /** Eligible hours of the kind the cap limits. */
  logged: number;
  /** Of those, the hours that counted. */
  counted: number;
  /** Hours over the cap: max(0, logged − max). */
  excess: number;
}

export interface HourRequirementProgress {
  id: string;
  label: string;
  required: number;
  /** Every eligible hour dated on or before today, before caps. */
  logged: number;
  /** Hours that count after the caps; never more than `logged`. */
  counted: number;
  /** max(0, required − counted). */
  remaining: number;
  met: boolean;
  capsApplied: CapProgress[];
  /** Supervision hours that would count once the supervisor confirms them (0 for other requirements). */
  pendingConfirmation: number;
  /** Hours that would be eligible but are dated after today, so do not count yet. */
  futureDated: number;
  source: string;
}

export interface CertificationProgress {
  setId: string;
  version: string;
  hourRequirements: HourRequirementProgress[];
  degreeExperience: { met: boolean; detail: string };
  /** `verified` is true only when a current, qualifying licence has been verified. */
  licence: { met: boolean; verified: boolean; detail: string };
  /** Every hour requirement, the degree-and-experience rule and the licence rule are met. */
  complete: boolean;
}

export interface RenewalMethodProgress {
  id: RenewalMethodId;
  label: string;
  /** Eligible hours in the cycle. */
  loggedHours: number;
  /** Credits after the method's cap. */
  credits: number;
  maxCredits: number;
  /** The hours were worth more credits than the cap allows. */
  capped: boolean;
}

export interface RenewalProgress {
  /** Credits from AASECT-sponsored or approved sexuality CE. */
  aasectCredits: number;
  otherCredits: { nonAasectCe: RenewalMethodProgress; supervisionReceived: RenewalMethodProgress; supervisionProvided: RenewalMethodProgress };
  /**
   * AASECT credits plus the capped credits of the other methods. The other methods only count on the alternative
   * route, so `met` also needs its minimum of AASECT credits; with three methods of 5 each, fewer than 5 AASECT
   * credits can never reach 20 anyway.
   */
  totalCredits: number;
  required: number;
  met: boolean;
  /** 'standard' when AASECT credits alone meet the requirement; 'alternative' when the other methods are needed; null when not met. */
  route: 'standard' | 'alternative' | null;
  /** The fewest further AASECT credits that would meet the requirement (0 when met). */
  shortBy: number;
  /** Supervision hours received in the cycle that would count once the supervisor confirms them. */
  pendingConfirmationHours: number;
}

/** Internal unit: one eighth of an hour. Quarter hours are 2 units, and half a quarter hour (half-value CE) is 1. */
const UNITS_PER_HOUR = 8;
/** One entry may be a whole course or a month's clinical total; more than this is a typing slip. */
export const MAX_HOURS_PER_ENTRY = 200;
const toHours = (units: number): number => units / UNITS_PER_HOUR;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const CE_CATEGORY_IDS: ReadonlySet<string> = new Set(CE_CATEGORIES.map((c) => c.id));

/** Throws unless `value` is a real calendar date written YYYY-MM-DD. */
function requireDate(value: unknown, field: string, entryId: string | null = null): string {
  const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string;
  }
  throw new CertificationInputError(field, `${field} must be a date written YYYY-MM-DD; got ${JSON.stringify(value)}.`, entryId);
}

/** Throws unless `hours` is more than 0, at most 24 and a whole number of quarter hours; returns it in units. */
function requireHours(hours: unknown, entryId: string | null): number {
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0 || hours > MAX_HOURS_PER_ENTRY || !Number.isInteger(hours * 4)) {
    throw new CertificationInputError(
      'hours', `hours must be more than 0, at most ${MAX_HOURS_PER_ENTRY} and a multiple of 0.25; got ${String(hours)}.`, entryId,
    );
  }
  return hours * UNITS_PER_HOUR;
}

/** An entry checked once, with its hours in units. */
type CheckedEntry = ActivityEntry & { units: number };

/** Checks every entry (dates, hours, kind, CE category), whether or not it will count. */
function checkEntries(entries: readonly ActivityEntry[]): CheckedEntry[] {
  return entries.map((entry) => {
    const id = typeof entry.id === 'string' ? entry.id : null;
    if (entry.kind !== 'education' && entry.kind !== 'clinical' && entry.kind !== 'supervision') {
      throw new CertificationInputError('kind', `kind must be education, clinical or supervision; got ${JSON.stringify((entry as { kind: unknown }).kind)}.`, id);
    }
    requireDate(entry.date, 'date', id);
    if (entry.kind === 'education' && !CE_CATEGORY_IDS.has(entry.category)) {
      throw new CertificationInputError('category', `category must be one of ${[...CE_CATEGORY_IDS].join(', ')}; got ${JSON.stringify(entry.category)}.`, id);
    }
    return { ...entry, units: requireHours(entry.hours, id) };
  });
}

/** Whether an entry is the kind of hour a requirement counts (ignoring dates and confirmation). */
function isEligible(entry: ActivityEntry, requirement: HourRequirement): boolean {
  const rule = requirement.counts;
  switch (rule.kind) {
    case 'education':
      return entry.kind === 'education' && rule.categories.includes(entry.category);
    case 'clinical':
      return entry.kind === 'clinical';
    case 'supervision':
      // Supervision the clinician provided never counts toward their own supervision requirement.
      return entry.kind === 'supervision' && entry.role === 'received' && (!rule.requireCertifiedSupervisor || entry.supervisorCertified);
  }
}

/** Whether a supervision entry still waits for its supervisor's confirmation under this requirement. */
function awaitsConfirmation(entry: ActivityEntry, requirement: HourRequirement): boolean {
  return requirement.counts.kind === 'supervision' && requirement.counts.requireConfirmed && entry.kind === 'supervision' && !entry.confirmed;
}

function capApplies(selector: CapSelector, entry: ActivityEntry): boolean {
  if ('delivery' in selector) return entry.kind === 'education' && entry.delivery === selector.delivery;
  if ('modality' in selector) return entry.kind === 'clinical' && entry.modality === selector.modality;
  if ('format' in selector) return entry.kind === 'supervision' && entry.format === selector.format;
  return entry.kind === 'education' && entry.providedBySupervisor === selector.providedBySupervisor;
}

/**
 * Counts eligible hours under the caps. Hours are grouped by the set of caps they fall under; groups under fewer
 * caps are counted first, each group as far as every one of its caps has room. This counts the most hours possible
 * whenever no entry falls under more than two caps, which holds for every set here (an online didactic hour given
 * by a supervisor falls under both sex-therapy caps).
 */
function applyCaps(caps: readonly HourCap[], entries: readonly CheckedEntry[]): { counted: number; caps: CapProgress[] } {
  const maxUnits = caps.map((cap) => cap.max * UNITS_PER_HOUR);
  const room = [...maxUnits];
  const loggedUnits = caps.map(() => 0);
  const countedUnits = caps.map(() => 0);
  const groups = new Map<string, { capIndexes: number[]; units: number }>();
  for (const entry of entries) {
    const capIndexes = caps.flatMap((cap, i) => (capApplies(cap.applies, entry) ? [i] : []));
    for (const i of capIndexes) loggedUnits[i] = (loggedUnits[i] ?? 0) + entry.units;
    const key = capIndexes.join(',');
    const group = groups.get(key) ?? { capIndexes, units: 0 };
    group.units += entry.units;
    groups.set(key, group);
  }
  let counted = 0;
  const ordered = [...groups.values()].sort((a, b) => a.capIndexes.length - b.capIndexes.length);
  for (const group of ordered) {
    const take = Math.min(group.units, ...group.capIndexes.map((i) => room[i] ?? 0));
    counted += take;
    for (const i of group.capIndexes) {
      room[i] = (room[i] ?? 0) - take;
      countedUnits[i] = (countedUnits[i] ?? 0) + take;
    }
  }
  return {
    counted,
    caps: caps.map((cap, i) => {
      const logged = loggedUnits[i] ?? 0;
      return {
        id: cap.id, label: cap.label, max: cap.max, logged: toHours(logged), counted: toHours(countedUnits[i] ?? 0),
        excess: toHours(Math.max(0, logged - (maxUnits[i] ?? 0))),
      };
    }),
  };
}

const sumUnits = (entries: readonly CheckedEntry[]): number => entries.reduce((sum, entry) => sum + entry.units, 0);

function hourProgress(requirement: HourRequirement, entries: readonly CheckedEntry[], today: string): HourRequirementProgress {
  const eligible = entries.filter((entry) => isEligible(entry, requirement));
  const due = eligible.filter((entry) => entry.date <= today);
  const countable = due.filter((entry) => !awaitsConfirmation(entry, requirement));
  const pending = due.filter((entry) => awaitsConfirmation(entry, requirement));
  const { counted, caps } = applyCaps(requirement.caps, countable);
  const requiredUnits = requirement.required * UNITS_PER_HOUR;
  return {
    id: requirement.id,
    label: requirement.label,
    required: requirement.required,
    logged: toHours(sumUnits(countable)),
    counted: toHours(counted),
    remaining: toHours(Math.max(0, requiredUnits - counted)),
    met: counted >= requiredUnits,
    capsApplied: caps,
    pendingConfirmation: toHours(sumUnits(pending)),
    futureDated: toHours(sumUnits(eligible.filter((entry) => entry.date > today))),
    source: requirement.source,
  };
}

/** Whole years from one date to a later one (0 if the later one is not later). */
function fullYearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  const beforeAnniversary = to.slice(5) < from.slice(5);
  return Math.max(0, beforeAnniversary ? years - 1 : years);
}

const degreeLabel = (level: DegreeLevel): string => DEGREE_LEVELS.find((d) => d.id === level)?.label ?? level;
const professionLabel = (profession: LicensedProfession): string =>
  (LICENSED_PROFESSIONS.find((p) => p.id === profession)?.label ?? profession).toLowerCase();
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The degree-and-experience rule. Only the degree's year is known, so years since a degree are calendar years
 * (today's year minus the degree's year); when the start of clinical experience is known, the whole years since it
 * cap that figure. The result is an estimate: AASECT reviews the actual post-degree experience.
 */
function degreeExperienceProgress(set: RequirementSet, facts: CertificationFacts, today: string): { met: boolean; detail: string } {
  const todayYear = Number(today.slice(0, 4));
  const startedOn = facts.clinicalExperienceStartedOn;
  const experienceCap = startedOn == null ? Infinity : fullYearsBetween(requireDate(startedOn, 'clinicalExperienceStartedOn'), today);
  const candidates = facts.degrees.flatMap((degree) => {
    if (!Number.isInteger(degree.year)) throw new CertificationInputError('year', `A degree's year must be a whole number; got ${String(degree.year)}.`);
    const option = set.degreeExperience.anyOf.find((o) => o.degree === degree.level);
    if (!option) return [];
    const years = Math.min(Math.max(0, todayYear - degree.year), experienceCap);
    return [{ level: degree.level, year: degree.year, years, needed: option.minYearsAfterDegree }];
  });
  const needs = set.degreeExperience.anyOf.map((o) => `a ${degreeLabel(o.degree).toLowerCase()} and ${plural(o.minYearsAfterDegree, 'year')}`).join(', or ');
  if (candidates.length === 0) {
    const has = facts.degrees.length > 0 ? 'No recorded degree qualifies' : 'No degree is recorded';
    return { met: false, detail: `${has}: this certification needs ${needs} of post-degree clinical experience.` };
  }
  // The qualifying degree closest to (or furthest past) its threshold; the most recent one on a tie.
  const best = candidates.reduce((a, b) => {
    const margin = (c: typeof a) => c.years - c.needed;
    return margin(b) > margin(a) || (margin(b) === margin(a) && b.year > a.year) ? b : a;
  });
  const capped = best.years < todayYear - best.year ? ` (clinical experience recorded from ${startedOn})` : '';
  const met = best.years >= best.needed;
  const detail = `${degreeLabel(best.level)} (${best.year}): about ${plural(best.years, 'year')} of post-degree experience${capped}; `
    + `${plural(best.needed, 'year')} needed.`;
  return { met, detail };
}

/** The licence rule: a licence in a listed profession that has not expired (it is valid through `expiresOn`). */
function licenceProgress(set: RequirementSet, facts: CertificationFacts, today: string): { met: boolean; verified: boolean; detail: string } {
  for (const licence of facts.licences) if (licence.expiresOn !== null) requireDate(licence.expiresOn, 'expiresOn');
  const listed = facts.licences.filter((l) => set.licence.professions.includes(l.profession));
  const current = listed.filter((l) => l.expiresOn === null || l.expiresOn >= today);
  if (current.length === 0) {
    if (listed.length > 0) {
      return { met: false, verified: false, detail: 'Every recorded licence in a qualifying profession has expired.' };
    }
    return { met: false, verified: false, detail: 'No licence in a qualifying profession is recorded.' };
  }
  const verified = current.find((l) => l.verified === true);
  if (verified) return { met: true, verified: true, detail: `A current ${professionLabel(verified.profession)} licence is recorded and verified.` };
  const unverified = current[0];
  const which = unverified ? `${professionLabel(unverified.profession)} ` : '';
  return { met: true, verified: false, detail: `A current ${which}licence is recorded but not yet verified.` };
}

/** Progress toward a certification: each hour requirement after its caps, the degree-and-experience rule and the licence rule. */
export function certificationProgress(set: RequirementSet, entries: readonly ActivityEntry[], facts: CertificationFacts): CertificationProgress {
  const today = requireDate(facts.today, 'today');
  const checked = checkEntries(entries);
  const hourRequirements = set.hourRequirements.map((requirement) => hourProgress(requirement, checked, today));
  const degreeExperience = degreeExperienceProgress(set, facts, today);
  const licence = licenceProgress(set, facts, today);
  return {
    setId: set.id,
    version: set.version,
    hourRequirements,
    degreeExperience,
    licence,
    complete: hourRequirements.every((r) => r.met) && degreeExperience.met && licence.met,
  };
}

/** A method's eligible hours turned into credits (rounded down to the unit, never up) and capped. */
function methodProgress(method: RenewalCreditMethod, entries: readonly CheckedEntry[]): RenewalMethodProgress & { creditUnits: number } {
  const loggedUnits = sumUnits(entries);
  const rawCreditUnits = Math.floor(loggedUnits / method.hoursPerCredit);
  const maxUnits = method.maxCredits * UNITS_PER_HOUR;
  const creditUnits = Math.min(rawCreditUnits, maxUnits);
  return {
    id: method.id, label: method.label, loggedHours: toHours(loggedUnits), credits: toHours(creditUnits), maxCredits: method.maxCredits,
    capped: rawCreditUnits > maxUnits, creditUnits,
  };
}

function requireMethod(set: RenewalRequirementSet, id: RenewalMethodId): RenewalCreditMethod {
  const method = set.alternative.methods.find((m) => m.id === id);
  if (!method) throw new CertificationInputError('renewalSet', `The renewal set ${set.id} ${set.version} has no method ${id}.`);
  return method;
}

/**
 * Renewal credits earned in one cycle (entries dated from `cycleStartsOn` to `cycleEndsOn`, both included), by the
 * standard route (AASECT-approved sexuality CE alone) or the alternative (a minimum of AASECT credits plus the capped
 * other methods). Renewal credits must all be sexuality-related (clinical-facts §5.4), so CE in the 'other' category
 * (continuing education outside sexuality) never counts, AASECT-approved or not. Supervision received counts only
 * with an AASECT Certified Supervisor and once the supervisor has confirmed it.
 */
export function renewalProgress(
  set: RenewalRequirementSet, entries: readonly ActivityEntry[], cycle: { cycleStartsOn: string; cycleEndsOn: string },
): RenewalProgress {
  const startsOn = requireDate(cycle.cycleStartsOn, 'cycleStartsOn');
  const endsOn = requireDate(cycle.cycleEndsOn, 'cycleEndsOn');
  if (endsOn < startsOn) throw new CertificationInputError('cycleEndsOn', `The cycle ends (${endsOn}) before it starts (${startsOn}).`);
  const inCycle = checkEntries(entries).filter((entry) => entry.date >= startsOn && entry.date <= endsOn);

  const sexualityCe = inCycle.filter((e) => e.kind === 'education' && e.category !== 'other');
  const aasectCe = sexualityCe.filter((e) => e.kind === 'education' && e.aasectApproved);
  const otherCe = sexualityCe.filter((e) => e.kind === 'education' && !e.aasectApproved);
  const received = inCycle.filter((e) => e.kind === 'supervision' && e.role === 'received' && e.supervisorCertified);
  const provided = inCycle.filter((e) => e.kind === 'supervision' && e.role === 'provided');

  const aasectUnits = Math.floor(sumUnits(aasectCe) / set.aasectHoursPerCredit);
  const nonAasectCe = methodProgress(requireMethod(set, 'non-aasect-ce'), otherCe);
  const supervisionReceived = methodProgress(requireMethod(set, 'supervision-received'), received.filter((e) => e.kind === 'supervision' && e.confirmed));
  const supervisionProvided = methodProgress(requireMethod(set, 'supervision-provided'), provided);
  const otherUnits = nonAasectCe.creditUnits + supervisionReceived.creditUnits + supervisionProvided.creditUnits;

  const requiredUnits = set.requiredCredits * UNITS_PER_HOUR;
  const minAasectUnits = set.alternative.minAasectCredits * UNITS_PER_HOUR;
  const standard = aasectUnits >= requiredUnits;
  const alternative = aasectUnits >= minAasectUnits && aasectUnits + otherUnits >= requiredUnits;
  const met = standard || alternative;
  // Further AASECT credits always count, so the shortfall is the fewer of: enough for the standard route, or enough
  // to reach the alternative route's minimum and its total.
  const shortUnits = Math.max(0, Math.min(requiredUnits - aasectUnits, Math.max(minAasectUnits - aasectUnits, requiredUnits - otherUnits - aasectUnits)));
  const strip = ({ creditUnits: _creditUnits, ...progress }: RenewalMethodProgress & { creditUnits: number }): RenewalMethodProgress => progress;
  return {
    aasectCredits: toHours(aasectUnits),
    otherCredits: { nonAasectCe: strip(nonAasectCe), supervisionReceived: strip(supervisionReceived), supervisionProvided: strip(supervisionProvided) },
    totalCredits: toHours(aasectUnits + otherUnits),
    required: set.requiredCredits,
    met,
    route: standard ? 'standard' : met ? 'alternative' : null,
    shortBy: toHours(shortUnits),
    pendingConfirmationHours: toHours(sumUnits(received.filter((e) => e.kind === 'supervision' && !e.confirmed))),
  };
}

import { parsePartialDate, partialDateRange } from '../intake/dates.js';
import type { Concern } from '../intake/schema.js';
import { DIAGNOSES } from './criteria.js';
import {
  DIAGNOSIS_EXCLUSIONS, INDUCING_SUBSTANCES, USE_DISORDERS, type CriteriaEvaluation, type CriterionStatus, type DiagnosisCriteria, type DiagnosisId,
  type Findings, type SubstanceId, type UseDisorderId,
} from './types.js';

/** Thrown for a diagnosis id that is not in the chapter. */
export class UnknownDiagnosisError extends Error {
  constructor(readonly diagnosisId: string) {
    super(`Unknown diagnosis: ${diagnosisId}`);
    this.name = 'UnknownDiagnosisError';
  }
}

/**
 * How "about 6 months" is read. DSM-5-TR asks for a minimum duration of *approximately*
 * 6 months for most of the chapter (clinical-facts 1.0, [V2]) and "at least 6 months" for
 * premature ejaculation (1.1). The word was chosen to leave room for judgement, while the
 * explicit duration exists to separate persistent dysfunction from transient difficulties
 * (Sungur & Gündüz, J Sex Med 2014;11:364-73, doi:10.1111/jsm.12379). So: 6 months or more is
 * met; less than 6 but within this band (e.g. 5.5 months) is `unknown` — the tool will not
 * decide it, the clinician must; anything shorter is unmet. Premature ejaculation has no band.
 */
export const DURATION_JUDGEMENT_BAND_MONTHS = 1;

type Criterion = CriteriaEvaluation['criteria'][number];

/** The criteria set for a diagnosis id (throws UnknownDiagnosisError). */
export function requireDiagnosis(diagnosisId: string): DiagnosisCriteria {
  const diagnosis = DIAGNOSES.find((d) => d.id === diagnosisId);
  if (!diagnosis) throw new UnknownDiagnosisError(diagnosisId);
  return diagnosis;
}

const status = (value: boolean | null | undefined): CriterionStatus => (value === true ? 'met' : value === false ? 'unmet' : 'unknown');

function symptomCriterion(diagnosis: DiagnosisCriteria, findings: Findings): Criterion {
  const { items, required } = diagnosis.symptoms;
  const answers = items.map((item) => ({ item, value: findings.symptoms?.[item.id] ?? null }));
  const present = answers.filter((a) => a.value === true).map((a) => a.item.label.toLowerCase());
  const unknown = answers.filter((a) => a.value === null).length;
  const label = items.length === 1 ? items[0]!.label : `At least ${required} of ${items.length} symptoms`;
  const result: CriterionStatus = present.length >= required ? 'met' : present.length + unknown < required ? 'unmet' : 'unknown';
  const why = items.length === 1
    ? { met: 'Present.', unmet: 'Recorded as absent.', unknown: 'Not yet assessed.' }[result]
    : `${present.length} of ${items.length} present${present.length ? ` (${present.join('; ')})` : ''}${unknown ? `, ${unknown} not yet assessed` : ''}; at least ${required} needed.`;
  return { id: 'symptoms', label, status: result, why };
}

function durationCriterion(duration: NonNullable<DiagnosisCriteria['duration']>, months: number | null | undefined): Criterion {
  const label = `Lasted ${duration.approximate ? 'about' : 'at least'} ${duration.months} months`;
  if (months === null || months === undefined || !Number.isFinite(months)) return { id: 'duration', label, status: 'unknown', why: 'Duration not yet known.' };
  if (months >= duration.months) return { id: 'duration', label, status: 'met', why: `${months} months.` };
  if (duration.approximate && months >= duration.months - DURATION_JUDGEMENT_BAND_MONTHS) {
    return { id: 'duration', label, status: 'unknown', why: `${months} months is just under the approximate ${duration.months}-month guide; the clinician decides whether it counts.` };
  }
  return { id: 'duration', label, status: 'unmet', why: `${months} months is shorter than ${duration.months} months.` };
}

function frequencyCriterion(frequency: NonNullable<DiagnosisCriteria['frequency']>, value: Findings['frequency']): Criterion {
  const label = frequency.note;
  if (value === null || value === undefined) return { id: 'frequency', label, status: 'unknown', why: 'How often it happens is not yet known.' };
  if (value === frequency.required) return { id: 'frequency', label, status: 'met', why: 'Almost always or always.' };
  return { id: 'frequency', label, status: 'unmet', why: `Happens ${value.replace(/-/g, ' ')}, less than about 75% of occasions.` };
}

function exclusionCriteria(diagnosis: DiagnosisCriteria, findings: Findings): Criterion[] {
  return DIAGNOSIS_EXCLUSIONS.filter((e) => diagnosis.exclusions.includes(e.id)).map((exclusion) => {
    const applies = findings.exclusions?.[exclusion.id] ?? null;
    const id = `exclusion-${exclusion.id}`;
    if (applies === true) return { id, label: exclusion.label, status: 'unmet', why: 'Recorded as better explaining the problem.' };
    if (exclusion.id === 'another-medical-condition' && findings.medicalReferralPending) {
      return { id, label: exclusion.label, status: 'unknown', why: 'A medical referral is still pending, so a medical cause cannot yet be ruled out.' };
    }
    return applies === false
      ? { id, label: exclusion.label, status: 'met', why: 'Ruled out.' }
      : { id, label: exclusion.label, status: 'unknown', why: 'Not yet ruled out.' };
  });
}

/** The ICD-10-CM code for substance/medication-induced sexual dysfunction, from the substance and any use disorder. */
export function substanceInducedCode(substance: SubstanceId, useDisorder: UseDisorderId): string {
  const prefix = INDUCING_SUBSTANCES.find((s) => s.id === substance)!.icdPrefix;
  const suffix = USE_DISORDERS.find((u) => u.id === useDisorder)!.icdSuffix;
  return `${prefix}${suffix}`;
}

/**
 * Checks findings against a diagnosis's structured DSM-5-TR criteria: each criterion met,
 * unmet or unknown with why, whether the diagnosis can be made (every criterion met) and,
 * if not, the plain-language reasons. A pending medical referral leaves "not due to another
 * medical condition" unknown. Decision support only: the clinician makes the diagnosis.
 */
export function evaluateCriteria(diagnosisId: DiagnosisId, findings: Findings): CriteriaEvaluation {
  const diagnosis = requireDiagnosis(diagnosisId);
  const criteria: Criterion[] = [
    symptomCriterion(diagnosis, findings),
    ...diagnosis.alsoRequired.map((item) => {
      const result = status(findings.symptoms?.[item.id]);
      return { id: item.id, label: item.label, status: result, why: { met: 'Present.', unmet: 'Recorded as not so.', unknown: 'Not yet assessed.' }[result] };
    }),
  ];
  if (diagnosis.frequency) criteria.push(frequencyCriterion(diagnosis.frequency, findings.frequency));
  if (diagnosis.duration) criteria.push(durationCriterion(diagnosis.duration, findings.durationMonths));
  if (diagnosis.distressRequired) {
    const result = status(findings.distress);
    criteria.push({
      id: 'distress', label: 'Causes clinically significant distress', status: result,
      why: { met: 'The clinician judges the distress clinically significant.', unmet: 'No clinically significant distress.', unknown: 'Not yet judged by the clinician.' }[result],
    });
  }
  criteria.push(...exclusionCriteria(diagnosis, findings));

  const reasons = criteria.filter((c) => c.status !== 'met').map((c) => `${c.status === 'unmet' ? 'Not met' : 'Not yet known'} — ${c.label}: ${c.why}`);
  const icd10 = diagnosis.id === 'substance-medication-induced-sexual-dysfunction'
    ? (findings.substance && findings.useDisorder ? substanceInducedCode(findings.substance, findings.useDisorder) : '')
    : diagnosis.icd10[0]!;
  return { diagnosisId, criteria, canDiagnose: reasons.length === 0, reasons, icd10 };
}

/** Premature ejaculation severity from the usual latency in seconds (null when over about a minute). Source: clinical-facts 1.1 [V]. */
export function prematureEjaculationSeverity(latencySeconds: number): 'mild' | 'moderate' | 'severe' | null {
  if (latencySeconds < 15) return 'severe';
  if (latencySeconds < 30) return 'moderate';
  if (latencySeconds <= 60) return 'mild';
  return null;
}

const MS_PER_MONTH = (365.25 / 12) * 24 * 60 * 60 * 1000;

/** Whole and half months from the latest day a partial date could mean to `today`, so uncertainty shortens the duration. */
function monthsSince(partialDate: string, today: Date): number | null {
  const parts = parsePartialDate(partialDate);
  if (!parts) return null;
  const last = Date.parse(`${partialDateRange(parts).last}T00:00:00Z`);
  const months = (today.getTime() - last) / MS_PER_MONTH;
  return months < 0 ? null : Math.floor(months * 2) / 2;
}

/**
 * A starting point for findings from one intake concern: how often it happens (the intake's
 * bands are the DSM-5-TR ones) and, from a dated onset, how long it has lasted. Distress is
 * left unknown: a 0–10 self-rating is not the clinician's judgement of clinically significant
 * distress, so only an explicit 0 ("no distress at all") is read, as absent. Onset given as
 * an age or as "always" leaves the duration unknown. Symptoms and exclusions are for the
 * clinician to record.
 */
export function findingsFromHistory(diagnosisId: DiagnosisId, concern: Concern, options: { today: Date }): Findings {
  const diagnosis = requireDiagnosis(diagnosisId);
  const findings: Findings = { distress: concern.distress === 0 ? false : null };
  if (diagnosis.frequency) findings.frequency = concern.frequency ?? null;
  if (diagnosis.duration) {
    findings.durationMonths = concern.onset?.type === 'date' && concern.onset.date ? monthsSince(concern.onset.date, options.today) : null;
  }
  return findings;
}

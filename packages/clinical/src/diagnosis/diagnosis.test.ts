import { describe, expect, it } from 'vitest';
import { DIAGNOSES, SUBSTANCE_INDUCED_CODES } from './criteria.js';
import { UnknownDiagnosisError, evaluateCriteria, findingsFromHistory, prematureEjaculationSeverity, substanceInducedCode } from './evaluate.js';
import { DIAGNOSIS_EXCLUSIONS, DIAGNOSIS_IDS, type DiagnosisCriteria, type DiagnosisId, type Findings } from './types.js';

/** clinical-facts.md section 1.1's code column (substance-induced: section 1.2). */
const ICD10: Record<DiagnosisId, string> = {
  'delayed-ejaculation': 'F52.32',
  'erectile-disorder': 'F52.21',
  'female-orgasmic-disorder': 'F52.31',
  'female-sexual-interest-arousal-disorder': 'F52.22',
  'genito-pelvic-pain-penetration-disorder': 'F52.6',
  'male-hypoactive-sexual-desire-disorder': 'F52.0',
  'premature-ejaculation': 'F52.4',
  'substance-medication-induced-sexual-dysfunction': 'F19.981',
  'other-specified-sexual-dysfunction': 'F52.8',
  'unspecified-sexual-dysfunction': 'F52.9',
};

/** Findings that meet every criterion, with exactly the required number of symptoms present. */
function meetingAll(d: DiagnosisCriteria): Findings {
  return {
    symptoms: {
      ...Object.fromEntries(d.symptoms.items.map((item, i) => [item.id, i < d.symptoms.required])),
      ...Object.fromEntries(d.alsoRequired.map((item) => [item.id, true])),
    },
    durationMonths: 8,
    frequency: 'almost-always',
    distress: true,
    exclusions: Object.fromEntries(DIAGNOSIS_EXCLUSIONS.map((e) => [e.id, false])),
    substance: 'other-or-unknown',
    useDisorder: 'none',
  };
}

const statusOf = (evaluation: ReturnType<typeof evaluateCriteria>, id: string) => evaluation.criteria.find((c) => c.id === id)?.status;

describe('the chapter', () => {
  it('has the ten diagnoses, in order, each once', () => {
    expect(DIAGNOSES.map((d) => d.id)).toEqual([...DIAGNOSIS_IDS]);
  });

  it('carries the ICD-10-CM codes of clinical-facts 1.1 and 1.2', () => {
    for (const d of DIAGNOSES) {
      if (d.id === 'substance-medication-induced-sexual-dysfunction') continue;
      expect(d.icd10).toEqual([ICD10[d.id]]);
    }
    expect(SUBSTANCE_INDUCED_CODES).toEqual([
      'F10.981', 'F10.181', 'F10.281', 'F11.981', 'F11.181', 'F11.281', 'F13.981', 'F13.181', 'F13.281',
      'F14.981', 'F14.181', 'F14.281', 'F15.981', 'F15.181', 'F15.281', 'F19.981', 'F19.181', 'F19.281',
    ]);
  });

  it('encodes the symptom counts, frequency, duration and specifiers of the table', () => {
    const byId = Object.fromEntries(DIAGNOSES.map((d) => [d.id, d])) as Record<DiagnosisId, DiagnosisCriteria>;
    const shape = (id: DiagnosisId) => {
      const d = byId[id];
      return [d.symptoms.required, d.symptoms.items.length, d.frequency?.required ?? null, d.duration, d.specifiers.context.length > 0, d.specifiers.severity?.basis ?? null];
    };
    const six = { months: 6, approximate: true };
    expect(shape('delayed-ejaculation')).toEqual([1, 2, 'almost-always', six, true, 'distress']);
    expect(shape('erectile-disorder')).toEqual([1, 3, 'almost-always', six, true, 'distress']);
    expect(shape('female-orgasmic-disorder')).toEqual([1, 2, 'almost-always', six, true, 'distress']);
    expect(shape('female-sexual-interest-arousal-disorder')).toEqual([3, 6, null, six, true, 'distress']);
    expect(shape('genito-pelvic-pain-penetration-disorder')).toEqual([1, 4, null, six, false, 'distress']);
    expect(shape('male-hypoactive-sexual-desire-disorder')).toEqual([1, 1, null, six, true, 'distress']);
    expect(shape('premature-ejaculation')).toEqual([1, 1, 'almost-always', { months: 6, approximate: false }, true, 'ejaculatory-latency']);
    expect(shape('substance-medication-induced-sexual-dysfunction')).toEqual([1, 1, null, null, false, null]);
    expect(byId['female-orgasmic-disorder'].specifiers.other.map((s) => s.id)).toEqual(['never-experienced-orgasm']);
    for (const d of DIAGNOSES.slice(0, 7)) expect(d.exclusions).toEqual(DIAGNOSIS_EXCLUSIONS.map((e) => e.id));
  });

  it('refuses an unknown diagnosis id', () => {
    expect(() => evaluateCriteria('hysteria' as DiagnosisId, {})).toThrow(UnknownDiagnosisError);
  });
});

for (const d of DIAGNOSES) {
  describe(d.label, () => {
    it('can be diagnosed when every criterion is met, with its code', () => {
      const evaluation = evaluateCriteria(d.id, meetingAll(d));
      expect(evaluation.criteria.every((c) => c.status === 'met')).toBe(true);
      expect(evaluation).toMatchObject({ diagnosisId: d.id, canDiagnose: true, reasons: [], icd10: ICD10[d.id] });
    });

    it('cannot with one symptom too few', () => {
      const findings = meetingAll(d);
      const first = d.symptoms.items[0]!.id;
      findings.symptoms = { ...findings.symptoms, [first]: false };
      const evaluation = evaluateCriteria(d.id, findings);
      expect(statusOf(evaluation, 'symptoms')).toBe('unmet');
      expect(evaluation.canDiagnose).toBe(false);
      expect(evaluation.reasons).toHaveLength(1);
      expect(evaluation.reasons[0]).toMatch(/^Not met — /);
    });

    for (const item of d.alsoRequired) {
      it(`cannot when "${item.id}" is not so`, () => {
        const findings = meetingAll(d);
        findings.symptoms = { ...findings.symptoms, [item.id]: false };
        const evaluation = evaluateCriteria(d.id, findings);
        expect(statusOf(evaluation, item.id)).toBe('unmet');
        expect(evaluation.canDiagnose).toBe(false);
      });
    }

    if (d.duration) {
      it('cannot when it is too recent', () => {
        const evaluation = evaluateCriteria(d.id, { ...meetingAll(d), durationMonths: 3 });
        expect(statusOf(evaluation, 'duration')).toBe('unmet');
        expect(evaluation.canDiagnose).toBe(false);
        expect(evaluation.reasons).toEqual([expect.stringContaining('3 months is shorter than 6 months')]);
      });
    }

    if (d.frequency) {
      it('cannot when it happens on fewer than about 75% of occasions', () => {
        for (const frequency of ['most-times', 'sometimes', 'a-few-times', 'almost-never'] as const) {
          const evaluation = evaluateCriteria(d.id, { ...meetingAll(d), frequency });
          expect(statusOf(evaluation, 'frequency')).toBe('unmet');
          expect(evaluation.canDiagnose).toBe(false);
        }
      });
    }

    it('cannot without clinically significant distress', () => {
      const evaluation = evaluateCriteria(d.id, { ...meetingAll(d), distress: false });
      expect(statusOf(evaluation, 'distress')).toBe('unmet');
      expect(evaluation.canDiagnose).toBe(false);
    });

    for (const exclusion of d.exclusions) {
      it(`cannot when better explained: ${exclusion}`, () => {
        const findings = meetingAll(d);
        const evaluation = evaluateCriteria(d.id, { ...findings, exclusions: { ...findings.exclusions, [exclusion]: true } });
        expect(statusOf(evaluation, `exclusion-${exclusion}`)).toBe('unmet');
        expect(evaluation.canDiagnose).toBe(false);
        expect(evaluation.reasons).toHaveLength(1);
      });
    }

    it('leaves everything unknown when nothing is known yet', () => {
      const evaluation = evaluateCriteria(d.id, {});
      expect(evaluation.criteria.map((c) => c.status)).toEqual(evaluation.criteria.map(() => 'unknown'));
      expect(evaluation.canDiagnose).toBe(false);
      expect(evaluation.reasons).toHaveLength(evaluation.criteria.length);
      expect(evaluation.reasons.every((r) => r.startsWith('Not yet known — '))).toBe(true);
    });

    if (d.exclusions.includes('another-medical-condition')) {
      it('cannot yet while a medical referral is pending', () => {
        const evaluation = evaluateCriteria(d.id, { ...meetingAll(d), medicalReferralPending: true });
        expect(statusOf(evaluation, 'exclusion-another-medical-condition')).toBe('unknown');
        expect(evaluation.canDiagnose).toBe(false);
        expect(evaluation.reasons).toEqual([expect.stringContaining('medical referral is still pending')]);
      });
    }
  });
}

describe('reading "about 6 months"', () => {
  const ed = DIAGNOSES.find((d) => d.id === 'erectile-disorder')!;
  it.each([[6, 'met'], [24, 'met'], [5.5, 'unknown'], [5, 'unknown'], [4.9, 'unmet'], [0, 'unmet']] as const)('%s months → %s', (months, expected) => {
    expect(statusOf(evaluateCriteria('erectile-disorder', { ...meetingAll(ed), durationMonths: months }), 'duration')).toBe(expected);
  });

  it('explains a just-under duration as a clinician decision', () => {
    const evaluation = evaluateCriteria('erectile-disorder', { ...meetingAll(ed), durationMonths: 5.5 });
    expect(evaluation.canDiagnose).toBe(false);
    expect(evaluation.reasons).toEqual(['Not yet known — Lasted about 6 months: 5.5 months is just under the approximate 6-month guide; the clinician decides whether it counts.']);
  });

  it('reads premature ejaculation\'s "at least 6 months" strictly', () => {
    const pe = DIAGNOSES.find((d) => d.id === 'premature-ejaculation')!;
    expect(statusOf(evaluateCriteria('premature-ejaculation', { ...meetingAll(pe), durationMonths: 5.5 }), 'duration')).toBe('unmet');
  });
});

describe('counting symptoms', () => {
  const fsiad = (symptoms: Record<string, boolean | null>) => statusOf(evaluateCriteria('female-sexual-interest-arousal-disorder', { symptoms }), 'symptoms');
  it('needs 3 of 6 for female sexual interest/arousal disorder', () => {
    expect(fsiad({ interest: true, 'thoughts-fantasies': true, initiation: true })).toBe('met');
    expect(fsiad({ interest: true, 'thoughts-fantasies': true, initiation: false, 'excitement-pleasure': false, 'responsive-interest': false, sensations: false })).toBe('unmet');
    expect(fsiad({ interest: true, 'thoughts-fantasies': true, initiation: false })).toBe('unknown');
  });

  it('says which symptoms are present and what is needed', () => {
    const evaluation = evaluateCriteria('erectile-disorder', { symptoms: { 'difficulty-maintaining': true, 'reduced-rigidity': false } });
    expect(evaluation.criteria[0]).toEqual({
      id: 'symptoms', label: 'At least 1 of 3 symptoms', status: 'met',
      why: '1 of 3 present (keeping an erection until sex is over is markedly difficult), 1 not yet assessed; at least 1 needed.',
    });
  });
});

describe('substance/medication-induced codes', () => {
  it('picks the code from the substance and any use disorder', () => {
    expect(substanceInducedCode('alcohol', 'mild')).toBe('F10.181');
    expect(substanceInducedCode('opioid', 'moderate-or-severe')).toBe('F11.281');
    expect(substanceInducedCode('other-or-unknown', 'none')).toBe('F19.981');
    const d = DIAGNOSES.find((x) => x.id === 'substance-medication-induced-sexual-dysfunction')!;
    expect(evaluateCriteria(d.id, { ...meetingAll(d), substance: 'cocaine', useDisorder: 'mild' }).icd10).toBe('F14.181');
  });

  it('leaves the code empty until both are known, and has no duration rule', () => {
    const d = DIAGNOSES.find((x) => x.id === 'substance-medication-induced-sexual-dysfunction')!;
    const evaluation = evaluateCriteria(d.id, { ...meetingAll(d), substance: null, durationMonths: 1 });
    expect(evaluation.icd10).toBe('');
    expect(evaluation.canDiagnose).toBe(true);
    expect(evaluation.criteria.map((c) => c.id)).not.toContain('duration');
  });
});

describe('premature ejaculation severity by latency', () => {
  it.each([[5, 'severe'], [14, 'severe'], [15, 'moderate'], [29, 'moderate'], [30, 'mild'], [60, 'mild'], [90, null]] as const)('%s s → %s', (seconds, expected) => {
    expect(prematureEjaculationSeverity(seconds)).toBe(expected);
  });
});

describe('findingsFromHistory', () => {
  const today = new Date('2026-11-25T12:00:00Z');

  it('takes the frequency band and the duration from a dated onset, counting from the latest day it could mean', () => {
    expect(findingsFromHistory('erectile-disorder', { kind: 'erection', frequency: 'almost-always', onset: { type: 'date', date: '2026-03' }, distress: 8 }, { today }))
      .toEqual({ frequency: 'almost-always', durationMonths: 7.5, distress: null });
    expect(findingsFromHistory('erectile-disorder', { kind: 'erection', onset: { type: 'date', date: '2026' } }, { today }).durationMonths).toBe(null);
    expect(findingsFromHistory('erectile-disorder', { kind: 'erection', onset: { type: 'date', date: '2024' } }, { today }).durationMonths).toBe(22.5);
  });

  it('never reads a distress rating as clinical distress; only 0 counts, as none', () => {
    expect(findingsFromHistory('erectile-disorder', { kind: 'erection', distress: 10 }, { today }).distress).toBe(null);
    expect(findingsFromHistory('erectile-disorder', { kind: 'erection', distress: 0 }, { today }).distress).toBe(false);
  });

  it('leaves the duration unknown for onset by age or "always", and omits what the diagnosis does not use', () => {
    expect(findingsFromHistory('erectile-disorder', { kind: 'erection', onset: { type: 'always' } }, { today }).durationMonths).toBe(null);
    expect(findingsFromHistory('erectile-disorder', { kind: 'erection', onset: { type: 'age', age: 30 } }, { today }).durationMonths).toBe(null);
    expect(findingsFromHistory('genito-pelvic-pain-penetration-disorder', { kind: 'pain-penetration', frequency: 'sometimes' }, { today })).toEqual({ distress: null, durationMonths: null });
    expect(findingsFromHistory('unspecified-sexual-dysfunction', { kind: 'other', frequency: 'sometimes' }, { today })).toEqual({ distress: null });
  });
});

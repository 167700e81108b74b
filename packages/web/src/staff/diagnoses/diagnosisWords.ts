/** Plain words for the diagnosis checklist and the chart's list of diagnoses. */
import type { CriterionStatus, ExclusionId } from '@candor/clinical';
import type { Context, Course, DiagnosisStatus, Severity, Specifiers } from '../../api/diagnosisTypes';

export const DIAGNOSIS_STATUS_LABELS: Record<DiagnosisStatus, string> = {
  provisional: 'Provisional',
  confirmed: 'Confirmed',
  'in-remission': 'In remission',
  resolved: 'Resolved',
  'ruled-out': 'Ruled out',
};

export const COURSE_LABELS: Record<Course, string> = { lifelong: 'Lifelong', acquired: 'Acquired' };
export const CONTEXT_LABELS: Record<Context, string> = { generalized: 'Generalized', situational: 'Situational' };
export const SEVERITY_LABELS: Record<Severity, string> = { mild: 'Mild', moderate: 'Moderate', severe: 'Severe' };

/**
 * Each exclusion as a question. A "yes" records `true`: the difficulty is better explained that
 * way, so the exclusion criterion is not met (DSM-5-TR criterion D of the chapter's diagnoses).
 */
export const EXCLUSION_QUESTIONS: Record<ExclusionId, string> = {
  'another-mental-disorder': 'Is it better explained by a non-sexual mental disorder?',
  'severe-relationship-distress': 'Is it better explained by severe relationship distress (including partner violence)?',
  'other-stressors': 'Is it better explained by other significant stressors?',
  'substance-or-medication': 'Is it better explained by a substance or medication?',
  'another-medical-condition': 'Is it better explained by another medical condition?',
};

export const CRITERION_STATUS_WORDS: Record<CriterionStatus, { label: string; mark: string }> = {
  met: { label: 'Met', mark: '✓' },
  unmet: { label: 'Not met', mark: '✗' },
  unknown: { label: 'Not yet known', mark: '?' },
};

/** "Acquired, generalized, moderate; never had an orgasm" — the specifiers recorded, in words. */
export function specifiersText(specifiers: Specifiers, otherLabels: Record<string, string> = {}): string {
  const main = [
    specifiers.course ? COURSE_LABELS[specifiers.course] : null,
    specifiers.context ? CONTEXT_LABELS[specifiers.context] : null,
    specifiers.severity ? SEVERITY_LABELS[specifiers.severity] : null,
  ].filter(Boolean);
  const other = (specifiers.other ?? []).map((id) => otherLabels[id] ?? id);
  return [...main, ...other].join(', ');
}

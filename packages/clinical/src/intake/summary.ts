import {
  CONCERN_KINDS, FREQUENCIES, INTAKE_SECTIONS, LIFE_CHANGE_KINDS, STRESSOR_KINDS, SUBSTANCE_FREQUENCIES, TREATMENT_KINDS, TREATMENT_OUTCOMES, labelOf,
} from './kinds.js';
import type { HistoryAnswers, Onset } from './schema.js';

export type { TimelineCategory, TimelineEvent, ConcernSummary, HistorySummary } from './summary-schema.js';
import type { ConcernSummary, HistorySummary, TimelineCategory, TimelineEvent } from './summary-schema.js';

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function onsetText(onset: Onset | undefined, birthYear: number | null): { text: string | null; when: string | null; sortKey: string | null } {
  if (!onset) return { text: null, when: null, sortKey: null };
  if (onset.type === 'always') return { text: 'Always (since first sexual experiences)', when: 'always', sortKey: '0000' };
  if (onset.type === 'date' && onset.date) return { text: `Since ${onset.date}`, when: onset.date, sortKey: onset.date };
  if (onset.type === 'age' && onset.age !== undefined) {
    const year = birthYear === null ? null : birthYear + onset.age;
    return { text: `From age ${onset.age}${year === null ? '' : ` (about ${year})`}`, when: year === null ? `age ${onset.age}` : `about ${year}`, sortKey: year === null ? null : String(year) };
  }
  return { text: null, when: null, sortKey: null };
}

/** Progress through the intake's sections, for the portal and the chart. */
export function historyProgress(answers: HistoryAnswers): { completed: number; total: number } {
  const done = new Set(answers.completedSections ?? []);
  return { completed: INTAKE_SECTIONS.filter((s) => done.has(s.id)).length, total: INTAKE_SECTIONS.length };
}

/**
 * The clinician's summary of one person's history: each concern with its specifier flags
 * (lifelong/acquired, generalized/situational), a dated timeline from onset to now, and the
 * health, stress, change and treatment lists with their labels.
 */
export function summarizeHistory(answers: HistoryAnswers, context: { dateOfBirth: string | null }): HistorySummary {
  const birthYear = context.dateOfBirth ? Number(context.dateOfBirth.slice(0, 4)) : null;
  const dated: (TimelineEvent & { sortKey: string })[] = [];
  const add = (when: string | undefined | null, sortKey: string | null | undefined, label: string, category: TimelineCategory) => {
    if (when && sortKey) dated.push({ when, sortKey, label, category });
  };

  const concerns = (answers.concerns ?? []).map((c): ConcernSummary => {
    const label = c.kind === 'other' && c.otherKind ? c.otherKind : labelOf(CONCERN_KINDS, c.kind)!;
    const onset = onsetText(c.onset, birthYear);
    add(onset.when, onset.sortKey, `${label} began`, 'concern-onset');
    return {
      kind: c.kind, label, inOwnWords: orNull(c.inOwnWords), onset: onset.text,
      course: c.course ?? (c.onset?.type === 'always' ? 'lifelong' : null),
      onsetSpeed: orNull(c.onsetSpeed), context: orNull(c.context), situations: orNull(c.situations),
      frequency: labelOf(FREQUENCIES, c.frequency), distress: orNull(c.distress), statusNow: orNull(c.statusNow),
      betterWhen: orNull(c.betterWhen), worseWhen: orNull(c.worseWhen),
    };
  });
  const lifeChanges = (answers.lifeChanges ?? []).map((c) => {
    const label = labelOf(LIFE_CHANGE_KINDS, c.kind)!;
    add(c.when, c.when, label, 'life-change');
    return { kind: c.kind, label, when: orNull(c.when), notes: orNull(c.notes) };
  });
  const previousTreatments = (answers.previousTreatments ?? []).map((t) => {
    const label = labelOf(TREATMENT_KINDS, t.kind)!;
    add(t.when, t.when, `${label}${t.detail ? `: ${t.detail}` : ''}`, 'treatment');
    return { kind: t.kind, label, detail: orNull(t.detail), provider: orNull(t.provider), when: orNull(t.when), outcome: labelOf(TREATMENT_OUTCOMES, t.outcome), notes: orNull(t.notes) };
  });
  const conditions = (answers.conditions ?? []).map((c) => {
    add(c.since, c.since, `Diagnosed: ${c.name}`, 'condition');
    return { name: c.name, since: orNull(c.since), notes: orNull(c.notes) };
  });
  const medicine = (category: 'medication' | 'supplement') => (m: { name: string; dose?: string; since?: string }) => {
    add(m.since, m.since, `Started ${m.name}${m.dose ? ` ${m.dose}` : ''}`, category);
    return { name: m.name, dose: orNull(m.dose), since: orNull(m.since) };
  };
  const medications = (answers.medications ?? []).map(medicine('medication'));
  const supplements = (answers.supplements ?? []).map(medicine('supplement'));

  const timeline: TimelineEvent[] = dated
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
    .map(({ when, label, category }) => ({ when, label, category }));
  for (const c of concerns) {
    if (c.statusNow) timeline.push({ when: 'now', label: `${c.label}: ${c.statusNow === 'same' ? 'about the same' : `getting ${c.statusNow}`}`, category: 'now' });
  }

  const substances = (['alcohol', 'tobacco', 'cannabis', 'other'] as const).flatMap((substance) => {
    const use = answers.substances?.[substance];
    if (!use) return [];
    return [{ substance, frequency: labelOf(SUBSTANCE_FREQUENCIES, use.frequency), amount: orNull(use.amount), which: substance === 'other' ? orNull((use as { which?: string }).which) : null }];
  });

  return {
    concerns,
    flags: {
      lifelong: concerns.some((c) => c.course === 'lifelong'),
      acquired: concerns.some((c) => c.course === 'acquired'),
      generalized: concerns.some((c) => c.context === 'generalized'),
      situational: concerns.some((c) => c.context === 'situational'),
      suddenOnset: concerns.some((c) => c.onsetSpeed === 'sudden'),
    },
    timeline,
    conditions,
    medications,
    supplements,
    healthNotes: orNull(answers.healthNotes),
    stressors: (answers.stressors ?? [])
      .map((s) => ({ kind: s.kind, label: labelOf(STRESSOR_KINDS, s.kind)!, severity: orNull(s.severity), notes: orNull(s.notes) }))
      .sort((a, b) => (b.severity ?? -1) - (a.severity ?? -1)),
    lifeChanges,
    previousTreatments,
    substances,
    safety: answers.safety ? { feelsSafe: orNull(answers.safety.feelsSafe), wantsToTalk: orNull(answers.safety.wantsToTalk), notes: orNull(answers.safety.notes) } : null,
    preferNotToSay: answers.preferNotToSay ?? [],
    progress: historyProgress(answers),
  };
}

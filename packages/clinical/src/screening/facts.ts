import { CONCERN_KINDS, LIFE_CHANGE_KINDS, SUBSTANCE_FREQUENCIES, labelOf, type ConcernKind } from '../intake/kinds.js';
import type { HistoryAnswers } from '../intake/schema.js';
import { containsTerm, normaliseText } from './normalise.js';
import { CONDITIONS, MEDICINE_CLASSES } from './rules/index.js';
import type { Evidence, ScreeningContext } from './types.js';

type LifeChangeKind = (typeof LIFE_CHANGE_KINDS)[number]['id'];

/** One answer in the history, ready for matching. */
export interface TextFact extends Evidence {
  normalised: string;
}

export interface MedicineFact extends TextFact {
  classes: ReadonlySet<string>;
  /** Whether an unmatched name should be reported (medicines and supplements, not substance answers). */
  reportable: boolean;
}

export interface HistoryFacts {
  concerns: { path: string; kind: ConcernKind; label: string; onsetSpeed: string | null }[];
  medicines: MedicineFact[];
  conditions: (TextFact & { ids: ReadonlySet<string> })[];
  lifeChanges: (Evidence & { kind: LifeChangeKind })[];
  narratives: TextFact[];
  tobaccoNow: Evidence | null;
  feelsUnsafe: Evidence | null;
  ageYears: number | null;
  sexAssignedAtBirth: string | null;
}

const normalisedTerms = <T extends { id: string }>(list: readonly T[], terms: (item: T) => readonly string[]) =>
  list.map((item) => ({ id: item.id, terms: terms(item).map(normaliseText) }));

const CLASS_TERMS = normalisedTerms(MEDICINE_CLASSES, (c) => c.names);
const CLASS_IDS = new Set(MEDICINE_CLASSES.map((c) => c.id));
const CONDITION_TERMS = normalisedTerms(CONDITIONS, (c) => c.synonyms);

/** Substance-use answers that mean current use (anything but never or only in the past). */
const CURRENT_USE = new Set(['monthly-or-less', 'weekly', 'several-times-a-week', 'daily']);

function matchIds(normalised: string, terms: readonly { id: string; terms: readonly string[] }[]): Set<string> {
  return new Set(terms.filter((entry) => entry.terms.some((term) => containsTerm(normalised, term))).map((entry) => entry.id));
}

/** The classes a medicine name belongs to, from the catalogue and the clinician's aliases. */
export function classifyMedicine(name: string, aliases: Record<string, string> = {}): Set<string> {
  const normalised = normaliseText(name);
  const classes = matchIds(normalised, CLASS_TERMS);
  for (const [alias, classId] of Object.entries(aliases)) {
    // An alias naming a class that does not exist is ignored, so the name stays visible as unrecognised.
    if (CLASS_IDS.has(classId) && containsTerm(normalised, normaliseText(alias))) classes.add(classId);
  }
  return classes;
}

/** Reads the answers the rules look at, each with its path, once. */
export function collectFacts(history: HistoryAnswers, context: ScreeningContext): HistoryFacts {
  const text = (path: string, value: string | undefined): TextFact[] =>
    value && value.trim() !== '' ? [{ path, text: value, normalised: normaliseText(value) }] : [];
  const aliases = context.medicineAliases ?? {};
  const medicine = (path: string, name: string, reportable: boolean): MedicineFact =>
    ({ path, text: name, normalised: normaliseText(name), classes: classifyMedicine(name, aliases), reportable });

  const concerns = (history.concerns ?? []).map((c, i) => ({
    path: `concerns.${i}`,
    kind: c.kind,
    label: c.kind === 'other' && c.otherKind ? c.otherKind : labelOf(CONCERN_KINDS, c.kind)!,
    onsetSpeed: c.onsetSpeed ?? null,
  }));

  const medicines = [
    ...(history.medications ?? []).map((m, i) => medicine(`medications.${i}`, m.name, true)),
    ...(history.supplements ?? []).map((m, i) => medicine(`supplements.${i}`, m.name, true)),
  ];
  const other = history.substances?.other;
  if (other?.which && !(other.frequency === 'never' || other.frequency === 'past')) {
    medicines.push(medicine('substances.other.which', other.which, false));
  }

  const conditions = (history.conditions ?? []).map((c, i) => {
    const normalised = normaliseText(c.name);
    return { path: `conditions.${i}`, text: c.name, normalised, ids: matchIds(normalised, CONDITION_TERMS) };
  });

  const narratives: TextFact[] = [
    ...(history.concerns ?? []).flatMap((c, i) => [
      ...text(`concerns.${i}.otherKind`, c.otherKind), ...text(`concerns.${i}.inOwnWords`, c.inOwnWords),
      ...text(`concerns.${i}.situations`, c.situations), ...text(`concerns.${i}.betterWhen`, c.betterWhen), ...text(`concerns.${i}.worseWhen`, c.worseWhen),
    ]),
    ...(history.conditions ?? []).flatMap((c, i) => [...text(`conditions.${i}`, c.name), ...text(`conditions.${i}.notes`, c.notes)]),
    ...(history.previousTreatments ?? []).flatMap((t, i) => [...text(`previousTreatments.${i}.detail`, t.detail), ...text(`previousTreatments.${i}.notes`, t.notes)]),
    ...(history.stressors ?? []).flatMap((s, i) => text(`stressors.${i}.notes`, s.notes)),
    ...(history.lifeChanges ?? []).flatMap((l, i) => text(`lifeChanges.${i}.notes`, l.notes)),
    ...text('healthNotes', history.healthNotes),
  ];

  const tobacco = history.substances?.tobacco?.frequency;
  return {
    concerns,
    medicines,
    conditions,
    lifeChanges: (history.lifeChanges ?? []).map((l, i) => ({ path: `lifeChanges.${i}`, text: labelOf(LIFE_CHANGE_KINDS, l.kind)!, kind: l.kind })),
    narratives,
    tobaccoNow: tobacco && CURRENT_USE.has(tobacco) ? { path: 'substances.tobacco.frequency', text: labelOf(SUBSTANCE_FREQUENCIES, tobacco)! } : null,
    feelsUnsafe: history.safety?.feelsSafe === 'no' ? { path: 'safety.feelsSafe', text: 'no' } : null,
    ageYears: context.ageYears ?? null,
    sexAssignedAtBirth: context.sexAssignedAtBirth ?? null,
  };
}

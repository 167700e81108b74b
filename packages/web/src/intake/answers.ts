/**
 * Pure helpers for editing a history in the wizard: "prefer not to say" paths, removing list
 * items (which renumbers the paths after them) and the sections the person has moved past.
 */
import { INTAKE_SECTIONS, type HistoryAnswers, type IntakeSectionId } from '@candor/clinical';

export type ListKey = 'concerns' | 'previousTreatments' | 'stressors' | 'lifeChanges' | 'conditions' | 'medications' | 'supplements';

/** Which section each top-level answer belongs to, for errors and the review step. */
export const SECTION_OF: Record<string, IntakeSectionId> = {
  concerns: 'concerns',
  previousTreatments: 'treatments',
  stressors: 'stress',
  lifeChanges: 'life-changes',
  conditions: 'health',
  medications: 'health',
  supplements: 'health',
  healthNotes: 'health',
  substances: 'substances',
  safety: 'safety',
};

/** The section an answer path such as `concerns.0.onset.date` belongs to. */
export function sectionOfPath(path: string): IntakeSectionId | null {
  return SECTION_OF[path.split('.')[0] ?? ''] ?? null;
}

/** The id of the control for an answer path (`concerns.0.distress` → `q-concerns-0-distress`). */
export function fieldIdFor(path: string): string {
  return `q-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** Removes the answer at a dotted path (`substances.alcohol`, `concerns.0.distress`, `concerns`). */
export function clearPath(answers: HistoryAnswers, path: string): void {
  const parts = path.split('.');
  const last = parts.pop();
  let node: unknown = answers;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[part];
  }
  if (last !== undefined && node !== null && typeof node === 'object') delete (node as Record<string, unknown>)[last];
}

export function isWithheld(answers: HistoryAnswers, path: string): boolean {
  return answers.preferNotToSay?.includes(path) ?? false;
}

/** "Prefer not to say" on: the answer is cleared and the path remembered; off: forgotten. */
export function setWithheld(answers: HistoryAnswers, path: string, on: boolean): void {
  const others = (answers.preferNotToSay ?? []).filter((entry) => entry !== path);
  if (on) {
    clearPath(answers, path);
    answers.preferNotToSay = [...others, path];
  } else if (others.length) answers.preferNotToSay = others;
  else delete answers.preferNotToSay;
}

/** Removes one item of a list, renumbering the "prefer not to say" paths of the items after it. */
export function removeListItem(answers: HistoryAnswers, list: ListKey, index: number): void {
  const items = answers[list] as unknown[] | undefined;
  if (!items) return;
  items.splice(index, 1);
  if (items.length === 0) delete answers[list];
  if (!answers.preferNotToSay) return;
  const renumbered = answers.preferNotToSay.flatMap((path) => {
    const match = new RegExp(`^${list}\\.(\\d+)(\\..*)?$`).exec(path);
    if (!match) return [path];
    const at = Number(match[1]);
    if (at === index) return [];
    return [at > index ? `${list}.${at - 1}${match[2] ?? ''}` : path];
  });
  if (renumbered.length) answers.preferNotToSay = renumbered;
  else delete answers.preferNotToSay;
}

export function markSectionDone(answers: HistoryAnswers, section: IntakeSectionId): void {
  const done = new Set(answers.completedSections ?? []);
  done.add(section);
  // Kept in the intake's own order, so the stored list reads naturally.
  answers.completedSections = INTAKE_SECTIONS.map((s) => s.id).filter((id) => done.has(id));
}

/** Where to resume: the first section not yet moved past, or the review when all are. */
export function resumeStep(answers: HistoryAnswers): IntakeSectionId | 'review' {
  const done = new Set(answers.completedSections ?? []);
  return INTAKE_SECTIONS.find((section) => !done.has(section.id))?.id ?? 'review';
}

/** Sets a value, or removes the key when the value is empty — every answer is optional. */
export function setOrDelete<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined | ''): void {
  if (value === undefined || value === '') delete target[key];
  else target[key] = value;
}

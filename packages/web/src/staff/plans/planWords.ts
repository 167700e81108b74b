/**
 * Plain words for treatment plans, the intervention library and homework, typed against the
 * vocabularies of @candor/clinical and the API so a new value fails the typecheck until it has words.
 */
import { PLISSIT_LEVELS, type InterventionCategory, type PlissitLevel } from '@candor/clinical';
import type { Homework, Intervention, ObjectiveStatus } from '../../api/planTypes';

/** PLISSIT (Annon, 1976), each level with its short plain explanation. */
export const PLISSIT_WORDS = Object.fromEntries(PLISSIT_LEVELS.map((info) => [info.level, { label: info.label, explanation: info.description }])) as Record<
  PlissitLevel,
  { label: string; explanation: string }
>;

export const PLISSIT_HINT = 'How intensive the work is, from the PLISSIT model (Annon, 1976). Most concerns are resolved within the first three levels.';

/** "Level 3 of 4: Specific suggestions". */
export function plissitText(level: PlissitLevel): string {
  const index = PLISSIT_LEVELS.findIndex((info) => info.level === level);
  return `Level ${index + 1} of ${PLISSIT_LEVELS.length}: ${PLISSIT_WORDS[level]?.label ?? level}`;
}

export const OBJECTIVE_STATUS_LABELS = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  achieved: 'Achieved',
  revised: 'Revised',
  discontinued: 'Discontinued',
} as const satisfies Record<ObjectiveStatus, string>;

/** The badge's look: achieved is a success; the rest are neutral. */
export const OBJECTIVE_STATUS_BADGES = {
  'not-started': 'badge badge-stopped',
  'in-progress': 'badge',
  achieved: 'badge badge-success',
  revised: 'badge badge-waiting',
  discontinued: 'badge badge-stopped',
} as const satisfies Record<ObjectiveStatus, string>;

export const CATEGORY_LABELS = {
  'sensate-focus': 'Sensate focus',
  psychoeducation: 'Psychoeducation',
  communication: 'Communication',
  'cognitive-behavioural': 'Cognitive-behavioural',
  mindfulness: 'Mindfulness',
  'ejaculatory-control': 'Ejaculatory control',
  'directed-masturbation': 'Directed masturbation',
  'dilator-pelvic-floor': 'Dilators and the pelvic floor',
  other: 'Other',
} as const satisfies Record<InterventionCategory, string>;

/** The library's items grouped by category, in the categories' order, each group in the library's order. */
export function byCategory<T extends Pick<Intervention, 'category'>>(items: readonly T[]): { category: InterventionCategory; label: string; items: T[] }[] {
  const order = Object.keys(CATEGORY_LABELS) as InterventionCategory[];
  return order
    .map((category) => ({ category, label: CATEGORY_LABELS[category], items: items.filter((item) => item.category === category) }))
    .filter((group) => group.items.length > 0);
}

export const HOMEWORK_STATUS_LABELS = { active: 'Active', stopped: 'Stopped' } as const satisfies Record<Homework['status'], string>;

/** "Practised once", "Practised 3 times", "Not practised yet". */
export function practisedText(count: number): string {
  if (count === 0) return 'Not practised yet';
  return count === 1 ? 'Practised once' : `Practised ${count} times`;
}

/** A progress rating: "6 out of 10", or null when none was given. */
export function ratingText(rating: number | null): string | null {
  return rating === null ? null : `${rating} out of 10`;
}

/** A short stand-in for a long description: its first words. */
export function shortened(text: string, max = 60): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

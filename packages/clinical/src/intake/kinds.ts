/**
 * The vocabularies of the sexual-health history. Each is an `as const` list of
 * `{ id, label }` so the server validates ids, the app shows labels, and later rules (screening,
 * DSM-5-TR criteria) key on the ids. Labels are plain, calm and non-judgemental.
 */
export const CONCERN_KINDS = [
  { id: 'low-desire', label: 'Low or no interest in sex' },
  { id: 'arousal', label: 'Difficulty becoming aroused' },
  { id: 'erection', label: 'Getting or keeping an erection' },
  { id: 'orgasm', label: 'Reaching orgasm' },
  { id: 'ejaculation-timing', label: 'Timing of ejaculation (too soon or too late)' },
  { id: 'pain-penetration', label: 'Pain or difficulty with penetration' },
  { id: 'relationship-intimacy', label: 'Intimacy or connection in a relationship' },
  { id: 'compulsive-behaviour', label: 'Sexual behaviour that feels out of control' },
  { id: 'identity-orientation', label: 'Questions about sexual identity or orientation' },
  { id: 'trauma-related', label: 'Effects of past sexual trauma' },
  { id: 'other', label: 'Something else' },
] as const;
export type ConcernKind = (typeof CONCERN_KINDS)[number]['id'];

/** How often the concern happens — the bands DSM-5-TR frequency criteria are read against (75–100% = "almost always"). */
export const FREQUENCIES = [
  { id: 'almost-always', label: 'Almost always or always (about 75–100% of the time)' },
  { id: 'most-times', label: 'Most times (more than half the time)' },
  { id: 'sometimes', label: 'Sometimes (about half the time)' },
  { id: 'a-few-times', label: 'A few times (less than half the time)' },
  { id: 'almost-never', label: 'Almost never or never' },
] as const;

export const TREATMENT_KINDS = [
  { id: 'therapy', label: 'Therapy or counselling' },
  { id: 'medication', label: 'Medication' },
  { id: 'device', label: 'A device (for example a vacuum device or dilators)' },
  { id: 'pelvic-floor-pt', label: 'Pelvic-floor physical therapy' },
  { id: 'other', label: 'Something else' },
] as const;

export const TREATMENT_OUTCOMES = [
  { id: 'helped', label: 'It helped' },
  { id: 'helped-a-little', label: 'It helped a little' },
  { id: 'no-change', label: 'No change' },
  { id: 'made-worse', label: 'It made things worse' },
  { id: 'ongoing', label: 'Still going on' },
] as const;

export const STRESSOR_KINDS = [
  { id: 'work', label: 'Work or studies' },
  { id: 'money', label: 'Money' },
  { id: 'family', label: 'Family' },
  { id: 'health', label: 'Health' },
  { id: 'relationship', label: 'A relationship' },
  { id: 'discrimination', label: 'Discrimination or stigma' },
  { id: 'other', label: 'Something else' },
] as const;

export const LIFE_CHANGE_KINDS = [
  { id: 'move', label: 'Moved home' },
  { id: 'job', label: 'New job, job loss or a change at work' },
  { id: 'pregnancy-birth', label: 'Pregnancy or a birth' },
  { id: 'menopause', label: 'Menopause or perimenopause' },
  { id: 'retirement', label: 'Retirement' },
  { id: 'bereavement', label: 'A death or loss' },
  { id: 'new-relationship', label: 'A new relationship' },
  { id: 'ended-relationship', label: 'A relationship ended' },
  { id: 'substance-use', label: 'A change in alcohol or drug use' },
  { id: 'exercise', label: 'A change in exercise' },
  { id: 'sleep', label: 'A change in sleep' },
  { id: 'other', label: 'Something else' },
] as const;

export const SUBSTANCE_FREQUENCIES = [
  { id: 'never', label: 'Never' },
  { id: 'past', label: 'In the past, not now' },
  { id: 'monthly-or-less', label: 'Monthly or less' },
  { id: 'weekly', label: 'About weekly' },
  { id: 'several-times-a-week', label: 'Several times a week' },
  { id: 'daily', label: 'Daily or almost daily' },
] as const;

/** The intake's sections, in the order the client meets them; progress counts these. */
export const INTAKE_SECTIONS = [
  { id: 'concerns', label: 'What brings you here' },
  { id: 'treatments', label: 'What you have tried' },
  { id: 'stress', label: 'Stress in your life' },
  { id: 'life-changes', label: 'Recent changes' },
  { id: 'health', label: 'Health, medicines and supplements' },
  { id: 'substances', label: 'Alcohol, tobacco and other substances' },
  { id: 'safety', label: 'Feeling safe' },
] as const;
export type IntakeSectionId = (typeof INTAKE_SECTIONS)[number]['id'];

/** The label for an id in one of the vocabularies above. */
export function labelOf(list: readonly { id: string; label: string }[], id: string | undefined): string | null {
  if (id === undefined) return null;
  return list.find((entry) => entry.id === id)?.label ?? id;
}

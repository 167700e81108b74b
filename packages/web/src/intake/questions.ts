/**
 * The words of the history intake's questions, shared by the wizard, its review step and the
 * clinician's summary ("prefer not to say" answers are stored as dotted paths such as
 * `concerns.0.distress` or `substances.cannabis`).
 */

/** Lists in the history, by their key in `HistoryAnswers`. */
export const LIST_LABELS: Record<string, { title: string; item: string }> = {
  concerns: { title: 'Concerns', item: 'Concern' },
  previousTreatments: { title: 'Help had before', item: 'Treatment' },
  stressors: { title: 'Sources of stress', item: 'Source of stress' },
  lifeChanges: { title: 'Recent changes', item: 'Change' },
  conditions: { title: 'Health conditions', item: 'Condition' },
  medications: { title: 'Medicines', item: 'Medicine' },
  supplements: { title: 'Supplements', item: 'Supplement' },
};

/** Single questions, by the last part of their path. */
export const QUESTION_LABELS: Record<string, string> = {
  inOwnWords: 'description in own words',
  onset: 'when it started',
  course: 'whether it has always been this way',
  onsetSpeed: 'sudden or gradual start',
  context: 'all the time or in some situations',
  situations: 'which situations',
  frequency: 'how often',
  distress: 'how distressing it is',
  statusNow: 'better, the same or worse now',
  betterWhen: 'what makes it better',
  worseWhen: 'what makes it worse',
  healthNotes: 'Anything else about health',
  'substances.alcohol': 'Alcohol',
  'substances.tobacco': 'Tobacco or nicotine',
  'substances.cannabis': 'Cannabis',
  'substances.other': 'Other substances',
  'safety.feelsSafe': 'Feeling safe in relationship(s)',
  'safety.notes': 'Anything else about feeling safe',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A readable name for a "prefer not to say" path, e.g. "Concern 1: how distressing it is". */
export function describeQuestionPath(path: string): string {
  if (QUESTION_LABELS[path]) return QUESTION_LABELS[path];
  const [list, index, ...rest] = path.split('.');
  const listLabel = list ? LIST_LABELS[list] : undefined;
  if (listLabel && index === undefined) return listLabel.title;
  if (listLabel && index !== undefined && /^\d+$/.test(index)) {
    const item = `${listLabel.item} ${Number(index) + 1}`;
    const question = rest.length ? (QUESTION_LABELS[rest[0] ?? ''] ?? rest.join(' ')) : '';
    return question ? `${item}: ${question}` : item;
  }
  return capitalise(path.replaceAll('.', ' '));
}

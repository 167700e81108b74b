import { Type, type Static } from 'typebox';

/** The clinician's summary of one history, as a schema: it types the code and documents the API. */
const N = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Text = Type.String();

export const TimelineCategorySchema = Type.Enum(['concern-onset', 'life-change', 'treatment', 'condition', 'medication', 'supplement', 'now']);
export type TimelineCategory = Static<typeof TimelineCategorySchema>;

export const TimelineEventSchema = Type.Object({
  /** `always`, a partial date (`2019`, `2019-05`, `2019-05-14`), `about 2008` (from an age), or `now`. */
  when: Text,
  label: Text,
  category: TimelineCategorySchema,
});
export type TimelineEvent = Static<typeof TimelineEventSchema>;

export const ConcernSummarySchema = Type.Object({
  kind: Text,
  label: Text,
  inOwnWords: N(Text),
  onset: N(Text),
  course: N(Type.Enum(['lifelong', 'acquired'])),
  onsetSpeed: N(Type.Enum(['sudden', 'gradual'])),
  context: N(Type.Enum(['generalized', 'situational'])),
  situations: N(Text),
  frequency: N(Text),
  distress: N(Type.Integer()),
  statusNow: N(Type.Enum(['better', 'same', 'worse'])),
  betterWhen: N(Text),
  worseWhen: N(Text),
});
export type ConcernSummary = Static<typeof ConcernSummarySchema>;

const Medicine = Type.Object({ name: Text, dose: N(Text), since: N(Text) });

export const HistorySummarySchema = Type.Object({
  concerns: Type.Array(ConcernSummarySchema),
  flags: Type.Object({ lifelong: Type.Boolean(), acquired: Type.Boolean(), generalized: Type.Boolean(), situational: Type.Boolean(), suddenOnset: Type.Boolean() }),
  timeline: Type.Array(TimelineEventSchema),
  conditions: Type.Array(Type.Object({ name: Text, since: N(Text), notes: N(Text) })),
  medications: Type.Array(Medicine),
  supplements: Type.Array(Medicine),
  healthNotes: N(Text),
  stressors: Type.Array(Type.Object({ kind: Text, label: Text, severity: N(Type.Integer()), notes: N(Text) })),
  lifeChanges: Type.Array(Type.Object({ kind: Text, label: Text, when: N(Text), notes: N(Text) })),
  previousTreatments: Type.Array(Type.Object({ kind: Text, label: Text, detail: N(Text), provider: N(Text), when: N(Text), outcome: N(Text), notes: N(Text) })),
  substances: Type.Array(Type.Object({ substance: Type.Enum(['alcohol', 'tobacco', 'cannabis', 'other']), frequency: N(Text), amount: N(Text), which: N(Text) })),
  safety: N(Type.Object({ feelsSafe: N(Type.Enum(['yes', 'no', 'unsure'])), wantsToTalk: N(Type.Boolean()), notes: N(Text) })),
  preferNotToSay: Type.Array(Text),
  progress: Type.Object({ completed: Type.Integer(), total: Type.Integer() }),
});
export type HistorySummary = Static<typeof HistorySummarySchema>;

import { Type, type Static } from 'typebox';
import {
  CONCERN_KINDS, FREQUENCIES, INTAKE_SECTIONS, LIFE_CHANGE_KINDS, STRESSOR_KINDS, SUBSTANCE_FREQUENCIES, TREATMENT_KINDS, TREATMENT_OUTCOMES,
} from './kinds.js';

/**
 * The sexual-health history as the client gives it: one schema for validation (server),
 * types (server and app) and the OpenAPI document. Every field is optional — every question
 * can be skipped — and unknown fields are refused.
 */
export const NARRATIVE_MAX = 2000;
export const SHORT_TEXT_MAX = 200;

/** An enum of a vocabulary's ids: errors then list the allowed values. */
const ids = <T extends readonly { id: string }[]>(list: T) => Type.Enum(list.map((entry) => entry.id) as T[number]['id'][]);

const Narrative = Type.String({ maxLength: NARRATIVE_MAX });
const ShortText = Type.String({ maxLength: SHORT_TEXT_MAX });
/** A date as precise as the person remembers it: `2019`, `2019-05` or `2019-05-14`. */
export const PartialDate = Type.String({ pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?$' });
const Scale0to10 = Type.Integer({ minimum: 0, maximum: 10 });
const closed = { additionalProperties: false } as const;

export const Onset = Type.Object({
  type: Type.Enum(['date', 'age', 'always']),
  date: Type.Optional(PartialDate),
  age: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
}, closed);

export const Concern = Type.Object({
  kind: ids(CONCERN_KINDS),
  otherKind: Type.Optional(ShortText),
  inOwnWords: Type.Optional(Narrative),
  onset: Type.Optional(Onset),
  course: Type.Optional(Type.Enum(['lifelong', 'acquired'])),
  onsetSpeed: Type.Optional(Type.Enum(['sudden', 'gradual'])),
  context: Type.Optional(Type.Enum(['generalized', 'situational'])),
  situations: Type.Optional(Narrative),
  frequency: Type.Optional(ids(FREQUENCIES)),
  distress: Type.Optional(Scale0to10),
  statusNow: Type.Optional(Type.Enum(['better', 'same', 'worse'])),
  betterWhen: Type.Optional(Narrative),
  worseWhen: Type.Optional(Narrative),
}, closed);

export const PreviousTreatment = Type.Object({
  kind: ids(TREATMENT_KINDS),
  detail: Type.Optional(ShortText),
  provider: Type.Optional(ShortText),
  when: Type.Optional(PartialDate),
  outcome: Type.Optional(ids(TREATMENT_OUTCOMES)),
  notes: Type.Optional(Narrative),
}, closed);

export const Stressor = Type.Object({ kind: ids(STRESSOR_KINDS), severity: Type.Optional(Scale0to10), notes: Type.Optional(Narrative) }, closed);
export const LifeChange = Type.Object({ kind: ids(LIFE_CHANGE_KINDS), when: Type.Optional(PartialDate), notes: Type.Optional(Narrative) }, closed);
export const Condition = Type.Object({ name: Type.String({ minLength: 1, maxLength: SHORT_TEXT_MAX }), since: Type.Optional(PartialDate), notes: Type.Optional(Narrative) }, closed);
export const Medicine = Type.Object({ name: Type.String({ minLength: 1, maxLength: SHORT_TEXT_MAX }), dose: Type.Optional(ShortText), since: Type.Optional(PartialDate) }, closed);
export const SubstanceUse = Type.Object({ frequency: Type.Optional(ids(SUBSTANCE_FREQUENCIES)), amount: Type.Optional(ShortText) }, closed);

export const HistoryAnswers = Type.Object({
  concerns: Type.Optional(Type.Array(Concern, { maxItems: 12 })),
  previousTreatments: Type.Optional(Type.Array(PreviousTreatment, { maxItems: 20 })),
  stressors: Type.Optional(Type.Array(Stressor, { maxItems: 20 })),
  lifeChanges: Type.Optional(Type.Array(LifeChange, { maxItems: 20 })),
  conditions: Type.Optional(Type.Array(Condition, { maxItems: 40 })),
  medications: Type.Optional(Type.Array(Medicine, { maxItems: 40 })),
  supplements: Type.Optional(Type.Array(Medicine, { maxItems: 40 })),
  healthNotes: Type.Optional(Narrative),
  substances: Type.Optional(Type.Object({
    alcohol: Type.Optional(SubstanceUse),
    tobacco: Type.Optional(SubstanceUse),
    cannabis: Type.Optional(SubstanceUse),
    other: Type.Optional(Type.Object({ frequency: Type.Optional(ids(SUBSTANCE_FREQUENCIES)), amount: Type.Optional(ShortText), which: Type.Optional(ShortText) }, closed)),
  }, closed)),
  /** Asked of each partner privately; never shown to anyone but the therapist. */
  safety: Type.Optional(Type.Object({
    feelsSafe: Type.Optional(Type.Enum(['yes', 'no', 'unsure'])),
    wantsToTalk: Type.Optional(Type.Boolean()),
    notes: Type.Optional(Narrative),
  }, closed)),
  /** Sections the person has moved past (answered or deliberately left): drives progress. */
  completedSections: Type.Optional(Type.Array(ids(INTAKE_SECTIONS), { maxItems: INTAKE_SECTIONS.length, uniqueItems: true })),
  /** Questions answered "prefer not to say" (dotted paths such as `substances.cannabis`), kept apart from blanks. */
  preferNotToSay: Type.Optional(Type.Array(Type.String({ maxLength: 100, pattern: '^[a-zA-Z0-9.]+$' }), { maxItems: 100, uniqueItems: true })),
}, closed);

export type HistoryAnswers = Static<typeof HistoryAnswers>;
export type Concern = Static<typeof Concern>;
export type Onset = Static<typeof Onset>;

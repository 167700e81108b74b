import { INSTRUMENT_IDS } from '@candor/clinical';
import { Nullable } from '../../platform/schemas.js';
import { Type, type Static } from 'typebox';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const SCHEDULES = ['once', 'every-n-weeks', 'before-every-nth-session'] as const;
export const InstrumentIdSchema = Type.Enum([...INSTRUMENT_IDS]);

export const AssignBody = Type.Object({
  instrumentId: InstrumentIdSchema,
  schedule: Type.Enum([...SCHEDULES]),
  intervalWeeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 52 })),
  everyNthSession: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  startsOn: Type.Optional(Day),
  until: Type.Optional(Day),
}, { additionalProperties: false });
export type AssignInput = Static<typeof AssignBody>;

export const AssignmentSchema = Type.Object({
  id: Type.String(), clientId: Type.String(), relationshipId: Nullable(Type.String()), instrumentId: InstrumentIdSchema, shortName: Type.String(),
  schedule: Type.Enum([...SCHEDULES]), intervalWeeks: Nullable(Type.Integer()), everyNthSession: Nullable(Type.Integer()), startsOn: Type.String(), until: Nullable(Type.String()),
  status: Type.Enum(['active', 'cancelled', 'completed']), createdAt: Type.String(),
});
export type Assignment = Static<typeof AssignmentSchema>;

export const Answers = Type.Array(Nullable(Type.Integer({ minimum: -1000, maximum: 1000 })), { maxItems: 100 });

export const PortalMeasureSchema = Type.Object({
  requestId: Type.String(), instrumentId: InstrumentIdSchema, shortName: Type.String(), title: Type.String(), dueOn: Type.String(),
  recallPeriod: Nullable(Type.String()), instructions: Nullable(Type.String()),
  items: Type.Array(Type.Object({ linkId: Type.String(), text: Type.String(), options: Type.Array(Type.Object({ value: Type.Integer(), label: Type.String() })) })),
  draft: Nullable(Answers),
});

export const ScoreSchema = Type.Object({
  total: Nullable(Type.Number()), severity: Nullable(Type.String()), domains: Type.Record(Type.String(), Nullable(Type.Number())), positive: Nullable(Type.Boolean()),
  alerts: Type.Array(Type.Object({ code: Type.String(), message: Type.String() })),
});

export const SeriesPoint = Type.Object({ responseId: Type.String(), completedAt: Type.String(), total: Nullable(Type.Number()), severity: Nullable(Type.String()), positive: Nullable(Type.Boolean()), domains: Type.Record(Type.String(), Nullable(Type.Number())) });

export const InstrumentTrendSchema = Type.Object({
  instrumentId: InstrumentIdSchema, shortName: Type.String(), title: Type.String(), direction: Type.Enum(['higher-is-worse', 'higher-is-better']),
  totalRange: Type.Object({ min: Type.Number(), max: Type.Number() }),
  bands: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), min: Type.Number(), max: Type.Number() })),
  cutoff: Nullable(Type.Object({ value: Type.Number(), meaning: Type.String() })),
  series: Type.Array(SeriesPoint),
  changeSinceBaseline: Nullable(Type.Number()),
  reliableChange: Nullable(Type.Object({ change: Type.Number(), rci: Type.Number(), reliable: Type.Boolean(), direction: Type.Enum(['improved', 'worsened', 'no-reliable-change']) })),
  reliableChangeNote: Nullable(Type.String()),
});
export type InstrumentTrend = Static<typeof InstrumentTrendSchema>;

export const SafetyAlertSchema = Type.Object({
  id: Type.String(), clientId: Type.String(), clientName: Type.String(), code: Type.String(), message: Type.String(), status: Type.Enum(['open', 'acknowledged']),
  actionTaken: Nullable(Type.String()), acknowledgedAt: Nullable(Type.String()), createdAt: Type.String(),
});
export type SafetyAlert = Static<typeof SafetyAlertSchema>;

/** Shown in the portal at once when an answer needs urgent care; plain, and the same for everyone. */
export const CRISIS_RESOURCES = [
  { name: 'If you are in danger right now', contact: 'Call 911 or go to your nearest emergency department.' },
  { name: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988, or chat at 988lifeline.org — free, confidential, 24 hours a day.' },
  { name: 'Crisis Text Line', contact: 'Text HOME to 741741.' },
  { name: 'The Trevor Project (LGBTQ+ young people)', contact: 'Call 1-866-488-7386 or text START to 678-678.' },
] as const;

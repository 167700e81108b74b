import { Type, type Static } from 'typebox';
import { Id, Nullable } from '../../platform/schemas.js';

export const PLISSIT = ['permission', 'limited-information', 'specific-suggestions', 'intensive-therapy'] as const;
export const OBJECTIVE_STATUSES = ['not-started', 'in-progress', 'achieved', 'revised', 'discontinued'] as const;
export const INTERVENTION_CATEGORIES = ['sensate-focus', 'psychoeducation', 'communication', 'cognitive-behavioural', 'mindfulness', 'ejaculatory-control', 'directed-masturbation', 'dilator-pelvic-floor', 'other'] as const;

const ItemId = Type.String({ pattern: '^[A-Za-z0-9-]{1,40}$' });
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const PlanContent = Type.Object({
  problems: Type.Array(Type.Object({ id: Type.Optional(ItemId), description: Text(2000), diagnosisIds: Type.Array(Id, { maxItems: 10 }) }, { additionalProperties: false }), { minItems: 1, maxItems: 10 }),
  goals: Type.Array(Type.Object({
    id: Type.Optional(ItemId), description: Text(2000), problemIds: Type.Array(ItemId, { maxItems: 10 }),
    /** Instruments (e.g. IIEF-5, FSFI) whose scores show progress toward this goal. */
    measureInstrumentIds: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 5 }),
    objectives: Type.Array(Type.Object({ id: Type.Optional(ItemId), description: Text(1000), targetDate: Nullable(Day) }, { additionalProperties: false }), { minItems: 1, maxItems: 10 }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 10 }),
  interventionIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 20 }),
}, { additionalProperties: false });
export type PlanContent = Static<typeof PlanContent>;

const PlanFields = {
  sessionsPlanned: Type.Integer({ minimum: 1, maximum: 100 }),
  reviewOn: Day,
  plissit: Type.Enum([...PLISSIT]),
  content: PlanContent,
};

export const NewPlanBody = Type.Object({ clientId: Type.Optional(Id), relationshipId: Type.Optional(Id), ...PlanFields }, { additionalProperties: false });
export type NewPlan = Static<typeof NewPlanBody>;

export const ReviewPlanBody = Type.Object({
  basedOnVersion: Type.Integer({ minimum: 1 }),
  reviewSummary: Text(4000),
  ...PlanFields,
}, { additionalProperties: false });
export type ReviewPlan = Static<typeof ReviewPlanBody>;

export const ProgressBody = Type.Object({
  objectiveId: ItemId,
  status: Type.Enum([...OBJECTIVE_STATUSES]),
  rating: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  note: Type.Optional(Text(2000)),
}, { additionalProperties: false });

const Objective = Type.Object({
  id: Type.String(), description: Type.String(), targetDate: Nullable(Type.String()),
  progress: Type.Array(Type.Object({ status: Type.Enum([...OBJECTIVE_STATUSES]), rating: Nullable(Type.Integer()), note: Nullable(Type.String()), recordedAt: Type.String(), recordedBy: Type.String() })),
});

export const MeasurePoint = Type.Object({ clientId: Type.String(), displayName: Type.String(), completedAt: Type.String(), total: Nullable(Type.Number()), severity: Nullable(Type.String()) });

export const PlanSchema = Type.Object({
  id: Type.String(), clientId: Nullable(Type.String()), relationshipId: Nullable(Type.String()), status: Type.Enum(['active', 'closed']),
  version: Type.Integer(), startedOn: Type.String(), sessionsPlanned: Type.Integer(), reviewOn: Type.String(), reviewDue: Type.Boolean(), plissit: Type.Enum([...PLISSIT]),
  sessions: Type.Object({ used: Type.Integer(), scheduled: Type.Integer(), planned: Type.Integer() }),
  problems: Type.Array(Type.Object({ id: Type.String(), description: Type.String(), diagnoses: Type.Array(Type.Object({ id: Type.String(), icd10: Type.String(), clientId: Type.String() })) })),
  goals: Type.Array(Type.Object({
    id: Type.String(), description: Type.String(), problemIds: Type.Array(Type.String()), measureInstrumentIds: Type.Array(Type.String()),
    measures: Type.Array(Type.Object({ instrumentId: Type.String(), shortName: Type.String(), direction: Type.Enum(['higher-is-worse', 'higher-is-better']), points: Type.Array(MeasurePoint) })),
    objectives: Type.Array(Objective),
  })),
  interventions: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  reviewSummary: Nullable(Type.String()),
  versions: Type.Array(Type.Object({ version: Type.Integer(), createdAt: Type.String(), authorName: Type.String() })),
  updatedAt: Type.String(),
});
export type Plan = Static<typeof PlanSchema>;

export const PlanSummarySchema = Type.Object({
  id: Type.String(), clientId: Nullable(Type.String()), relationshipId: Nullable(Type.String()), status: Type.Enum(['active', 'closed']), version: Type.Integer(),
  sessionsPlanned: Type.Integer(), reviewOn: Type.String(), plissit: Type.Enum([...PLISSIT]), startedOn: Type.String(),
});

export const PlanVersionParams = Type.Object({ id: Id, version: Type.String({ pattern: '^[1-9][0-9]{0,3}$' }) });

export const InterventionSchema = Type.Object({
  id: Type.String(), source: Type.Enum(['library', 'practice']), edited: Type.Boolean(), name: Type.String(), category: Type.Enum([...INTERVENTION_CATEGORIES]), summary: Type.String(),
  clientTitle: Type.String(), clientInstructions: Type.String(), suggestedFrequency: Nullable(Type.String()), homework: Type.Boolean(), forPartners: Type.Boolean(),
  archived: Type.Boolean(), sources: Type.Array(Type.String()),
});
export type Intervention = Static<typeof InterventionSchema>;

const InterventionFields = {
  name: Text(120), summary: Text(1000), clientTitle: Text(120), clientInstructions: Text(6000), suggestedFrequency: Nullable(Type.String({ maxLength: 120 })),
};
export const NewInterventionBody = Type.Object({
  ...InterventionFields, category: Type.Enum([...INTERVENTION_CATEGORIES]), homework: Type.Boolean(), forPartners: Type.Boolean(),
}, { additionalProperties: false });
export const EditInterventionBody = Type.Object({ ...InterventionFields, archived: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
export const InterventionParams = Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9-]{1,64}$' }) });

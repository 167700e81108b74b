import { DIAGNOSIS_EXCLUSIONS, DIAGNOSIS_IDS, FREQUENCIES, INDUCING_SUBSTANCES, USE_DISORDERS } from '@candor/clinical';
import { Nullable } from '../../platform/schemas.js';
import { Type, type Static } from 'typebox';

const ids = <T extends readonly { id: string }[]>(list: T) => Type.Enum(list.map((e) => e.id) as T[number]['id'][]);

export const DIAGNOSIS_STATUSES = ['provisional', 'confirmed', 'in-remission', 'resolved', 'ruled-out'] as const;

/** What the clinician has established; absent or null means not yet known. */
export const FindingsSchema = Type.Object({
  symptoms: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z0-9-]{1,60}$' }), Nullable(Type.Boolean()))),
  durationMonths: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1200 }))),
  frequency: Type.Optional(Nullable(ids(FREQUENCIES))),
  distress: Type.Optional(Nullable(Type.Boolean())),
  exclusions: Type.Optional(Type.Object(Object.fromEntries(DIAGNOSIS_EXCLUSIONS.map((e) => [e.id, Type.Optional(Nullable(Type.Boolean()))])), { additionalProperties: false })),
  substance: Type.Optional(Nullable(ids(INDUCING_SUBSTANCES))),
  useDisorder: Type.Optional(Nullable(ids(USE_DISORDERS))),
}, { additionalProperties: false });

export const SpecifiersSchema = Type.Object({
  course: Type.Optional(Type.Enum(['lifelong', 'acquired'])),
  context: Type.Optional(Type.Enum(['generalized', 'situational'])),
  severity: Type.Optional(Type.Enum(['mild', 'moderate', 'severe'])),
  other: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]{1,60}$' }), { maxItems: 10, uniqueItems: true })),
}, { additionalProperties: false });
export type Specifiers = Static<typeof SpecifiersSchema>;

export const EvaluateBody = Type.Object({ diagnosisId: Type.Enum([...DIAGNOSIS_IDS]), findings: FindingsSchema }, { additionalProperties: false });

export const NewDiagnosisBody = Type.Object({
  diagnosisId: Type.Enum([...DIAGNOSIS_IDS]),
  findings: FindingsSchema,
  specifiers: Type.Optional(SpecifiersSchema),
  status: Type.Enum([...DIAGNOSIS_STATUSES]),
  diagnosedOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  override: Type.Optional(Type.Object({ reason: Type.String({ minLength: 10, maxLength: 2000 }) }, { additionalProperties: false })),
}, { additionalProperties: false });
export type NewDiagnosis = Static<typeof NewDiagnosisBody>;

export const EvaluationSchema = Type.Object({
  diagnosisId: Type.Enum([...DIAGNOSIS_IDS]),
  criteria: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), status: Type.Enum(['met', 'unmet', 'unknown']), why: Type.String() })),
  canDiagnose: Type.Boolean(),
  reasons: Type.Array(Type.String()),
  icd10: Type.String(),
  medicalReferralPending: Type.Boolean(),
});

export const DiagnosisRecordSchema = Type.Object({
  id: Type.String(), clientId: Type.String(), diagnosisId: Type.Enum([...DIAGNOSIS_IDS]), label: Type.String(), icd10: Type.String(), specifiers: SpecifiersSchema,
  status: Type.Enum([...DIAGNOSIS_STATUSES]), diagnosedOn: Type.String(), criteriaMet: Type.Boolean(), overrideReason: Nullable(Type.String()),
  evaluation: EvaluationSchema, createdAt: Type.String(), updatedAt: Type.String(),
});
export type DiagnosisRecord = Static<typeof DiagnosisRecordSchema>;

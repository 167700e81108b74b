import type { RenewalRequirementSet, RequirementSet } from '@candor/clinical';
import { Type, type Static } from 'typebox';
import { Day, Id, Nullable, OptionalNullable } from '../../platform/schemas.js';

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const ACTIVITY_KINDS = ['education', 'clinical', 'supervision'] as const;
const CE_CATEGORY_IDS = ['core-knowledge', 'sex-therapy', 'sar', 'other'] as const;
const DELIVERIES = ['online', 'in-person'] as const;
const ACTIVITY_MODALITIES = ['in-person', 'telehealth'] as const;
const SUPERVISION_FORMATS = ['individual', 'group'] as const;
const SUPERVISION_ROLES = ['received', 'provided'] as const;

export const ActivityBody = Type.Object({
  kind: Type.Enum([...ACTIVITY_KINDS]),
  date: Day,
  hours: Type.Number({ exclusiveMinimum: 0, maximum: 200, multipleOf: 0.25, description: 'Clock hours, in quarter hours (a course or a month’s total may be one entry)' }),
  title: OptionalNullable(Text(200)),
  provider: OptionalNullable(Text(200)),
  category: Type.Optional(Type.Enum([...CE_CATEGORY_IDS])),
  delivery: Type.Optional(Type.Enum([...DELIVERIES])),
  aasectApproved: Type.Optional(Type.Boolean()),
  providedBySupervisor: Type.Optional(Type.Boolean()),
  modality: Type.Optional(Type.Enum([...ACTIVITY_MODALITIES])),
  jurisdiction: OptionalNullable(Type.String({ minLength: 2, maxLength: 2 })),
  format: Type.Optional(Type.Enum([...SUPERVISION_FORMATS])),
  role: Type.Optional(Type.Enum([...SUPERVISION_ROLES])),
  supervisorUserId: OptionalNullable(Id),
  supervisorName: OptionalNullable(Text(120)),
  supervisorCertified: Type.Optional(Type.Boolean()),
  note: OptionalNullable(Text(500)),
}, { additionalProperties: false });
export type ActivityInput = Static<typeof ActivityBody>;

export const ActivitySchema = Type.Object({
  id: Type.String(), userId: Type.String(), kind: Type.Enum([...ACTIVITY_KINDS]), date: Type.String(), hours: Type.Number(),
  title: Nullable(Type.String()), provider: Nullable(Type.String()), category: Nullable(Type.Enum([...CE_CATEGORY_IDS])), delivery: Nullable(Type.Enum([...DELIVERIES])),
  aasectApproved: Type.Boolean(), providedBySupervisor: Type.Boolean(), modality: Nullable(Type.Enum([...ACTIVITY_MODALITIES])), jurisdiction: Nullable(Type.String()),
  format: Nullable(Type.Enum([...SUPERVISION_FORMATS])), role: Nullable(Type.Enum([...SUPERVISION_ROLES])), supervisorUserId: Nullable(Type.String()), supervisorName: Nullable(Type.String()),
  supervisorCertified: Type.Boolean(), confirmedAt: Nullable(Type.String()), confirmedByName: Nullable(Type.String()), note: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type Activity = Static<typeof ActivitySchema>;

export const ActivityQuery = Type.Object({ userId: Type.Optional(Id) }, { additionalProperties: false });

export const TrackBody = Type.Object({
  requirementSet: Text(60),
  version: Text(20),
  supervisionContractOn: OptionalNullable(Day),
  renewalCycleStartsOn: OptionalNullable(Day),
}, { additionalProperties: false });

export const ConfirmationSchema = Type.Object({
  id: Type.String(), superviseeId: Type.String(), superviseeName: Type.String(), date: Type.String(), hours: Type.Number(), format: Nullable(Type.Enum([...SUPERVISION_FORMATS])),
  modality: Nullable(Type.Enum([...ACTIVITY_MODALITIES])), confirmedAt: Nullable(Type.String()),
});

// The published requirement sets and the progress arithmetic live in @candor/clinical
// (certification/requirements.ts, progress.ts); these are their shapes on the wire.
const Label = { id: Type.String(), label: Type.String() };
const HourCapSchema = Type.Object({
  ...Label, max: Type.Number(),
  applies: Type.Union([
    Type.Object({ delivery: Type.Literal('online') }), Type.Object({ modality: Type.Literal('telehealth') }),
    Type.Object({ format: Type.Literal('group') }), Type.Object({ providedBySupervisor: Type.Literal(true) }),
  ]),
});
const HourCountingSchema = Type.Union([
  Type.Object({ kind: Type.Literal('education'), categories: Type.Array(Type.Enum([...CE_CATEGORY_IDS])) }),
  Type.Object({ kind: Type.Literal('clinical') }),
  Type.Object({ kind: Type.Literal('supervision'), requireConfirmed: Type.Literal(true), requireCertifiedSupervisor: Type.Literal(true) }),
]);
export const RequirementSetSchema = Type.Object({
  id: Type.String(), certification: Type.String(), version: Type.String(), title: Type.String(), effectiveFrom: Type.String(),
  hourRequirements: Type.Array(Type.Object({ ...Label, required: Type.Number(), counts: HourCountingSchema, caps: Type.Array(HourCapSchema), source: Type.String() })),
  degreeExperience: Type.Object({ anyOf: Type.Array(Type.Object({ degree: Type.String(), minYearsAfterDegree: Type.Number() })), source: Type.String() }),
  licence: Type.Object({ professions: Type.Array(Type.String()), source: Type.String() }),
  sources: Type.Array(Type.String()),
});
export const RenewalRequirementSetSchema = Type.Object({
  id: Type.String(), version: Type.String(), title: Type.String(), effectiveFrom: Nullable(Type.String()), appliesTo: Type.Array(Type.String()),
  cycleYears: Type.Number(), requiredCredits: Type.Number(), aasectHoursPerCredit: Type.Number(),
  alternative: Type.Object({
    minAasectCredits: Type.Number(),
    methods: Type.Array(Type.Object({ id: Type.Enum(['non-aasect-ce', 'supervision-received', 'supervision-provided']), label: Type.String(), hoursPerCredit: Type.Number(), maxCredits: Type.Number(), source: Type.String() })),
  }),
  sources: Type.Array(Type.String()),
});
/** Typed as @candor/clinical's (read-only) requirement sets, which the route sends as they are. */
export const RequirementSetsSchema = Type.Unsafe<{ certification: readonly RequirementSet[]; renewal: readonly RenewalRequirementSet[] }>(
  Type.Object({ certification: Type.Array(RequirementSetSchema), renewal: Type.Array(RenewalRequirementSetSchema) }),
);

const RenewalMethodProgressSchema = Type.Object({
  id: Type.Enum(['non-aasect-ce', 'supervision-received', 'supervision-provided']), label: Type.String(), loggedHours: Type.Number(), credits: Type.Number(),
  maxCredits: Type.Number(), capped: Type.Boolean(),
});
export const CertificationSummarySchema = Type.Object({
  track: Type.Object({
    requirementSet: Type.String(), version: Type.String(), title: Type.String(), supervisionContractOn: Nullable(Type.String()), renewalCycleStartsOn: Nullable(Type.String()),
  }),
  certification: Type.Object({
    setId: Type.String(), version: Type.String(),
    hourRequirements: Type.Array(Type.Object({
      ...Label, required: Type.Number(), logged: Type.Number(), counted: Type.Number(), remaining: Type.Number(), met: Type.Boolean(),
      capsApplied: Type.Array(Type.Object({ ...Label, max: Type.Number(), logged: Type.Number(), counted: Type.Number(), excess: Type.Number() })),
      pendingConfirmation: Type.Number(), futureDated: Type.Number(), source: Type.String(),
    })),
    degreeExperience: Type.Object({ met: Type.Boolean(), detail: Type.String() }),
    licence: Type.Object({ met: Type.Boolean(), verified: Type.Boolean(), detail: Type.String() }),
    complete: Type.Boolean(),
  }),
  renewal: Nullable(Type.Object({
    cycleStartsOn: Type.String(), cycleEndsOn: Type.String(),
    aasectCredits: Type.Number(),
    otherCredits: Type.Object({ nonAasectCe: RenewalMethodProgressSchema, supervisionReceived: RenewalMethodProgressSchema, supervisionProvided: RenewalMethodProgressSchema }),
    totalCredits: Type.Number(), required: Type.Number(), met: Type.Boolean(), route: Nullable(Type.Enum(['standard', 'alternative'])), shortBy: Type.Number(),
    pendingConfirmationHours: Type.Number(),
  })),
  renewalVersion: Type.String(),
});

import { Type, type Static } from 'typebox';
import { Day, Id, Nullable, OptionalNullable } from '../../platform/schemas.js';

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const ACTIVITY_KINDS = ['education', 'clinical', 'supervision'] as const;

export const ActivityBody = Type.Object({
  kind: Type.Enum([...ACTIVITY_KINDS]),
  date: Day,
  hours: Type.Number({ exclusiveMinimum: 0, maximum: 200, multipleOf: 0.25, description: 'Clock hours, in quarter hours (a course or a month’s total may be one entry)' }),
  title: OptionalNullable(Text(200)),
  provider: OptionalNullable(Text(200)),
  category: Type.Optional(Type.Enum(['core-knowledge', 'sex-therapy', 'sar', 'other'])),
  delivery: Type.Optional(Type.Enum(['online', 'in-person'])),
  aasectApproved: Type.Optional(Type.Boolean()),
  providedBySupervisor: Type.Optional(Type.Boolean()),
  modality: Type.Optional(Type.Enum(['in-person', 'telehealth'])),
  jurisdiction: OptionalNullable(Type.String({ minLength: 2, maxLength: 2 })),
  format: Type.Optional(Type.Enum(['individual', 'group'])),
  role: Type.Optional(Type.Enum(['received', 'provided'])),
  supervisorUserId: OptionalNullable(Id),
  supervisorName: OptionalNullable(Text(120)),
  supervisorCertified: Type.Optional(Type.Boolean()),
  note: OptionalNullable(Text(500)),
}, { additionalProperties: false });
export type ActivityInput = Static<typeof ActivityBody>;

export const ActivitySchema = Type.Object({
  id: Type.String(), userId: Type.String(), kind: Type.Enum([...ACTIVITY_KINDS]), date: Type.String(), hours: Type.Number(),
  title: Nullable(Type.String()), provider: Nullable(Type.String()), category: Nullable(Type.String()), delivery: Nullable(Type.String()),
  aasectApproved: Type.Boolean(), providedBySupervisor: Type.Boolean(), modality: Nullable(Type.String()), jurisdiction: Nullable(Type.String()),
  format: Nullable(Type.String()), role: Nullable(Type.String()), supervisorUserId: Nullable(Type.String()), supervisorName: Nullable(Type.String()),
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
  id: Type.String(), superviseeId: Type.String(), superviseeName: Type.String(), date: Type.String(), hours: Type.Number(), format: Nullable(Type.String()),
  modality: Nullable(Type.String()), confirmedAt: Nullable(Type.String()),
});

import { Type, type Static } from 'typebox';
import { Id, Nullable } from '../../platform/schemas.js';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const AssignHomeworkBody = Type.Object({
  interventionId: Type.String({ pattern: '^[A-Za-z0-9-]{1,64}$' }),
  /** One client, or some or all partners of `relationshipId` (default: every partner). */
  clientIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 8 })),
  relationshipId: Type.Optional(Id),
  planId: Type.Optional(Id),
  /** Defaults to the practice's wording of the intervention. */
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
  instructions: Type.Optional(Type.String({ minLength: 1, maxLength: 6000 })),
  frequency: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
  endsOn: Type.Optional(Day),
}, { additionalProperties: false });
export type AssignHomework = Static<typeof AssignHomeworkBody>;

export const HomeworkQuery = Type.Object({ clientId: Type.Optional(Id), relationshipId: Type.Optional(Id) }, { additionalProperties: false });

const StaffLog = Type.Object({ practicedOn: Type.String(), done: Type.Boolean(), howItWent: Nullable(Type.String()), sharedReflection: Nullable(Type.String()) });

export const HomeworkSchema = Type.Object({
  id: Type.String(), interventionId: Type.String(), relationshipId: Nullable(Type.String()), planId: Nullable(Type.String()), title: Type.String(), instructions: Type.String(),
  frequency: Nullable(Type.String()), startsOn: Type.String(), endsOn: Nullable(Type.String()), status: Type.Enum(['active', 'stopped']), assignedBy: Type.String(), createdAt: Type.String(),
  assignees: Type.Array(Type.Object({ clientId: Type.String(), displayName: Type.String(), timesDone: Type.Integer(), timesLogged: Type.Integer(), lastPracticedOn: Nullable(Type.String()), logs: Type.Array(StaffLog) })),
});
export type Homework = Static<typeof HomeworkSchema>;

export const LogBody = Type.Object({
  practicedOn: Day,
  done: Type.Boolean(),
  howItWent: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
  /** Private to this client unless `shareReflection` is true (then their partner(s) and clinician see it). */
  reflection: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
  shareReflection: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type LogInput = Static<typeof LogBody>;
export const ShareBody = Type.Object({ shareReflection: Type.Boolean() }, { additionalProperties: false });
export const LogParams = Type.Object({ id: Id, logId: Id });

const OwnLog = Type.Object({ id: Type.String(), practicedOn: Type.String(), done: Type.Boolean(), howItWent: Nullable(Type.String()), reflection: Nullable(Type.String()), reflectionShared: Type.Boolean() });
export const PortalHomeworkSchema = Type.Object({
  id: Type.String(), title: Type.String(), instructions: Type.String(), frequency: Nullable(Type.String()), startsOn: Type.String(), endsOn: Nullable(Type.String()),
  status: Type.Enum(['active', 'stopped']), withPartner: Type.Boolean(), myLogs: Type.Array(OwnLog),
  sharedByPartners: Type.Array(Type.Object({ name: Type.String(), practicedOn: Type.String(), reflection: Type.String() })),
});
export type PortalHomework = Static<typeof PortalHomeworkSchema>;
export const OwnLogSchema = OwnLog;

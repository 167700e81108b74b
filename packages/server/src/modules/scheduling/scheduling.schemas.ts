import { Type, type Static } from 'typebox';
import { Id, Nullable } from '../../platform/schemas.js';

export const APPOINTMENT_KINDS = ['intake', 'individual', 'joint', 'family-group'] as const;
export const MODALITIES = ['in-person', 'video'] as const;
export const APPOINTMENT_STATUSES = ['scheduled', 'cancelled', 'no-show', 'completed'] as const;

export const NewAppointmentBody = Type.Object({
  kind: Type.Enum([...APPOINTMENT_KINDS]),
  clinicianId: Type.Optional(Id),
  attendeeClientIds: Type.Optional(Type.Array(Id, { maxItems: 8 })),
  relationshipId: Type.Optional(Id),
  /** Local wall-clock time in `timeZone` (default: the practice's), e.g. 2026-12-01T17:00. */
  startsAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$' }),
  durationMinutes: Type.Integer({ minimum: -1440, maximum: 480 }),
  timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  modality: Type.Enum([...MODALITIES]),
  room: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  videoLink: Type.Optional(Type.String({ format: 'uri', maxLength: 500 })),
  /** Book outside the clinician's working hours on purpose. */
  outsideWorkingHours: Type.Optional(Type.Boolean()),
  recurrence: Type.Optional(Type.Object({ everyWeeks: Type.Integer({ minimum: 1, maximum: 4 }), count: Type.Integer({ minimum: 2, maximum: 52 }) }, { additionalProperties: false })),
}, { additionalProperties: false });
export type NewAppointment = Static<typeof NewAppointmentBody>;

export const AppointmentSchema = Type.Object({
  id: Type.String(), seriesId: Nullable(Type.String()), kind: Type.Enum([...APPOINTMENT_KINDS]), modality: Type.Enum([...MODALITIES]),
  clinician: Type.Object({ id: Type.String(), displayName: Type.String() }),
  attendees: Type.Array(Type.Object({ clientId: Type.String(), displayName: Type.String() })), relationshipId: Nullable(Type.String()),
  startsAt: Type.String(), endsAt: Type.String(), timeZone: Type.String(), room: Nullable(Type.String()), videoLink: Nullable(Type.String()),
  status: Type.Enum([...APPOINTMENT_STATUSES]), lateCancellation: Type.Boolean(), cancelledAt: Nullable(Type.String()),
});
export type Appointment = Static<typeof AppointmentSchema>;

export const RangeQuery = Type.Object({
  from: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  to: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  clinicianId: Type.Optional(Id),
}, { additionalProperties: false });

export const CancelBody = Type.Object({ scope: Type.Optional(Type.Enum(['this', 'this-and-following'])) }, { additionalProperties: false });

const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$' });
export const WorkingHoursBody = Type.Object({
  timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  hours: Type.Array(Type.Object({ weekday: Type.Integer({ minimum: 1, maximum: 7 }), starts: Time, ends: Time }, { additionalProperties: false }), { maxItems: 21 }),
}, { additionalProperties: false });
export const TimeOffBody = Type.Object({
  startsAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$' }),
  endsAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$' }),
  timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  label: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
}, { additionalProperties: false });
export const AvailabilitySchema = Type.Object({
  clinicianId: Type.String(), timeZone: Type.String(),
  hours: Type.Array(Type.Object({ weekday: Type.Integer(), starts: Type.String(), ends: Type.String() })),
  timeOff: Type.Array(Type.Object({ id: Type.String(), startsAt: Type.String(), endsAt: Type.String(), label: Nullable(Type.String()) })),
});

/**
 * Shapes of the scheduling routes: appointments, working hours and time off, and the client's own
 * upcoming sessions: the generated API types (schema.ts), named for the components.
 */
import type { BodyOf, ResponseOf } from './schema';

export const AppointmentKinds = ['intake', 'individual', 'joint', 'family-group'] as const;
export type AppointmentKind = (typeof AppointmentKinds)[number];

export const Modalities = ['in-person', 'video'] as const;
export type Modality = (typeof Modalities)[number];

export type AppointmentStatus = 'scheduled' | 'cancelled' | 'no-show' | 'completed';

/**
 * An appointment. `seriesId` is shared by every occurrence of a repeating series; `startsAt` and
 * `endsAt` are UTC instants; `timeZone` is the IANA zone it was booked in.
 */
export type Appointment = ResponseOf<'/api/v1/appointments'>[number];

/**
 * `POST /appointments`: `startsAt` is local wall-clock time in `timeZone` (`YYYY-MM-DDTHH:mm`);
 * `outsideWorkingHours` books outside the clinician's working hours on purpose (time off is never overridden).
 */
export type NewAppointment = BodyOf<'/api/v1/appointments', 'post'>;

export type CancelScope = 'this' | 'this-and-following';

/** What the client sees of their own sessions: never the other attendees' details. */
export type PortalAppointment = ResponseOf<'/api/v1/portal/appointments'>[number];

/** Weekdays as the server numbers them: 1 Monday … 7 Sunday. */
export const Weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof Weekdays)[number];

/** A range of working time on one weekday, local `HH:mm` in the clinician's zone. */
export type WorkingHours = Availability['hours'][number];

/** Time away from the diary; instants are UTC. */
export type TimeOff = Availability['timeOff'][number];

/** A clinician's working week and their time off not yet over. No hours set means no limit. */
export type Availability = ResponseOf<'/api/v1/clinicians/{id}/availability'>;

/** `PUT /clinicians/:id/working-hours`: replaces the whole week. */
export type WorkingHoursUpdate = BodyOf<'/api/v1/clinicians/{id}/working-hours', 'put'>;

/** `POST /clinicians/:id/time-off`: local `YYYY-MM-DDTHH:mm` in `timeZone`. */
export type NewTimeOff = BodyOf<'/api/v1/clinicians/{id}/time-off', 'post'>;

/** Shapes of the scheduling routes: appointments, working hours and time off, and the client's own upcoming sessions. */

export const AppointmentKinds = ['intake', 'individual', 'joint', 'family-group'] as const;
export type AppointmentKind = (typeof AppointmentKinds)[number];

export const Modalities = ['in-person', 'video'] as const;
export type Modality = (typeof Modalities)[number];

export type AppointmentStatus = 'scheduled' | 'cancelled' | 'no-show' | 'completed';

export interface Appointment {
  id: string;
  /** Shared by every occurrence of a repeating series. */
  seriesId: string | null;
  kind: AppointmentKind;
  modality: Modality;
  clinician: { id: string; displayName: string };
  attendees: { clientId: string; displayName: string }[];
  relationshipId: string | null;
  /** UTC instants. */
  startsAt: string;
  endsAt: string;
  /** The IANA zone it was booked in. */
  timeZone: string;
  room: string | null;
  videoLink: string | null;
  status: AppointmentStatus;
  lateCancellation: boolean;
  cancelledAt: string | null;
}

export interface NewAppointment {
  kind: AppointmentKind;
  clinicianId?: string;
  attendeeClientIds?: string[];
  relationshipId?: string;
  /** Local wall-clock time in `timeZone`: `YYYY-MM-DDTHH:mm`. */
  startsAt: string;
  durationMinutes: number;
  timeZone?: string;
  modality: Modality;
  room?: string;
  videoLink?: string;
  recurrence?: { everyWeeks: number; count: number };
  /** Book outside the clinician's working hours on purpose (time off is never overridden). */
  outsideWorkingHours?: boolean;
}

export type CancelScope = 'this' | 'this-and-following';

/** What the client sees of their own sessions: never the other attendees' details. */
export interface PortalAppointment {
  id: string;
  kind: AppointmentKind;
  modality: Modality;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  clinicianName: string;
  room: string | null;
  videoLink: string | null;
  withPartner: boolean;
}

/** Weekdays as the server numbers them: 1 Monday … 7 Sunday. */
export const Weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof Weekdays)[number];

/** A range of working time on one weekday, local `HH:mm` in the clinician's zone. */
export interface WorkingHours {
  weekday: Weekday;
  starts: string;
  ends: string;
}

/** Time away from the diary; instants are UTC. */
export interface TimeOff {
  id: string;
  startsAt: string;
  endsAt: string;
  label: string | null;
}

/** A clinician's working week and their time off not yet over. No hours set means no limit. */
export interface Availability {
  clinicianId: string;
  timeZone: string;
  hours: WorkingHours[];
  timeOff: TimeOff[];
}

/** `PUT /clinicians/:id/working-hours`: replaces the whole week. */
export interface WorkingHoursUpdate {
  timeZone?: string;
  hours: WorkingHours[];
}

/** `POST /clinicians/:id/time-off`: local `YYYY-MM-DDTHH:mm` in `timeZone`. */
export interface NewTimeOff {
  startsAt: string;
  endsAt: string;
  timeZone?: string;
  label?: string;
}

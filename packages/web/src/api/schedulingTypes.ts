/** Shapes of the scheduling routes: appointments, and the client's own upcoming sessions. */

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

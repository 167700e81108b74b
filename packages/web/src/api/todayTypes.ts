/**
 * What `GET /today` adds for clinicians (docs/api.md "Scheduling and session notes"): today's
 * own sessions with their notes, the attendees' homework, questionnaires due and plans due
 * for review. Non-clinical staff get every list empty. It also carries credential expiry alerts
 * (for everyone), unread contact requests from the public directory and, for supervisors, how
 * many supervision entries wait for their confirmation.
 */
import type { NoteStatus } from './noteTypes';
import type { AppointmentKind, AppointmentStatus, Modality } from './schedulingTypes';

/** One of today's sessions (never a cancelled one), with the notes written for it so far. */
export interface TodayAppointment {
  id: string;
  kind: AppointmentKind;
  modality: Modality;
  /** UTC instants. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  room: string | null;
  videoLink: string | null;
  status: AppointmentStatus;
  attendees: { clientId: string; displayName: string }[];
  notes: { id: string; status: NoteStatus }[];
}

/** One attendee's active homework: how often they logged it, and how often it was done. */
export interface TodayHomework {
  homeworkId: string;
  title: string;
  clientId: string;
  displayName: string;
  timesDone: number;
  timesLogged: number;
  /** `YYYY-MM-DD`, or null before the first practice. */
  lastPracticedOn: string | null;
}

/** A questionnaire a client of the clinician has still to answer. */
export interface TodayMeasureDue {
  requestId: string;
  clientId: string;
  clientName: string;
  instrumentId: string;
  shortName: string;
  /** `YYYY-MM-DD`. */
  dueOn: string;
}

/** A treatment plan whose review date has come: a client's or a relationship's. */
export interface TodayPlanDue {
  planId: string;
  clientId: string | null;
  relationshipId: string | null;
  /** `YYYY-MM-DD`. */
  reviewOn: string;
}

/**
 * A credential that expires within 90 days, or has expired (`daysUntilExpiry` below 0): the
 * clinician's own, and for the owner everyone's in the practice.
 */
export interface TodayCredentialAlert {
  credentialId: string;
  userId: string;
  clinicianName: string;
  kind: string;
  /** "Social work licence (IL)". */
  label: string;
  /** `YYYY-MM-DD`. */
  expiresOn: string;
  daysUntilExpiry: number;
}

/** An unread contact request from the public directory; the prospective client's record holds it. */
export interface TodayDirectoryInquiry {
  id: string;
  clientId: string;
  displayName: string;
  /** An instant. */
  createdAt: string;
}

/**
 * What `GET /today` adds for clinicians (docs/api.md "Scheduling and session notes"): today's
 * own sessions with their notes, the attendees' homework, questionnaires due and plans due
 * for review. Non-clinical staff get every list empty. It also carries credential expiry alerts
 * (for everyone), unread contact requests from the public directory and, for supervisors, how
 * many supervision entries wait for their confirmation. The generated API types (schema.ts).
 */
import type { Today } from './referralTypes';

/** One of today's sessions (never a cancelled one), with the notes written for it so far. */
export type TodayAppointment = Today['appointments'][number];

/** One attendee's active homework: how often they logged it, and how often it was done. */
export type TodayHomework = Today['homework'][number];

/** A questionnaire a client of the clinician has still to answer. */
export type TodayMeasureDue = Today['measuresDue'][number];

/** A treatment plan whose review date has come: a client's or a relationship's. */
export type TodayPlanDue = Today['plansDueForReview'][number];

/**
 * A credential that expires within 90 days, or has expired (`daysUntilExpiry` below 0): the
 * clinician's own, and for the owner everyone's in the practice.
 */
export type TodayCredentialAlert = Today['credentialAlerts'][number];

/** An unread contact request from the public directory; the prospective client's record holds it. */
export type TodayDirectoryInquiry = Today['directoryInquiries'][number];

/**
 * Shapes of the session-notes routes (docs/api.md "Scheduling and session notes"): progress
 * notes and their templates, signed addenda, the chart's list, the supervisor's co-signature
 * queue, and the clinician's private psychotherapy (process) notes.
 */
import type { AppointmentKind } from './schedulingTypes';

/** The three built-in templates; a practice's own templates have generated ids. */
export const BuiltInTemplateIds = ['soap', 'dap', 'birp'] as const;

/** The fields every template ends with (homework and measures), in the template's field list. */
export const CommonFieldIds = ['homeworkReviewed', 'homeworkAssigned', 'measuresReviewed'] as const;

export interface NoteTemplate {
  /** `soap`, `dap`, `birp`, or the id of one of the practice's own templates. */
  id: string;
  label: string;
  builtIn: boolean;
  /** The template's own fields, then the common ones. */
  fields: { id: string; label: string }[];
}

/** `POST /note-templates` (owners): field ids are letters only. */
export interface NewNoteTemplate {
  label: string;
  fields: { id: string; label: string }[];
}

export const RiskLevels = ['none-indicated', 'low', 'moderate', 'high'] as const;
export type RiskLevel = (typeof RiskLevels)[number];

export interface RiskAssessment {
  level: RiskLevel;
  notes?: string;
}

/** What a note says: one text per template field, the interventions used, and the risk assessment. */
export interface NoteContent {
  /** Field id → text. Fields never written are absent. */
  fields: Record<string, string>;
  interventions: string[];
  /** `null` until a level is chosen. */
  risk: RiskAssessment | null;
}

export type NoteStatus = 'draft' | 'awaiting-cosign' | 'signed';

export interface NoteAddendum {
  id: string;
  authorId: string;
  content: string;
  contentHash: string;
  signedAt: string;
}

/** The session a note documents, as every note carries it. */
export interface NoteSession {
  /** UTC instants. */
  startsAt: string;
  endsAt: string;
  /** The IANA zone it was booked in. */
  timeZone: string;
  kind: AppointmentKind;
  attendees: { clientId: string; displayName: string }[];
}

export interface Note {
  id: string;
  appointmentId: string;
  /** When the session was, what kind, and who attended. */
  session: NoteSession;
  /** The attendee the note is about, or `null` for one note for the whole session. */
  clientId: string | null;
  author: { id: string; displayName: string };
  template: string;
  content: NoteContent;
  /** Sent back with every save and with signing; a stale one is a 409 naming `version`. */
  version: number;
  status: NoteStatus;
  contentHash: string | null;
  /** Whether the content still matches the hash stored when it was signed (`null` for a draft). */
  hashVerified: boolean | null;
  signedAt: string | null;
  /** The co-signing supervisor's user id. */
  cosignedBy: string | null;
  cosignedAt: string | null;
  addenda: NoteAddendum[];
  createdAt: string;
  updatedAt: string;
}

/** `POST /appointments/:id/notes`. */
export interface NewNote {
  template: string;
  clientId?: string;
  /** Must be true to document an appointment recorded as a no-show. */
  noShow?: boolean;
}

/** One row of the chart's list (`GET /clients/:id/notes`): no content. */
export interface NoteSummary {
  id: string;
  appointmentId: string;
  clientId: string | null;
  /** The session's start (UTC). */
  startsAt: string;
  appointmentKind: AppointmentKind;
  template: string;
  status: NoteStatus;
  author: { id: string; displayName: string };
  signedAt: string | null;
  addendumCount: number;
}

/** The clinician's own process notes: only their author ever sees them. */
export interface PsychotherapyNote {
  id: string;
  clientId: string;
  appointmentId: string | null;
  content: string;
  createdAt: string;
}

/**
 * What the note editor reads of the practice's intervention library (`GET /interventions`, typed
 * in full with treatment plans): the names it offers as suggestions.
 */
export interface InterventionName {
  id: string;
  name: string;
  archived: boolean;
}

/** Today: the clinician's notes not yet signed. */
export interface UnsignedNoteItem {
  id: string;
  appointmentId: string;
  createdAt: string;
}

/** Today (supervisors): supervisees' notes waiting for a co-signature. */
export interface CosignItem {
  id: string;
  appointmentId: string;
  authorName: string;
  signedAt: string;
}

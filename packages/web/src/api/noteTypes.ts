/**
 * Shapes of the session-notes routes (docs/api.md "Scheduling and session notes"): progress
 * notes and their templates, signed addenda, the chart's list, the supervisor's co-signature
 * queue, and the clinician's private psychotherapy (process) notes. Answers are the generated
 * API types (schema.ts), named for the components.
 */
import type { ResponseOf } from './schema';

/** The three built-in templates; a practice's own templates have generated ids. */
export const BuiltInTemplateIds = ['soap', 'dap', 'birp'] as const;

/** The fields every template ends with (homework and measures), in the template's field list. */
export const CommonFieldIds = ['homeworkReviewed', 'homeworkAssigned', 'measuresReviewed'] as const;

export type NoteTemplate = ResponseOf<'/api/v1/note-templates'>[number];

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

export type NoteAddendum = Note['addenda'][number];

/** The session a note documents, as every note carries it. */
export type NoteSession = Note['session'];

export type Note = ResponseOf<'/api/v1/notes/{id}'>;

/** `POST /appointments/:id/notes`. */
export interface NewNote {
  template: string;
  clientId?: string;
  /** Must be true to document an appointment recorded as a no-show. */
  noShow?: boolean;
}

/** One row of the chart's list (`GET /clients/:id/notes`): no content. */
export type NoteSummary = ResponseOf<'/api/v1/clients/{id}/notes'>[number];

/** The clinician's own process notes: only their author ever sees them. */
export type PsychotherapyNote = ResponseOf<'/api/v1/psychotherapy-notes/{id}'>;

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

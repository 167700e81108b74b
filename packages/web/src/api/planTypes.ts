/**
 * Shapes of docs/api.md "Treatment plans, the intervention library and homework": the
 * practice's intervention library, treatment plans with their versions and objective progress,
 * homework as the care team sees it, and homework as the client sees it in the portal.
 */
import type { InterventionCategory, PlissitLevel } from '@candor/clinical';

export type { InterventionCategory, PlissitLevel };

// ---- The intervention library ----------------------------------------------------------------

export interface Intervention {
  /** A library key such as `sensate-focus-1`, or the id of one of the practice's own. */
  id: string;
  source: 'library' | 'practice';
  /** A library item whose wording the practice has changed. */
  edited: boolean;
  name: string;
  category: InterventionCategory;
  summary: string;
  clientTitle: string;
  /** Plain text: paragraphs separated by a blank line. */
  clientInstructions: string;
  suggestedFrequency: string | null;
  /** Can be given as homework. */
  homework: boolean;
  /** Done together by partners. */
  forPartners: boolean;
  archived: boolean;
  /** Addresses backing a library item (none for the practice's own). */
  sources: string[];
}

/** `POST /interventions`: one of the practice's own. */
export interface NewIntervention {
  name: string;
  summary: string;
  clientTitle: string;
  clientInstructions: string;
  suggestedFrequency: string | null;
  category: InterventionCategory;
  homework: boolean;
  forPartners: boolean;
}

/** `PUT /interventions/:id`: the practice's wording of a library item, or of its own. */
export interface InterventionEdit {
  name: string;
  summary: string;
  clientTitle: string;
  clientInstructions: string;
  suggestedFrequency: string | null;
  archived?: boolean;
}

// ---- Treatment plans ---------------------------------------------------------------------------

export const ObjectiveStatuses = ['not-started', 'in-progress', 'achieved', 'revised', 'discontinued'] as const;
export type ObjectiveStatus = (typeof ObjectiveStatuses)[number];

/** What a plan says, as sent. Ids left out are assigned by the server; a review keeps them. */
export interface PlanContent {
  problems: { id?: string; description: string; diagnosisIds: string[] }[];
  goals: {
    id?: string;
    description: string;
    problemIds: string[];
    measureInstrumentIds: string[];
    objectives: { id?: string; description: string; targetDate: string | null }[];
  }[];
  interventionIds: string[];
}

export interface PlanFields {
  sessionsPlanned: number;
  /** `YYYY-MM-DD`. */
  reviewOn: string;
  plissit: PlissitLevel;
  content: PlanContent;
}

/** `POST /treatment-plans`: for one client or one relationship. */
export type NewPlan = PlanFields & ({ clientId: string } | { relationshipId: string });

/** `POST /treatment-plans/:id/versions`: a review, from the version the reviewer read. */
export interface PlanReview extends PlanFields {
  basedOnVersion: number;
  reviewSummary: string;
}

export interface ProgressEntry {
  status: ObjectiveStatus;
  rating: number | null;
  note: string | null;
  recordedAt: string;
  /** The clinician's display name. */
  recordedBy: string;
}

/** `POST /treatment-plans/:id/progress`. */
export interface NewProgress {
  objectiveId: string;
  status: ObjectiveStatus;
  rating?: number;
  note?: string;
}

export interface PlanMeasurePoint {
  clientId: string;
  displayName: string;
  completedAt: string;
  total: number | null;
  /** A band id of the instrument, or null. */
  severity: string | null;
}

export interface PlanObjective {
  id: string;
  description: string;
  targetDate: string | null;
  /** Oldest first. */
  progress: ProgressEntry[];
}

export interface PlanGoal {
  id: string;
  description: string;
  problemIds: string[];
  measureInstrumentIds: string[];
  measures: { instrumentId: string; shortName: string; direction: 'higher-is-worse' | 'higher-is-better'; points: PlanMeasurePoint[] }[];
  objectives: PlanObjective[];
}

export interface PlanProblem {
  id: string;
  description: string;
  diagnoses: { id: string; icd10: string; clientId: string }[];
}

export interface Plan {
  id: string;
  clientId: string | null;
  relationshipId: string | null;
  status: 'active' | 'closed';
  version: number;
  startedOn: string;
  sessionsPlanned: number;
  reviewOn: string;
  reviewDue: boolean;
  plissit: PlissitLevel;
  sessions: { used: number; scheduled: number; planned: number };
  problems: PlanProblem[];
  goals: PlanGoal[];
  interventions: { id: string; name: string }[];
  reviewSummary: string | null;
  versions: { version: number; createdAt: string; authorName: string }[];
  updatedAt: string;
}

/** One row of `GET /treatment-plans?clientId=` or `?relationshipId=`. */
export interface PlanSummary {
  id: string;
  clientId: string | null;
  relationshipId: string | null;
  status: 'active' | 'closed';
  version: number;
  sessionsPlanned: number;
  reviewOn: string;
  plissit: PlissitLevel;
  startedOn: string;
}

/** Whose plan or homework: one client, or one relationship. */
export type PlanSubject = { clientId: string } | { relationshipId: string };

// ---- Homework ----------------------------------------------------------------------------------

export interface HomeworkLog {
  practicedOn: string;
  done: boolean;
  howItWent: string | null;
  /** Only a reflection the client chose to share; a private one never leaves the server. */
  sharedReflection: string | null;
}

export interface HomeworkAssignee {
  clientId: string;
  displayName: string;
  timesDone: number;
  timesLogged: number;
  lastPracticedOn: string | null;
  logs: HomeworkLog[];
}

export interface Homework {
  id: string;
  interventionId: string;
  relationshipId: string | null;
  planId: string | null;
  title: string;
  instructions: string;
  frequency: string | null;
  startsOn: string;
  endsOn: string | null;
  status: 'active' | 'stopped';
  assignedBy: string;
  createdAt: string;
  /** On a client's chart, only that client's own completion. */
  assignees: HomeworkAssignee[];
}

/** `POST /homework`: title and instructions default to the practice's wording. */
export interface NewHomework {
  interventionId: string;
  clientIds?: string[];
  relationshipId?: string;
  planId?: string;
  title?: string;
  instructions?: string;
  frequency?: string;
  endsOn?: string;
}

// ---- Homework in the portal --------------------------------------------------------------------

export interface OwnPracticeLog {
  id: string;
  practicedOn: string;
  done: boolean;
  howItWent: string | null;
  reflection: string | null;
  reflectionShared: boolean;
}

export interface PortalHomework {
  id: string;
  title: string;
  instructions: string;
  frequency: string | null;
  startsOn: string;
  endsOn: string | null;
  status: 'active' | 'stopped';
  /** Given to partners together. */
  withPartner: boolean;
  myLogs: OwnPracticeLog[];
  /** Only reflections a partner chose to share, by their first name. */
  sharedByPartners: { name: string; practicedOn: string; reflection: string }[];
}

/** `POST /portal/homework/:id/logs`. */
export interface NewPracticeLog {
  practicedOn: string;
  done: boolean;
  howItWent?: string;
  reflection?: string;
  shareReflection?: boolean;
}

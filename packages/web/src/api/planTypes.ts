/**
 * Shapes of docs/api.md "Treatment plans, the intervention library and homework": the
 * practice's intervention library, treatment plans with their versions and objective progress,
 * homework as the care team sees it, and homework as the client sees it in the portal. Answers
 * are the generated API types (schema.ts), named for the components.
 */
import type { InterventionCategory, PlissitLevel } from '@candor/clinical';
import type { ResponseOf } from './schema';

export type { InterventionCategory, PlissitLevel };

// ---- The intervention library ----------------------------------------------------------------

export type Intervention = ResponseOf<'/api/v1/interventions'>[number];

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

export type ProgressEntry = PlanObjective['progress'][number];

/** `POST /treatment-plans/:id/progress`. */
export interface NewProgress {
  objectiveId: string;
  status: ObjectiveStatus;
  rating?: number;
  note?: string;
}

export type PlanMeasurePoint = PlanGoal['measures'][number]['points'][number];

export type PlanObjective = PlanGoal['objectives'][number];

export type PlanGoal = Plan['goals'][number];

export type PlanProblem = Plan['problems'][number];

export type Plan = ResponseOf<'/api/v1/treatment-plans/{id}'>;

/** One row of `GET /treatment-plans?clientId=` or `?relationshipId=`. */
export type PlanSummary = ResponseOf<'/api/v1/treatment-plans'>[number];

/** Whose plan or homework: one client, or one relationship. */
export type PlanSubject = { clientId: string } | { relationshipId: string };

// ---- Homework ----------------------------------------------------------------------------------

export type HomeworkLog = HomeworkAssignee['logs'][number];

export type HomeworkAssignee = Homework['assignees'][number];

export type Homework = ResponseOf<'/api/v1/homework'>[number];

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

export type OwnPracticeLog = PortalHomework['myLogs'][number];

export type PortalHomework = ResponseOf<'/api/v1/portal/homework'>[number];

/** `POST /portal/homework/:id/logs`. */
export interface NewPracticeLog {
  practicedOn: string;
  done: boolean;
  howItWent?: string;
  reflection?: string;
  shareReflection?: boolean;
}

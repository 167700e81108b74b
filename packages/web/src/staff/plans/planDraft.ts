/**
 * The plan editor's working copy: plain strings while typing, turned into `PlanFields` on
 * saving. Problems always carry an id (kept when reviewing, made up here when new), so goals
 * can point at a problem written in the same edit; goals and objectives keep theirs when
 * reviewing, so progress carries across versions, and new ones get theirs from the server.
 */
import type { PlissitLevel } from '@candor/clinical';
import type { Plan, PlanFields } from '../../api/planTypes';

export const MAX_PROBLEMS = 10;
export const MAX_GOALS = 10;
export const MAX_OBJECTIVES = 10;
export const MAX_GOAL_MEASURES = 5;
export const MAX_INTERVENTIONS = 20;
export const MAX_SESSIONS = 100;

export interface DraftProblem {
  id: string;
  description: string;
  diagnosisIds: string[];
}

export interface DraftObjective {
  /** React's key: the objective's id when it has one. */
  key: string;
  id?: string;
  description: string;
  /** `YYYY-MM-DD`, or '' for none. */
  targetDate: string;
}

export interface DraftGoal {
  key: string;
  id?: string;
  description: string;
  problemIds: string[];
  measureInstrumentIds: string[];
  objectives: DraftObjective[];
}

export interface PlanDraft {
  problems: DraftProblem[];
  goals: DraftGoal[];
  interventionIds: string[];
  plissit: PlissitLevel | '';
  sessionsPlanned: string;
  reviewOn: string;
  reviewSummary: string;
}

let counter = 0;

/** A new item's id: letters, digits and dashes, as the server accepts (`^[A-Za-z0-9-]{1,40}$`). */
export function newItemId(): string {
  counter += 1;
  return `n${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function newObjective(): DraftObjective {
  return { key: newItemId(), description: '', targetDate: '' };
}

export function newGoal(problemIds: string[] = []): DraftGoal {
  return { key: newItemId(), description: '', problemIds, measureInstrumentIds: [], objectives: [newObjective()] };
}

export function newProblem(): DraftProblem {
  return { id: newItemId(), description: '', diagnosisIds: [] };
}

export function emptyDraft(): PlanDraft {
  const problem = newProblem();
  return { problems: [problem], goals: [newGoal([problem.id])], interventionIds: [], plissit: '', sessionsPlanned: '', reviewOn: '', reviewSummary: '' };
}

/** A review starts from the plan as it stands, every id kept. A past review date is left for a new one. */
export function draftFromPlan(plan: Plan, today: string): PlanDraft {
  return {
    problems: plan.problems.map((problem) => ({ id: problem.id, description: problem.description, diagnosisIds: problem.diagnoses.map((d) => d.id) })),
    goals: plan.goals.map((goal) => ({
      key: goal.id,
      id: goal.id,
      description: goal.description,
      problemIds: [...goal.problemIds],
      measureInstrumentIds: [...goal.measureInstrumentIds],
      objectives: goal.objectives.map((objective) => ({ key: objective.id, id: objective.id, description: objective.description, targetDate: objective.targetDate ?? '' })),
    })),
    interventionIds: plan.interventions.map((intervention) => intervention.id),
    plissit: plan.plissit,
    sessionsPlanned: String(plan.sessionsPlanned),
    reviewOn: plan.reviewOn > today ? plan.reviewOn : '',
    reviewSummary: '',
  };
}

/** What the person must fix before saving, keyed like the server's fields (without `content.`). */
export function checkDraft(draft: PlanDraft, { review, today }: { review: boolean; today: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  draft.problems.forEach((problem, i) => {
    if (!problem.description.trim()) errors[`problems.${i}.description`] = 'Describe the problem.';
  });
  draft.goals.forEach((goal, i) => {
    if (!goal.description.trim()) errors[`goals.${i}.description`] = 'Describe the goal.';
    if (goal.measureInstrumentIds.length > MAX_GOAL_MEASURES) errors[`goals.${i}.measureInstrumentIds`] = `Choose up to ${MAX_GOAL_MEASURES} questionnaires.`;
    goal.objectives.forEach((objective, j) => {
      if (!objective.description.trim()) errors[`goals.${i}.objectives.${j}.description`] = 'Describe the objective: something you can both see happen.';
    });
  });
  if (draft.problems.length === 0) errors.problems = 'Add at least one problem.';
  if (draft.goals.length === 0) errors.goals = 'Add at least one goal.';
  if (draft.interventionIds.length > MAX_INTERVENTIONS) errors.interventionIds = `Choose up to ${MAX_INTERVENTIONS} interventions.`;
  if (!draft.plissit) errors.plissit = 'Choose a level.';
  const sessions = Number(draft.sessionsPlanned);
  if (!/^\d+$/.test(draft.sessionsPlanned.trim()) || sessions < 1 || sessions > MAX_SESSIONS) {
    errors.sessionsPlanned = `Enter a whole number of sessions from 1 to ${MAX_SESSIONS}.`;
  }
  if (!draft.reviewOn) errors.reviewOn = 'Choose when to review the plan.';
  else if (draft.reviewOn < today) errors.reviewOn = 'Choose a review date from today on.';
  if (review && !draft.reviewSummary.trim()) errors.reviewSummary = 'Say briefly what the review found and what changes.';
  return errors;
}

/** The draft as the API takes it. Call only once `checkDraft` finds nothing. */
export function toPlanFields(draft: PlanDraft): PlanFields {
  const problemIds = new Set(draft.problems.map((problem) => problem.id));
  return {
    sessionsPlanned: Number(draft.sessionsPlanned),
    reviewOn: draft.reviewOn,
    plissit: draft.plissit as PlissitLevel,
    content: {
      problems: draft.problems.map((problem) => ({ id: problem.id, description: problem.description.trim(), diagnosisIds: problem.diagnosisIds })),
      goals: draft.goals.map((goal) => ({
        ...(goal.id ? { id: goal.id } : {}),
        description: goal.description.trim(),
        problemIds: goal.problemIds.filter((id) => problemIds.has(id)),
        measureInstrumentIds: goal.measureInstrumentIds,
        objectives: goal.objectives.map((objective) => ({
          ...(objective.id ? { id: objective.id } : {}),
          description: objective.description.trim(),
          targetDate: objective.targetDate || null,
        })),
      })),
      interventionIds: draft.interventionIds,
    },
  };
}

/**
 * A server field as the editor shows it: `content.` dropped, and a bad entry of a chosen list
 * (`content.problems.0.diagnosisIds.1`) shown at the list (`problems.0.diagnosisIds`).
 */
export function editorField(field: string): string {
  return field
    .replace(/^content\./, '')
    .replace(/\.(diagnosisIds|problemIds|measureInstrumentIds)\.\d+$/, '.$1')
    .replace(/^interventionIds\.\d+$/, 'interventionIds')
    .replace(/\.id$/, '.description');
}

/** Server field errors, keyed as the editor shows them. */
export function editorErrors(serverErrors: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(serverErrors)) result[editorField(field)] ??= message;
  return result;
}

/** The id of the control a field's error links to. */
export function fieldIdOf(field: string): string {
  return field === 'plissit' ? 'field-plissit' : `plan-${field.replaceAll('.', '-')}`;
}

const ORDINAL = (text: string) => Number(text) + 1;

/** A field's name for the error summary: "Goal 2, objective 1: description". */
export function fieldLabelOf(field: string): string {
  const fixed: Record<string, string> = {
    problems: 'Problems',
    goals: 'Goals',
    interventionIds: 'Interventions',
    plissit: 'PLISSIT level',
    sessionsPlanned: 'Sessions planned',
    reviewOn: 'Review date',
    reviewSummary: 'Review summary',
    basedOnVersion: 'Version',
    clientId: 'Client',
    relationshipId: 'Relationship',
  };
  if (fixed[field]) return fixed[field];
  let match = /^problems\.(\d+)\.(description|diagnosisIds)$/.exec(field);
  if (match) return `Problem ${ORDINAL(match[1]!)}: ${match[2] === 'description' ? 'description' : 'diagnoses'}`;
  match = /^goals\.(\d+)\.objectives\.(\d+)\.(description|targetDate)$/.exec(field);
  if (match) return `Goal ${ORDINAL(match[1]!)}, objective ${ORDINAL(match[2]!)}: ${match[3] === 'description' ? 'description' : 'target date'}`;
  match = /^goals\.(\d+)\.(description|problemIds|measureInstrumentIds|objectives)$/.exec(field);
  if (match) {
    const what = { description: 'description', problemIds: 'problems it addresses', measureInstrumentIds: 'questionnaires', objectives: 'objectives' }[match[2]!];
    return `Goal ${ORDINAL(match[1]!)}: ${what}`;
  }
  return field;
}

import { PLISSIT_LEVELS, type PlissitLevel } from '@candor/clinical';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/client';
import type { PlanFields } from '../../api/planTypes';
import { useInstruments } from '../../api/useMeasures';
import { useInterventions } from '../../api/usePlans';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField, TextField } from '../../components/TextField';
import { isoDayFromToday } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { DIAGNOSIS_STATUS_LABELS } from '../diagnoses/diagnosisWords';
import { CheckboxGroup } from './CheckboxGroup';
import {
  MAX_GOAL_MEASURES, MAX_GOALS, MAX_INTERVENTIONS, MAX_OBJECTIVES, MAX_PROBLEMS, MAX_SESSIONS, checkDraft, editorErrors, fieldIdOf, fieldLabelOf, newGoal,
  newObjective, newProblem, toPlanFields, type DraftGoal, type DraftObjective, type DraftProblem, type PlanDraft,
} from './planDraft';
import { useMembersDiagnoses, type PlanPeople } from './planPeople';
import { CATEGORY_LABELS, PLISSIT_HINT, byCategory, shortened } from './planWords';

const PLISSIT_OPTIONS = PLISSIT_LEVELS.map((info, index) => ({ value: info.level, label: `${index + 1}. ${info.label}`, hint: info.description }));

interface PlanEditorProps {
  people: PlanPeople;
  initial: PlanDraft;
  /** A review also asks what the review found. */
  review: boolean;
  saving: boolean;
  /** The last failed save, for its field errors (shown next to the fields) or a general message. */
  saveError: unknown;
  /** Shown instead of the general message, e.g. a review that lost a race. */
  saveProblem?: ReactNode;
  submitLabel: string;
  onSave: (fields: PlanFields, reviewSummary: string) => void;
  /** Items were added or removed: an earlier save's field errors no longer point at the right ones. */
  onReshape: () => void;
}

/** One field's error and id, whichever of the person's or the server's errors is shown. */
type ErrorOf = (field: string) => string | undefined;

function ObjectiveFields({ goalIndex, index, objective, count, errorOf, onChange, onRemove }: {
  goalIndex: number;
  index: number;
  objective: DraftObjective;
  count: number;
  errorOf: ErrorOf;
  onChange: (next: DraftObjective) => void;
  onRemove: () => void;
}) {
  const base = `goals.${goalIndex}.objectives.${index}`;
  return (
    <li className="plan-edit-objective">
      <fieldset>
        <legend id={`${fieldIdOf(base)}-heading`} tabIndex={-1}>
          Objective {index + 1}
        </legend>
        <TextField
          id={fieldIdOf(`${base}.description`)}
          name={`${base}.description`}
          label="What will show it is met"
          hint="Something you can both see happen, e.g. “Practise the exercise twice a week for three weeks”."
          maxLength={1000}
          value={objective.description}
          onChange={(event) => onChange({ ...objective, description: event.target.value })}
          error={errorOf(`${base}.description`)}
        />
        <TextField
          id={fieldIdOf(`${base}.targetDate`)}
          name={`${base}.targetDate`}
          type="date"
          label="Target date (optional)"
          value={objective.targetDate}
          onChange={(event) => onChange({ ...objective, targetDate: event.target.value })}
          error={errorOf(`${base}.targetDate`)}
        />
        {count > 1 ? (
          <button type="button" className="button-secondary button-small" onClick={onRemove}>
            Remove objective {index + 1} of goal {goalIndex + 1}
          </button>
        ) : null}
      </fieldset>
    </li>
  );
}

interface GoalFieldsProps {
  index: number;
  goal: DraftGoal;
  count: number;
  problems: DraftProblem[];
  instruments: { value: string; label: string }[];
  errorOf: ErrorOf;
  onChange: (next: DraftGoal) => void;
  onRemove: () => void;
  onReshape: (focusId: string) => void;
}

function GoalFields({ index, goal, count, problems, instruments, errorOf, onChange, onRemove, onReshape }: GoalFieldsProps) {
  const base = `goals.${index}`;
  const problemOptions = problems.map((problem, i) => ({
    value: problem.id,
    label: problem.description.trim() ? `Problem ${i + 1}: ${shortened(problem.description)}` : `Problem ${i + 1}`,
  }));
  const setObjective = (j: number, next: DraftObjective) => onChange({ ...goal, objectives: goal.objectives.map((o, k) => (k === j ? next : o)) });
  return (
    <li className="plan-edit-item">
      <h3 id={`${fieldIdOf(base)}-heading`} tabIndex={-1}>
        Goal {index + 1}
      </h3>
      <TextAreaField
        id={fieldIdOf(`${base}.description`)}
        name={`${base}.description`}
        label="The goal"
        hint="In words the client would recognise."
        rows={2}
        maxLength={2000}
        value={goal.description}
        onChange={(event) => onChange({ ...goal, description: event.target.value })}
        error={errorOf(`${base}.description`)}
      />
      <CheckboxGroup
        idBase={fieldIdOf(`${base}.problemIds`)}
        legend="Problems it addresses"
        options={problemOptions}
        chosen={goal.problemIds}
        onChange={(problemIds) => onChange({ ...goal, problemIds })}
        error={errorOf(`${base}.problemIds`)}
      />
      <CheckboxGroup
        idBase={fieldIdOf(`${base}.measureInstrumentIds`)}
        legend="Questionnaires that show progress (optional)"
        hint={`Up to ${MAX_GOAL_MEASURES}. Their totals appear with the goal on the chart; ask for them under Measures.`}
        options={instruments}
        chosen={goal.measureInstrumentIds}
        onChange={(measureInstrumentIds) => onChange({ ...goal, measureInstrumentIds })}
        error={errorOf(`${base}.measureInstrumentIds`)}
        emptyText="Loading the questionnaires…"
        className="checkbox-columns"
      />
      <h4>Objectives</h4>
      <ol className="plain-list">
        {goal.objectives.map((objective, j) => (
          <ObjectiveFields
            key={objective.key}
            goalIndex={index}
            index={j}
            objective={objective}
            count={goal.objectives.length}
            errorOf={errorOf}
            onChange={(next) => setObjective(j, next)}
            onRemove={() => {
              onChange({ ...goal, objectives: goal.objectives.filter((_, k) => k !== j) });
              onReshape(`${fieldIdOf(base)}-heading`);
            }}
          />
        ))}
      </ol>
      {errorOf(`${base}.objectives`) ? <p className="field-error">{errorOf(`${base}.objectives`)}</p> : null}
      <div className="plan-edit-buttons">
        <button
          type="button"
          id={fieldIdOf(`${base}.objectives`)}
          className="button-secondary button-small"
          disabled={goal.objectives.length >= MAX_OBJECTIVES}
          onClick={() => {
            onChange({ ...goal, objectives: [...goal.objectives, newObjective()] });
            onReshape(`${fieldIdOf(`${base}.objectives.${goal.objectives.length}`)}-heading`);
          }}
        >
          Add an objective to goal {index + 1}
        </button>
        {count > 1 ? (
          <button type="button" className="button-secondary button-small" onClick={onRemove}>
            Remove goal {index + 1}
          </button>
        ) : null}
      </div>
    </li>
  );
}

/**
 * Writing a treatment plan, or reviewing one: problems tied to recorded diagnoses, goals with
 * objectives and the questionnaires that show progress, interventions from the practice's
 * library, the PLISSIT level, sessions planned and the review date.
 */
export function PlanEditor({ people, initial, review, saving, saveError, saveProblem, submitLabel, onSave, onReshape }: PlanEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const focusNext = useRef<string | null>(null);
  const instruments = useInstruments();
  const interventions = useInterventions();
  const { diagnoses, isPending: diagnosesPending, error: diagnosesError } = useMembersDiagnoses(people.members);
  const today = isoDayFromToday();
  const rawServerErrors = fieldErrorsOf(saveError);
  const serverErrors = editorErrors(rawServerErrors);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const errorOf: ErrorOf = (field) => errors[field];
  const labels = Object.fromEntries(Object.keys(errors).map((field) => [field, fieldLabelOf(field)]));
  const showGeneral = saveError !== null && saveError !== undefined && Object.keys(rawServerErrors).length === 0;
  const who = people.isRelationship ? 'the partners' : people.name;

  // After adding or removing an item, focus moves to the new item or to the list's heading.
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  function reshape(next: PlanDraft, focusId: string) {
    setDraft(next);
    setLocalErrors({});
    onReshape();
    focusNext.current = focusId;
  }

  const update = (patch: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const setProblem = (i: number, next: DraftProblem) => update({ problems: draft.problems.map((p, k) => (k === i ? next : p)) });
  const setGoal = (i: number, next: DraftGoal) => update({ goals: draft.goals.map((g, k) => (k === i ? next : g)) });

  function removeProblem(i: number) {
    const removed = draft.problems[i]?.id;
    reshape(
      {
        ...draft,
        problems: draft.problems.filter((_, k) => k !== i),
        goals: draft.goals.map((goal) => ({ ...goal, problemIds: goal.problemIds.filter((id) => id !== removed) })),
      },
      'plan-problems-heading',
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkDraft(draft, { review, today });
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    onSave(toPlanFields(draft), draft.reviewSummary.trim());
  }

  const diagnosisOptions = (chosen: string[]) =>
    diagnoses
      .filter((record) => record.status !== 'ruled-out' || chosen.includes(record.id))
      .map((record) => ({
        value: record.id,
        label: `${people.isRelationship ? `${record.displayName}: ` : ''}${record.label} (${record.icd10}), ${DIAGNOSIS_STATUS_LABELS[record.status]?.toLowerCase() ?? record.status}`,
      }));
  const instrumentOptions = (instruments.data ?? []).map((instrument) => ({ value: instrument.id, label: `${instrument.shortName} — ${instrument.title}` }));
  const libraryGroups = byCategory((interventions.data ?? []).filter((item) => !item.archived || draft.interventionIds.includes(item.id)));

  return (
    <>
      <ErrorSummary errors={errors} labels={labels} idFor={fieldIdOf} />
      {saveProblem ?? <Alert>{showGeneral ? describeError(saveError) : undefined}</Alert>}
      <form onSubmit={handleSubmit} noValidate className="plan-editor" aria-label={review ? 'Review the plan' : 'New treatment plan'}>
        <section aria-labelledby="plan-problems-heading" className="panel">
          <h2 id="plan-problems-heading" tabIndex={-1}>
            Problems
          </h2>
          <p className="muted">What the work is about. Tie each problem to the diagnoses recorded for {who}, if any.</p>
          <Alert focus={false}>{diagnosesError ? describeError(diagnosesError) : undefined}</Alert>
          <ol className="plain-list">
            {draft.problems.map((problem, i) => {
              const base = `problems.${i}`;
              return (
                <li key={problem.id} className="plan-edit-item">
                  <h3 id={`${fieldIdOf(base)}-heading`} tabIndex={-1}>
                    Problem {i + 1}
                  </h3>
                  <TextAreaField
                    id={fieldIdOf(`${base}.description`)}
                    name={`${base}.description`}
                    label="Description"
                    rows={2}
                    maxLength={2000}
                    value={problem.description}
                    onChange={(event) => setProblem(i, { ...problem, description: event.target.value })}
                    error={errorOf(`${base}.description`)}
                  />
                  <CheckboxGroup
                    idBase={fieldIdOf(`${base}.diagnosisIds`)}
                    legend="Diagnoses (optional)"
                    options={diagnosisOptions(problem.diagnosisIds)}
                    chosen={problem.diagnosisIds}
                    onChange={(diagnosisIds) => setProblem(i, { ...problem, diagnosisIds })}
                    error={errorOf(`${base}.diagnosisIds`)}
                    emptyText={diagnosesPending ? 'Loading the diagnoses…' : `No diagnoses are recorded for ${who} yet. You can record one from the chart and add it at the next review.`}
                  />
                  {draft.problems.length > 1 ? (
                    <button type="button" className="button-secondary button-small" onClick={() => removeProblem(i)}>
                      Remove problem {i + 1}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {errorOf('problems') ? <p className="field-error">{errorOf('problems')}</p> : null}
          <button
            type="button"
            id={fieldIdOf('problems')}
            className="button-secondary"
            disabled={draft.problems.length >= MAX_PROBLEMS}
            onClick={() => reshape({ ...draft, problems: [...draft.problems, newProblem()] }, `${fieldIdOf(`problems.${draft.problems.length}`)}-heading`)}
          >
            Add a problem
          </button>
        </section>

        <section aria-labelledby="plan-goals-heading" className="panel">
          <h2 id="plan-goals-heading" tabIndex={-1}>
            Goals and objectives
          </h2>
          <p className="muted">Each goal has at least one objective: a concrete step you will record progress on.</p>
          <ol className="plain-list">
            {draft.goals.map((goal, i) => (
              <GoalFields
                key={goal.key}
                index={i}
                goal={goal}
                count={draft.goals.length}
                problems={draft.problems}
                instruments={instrumentOptions}
                errorOf={errorOf}
                onChange={(next) => setGoal(i, next)}
                onRemove={() => reshape({ ...draft, goals: draft.goals.filter((_, k) => k !== i) }, 'plan-goals-heading')}
                onReshape={(focusId) => {
                  setLocalErrors({});
                  onReshape();
                  focusNext.current = focusId;
                }}
              />
            ))}
          </ol>
          {errorOf('goals') ? <p className="field-error">{errorOf('goals')}</p> : null}
          <button
            type="button"
            id={fieldIdOf('goals')}
            className="button-secondary"
            disabled={draft.goals.length >= MAX_GOALS}
            onClick={() => reshape({ ...draft, goals: [...draft.goals, newGoal()] }, `${fieldIdOf(`goals.${draft.goals.length}`)}-heading`)}
          >
            Add a goal
          </button>
        </section>

        <section aria-labelledby="plan-interventions-heading" className="panel">
          <h2 id="plan-interventions-heading">Interventions</h2>
          <p className="muted">
            From your practice&apos;s library (<Link to="/settings/interventions">Settings → Interventions</Link>). Up to {MAX_INTERVENTIONS}.
          </p>
          {errorOf('interventionIds') ? (
            <p id="plan-interventionIds-error" className="field-error">
              {errorOf('interventionIds')}
            </p>
          ) : null}
          <Alert focus={false}>{interventions.isError ? describeError(interventions.error) : undefined}</Alert>
          {interventions.isPending ? (
            <p role="status" className="muted">
              Loading the library…
            </p>
          ) : null}
          {libraryGroups.map((group, index) => (
            <CheckboxGroup
              key={group.category}
              idBase={index === 0 ? fieldIdOf('interventionIds') : `plan-interventions-${group.category}`}
              legend={CATEGORY_LABELS[group.category]}
              options={group.items.map((item) => ({ value: item.id, label: item.archived ? `${item.name} (archived)` : item.name }))}
              chosen={draft.interventionIds}
              onChange={(interventionIds) => update({ interventionIds })}
            />
          ))}
        </section>

        <section aria-labelledby="plan-frame-heading" className="panel">
          <h2 id="plan-frame-heading">Intensity, sessions and review</h2>
          <RadioGroup<PlissitLevel>
            name="plissit"
            legend="PLISSIT level"
            hint={PLISSIT_HINT}
            options={PLISSIT_OPTIONS}
            value={draft.plissit || undefined}
            onChange={(plissit) => update({ plissit })}
            error={errorOf('plissit')}
          />
          <TextField
            id={fieldIdOf('sessionsPlanned')}
            name="sessionsPlanned"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_SESSIONS}
            label="Sessions planned"
            hint="Completed sessions are counted against this on the chart."
            value={draft.sessionsPlanned}
            onChange={(event) => update({ sessionsPlanned: event.target.value })}
            error={errorOf('sessionsPlanned')}
          />
          <TextField
            id={fieldIdOf('reviewOn')}
            name="reviewOn"
            type="date"
            label="Review date"
            hint="The chart shows “Review due” from this day."
            min={today}
            value={draft.reviewOn}
            onChange={(event) => update({ reviewOn: event.target.value })}
            error={errorOf('reviewOn')}
          />
          {review ? (
            <TextAreaField
              id={fieldIdOf('reviewSummary')}
              name="reviewSummary"
              label="Review summary"
              hint="What the review found, and what changes in this version."
              rows={4}
              maxLength={4000}
              value={draft.reviewSummary}
              onChange={(event) => update({ reviewSummary: event.target.value })}
              error={errorOf('reviewSummary')}
            />
          ) : null}
        </section>

        <div className="form-actions">
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : submitLabel}
          </button>
          <Link to={people.chartPath}>Cancel</Link>
        </div>
      </form>
    </>
  );
}

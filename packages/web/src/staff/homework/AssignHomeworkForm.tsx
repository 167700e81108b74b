import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { Intervention, NewHomework, PlanSubject } from '../../api/planTypes';
import { useAssignHomework } from '../../api/useHomework';
import { useInterventions } from '../../api/usePlans';
import { Alert, StatusMessage } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField, TextField } from '../../components/TextField';
import { isoDayFromToday, listOfNames } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import type { Member } from '../plans/planPeople';
import { byCategory } from '../plans/planWords';

const LABELS: Record<string, string> = {
  interventionId: 'Exercise',
  clientIds: 'Who it is for',
  title: 'Title the client sees',
  instructions: 'Instructions',
  frequency: 'How often',
  endsOn: 'Until',
  planId: 'Treatment plan',
};

const ALL = 'all';

interface AssignHomeworkFormProps {
  subject: PlanSubject;
  members: Member[];
  /** The active treatment plan, which the homework is linked to. */
  planId: string | undefined;
}

/** "Give homework": an exercise from the library, its wording pre-filled and editable for these clients. */
export function AssignHomeworkForm({ subject, members, planId }: AssignHomeworkFormProps) {
  const interventions = useInterventions();
  const assign = useAssignHomework();
  const [interventionId, setInterventionId] = useState('');
  const [who, setWho] = useState(ALL);
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [frequency, setFrequency] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const serverErrors = Object.fromEntries(Object.entries(fieldErrorsOf(assign.error)).map(([field, message]) => [field.replace(/^clientIds\.\d+$/, 'clientIds'), message]));
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const generalError = assign.isError && Object.keys(serverErrors).length === 0;
  const isRelationship = 'relationshipId' in subject;
  const idFor = (field: string) => (field === 'clientIds' ? 'field-homeworkFor' : `homework-${field}`);
  const exercises = (interventions.data ?? []).filter((item) => item.homework && !item.archived);
  const chosen = exercises.find((item) => item.id === interventionId);
  const whoOptions = [
    { value: ALL, label: members.length === 2 ? 'Both partners, together' : 'Every partner, together' },
    ...members.map((member) => ({ value: member.clientId, label: `Only ${member.displayName}` })),
  ];

  function choose(item: Intervention | undefined) {
    setInterventionId(item?.id ?? '');
    setTitle(item?.clientTitle ?? '');
    setInstructions(item?.clientInstructions ?? '');
    setFrequency(item?.suggestedFrequency ?? '');
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone('');
    const problems: Record<string, string> = {};
    if (!chosen) {
      problems.interventionId = 'Choose an exercise from the library.';
    } else {
      if (!title.trim()) problems.title = 'Give the exercise a title for the client.';
      if (!instructions.trim()) problems.instructions = 'Write the instructions the client will read.';
      if (endsOn && endsOn < isoDayFromToday()) problems.endsOn = 'Choose a date from today on, or leave it empty.';
    }
    setLocalErrors(problems);
    if (!chosen || Object.keys(problems).length) return;
    const body: NewHomework = { interventionId: chosen.id, title: title.trim(), instructions: instructions.trim() };
    if (frequency.trim()) body.frequency = frequency.trim();
    if (endsOn) body.endsOn = endsOn;
    if (planId) body.planId = planId;
    if ('relationshipId' in subject) {
      body.relationshipId = subject.relationshipId;
      if (who !== ALL) body.clientIds = [who];
    } else {
      body.clientIds = [subject.clientId];
    }
    const forWhom = who === ALL ? members : members.filter((member) => member.clientId === who);
    assign.mutate(body, {
      onSuccess: (homework) => {
        setDone(`Given to ${listOfNames(forWhom.map((member) => member.displayName))}: ${homework.title}.`);
        choose(undefined);
        setEndsOn('');
        setWho(ALL);
      },
    });
  }

  const selectId = idFor('interventionId');
  const selectDescribedBy = [chosen ? `${selectId}-hint` : '', errors.interventionId ? `${selectId}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form onSubmit={handleSubmit} noValidate className="assign-form" aria-labelledby="homework-form-heading">
      <h3 id="homework-form-heading">Give homework</h3>
      <ErrorSummary errors={errors} labels={LABELS} idFor={idFor} />
      <Alert>{generalError ? describeError(assign.error) : undefined}</Alert>
      <Alert focus={false}>{interventions.isError ? describeError(interventions.error) : undefined}</Alert>
      <div className={errors.interventionId ? 'field field-invalid' : 'field'}>
        <label htmlFor={selectId}>Exercise</label>
        {chosen ? (
          <p id={`${selectId}-hint`} className="field-hint">
            {chosen.summary}
            {chosen.forPartners ? ' Designed to be done together.' : ''}
          </p>
        ) : null}
        {errors.interventionId ? (
          <p id={`${selectId}-error`} className="field-error">
            {errors.interventionId}
          </p>
        ) : null}
        <select
          id={selectId}
          name="interventionId"
          value={interventionId}
          onChange={(event) => choose(exercises.find((item) => item.id === event.target.value))}
          aria-invalid={errors.interventionId ? true : undefined}
          aria-describedby={selectDescribedBy}
        >
          <option value="">{interventions.isPending ? 'Loading the library…' : 'Choose an exercise'}</option>
          {byCategory(exercises).map((group) => (
            <optgroup key={group.category} label={group.label}>
              {group.items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {isRelationship ? (
        <RadioGroup name="homeworkFor" legend="Who it is for" options={whoOptions} value={who} onChange={setWho} error={errors.clientIds} />
      ) : null}
      {chosen ? (
        <>
          <p className="muted">Filled in from your practice&apos;s library. Changes here are for this homework only.</p>
          <TextField id={idFor('title')} name="title" label="Title the client sees" maxLength={120} value={title} onChange={(event) => setTitle(event.target.value)} error={errors.title} />
          <TextAreaField
            id={idFor('instructions')}
            name="instructions"
            label="Instructions"
            hint="Plain words; leave a blank line between paragraphs."
            rows={8}
            maxLength={6000}
            value={instructions}
            onChange={(event) => setInstructions(event.target.value)}
            error={errors.instructions}
          />
          <TextField
            id={idFor('frequency')}
            name="frequency"
            label="How often (optional)"
            hint="For example “2–3 times a week”."
            maxLength={120}
            value={frequency}
            onChange={(event) => setFrequency(event.target.value)}
            error={errors.frequency}
          />
          <TextField
            id={idFor('endsOn')}
            name="endsOn"
            type="date"
            label="Until (optional)"
            hint="Leave empty to keep it going until you stop it."
            min={isoDayFromToday()}
            value={endsOn}
            onChange={(event) => setEndsOn(event.target.value)}
            error={errors.endsOn}
          />
          {planId ? <p className="muted">It will be linked to the active treatment plan.</p> : null}
        </>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={assign.isPending}>
          {assign.isPending ? 'Giving…' : 'Give this homework'}
        </button>
      </div>
      <StatusMessage>{done || undefined}</StatusMessage>
    </form>
  );
}

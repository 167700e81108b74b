import type { CeCategory } from '@candor/clinical';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import {
  ActivityModalities, Deliveries, SupervisionFormats, SupervisionRoles, type Activity, type ActivityInput, type ActivityKind, type ActivityModality, type Delivery,
  type SupervisionFormat, type SupervisionRole,
} from '../../api/certificationTypes';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField, TextAreaField, TextField } from '../../components/TextField';
import { isoDayFromToday } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';
import { ACTIVITY_KIND_LABELS, CATEGORY_OPTIONS, DELIVERY_LABELS, FORMAT_LABELS, MODALITY_LABELS, ROLE_LABELS, STATE_OPTIONS } from './certificationWords';

/** A supervisor the clinician can name: someone in the practice (who then confirms the hours). */
export interface SupervisorChoice {
  id: string;
  name: string;
}

const OUTSIDE = 'outside';

const LABELS: Record<string, string> = {
  kind: 'Kind of hours',
  date: 'Date',
  hours: 'Hours',
  title: 'Course or event',
  provider: 'Provided by',
  category: 'What it covered',
  delivery: 'How it was delivered',
  aasectApproved: 'AASECT approval',
  providedBySupervisor: 'Given by your supervisor',
  modality: 'How the sessions were held',
  jurisdiction: 'The clients’ state',
  format: 'Individual or group',
  role: 'Received or given',
  supervisorUserId: 'Supervisor',
  supervisorName: 'Supervisor’s name',
  supervisorCertified: 'AASECT Certified Supervisor',
  note: 'Note',
};

const KIND_OPTIONS = [
  { value: 'education', label: ACTIVITY_KIND_LABELS.education, hint: 'Courses, workshops and SAR.' },
  { value: 'clinical', label: ACTIVITY_KIND_LABELS.clinical, hint: 'Sex-therapy sessions you held under supervision.' },
  { value: 'supervision', label: ACTIVITY_KIND_LABELS.supervision, hint: 'Supervision you received or gave.' },
] as const;

/** Checks the date and hours every kind has; returns problems by field. */
function checkCommon(date: string, hoursText: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.date = 'Enter the date.';
  else if (date > isoDayFromToday()) problems.date = 'Log hours once they have happened: the date cannot be in the future.';
  const hours = Number(hoursText.replace(',', '.'));
  if (!hoursText || !Number.isFinite(hours) || hours <= 0 || hours > 24 || !Number.isInteger(hours * 4)) {
    problems.hours = 'Enter the hours in quarter hours, more than 0 and at most 24: for example 1.5.';
  }
  return problems;
}

interface ActivityFormProps {
  /** Editing: the entry as it is now. */
  activity?: Activity;
  /** Makes the controls' ids unique on the page, e.g. `log` or `edit-<id>`. */
  idPrefix: string;
  supervisors: readonly SupervisorChoice[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ActivityInput) => void;
  onCancel?: () => void;
}

/** One entry of the log: the fields of its kind only (the server refuses the others). */
export function ActivityForm({ activity, idPrefix, supervisors, submitLabel, pending, error, onSubmit, onCancel }: ActivityFormProps) {
  const [kind, setKind] = useState<ActivityKind>(activity?.kind ?? 'education');
  const [delivery, setDelivery] = useState<Delivery | undefined>(activity?.delivery ?? undefined);
  const [modality, setModality] = useState<ActivityModality | undefined>(activity?.kind === 'clinical' ? (activity.modality ?? undefined) : undefined);
  const [format, setFormat] = useState<SupervisionFormat | undefined>(activity?.format ?? undefined);
  const [role, setRole] = useState<SupervisionRole>(activity?.role ?? 'received');
  const [supervisor, setSupervisor] = useState(activity ? (activity.supervisorUserId ?? (activity.supervisorName ? OUTSIDE : '')) : (supervisors.length === 1 ? supervisors[0]!.id : ''));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const serverErrors: Record<string, string> = {};
  const otherProblems: string[] = [];
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
    if (field in LABELS) serverErrors[field] = message;
    else otherProblems.push(message);
  }
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const general = Object.keys(localErrors).length
    ? undefined
    : otherProblems.length
      ? otherProblems.join(' ')
      : error && Object.keys(serverErrors).length === 0
        ? describeError(error)
        : undefined;

  const fieldId = (field: string) => `field-${idPrefix}-${field === 'modality' && kind === 'supervision' ? 'supervisionModality' : field}`;
  const radioName = (field: string) => `${idPrefix}-${field}`;
  const known = supervisors.some((s) => s.id === supervisor);
  const supervisorOptions = [
    ...(supervisor === '' ? [{ value: '', label: 'Choose your supervisor' }] : []),
    ...supervisors.map((s) => ({ value: s.id, label: s.name })),
    // An entry naming a supervisor this viewer can no longer list still shows who it was.
    ...(supervisor && supervisor !== OUTSIDE && !known ? [{ value: supervisor, label: activity?.supervisorName ?? 'Your supervisor' }] : []),
    { value: OUTSIDE, label: 'Someone outside this practice' },
  ];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const date = textValue(form, 'date');
    const hoursRaw = textValue(form, 'hours');
    const problems = checkCommon(date, hoursRaw);
    const hours = Number(hoursRaw.replace(',', '.'));
    const note = textValue(form, 'note');
    const base = { date, hours, ...(note ? { note } : {}) };
    let input: ActivityInput | null = null;

    if (kind === 'education') {
      const title = textValue(form, 'title');
      const provider = textValue(form, 'provider');
      const category = textValue(form, 'category') as CeCategory | '';
      if (!title) problems.title = 'Name the course or event.';
      if (!provider) problems.provider = 'Say who provided it.';
      if (!category) problems.category = 'Choose what it covered.';
      if (!delivery) problems.delivery = 'Say whether it was online or in person.';
      if (category && delivery) {
        input = {
          kind, ...base, title, provider, category, delivery,
          aasectApproved: form.get('aasectApproved') === 'yes',
          providedBySupervisor: form.get('providedBySupervisor') === 'yes',
        };
      }
    } else if (kind === 'clinical') {
      const jurisdiction = textValue(form, 'jurisdiction');
      if (!modality) problems.modality = 'Say whether the sessions were in person or by telehealth.';
      if (modality === 'telehealth' && !jurisdiction) problems.jurisdiction = 'Choose the state the clients were in.';
      if (modality) input = { kind, ...base, modality, ...(modality === 'telehealth' ? { jurisdiction } : {}) };
    } else {
      const supervisorName = textValue(form, 'supervisorName');
      const how = textValue(form, 'supervisionModality') as ActivityModality | '';
      if (!format) problems.format = 'Say whether it was individual or group supervision.';
      if (role === 'received' && !supervisor) problems.supervisorUserId = 'Choose your supervisor, or someone outside this practice.';
      if (role === 'received' && supervisor === OUTSIDE && !supervisorName) problems.supervisorName = 'Enter your supervisor’s name.';
      if (format) {
        input = { kind, ...base, format, role, ...(how ? { modality: how } : {}) };
        if (role === 'received' && supervisor === OUTSIDE) {
          input.supervisorName = supervisorName;
          input.supervisorCertified = form.get('supervisorCertified') === 'yes';
        } else if (role === 'received' && supervisor) {
          input.supervisorUserId = supervisor;
        }
      }
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0 && input) onSubmit(input);
  }

  const checkbox = (name: string, label: string, checked: boolean, hint?: string) => (
    <div className="field">
      <label className="checkbox" htmlFor={fieldId(name)}>
        <input id={fieldId(name)} type="checkbox" name={name} value="yes" defaultChecked={checked} aria-describedby={hint ? `${fieldId(name)}-hint` : undefined} />
        {label}
      </label>
      {hint ? (
        <p id={`${fieldId(name)}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );

  return (
    <form onSubmit={handleSubmit} noValidate className="activity-form" aria-label={activity ? 'Change the entry' : 'Log hours'}>
      <ErrorSummary errors={errors} labels={LABELS} idFor={fieldId} />
      <Alert>{general}</Alert>
      {activity ? null : (
        <RadioGroup name={radioName('kind')} legend="What are you logging?" options={KIND_OPTIONS} value={kind} onChange={setKind} />
      )}
      <div className="date-hours">
        <TextField id={fieldId('date')} name="date" type="date" label="Date" max={isoDayFromToday()} defaultValue={activity?.date ?? ''} error={errors.date} />
        <TextField
          id={fieldId('hours')}
          name="hours"
          label="Hours"
          hint="Clock hours, in quarter hours: 1.5 is an hour and a half."
          inputMode="decimal"
          autoComplete="off"
          defaultValue={activity ? String(activity.hours) : ''}
          error={errors.hours}
        />
      </div>

      {kind === 'education' ? (
        <>
          <TextField id={fieldId('title')} name="title" label="Course or event" defaultValue={activity?.title ?? ''} autoComplete="off" maxLength={200} error={errors.title} />
          <TextField id={fieldId('provider')} name="provider" label="Provided by" defaultValue={activity?.provider ?? ''} autoComplete="off" maxLength={200} error={errors.provider} />
          <SelectField
            id={fieldId('category')}
            name="category"
            label="What it covered"
            defaultValue={activity?.category ?? ''}
            options={[{ value: '', label: 'Choose a category' }, ...CATEGORY_OPTIONS]}
            error={errors.category}
          />
          <RadioGroup
            name={radioName('delivery')}
            legend="How it was delivered"
            options={Deliveries.map((value) => ({ value, label: DELIVERY_LABELS[value] }))}
            value={delivery}
            onChange={setDelivery}
            error={errors.delivery}
            inline
          />
          {checkbox('aasectApproved', 'Approved or sponsored by AASECT', activity?.aasectApproved ?? false)}
          {checkbox('providedBySupervisor', 'Given by my supervisor', activity?.providedBySupervisor ?? false, 'Didactic hours your supervisor taught: up to 5 count toward sex-therapy training.')}
        </>
      ) : null}

      {kind === 'clinical' ? (
        <>
          <RadioGroup
            name={radioName('modality')}
            legend="How the sessions were held"
            options={ActivityModalities.map((value) => ({ value, label: MODALITY_LABELS[value] }))}
            value={modality}
            onChange={setModality}
            error={errors.modality}
            inline
          />
          {modality === 'telehealth' ? (
            <SelectField
              id={fieldId('jurisdiction')}
              name="jurisdiction"
              label="The clients’ state"
              hint="Telehealth hours count only with clients in a state where you hold a licence."
              defaultValue={activity?.jurisdiction ?? ''}
              options={[{ value: '', label: 'Choose the state' }, ...STATE_OPTIONS]}
              error={errors.jurisdiction}
            />
          ) : null}
          <p className="field-hint">Record hours only: no client names or details.</p>
        </>
      ) : null}

      {kind === 'supervision' ? (
        <>
          <RadioGroup
            name={radioName('format')}
            legend="Individual or group"
            options={SupervisionFormats.map((value) => ({ value, label: FORMAT_LABELS[value] }))}
            value={format}
            onChange={setFormat}
            error={errors.format}
            inline
          />
          <RadioGroup
            name={radioName('role')}
            legend="Received or given"
            options={SupervisionRoles.map((value) => ({ value, label: ROLE_LABELS[value] }))}
            value={role}
            onChange={setRole}
            error={errors.role}
          />
          {role === 'received' ? (
            <>
              <SelectField
                id={fieldId('supervisorUserId')}
                name="supervisor"
                label="Supervisor"
                hint="A supervisor in this practice confirms the hours; only confirmed hours with an AASECT Certified Supervisor count."
                value={supervisor}
                onChange={(event) => setSupervisor(event.target.value)}
                options={supervisorOptions}
                error={errors.supervisorUserId}
              />
              {supervisor === OUTSIDE ? (
                <>
                  <TextField
                    id={fieldId('supervisorName')}
                    name="supervisorName"
                    label="Supervisor’s name"
                    defaultValue={activity?.supervisorUserId ? '' : (activity?.supervisorName ?? '')}
                    autoComplete="off"
                    maxLength={120}
                    error={errors.supervisorName}
                  />
                  {checkbox('supervisorCertified', 'They are an AASECT Certified Supervisor', activity?.supervisorUserId ? false : (activity?.supervisorCertified ?? false))}
                </>
              ) : null}
            </>
          ) : null}
          <SelectField
            id={fieldId('supervisionModality')}
            name="supervisionModality"
            label="How it was held (optional)"
            defaultValue={activity?.kind === 'supervision' ? (activity.modality ?? '') : ''}
            options={[{ value: '', label: 'Not recorded' }, ...ActivityModalities.map((value) => ({ value, label: MODALITY_LABELS[value] }))]}
            error={errors.modality}
          />
        </>
      ) : null}

      <TextAreaField
        id={fieldId('note')}
        name="note"
        label="Note (optional)"
        hint="For your own reference. Leave out client names and details."
        rows={2}
        maxLength={500}
        defaultValue={activity?.note ?? ''}
        error={errors.note}
      />
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

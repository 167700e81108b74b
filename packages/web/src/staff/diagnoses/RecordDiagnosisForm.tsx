import { useState, type FormEvent } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { fieldErrorsOf } from '../../api/client';
import {
  DiagnosisStatuses, type CatalogEntry, type Context, type Course, type DiagnosisRecord, type DiagnosisStatus, type Evaluation, type Findings,
  type NewDiagnosis, type Severity, type Specifiers,
} from '../../api/diagnosisTypes';
import { Alert } from '../../components/Alert';
import { RadioGroup, type RadioOption } from '../../components/RadioGroup';
import { SelectField, TextAreaField, TextField } from '../../components/TextField';
import { isoDayFromToday } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { checkedValues, textValue } from '../../components/forms';
import { CONTEXT_LABELS, COURSE_LABELS, DIAGNOSIS_STATUS_LABELS, SEVERITY_LABELS } from './diagnosisWords';

export const MIN_OVERRIDE_REASON = 10;

interface RecordFormProps {
  entry: CatalogEntry;
  findings: Findings;
  evaluation: Evaluation | undefined;
  /** The findings changed and are being evaluated again: recording waits for the answer. */
  updating: boolean;
  record: UseMutationResult<DiagnosisRecord, Error, NewDiagnosis>;
  onRecorded: () => void;
}

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>): RadioOption<T | ''>[] => [
  ...values.map((value) => ({ value: value as T | '', label: labels[value] })),
  { value: '', label: 'Not specified' },
];

/** Specifiers (only those this diagnosis allows), status and date; then record, or record with an override. */
export function RecordDiagnosisForm({ entry, findings, evaluation, updating, record, onRecorded }: RecordFormProps) {
  const [course, setCourse] = useState<Course | ''>('');
  const [context, setContext] = useState<Context | ''>('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [status, setStatus] = useState<DiagnosisStatus>('provisional');
  const [overriding, setOverriding] = useState(false);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(record.error), ...localErrors };
  const shown = ['status', 'diagnosedOn', 'override', 'specifiers.course', 'specifiers.context', 'specifiers.severity', 'specifiers.other'];
  const generalError = record.isError && !Object.keys(fieldErrorsOf(record.error)).some((field) => shown.includes(field) || field.startsWith('findings.'));
  const today = isoDayFromToday();
  const criteriaMet = evaluation?.canDiagnose === true || status === 'ruled-out';
  const withOverride = !criteriaMet && overriding;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const diagnosedOn = textValue(form, 'diagnosedOn');
    const reason = textValue(form, 'overrideReason');
    const problems: Record<string, string> = {};
    if (!diagnosedOn) problems.diagnosedOn = 'Choose the date of the diagnosis.';
    else if (diagnosedOn > today) problems.diagnosedOn = 'The date cannot be in the future.';
    if (withOverride && reason.length < MIN_OVERRIDE_REASON) problems.override = `Give the reason for the override, in at least ${MIN_OVERRIDE_REASON} characters.`;
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const specifiers: Specifiers = {};
    if (course) specifiers.course = course;
    if (context) specifiers.context = context;
    if (severity) specifiers.severity = severity;
    const other = checkedValues(form, 'other');
    if (other.length) specifiers.other = other;
    const body: NewDiagnosis = { diagnosisId: entry.id, findings, specifiers, status, diagnosedOn };
    if (withOverride) body.override = { reason };
    record.mutate(body, { onSuccess: onRecorded });
  }

  const { specifiers } = entry;
  return (
    <section aria-labelledby="record-heading" className="panel">
      <h2 id="record-heading">Record</h2>
      <Alert>{generalError ? describeError(record.error) : undefined}</Alert>
      <form onSubmit={handleSubmit} noValidate>
        {specifiers.course.length ? <RadioGroup name="course" legend="Course" options={choices(specifiers.course, COURSE_LABELS)} value={course} onChange={setCourse} inline error={errors['specifiers.course']} /> : null}
        {specifiers.context.length ? <RadioGroup name="context" legend="Context" options={choices(specifiers.context, CONTEXT_LABELS)} value={context} onChange={setContext} inline error={errors['specifiers.context']} /> : null}
        {specifiers.severity.length ? <RadioGroup name="severity" legend="Severity" options={choices(specifiers.severity, SEVERITY_LABELS)} value={severity} onChange={setSeverity} inline error={errors['specifiers.severity']} /> : null}
        {specifiers.other.length ? (
          <fieldset className={errors['specifiers.other'] ? 'field-invalid' : undefined}>
            <legend>Other specifiers</legend>
            {errors['specifiers.other'] ? <p className="field-error">{errors['specifiers.other']}</p> : null}
            {specifiers.other.map((item) => (
              <label key={item.id} className="checkbox" htmlFor={`other-${item.id}`}>
                <input id={`other-${item.id}`} type="checkbox" name="other" value={item.id} />
                {item.label}
              </label>
            ))}
          </fieldset>
        ) : null}
        <SelectField
          name="status"
          label="Status"
          options={DiagnosisStatuses.map((value) => ({ value, label: DIAGNOSIS_STATUS_LABELS[value] }))}
          value={status}
          onChange={(event) => setStatus(event.target.value as DiagnosisStatus)}
          error={errors.status}
        />
        <TextField name="diagnosedOn" type="date" label="Date" max={today} defaultValue={today} required error={errors.diagnosedOn} />

        {criteriaMet ? (
          <div className="form-actions">
            <button type="submit" disabled={record.isPending || updating}>
              {record.isPending ? 'Recording…' : updating ? 'Checking the criteria…' : 'Record the diagnosis'}
            </button>
          </div>
        ) : (
          <div className="override">
            <p>
              {evaluation
                ? 'The criteria are not all met, so this can be recorded only as an override. You might instead record it once more is known, or choose “Ruled out”.'
                : 'Checking the criteria…'}
            </p>
            {overriding ? (
              <>
                <TextAreaField
                  name="overrideReason"
                  id="field-override"
                  label="Why you are recording it anyway"
                  hint={`At least ${MIN_OVERRIDE_REASON} characters. The reason is kept with the diagnosis and shown with it, and the override is written to the practice's audit log.`}
                  rows={3}
                  autoFocus
                  error={errors.override}
                />
                <div className="form-actions">
                  <button type="submit" disabled={record.isPending || updating}>
                    {record.isPending ? 'Recording…' : 'Record with an override'}
                  </button>
                  <button type="button" className="button-link" onClick={() => setOverriding(false)}>
                    Cancel
                  </button>
                </div>
              </>
            ) : (
              <div className="form-actions">
                <button type="button" className="button-secondary" onClick={() => setOverriding(true)}>
                  Record anyway (override)
                </button>
              </div>
            )}
            {!overriding && errors.override ? <p className="field-error">{errors.override}</p> : null}
          </div>
        )}
      </form>
    </section>
  );
}

import { CERTIFICATION_TYPES, DEGREE_LEVELS, LICENSED_PROFESSIONS } from '@candor/clinical';
import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { Credential, CredentialFields, CredentialKind } from '../../api/credentialTypes';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';
import { STATE_OPTIONS } from './credentialWords';

/** What each kind's fields are called, for labels and the error summary. */
const LABELS: Record<CredentialKind, Record<string, string>> = {
  degree: { type: 'Degree', title: 'Field of study', issuer: 'Institution', year: 'Year awarded' },
  licence: { type: 'Profession', jurisdiction: 'State', number: 'Licence number', expiresOn: 'Expiry date' },
  certification: { type: 'Certification', title: 'Name of the certification', issuer: 'Issued by', number: 'Certificate number', expiresOn: 'Expiry date' },
};

const TYPE_OPTIONS: Record<CredentialKind, readonly { id: string; label: string }[]> = {
  degree: DEGREE_LEVELS,
  licence: LICENSED_PROFESSIONS,
  certification: CERTIFICATION_TYPES,
};

const TYPE_PROMPTS: Record<CredentialKind, string> = { degree: 'Choose the degree', licence: 'Choose the profession', certification: 'Choose the certification' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The fields this kind sends, read from the form; `clearing` sends null for an emptied optional field (editing). */
function readFields(kind: CredentialKind, form: FormData, type: string, clearing: boolean): { fields: CredentialFields; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const optional = (name: string) => textValue(form, name) || (clearing ? null : undefined);
  if (!type) problems.type = kind === 'licence' ? 'Choose the profession the licence is in.' : `Choose the ${kind === 'degree' ? 'degree' : 'certification'}.`;
  if (kind === 'degree') {
    const title = textValue(form, 'title');
    const issuer = textValue(form, 'issuer');
    const yearText = textValue(form, 'year');
    const year = Number(yearText);
    if (!title) problems.title = 'Enter the field of study, for example Clinical Psychology.';
    if (!issuer) problems.issuer = 'Enter the university or college that awarded it.';
    if (!/^\d{4}$/.test(yearText) || year < 1950 || year > 2100) problems.year = 'Enter the year it was awarded, for example 2012.';
    return { fields: { type, title, issuer, year }, problems };
  }
  if (kind === 'licence') {
    const jurisdiction = textValue(form, 'jurisdiction');
    const number = textValue(form, 'number');
    const expiresOn = textValue(form, 'expiresOn');
    if (!jurisdiction) problems.jurisdiction = 'Choose the state that issued the licence.';
    if (!number) problems.number = 'Enter the licence number.';
    if (!DAY.test(expiresOn)) problems.expiresOn = 'Enter the date the licence expires.';
    return { fields: { type, jurisdiction, number, expiresOn }, problems };
  }
  const title = type === 'other' ? textValue(form, 'title') : '';
  if (type === 'other' && !title) problems.title = 'Name the certification.';
  const expiresOn = textValue(form, 'expiresOn');
  if (expiresOn && !DAY.test(expiresOn)) problems.expiresOn = 'Enter the expiry date, or leave it empty if it does not expire.';
  return {
    fields: { type, title: title || (clearing ? null : undefined), issuer: optional('issuer'), number: optional('number'), expiresOn: expiresOn || (clearing ? null : undefined) },
    problems,
  };
}

/** The server's refusal: messages by the fields it names, anything else for the whole form. */
function serverProblems(kind: CredentialKind, error: unknown): { fields: Record<string, string>; general: string | undefined } {
  if (!error) return { fields: {}, general: undefined };
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
    if (field in LABELS[kind]) fields[field] = message;
    else other.push(message);
  }
  const general = other.length ? other.join(' ') : Object.keys(fields).length === 0 ? describeError(error) : undefined;
  return { fields, general };
}

interface CredentialFormProps {
  kind: CredentialKind;
  /** Editing: the credential as it is now. */
  credential?: Credential;
  /** Makes the controls' ids unique on the page, e.g. `add` or `edit-<id>`. */
  idPrefix: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: CredentialFields) => void;
  onCancel?: () => void;
}

/** The facts of one degree, licence or certification: only the fields that kind has. */
export function CredentialForm({ kind, credential, idPrefix, submitLabel, pendingLabel, pending, error, onSubmit, onCancel }: CredentialFormProps) {
  const [type, setType] = useState(credential?.type ?? '');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const server = serverProblems(kind, error);
  const errors = Object.keys(localErrors).length ? localErrors : server.fields;
  const labels = LABELS[kind];
  const id = (field: string) => `${idPrefix}-${field}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { fields, problems } = readFields(kind, new FormData(event.currentTarget), type, credential !== undefined);
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) onSubmit(fields);
  }

  const typeOptions = [...(type ? [] : [{ value: '', label: TYPE_PROMPTS[kind] }]), ...TYPE_OPTIONS[kind].map((option) => ({ value: option.id, label: option.label }))];

  return (
    <form onSubmit={handleSubmit} noValidate className="credential-form" aria-label={credential ? `Change ${kind === 'degree' ? 'the degree' : kind === 'licence' ? 'the licence' : 'the certification'}` : `Add a ${kind}`}>
      <ErrorSummary errors={errors} labels={labels} idFor={id} />
      <Alert>{Object.keys(localErrors).length === 0 ? server.general : undefined}</Alert>
      {credential?.verification ? (
        <p className="care-note care-note-attention">
          This {kind} is verified. Changing its details withdraws the verification until the practice owner checks it again.
        </p>
      ) : null}
      <SelectField id={id('type')} name="type" label={labels.type} value={type} onChange={(event) => setType(event.target.value)} options={typeOptions} error={errors.type} />
      {kind === 'degree' ? (
        <>
          <TextField id={id('title')} name="title" label={labels.title} defaultValue={credential?.title ?? ''} autoComplete="off" maxLength={160} error={errors.title} />
          <TextField id={id('issuer')} name="issuer" label={labels.issuer} defaultValue={credential?.issuer ?? ''} autoComplete="off" maxLength={160} error={errors.issuer} />
          <TextField
            id={id('year')}
            name="year"
            label={labels.year}
            inputMode="numeric"
            autoComplete="off"
            className="input-year"
            defaultValue={credential?.year ?? ''}
            error={errors.year}
          />
        </>
      ) : null}
      {kind === 'licence' ? (
        <>
          <SelectField
            id={id('jurisdiction')}
            name="jurisdiction"
            label={labels.jurisdiction}
            defaultValue={credential?.jurisdiction ?? ''}
            options={[{ value: '', label: 'Choose the state' }, ...STATE_OPTIONS]}
            error={errors.jurisdiction}
          />
          <TextField id={id('number')} name="number" label={labels.number} defaultValue={credential?.number ?? ''} autoComplete="off" maxLength={60} error={errors.number} />
          <TextField id={id('expiresOn')} name="expiresOn" type="date" label={labels.expiresOn} hint="You will be reminded 90, 30 and 7 days before." defaultValue={credential?.expiresOn ?? ''} error={errors.expiresOn} />
        </>
      ) : null}
      {kind === 'certification' ? (
        <>
          {type === 'other' ? (
            <TextField id={id('title')} name="title" label={labels.title} defaultValue={credential?.title ?? ''} autoComplete="off" maxLength={160} error={errors.title} />
          ) : null}
          <TextField id={id('issuer')} name="issuer" label={`${labels.issuer} (optional)`} hint="For example AASECT." defaultValue={credential?.issuer ?? ''} autoComplete="off" maxLength={160} error={errors.issuer} />
          <TextField id={id('number')} name="number" label={`${labels.number} (optional)`} defaultValue={credential?.number ?? ''} autoComplete="off" maxLength={60} error={errors.number} />
          <TextField
            id={id('expiresOn')}
            name="expiresOn"
            type="date"
            label={`${labels.expiresOn} (optional)`}
            hint="Leave it empty if the certification does not expire."
            defaultValue={credential?.expiresOn ?? ''}
            error={errors.expiresOn}
          />
        </>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
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

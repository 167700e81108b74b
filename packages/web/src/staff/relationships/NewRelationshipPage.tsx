import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/client';
import { ConfidentialityPolicies, type ConfidentialityPolicy, type NewRelationship } from '../../api/careTypes';
import type { ClientSummary } from '../../api/types';
import { useClients } from '../../api/useClients';
import { useCreateRelationship } from '../../api/useRelationships';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { checkedValues, textValue } from '../../components/forms';
import { PolicyChoice } from './PolicyChoice';

const LABELS = { memberIds: 'Who is in this relationship', name: 'Name', confidentialityPolicy: 'Confidentiality policy' };

/** Server errors name `memberIds.N`: say which person, next to the group of checkboxes. */
function errorsFrom(error: unknown, sent: string[], clients: ClientSummary[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
    const member = /^memberIds\.(\d+)$/.exec(field);
    if (member) {
      const who = clients.find((client) => client.id === sent[Number(member[1])])?.displayName ?? 'One person';
      errors.memberIds = `${who}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
    } else errors[field] ??= message;
  }
  return errors;
}

function MembersField({ clients, error }: { clients: ClientSummary[]; error?: string | undefined }) {
  const describedBy = ['memberIds-hint', error ? 'memberIds-error' : ''].filter(Boolean).join(' ');
  return (
    <fieldset className={error ? 'field-invalid' : undefined} aria-describedby={describedBy}>
      <legend>Who is in this relationship?</legend>
      <p id="memberIds-hint" className="field-hint">
        Choose two or more of your clients. You&apos;ll join each person&apos;s care team.
      </p>
      {error ? (
        <p id="memberIds-error" className="field-error">
          {error}
        </p>
      ) : null}
      {clients.length === 0 ? <p>You have no clients yet. Add each person as a client first.</p> : null}
      {clients.map((client, index) => {
        const id = index === 0 ? 'field-memberIds' : `member-${client.id}`;
        return (
          <label key={client.id} className="checkbox" htmlFor={id}>
            <input id={id} type="checkbox" name="memberIds" value={client.id} aria-invalid={error ? true : undefined} />
            {client.displayName}
          </label>
        );
      })}
    </fieldset>
  );
}

/** Create a relationship from two or more of the clinician's clients. */
export function NewRelationshipPage() {
  const clients = useClients('');
  const create = useCreateRelationship();
  const navigate = useNavigate();
  const [sent, setSent] = useState<string[]>([]);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const list = clients.data ?? [];
  const serverErrors = errorsFrom(create.error, sent, list);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const generalError = create.isError && Object.keys(serverErrors).length === 0;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const memberIds = checkedValues(form, 'memberIds');
    const policy = textValue(form, 'confidentialityPolicy');
    const problems: Record<string, string> = {};
    if (memberIds.length < 2) problems.memberIds = 'Choose at least two people.';
    if (!ConfidentialityPolicies.includes(policy as ConfidentialityPolicy)) problems.confidentialityPolicy = 'Choose how individual conversations are handled.';
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const body: NewRelationship = { memberIds, confidentialityPolicy: policy as ConfidentialityPolicy };
    const name = textValue(form, 'name');
    if (name) body.name = name;
    setSent(memberIds);
    create.mutate(body, { onSuccess: (created) => void navigate(`/relationships/${encodeURIComponent(created.id)}`) });
  }

  return (
    <>
      <p>
        <Link to="/relationships">Back to relationships</Link>
      </p>
      <PageHeading>New relationship</PageHeading>
      <ErrorSummary errors={errors} labels={LABELS} />
      <Alert>{generalError ? describeError(create.error) : undefined}</Alert>
      <Alert focus={false}>{clients.isError ? describeError(clients.error) : undefined}</Alert>
      {clients.isPending ? (
        <p role="status" className="muted">
          Loading your clients…
        </p>
      ) : (
        <form onSubmit={handleSubmit} noValidate className="panel">
          <MembersField clients={list} error={errors.memberIds} />
          <TextField
            name="name"
            label="Name (optional)"
            hint="For example, how they refer to themselves. Leave blank to use their names."
            autoComplete="off"
            error={errors.name}
          />
          <PolicyChoice error={errors.confidentialityPolicy} />
          <div className="form-actions">
            <button type="submit" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create relationship'}
            </button>
            <Link to="/relationships">Cancel</Link>
          </div>
        </form>
      )}
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { fieldErrorsOf } from '../api/client';
import type { NewClient } from '../api/types';
import { useCreateClient } from '../api/useClients';
import { hasRole } from '../api/useSession';
import { useSignedInUser } from '../auth/guards';
import { Alert } from '../components/Alert';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { TextAreaField, TextField } from '../components/TextField';
import { describeError } from '../components/errorMessages';
import { checkedValues, textValue } from '../components/forms';
import { CareTeamField } from './CareTeamField';

const LABELS: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  email: 'Email address',
  dateOfBirth: 'Date of birth',
  presentingConcern: 'What brings them to therapy',
  careTeam: 'Care team',
};

/** Builds the request body, leaving out optional fields that were left empty. */
function newClientFrom(form: FormData, isClinical: boolean): NewClient {
  const client: NewClient = {
    firstName: textValue(form, 'firstName'),
    lastName: textValue(form, 'lastName'),
    dateOfBirth: textValue(form, 'dateOfBirth'),
  };
  const preferredName = textValue(form, 'preferredName');
  const email = textValue(form, 'email');
  const presentingConcern = textValue(form, 'presentingConcern');
  if (preferredName) client.preferredName = preferredName;
  if (email) client.email = email;
  if (isClinical && presentingConcern) client.presentingConcern = presentingConcern;
  const careTeam = checkedValues(form, 'careTeam');
  if (careTeam.length > 0) client.careTeam = careTeam;
  return client;
}

function requiredMissing(client: NewClient, isClinical: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!client.firstName) errors.firstName = 'Enter a first name.';
  if (!client.lastName) errors.lastName = 'Enter a last name.';
  if (!client.dateOfBirth) errors.dateOfBirth = 'Enter a date of birth.';
  if (!isClinical && !client.careTeam?.length) errors.careTeam = 'Choose at least one clinician.';
  return errors;
}

/**
 * Add a client. The presenting concern is clinical, so only clinicians (and supervisors) see
 * that field; an owner who is not a clinician chooses the care team instead.
 */
export function AddClientPage() {
  const user = useSignedInUser();
  const isClinical = hasRole(user, 'clinician') || hasRole(user, 'supervisor');
  const create = useCreateClient();
  const navigate = useNavigate();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = Object.keys(localErrors).length ? localErrors : fieldErrorsOf(create.error);
  const generalError = create.isError && Object.keys(fieldErrorsOf(create.error)).length === 0;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const client = newClientFrom(new FormData(event.currentTarget), isClinical);
    const missing = requiredMissing(client, isClinical);
    setLocalErrors(missing);
    if (Object.keys(missing).length > 0) return;
    create.mutate(client, {
      onSuccess: (created) => void navigate(`/clients/${encodeURIComponent(created.id)}`),
    });
  }

  return (
    <>
      <PageHeading>Add a client</PageHeading>
      <ErrorSummary errors={errors} labels={LABELS} />
      <Alert>{generalError ? describeError(create.error) : undefined}</Alert>
      <form onSubmit={handleSubmit} noValidate className="panel">
        <TextField name="firstName" label="First name" autoComplete="off" required error={errors.firstName} />
        <TextField name="lastName" label="Last name" autoComplete="off" required error={errors.lastName} />
        <TextField
          name="preferredName"
          label="Preferred name (optional)"
          hint="The name they'd like us to use, if it's different."
          autoComplete="off"
          error={errors.preferredName}
        />
        <TextField
          name="email"
          type="email"
          label="Email address (optional)"
          hint="Needed to invite them to their private portal."
          autoComplete="off"
          error={errors.email}
        />
        <TextField name="dateOfBirth" type="date" label="Date of birth" required error={errors.dateOfBirth} />
        {isClinical ? (
          <TextAreaField
            name="presentingConcern"
            label="What brings them to therapy (optional)"
            hint="In their words where you can. Only their care team can read this."
            error={errors.presentingConcern}
          />
        ) : (
          <CareTeamField error={errors.careTeam} />
        )}
        <div className="form-actions">
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Adding…' : 'Add client'}
          </button>
          <Link to="/clients">Cancel</Link>
        </div>
      </form>
    </>
  );
}

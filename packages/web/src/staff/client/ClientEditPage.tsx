import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/client';
import type { ClientDetail, ClientUpdate } from '../../api/types';
import { useClient, useUpdateClient } from '../../api/useClients';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';
import { isFullRecord, isNotFound, nameOf } from './ClientDetailPage';
import { AboutFields, ContactFields, fieldIdFor } from './ClientEditFields';

const LABELS: Record<string, string> = {
  firstName: 'First name', lastName: 'Last name', preferredName: 'Preferred name', pronouns: 'Pronouns', dateOfBirth: 'Date of birth',
  genderIdentity: 'Gender identity', sexAssignedAtBirth: 'Sex assigned at birth', sexualOrientation: 'Sexual orientation',
  relationshipStatus: 'Relationship status', relationshipStructure: 'Relationship structure', relationshipStructureOther: 'Relationship structure in their words',
  presentingConcern: 'What brings them to therapy', email: 'Email address', phone: 'Phone', address: 'Address',
  preferredContactMethod: 'Preferred way to contact them', okToLeaveMessage: 'OK to leave a message', okToLeaveVoicemail: 'OK to leave a voicemail',
  emergencyContact: 'Emergency contact', 'emergencyContact.name': 'Emergency contact name', 'emergencyContact.relationship': 'Emergency contact relationship',
  'emergencyContact.phone': 'Emergency contact phone',
};

const CLINICAL_TEXT = ['genderIdentity', 'sexualOrientation', 'relationshipStructureOther', 'presentingConcern'] as const;
const CLINICAL_CHOICES = ['sexAssignedAtBirth', 'relationshipStatus', 'relationshipStructure'] as const;
const OPTIONAL_TEXT = ['preferredName', 'pronouns', 'email', 'phone', 'address', 'preferredContactMethod'] as const;

/** Builds the PATCH body: every field shown, an emptied optional field as `null`. */
function updateFrom(form: FormData, clinical: boolean): { update: ClientUpdate; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const orNull = (name: string) => textValue(form, name) || null;
  const update: Record<string, unknown> = {
    firstName: textValue(form, 'firstName'),
    lastName: textValue(form, 'lastName'),
    dateOfBirth: textValue(form, 'dateOfBirth'),
  };
  for (const name of OPTIONAL_TEXT) update[name] = orNull(name);
  for (const name of ['okToLeaveMessage', 'okToLeaveVoicemail']) {
    const value = textValue(form, name);
    update[name] = value === '' ? null : value === 'yes';
  }
  if (clinical) for (const name of [...CLINICAL_TEXT, ...CLINICAL_CHOICES]) update[name] = orNull(name);

  const contact = { name: textValue(form, 'emergencyContact.name'), relationship: orNull('emergencyContact.relationship'), phone: textValue(form, 'emergencyContact.phone') };
  if (!contact.name && !contact.phone && !contact.relationship) update.emergencyContact = null;
  else {
    if (!contact.name) errors['emergencyContact.name'] = 'Enter their name, or clear the emergency contact.';
    if (!contact.phone) errors['emergencyContact.phone'] = 'Enter a phone number, or clear the emergency contact.';
    update.emergencyContact = contact;
  }
  if (!update.firstName) errors.firstName = 'Enter a first name.';
  if (!update.lastName) errors.lastName = 'Enter a last name.';
  if (!update.dateOfBirth) errors.dateOfBirth = 'Enter a date of birth.';
  return { update: update as ClientUpdate, errors };
}

function EditForm({ client }: { client: ClientDetail }) {
  const update = useUpdateClient(client.id);
  const navigate = useNavigate();
  const clinical = isFullRecord(client);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = Object.keys(localErrors).length ? localErrors : fieldErrorsOf(update.error);
  const generalError = update.isError && Object.keys(fieldErrorsOf(update.error)).length === 0;
  const detailPath = `/clients/${encodeURIComponent(client.id)}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const built = updateFrom(new FormData(event.currentTarget), clinical);
    setLocalErrors(built.errors);
    if (Object.keys(built.errors).length > 0) return;
    update.mutate(built.update, { onSuccess: () => void navigate(detailPath) });
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={LABELS} idFor={fieldIdFor} />
      <Alert>{generalError ? describeError(update.error) : undefined}</Alert>
      <form onSubmit={handleSubmit} noValidate className="panel">
        <AboutFields client={client} errors={errors} clinical={clinical} />
        <ContactFields client={client} errors={errors} />
        <div className="form-actions">
          <button type="submit" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </button>
          <Link to={detailPath}>Cancel</Link>
        </div>
      </form>
    </>
  );
}

/** Edit a client's details: care-team clinicians every field, an owner the administrative ones. */
export function ClientEditPage() {
  const { id = '' } = useParams();
  const client = useClient(id);
  if (client.isPending) {
    return (
      <>
        <PageHeading title="Edit client">Edit client</PageHeading>
        <p role="status" className="muted">
          Loading…
        </p>
      </>
    );
  }
  if (client.isError) {
    return (
      <>
        <PageHeading title="Client not found">We couldn&apos;t open this client</PageHeading>
        <Alert focus={false}>
          {isNotFound(client.error) ? 'This client may have been removed, or you may not be on their care team.' : describeError(client.error)}
        </Alert>
        <p>
          <Link to="/clients">Back to clients</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        <Link to={`/clients/${encodeURIComponent(client.data.id)}`}>Back to {nameOf(client.data)}</Link>
      </p>
      <PageHeading title={`Edit ${nameOf(client.data)}`}>Edit {nameOf(client.data)}&apos;s details</PageHeading>
      <EditForm client={client.data} />
    </>
  );
}

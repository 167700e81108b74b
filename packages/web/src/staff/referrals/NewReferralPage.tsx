import { SPECIALTIES, URGENCIES, type Specialty, type Urgency } from '@candor/clinical';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/client';
import type { NewReferral } from '../../api/referralTypes';
import { useClient } from '../../api/useClients';
import { useCreateReferral } from '../../api/useReferrals';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { SelectField, TextAreaField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';
import { nameOf } from '../client/ClientDetailPage';
import { SPECIALTY_LABELS, URGENCY_LABELS, URGENCY_WINDOWS } from './referralWords';

const LABELS: Record<string, string> = {
  specialty: 'Refer to',
  urgency: 'How soon',
  reason: 'Reason for the referral',
  recipientName: "Recipient's name",
  recipientOrganization: 'Organization',
  notes: 'Notes',
};

export const SPECIALTY_OPTIONS = [{ value: '', label: 'Choose a specialty' }, ...SPECIALTIES.map((s) => ({ value: s, label: SPECIALTY_LABELS[s] }))];
export const URGENCY_OPTIONS = URGENCIES.map((u) => ({ value: u, label: `${URGENCY_LABELS[u]} (${URGENCY_WINDOWS[u]})` }));
export const URGENCY_HINT = 'How long after sending you expect to hear the outcome. After that, the referral shows as overdue.';

/** A referral the clinician starts themselves (screening suggestions draft their own). */
export function NewReferralPage() {
  const { id = '' } = useParams();
  const client = useClient(id);
  const create = useCreateReferral(id);
  const navigate = useNavigate();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(create.error);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const generalError = create.isError && Object.keys(serverErrors).length === 0;
  const chartPath = `/clients/${encodeURIComponent(id)}`;
  const name = client.data ? nameOf(client.data) : 'the client';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const specialty = textValue(form, 'specialty');
    const reason = textValue(form, 'reason');
    const problems: Record<string, string> = {};
    if (!SPECIALTIES.includes(specialty as Specialty)) problems.specialty = 'Choose who the referral is to.';
    if (!reason) problems.reason = 'Say why you are referring them.';
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const body: NewReferral = { specialty: specialty as Specialty, urgency: textValue(form, 'urgency') as Urgency, reason };
    const optional = { recipientName: textValue(form, 'recipientName'), recipientOrganization: textValue(form, 'recipientOrganization'), notes: textValue(form, 'notes') };
    for (const [key, value] of Object.entries(optional)) if (value) body[key as keyof typeof optional] = value;
    create.mutate(body, { onSuccess: (referral) => void navigate(`/referrals/${encodeURIComponent(referral.id)}`) });
  }

  return (
    <>
      <p>
        <Link to={chartPath}>Back to {name}</Link>
      </p>
      <PageHeading title={`New referral — ${name}`}>New referral for {name}</PageHeading>
      <p>The referral starts as a draft. It is sent only under a release of information the client has signed, naming its recipient.</p>
      <ErrorSummary errors={errors} labels={LABELS} />
      <Alert>{generalError ? describeError(create.error) : undefined}</Alert>
      <form onSubmit={handleSubmit} noValidate className="panel">
        <SelectField name="specialty" label="Refer to" options={SPECIALTY_OPTIONS} defaultValue="" required error={errors.specialty} />
        <SelectField name="urgency" label="How soon" hint={URGENCY_HINT} options={URGENCY_OPTIONS} defaultValue="routine" error={errors.urgency} />
        <TextAreaField name="reason" label="Reason for the referral" hint="Written for the recipient." rows={4} required error={errors.reason} />
        <TextField name="recipientName" label="Recipient's name (optional)" hint="You can add it later, before sending." autoComplete="off" error={errors.recipientName} />
        <TextField name="recipientOrganization" label="Organization (optional)" autoComplete="off" error={errors.recipientOrganization} />
        <TextAreaField name="notes" label="Notes (optional)" hint="For the care team only; never part of the letter." rows={3} error={errors.notes} />
        <div className="form-actions">
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Saving…' : 'Save the draft'}
          </button>
          <Link to={chartPath}>Cancel</Link>
        </div>
      </form>
    </>
  );
}

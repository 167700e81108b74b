import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/client';
import { ReleaseItems, type NewRelease, type ReleaseItem } from '../../api/referralTypes';
import { useClient } from '../../api/useClients';
import { useCreateRelease } from '../../api/useReleases';
import { safeRedirect } from '../../auth/safeRedirect';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { checkedValues, textValue } from '../../components/forms';
import { isoDayFromToday } from '../../components/dates';
import { nameOf } from '../client/ClientDetailPage';
import { RELEASE_ITEM_LABELS } from '../referrals/referralWords';

const LABELS: Record<string, string> = {
  recipientName: "Recipient's name",
  recipientOrganization: 'Organization',
  purpose: 'Purpose',
  allowed: 'What may be shared',
  expiresOn: 'Valid until',
};

/** What a referral letter usually needs; the clinician adds more only when it helps. */
const USUAL_ITEMS: ReleaseItem[] = ['identification', 'referral-reason'];

/** `allowed.2` → `allowed`: errors about one item belong to the group. */
function errorsFrom(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) errors[field.replace(/^allowed\..*$/, 'allowed')] ??= message;
  return errors;
}

function ItemsField({ error }: { error?: string | undefined }) {
  const describedBy = ['allowed-hint', error ? 'allowed-error' : ''].filter(Boolean).join(' ');
  return (
    <fieldset className={error ? 'field-invalid' : undefined} aria-describedby={describedBy}>
      <legend>What may be shared</legend>
      <p id="allowed-hint" className="field-hint">
        Choose only what the recipient needs. The letter will contain nothing else.
      </p>
      {error ? (
        <p id="allowed-error" className="field-error">
          {error}
        </p>
      ) : null}
      {ReleaseItems.map((item, index) => {
        const id = index === 0 ? 'field-allowed' : `allowed-${item}`;
        return (
          <label key={item} className="checkbox" htmlFor={id}>
            <input id={id} type="checkbox" name="allowed" value={item} defaultChecked={USUAL_ITEMS.includes(item)} aria-invalid={error ? true : undefined} />
            {RELEASE_ITEM_LABELS[item]}
          </label>
        );
      })}
    </fieldset>
  );
}

/** The clinician asks the client's permission to share; the client reads and signs it in the portal. */
export function NewReleasePage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const client = useClient(id);
  const create = useCreateRelease(id);
  const navigate = useNavigate();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = errorsFrom(create.error);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;
  const generalError = create.isError && Object.keys(serverErrors).length === 0;
  const chartPath = `/clients/${encodeURIComponent(id)}`;
  const returnTo = search.get('returnTo');
  const backPath = returnTo ? safeRedirect(returnTo) : chartPath;
  const name = client.data ? nameOf(client.data) : 'the client';
  const tomorrow = isoDayFromToday(1);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body: NewRelease = {
      recipientName: textValue(form, 'recipientName'),
      purpose: textValue(form, 'purpose'),
      allowed: checkedValues(form, 'allowed') as ReleaseItem[],
      expiresOn: textValue(form, 'expiresOn'),
    };
    const organization = textValue(form, 'recipientOrganization');
    if (organization) body.recipientOrganization = organization;
    const problems: Record<string, string> = {};
    if (!body.recipientName) problems.recipientName = 'Name who may receive the information.';
    if (!body.purpose) problems.purpose = 'Say why it would be shared.';
    if (body.allowed.length === 0) problems.allowed = 'Choose at least one thing that may be shared.';
    if (!body.expiresOn) problems.expiresOn = 'Choose the date the permission ends.';
    else if (body.expiresOn < tomorrow) problems.expiresOn = 'Choose a date after today.';
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) create.mutate(body, { onSuccess: () => void navigate(backPath) });
  }

  return (
    <>
      <p>
        <Link to={backPath}>{returnTo ? 'Back to the referral' : `Back to ${name}`}</Link>
      </p>
      <PageHeading title={`Ask for permission to share — ${name}`}>Ask {name} for permission to share</PageHeading>
      <p>
        {name} will find this in their portal to read and sign. Nothing is shared until they sign, and they can withdraw their
        permission at any time.
      </p>
      <ErrorSummary errors={errors} labels={LABELS} />
      <Alert>{generalError ? describeError(create.error) : undefined}</Alert>
      <form onSubmit={handleSubmit} noValidate className="panel">
        <TextField name="recipientName" label="Recipient's name" hint="The person the information may go to, as on the referral." defaultValue={search.get('recipient') ?? ''} autoComplete="off" required error={errors.recipientName} />
        <TextField name="recipientOrganization" label="Organization (optional)" defaultValue={search.get('organization') ?? ''} autoComplete="off" error={errors.recipientOrganization} />
        <TextAreaField name="purpose" label="Purpose" hint="Why it would be shared, in words the client will understand. For example: a gynecology assessment of pain with penetration." rows={3} required error={errors.purpose} />
        <ItemsField error={errors.allowed} />
        <TextField name="expiresOn" type="date" label="Valid until" hint="The permission ends on this date. Six months is common." min={tomorrow} defaultValue={isoDayFromToday(182)} required error={errors.expiresOn} />
        <div className="form-actions">
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Saving…' : 'Ask for permission'}
          </button>
          <Link to={backPath}>Cancel</Link>
        </div>
      </form>
    </>
  );
}

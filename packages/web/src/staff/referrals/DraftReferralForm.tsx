import { URGENCIES, type Urgency } from '@candor/clinical';
import type { FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { Referral, ReferralPatch } from '../../api/referralTypes';
import { useUpdateReferral } from '../../api/useReferrals';
import { Alert, StatusMessage } from '../../components/Alert';
import { SelectField, TextAreaField, TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { textValue } from '../../components/forms';
import { URGENCY_HINT, URGENCY_OPTIONS } from './NewReferralPage';

/**
 * Recipient, urgency and reason, editable while the referral is a draft. Field errors from the
 * server (400, or 409 once it has been sent elsewhere) appear next to their fields; so does a
 * refusal to send for want of a recipient (`sendErrors`).
 */
export function DraftReferralForm({ referral, sendErrors }: { referral: Referral; sendErrors: Record<string, string> }) {
  const update = useUpdateReferral(referral.id);
  const errors = { ...sendErrors, ...fieldErrorsOf(update.error) };
  const fieldNames = ['recipientName', 'recipientOrganization', 'urgency', 'reason'];
  const generalError = update.isError && !fieldNames.some((field) => errors[field]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const patch: ReferralPatch = { urgency: textValue(form, 'urgency') as Urgency };
    const recipientName = textValue(form, 'recipientName');
    const recipientOrganization = textValue(form, 'recipientOrganization');
    const reason = textValue(form, 'reason');
    if (recipientName) patch.recipientName = recipientName;
    if (recipientOrganization) patch.recipientOrganization = recipientOrganization;
    if (reason) patch.reason = reason;
    update.mutate(patch);
  }

  return (
    <section aria-labelledby="draft-heading" className="panel">
      <h2 id="draft-heading">The draft</h2>
      <p className="muted">You can change these until the referral is sent.</p>
      <Alert>{generalError ? describeError(update.error) : undefined}</Alert>
      <form onSubmit={handleSubmit} noValidate>
        <TextField name="recipientName" label="Recipient's name" hint="As it will appear on the client's release of information." defaultValue={referral.recipientName ?? ''} autoComplete="off" error={errors.recipientName} />
        <TextField name="recipientOrganization" label="Organization (optional)" defaultValue={referral.recipientOrganization ?? ''} autoComplete="off" error={errors.recipientOrganization} />
        <SelectField
          name="urgency"
          label="How soon"
          hint={URGENCY_HINT}
          options={URGENCY_OPTIONS}
          defaultValue={URGENCIES.includes(referral.urgency) ? referral.urgency : 'routine'}
          error={errors.urgency}
        />
        <TextAreaField name="reason" label="Reason for the referral" hint="Written for the recipient." defaultValue={referral.reason} rows={4} error={errors.reason} />
        <div className="form-actions">
          <button type="submit" className="button-secondary" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </button>
        </div>
        <StatusMessage>{update.isSuccess && !update.isPending ? 'Changes saved.' : undefined}</StatusMessage>
      </form>
    </section>
  );
}

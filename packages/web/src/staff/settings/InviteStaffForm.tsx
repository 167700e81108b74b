import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/client';
import type { Role } from '../../api/types';
import { useInviteStaff } from '../../api/usePractice';
import { Alert, StatusMessage } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { describeError } from '../../components/errorMessages';
import { checkedValues, textValue } from '../../components/forms';
import { ROLE_HINTS, ROLE_LABELS } from './roleLabels';

const STAFF_ROLES: Role[] = ['clinician', 'supervisor', 'billing', 'owner'];
const LABELS = { email: 'Email address', displayName: 'Name', roles: 'Roles' };

/** Invite someone to join the practice team; the invitation goes out by email. */
export function InviteStaffForm() {
  const invite = useInviteStaff();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const serverErrors = fieldErrorsOf(invite.error);
  const errors = Object.keys(localErrors).length ? localErrors : serverErrors;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const invitation = {
      email: textValue(form, 'email'),
      displayName: textValue(form, 'displayName'),
      roles: checkedValues(form, 'roles') as Role[],
    };
    const missing: Record<string, string> = {};
    if (!invitation.displayName) missing.displayName = 'Enter their name.';
    if (!invitation.email) missing.email = 'Enter their email address.';
    if (invitation.roles.length === 0) missing.roles = 'Choose at least one role.';
    setLocalErrors(missing);
    setSentTo(null);
    if (Object.keys(missing).length > 0) return;
    invite.mutate(invitation, {
      onSuccess: () => {
        setSentTo(invitation.email);
        formElement.reset();
      },
    });
  }

  return (
    <section aria-labelledby="invite-heading" className="panel">
      <h2 id="invite-heading">Invite someone to the team</h2>
      <StatusMessage>{sentTo ? `Invitation sent to ${sentTo}.` : undefined}</StatusMessage>
      <ErrorSummary errors={errors} labels={LABELS} idFor={(field) => (field === 'roles' ? 'role-clinician' : `invite-${field}`)} />
      <Alert>{invite.isError && Object.keys(serverErrors).length === 0 ? describeError(invite.error) : undefined}</Alert>
      <form onSubmit={handleSubmit} noValidate>
        <TextField id="invite-displayName" name="displayName" label="Name" autoComplete="off" error={errors.displayName} />
        <TextField id="invite-email" name="email" type="email" label="Email address" autoComplete="off" error={errors.email} />
        <fieldset aria-describedby={errors.roles ? 'invite-roles-error' : undefined}>
          <legend>Roles</legend>
          {errors.roles ? (
            <p id="invite-roles-error" className="field-error">
              {errors.roles}
            </p>
          ) : null}
          {STAFF_ROLES.map((role) => (
            <div key={role}>
              <label className="checkbox" htmlFor={`role-${role}`}>
                <input
                  id={`role-${role}`}
                  type="checkbox"
                  name="roles"
                  value={role}
                  aria-describedby={`role-${role}-hint`}
                  aria-invalid={errors.roles ? true : undefined}
                />
                {ROLE_LABELS[role]}
              </label>
              <p id={`role-${role}-hint`} className="field-hint">
                {ROLE_HINTS[role]}
              </p>
            </div>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" disabled={invite.isPending}>
            {invite.isPending ? 'Sending…' : 'Send invitation'}
          </button>
        </div>
      </form>
    </section>
  );
}

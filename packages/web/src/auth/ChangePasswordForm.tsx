import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../api/client';
import { useChangePassword } from '../api/useSession';
import { Alert, StatusMessage } from '../components/Alert';
import { describeError } from '../components/errorMessages';
import { checkNewPassword, rawValue } from '../components/forms';
import { TextField } from '../components/TextField';
import { NewPasswordFields } from './NewPasswordFields';

/**
 * Change your password, giving the current one. Every other place you are signed in is signed
 * out (a phone left somewhere, a shared computer); here you stay signed in.
 */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [formKey, setFormKey] = useState(0);
  const serverErrors = fieldErrorsOf(change.error);
  // The server names newPassword; the form's field for it is 'password'.
  const errors: Record<string, string> = {
    ...serverErrors,
    ...(serverErrors.newPassword ? { password: serverErrors.newPassword } : {}),
    ...localErrors,
  };
  if (errors.currentPassword === 'Is not your current password.')
    errors.currentPassword = "That isn't your current password.";

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = rawValue(form, 'password');
    const problems = checkNewPassword(
      password,
      rawValue(form, 'confirmPassword'),
    );
    const currentPassword = rawValue(form, 'currentPassword');
    if (!currentPassword)
      problems.currentPassword = 'Enter the password you use now.';
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) {
      change.mutate(
        { currentPassword, newPassword: password },
        { onSuccess: () => setFormKey((k) => k + 1) },
      );
    }
  }

  const alert =
    change.isError && !errors.currentPassword && !errors.password
      ? describeError(change.error)
      : undefined;
  return (
    <>
      <StatusMessage>
        {change.isSuccess
          ? 'Your password has been changed. Anywhere else you were signed in has been signed out.'
          : undefined}
      </StatusMessage>
      <Alert>{alert}</Alert>
      <form key={formKey} onSubmit={handleSubmit} noValidate>
        <TextField
          name="currentPassword"
          type="password"
          label="Current password"
          autoComplete="current-password"
          required
          error={errors.currentPassword}
        />
        <NewPasswordFields errors={errors} />
        <div className="form-actions">
          <button type="submit" disabled={change.isPending}>
            {change.isPending ? 'Saving…' : 'Change password'}
          </button>
        </div>
      </form>
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { fieldErrorsOf } from '../api/client';
import { useCompletePasswordReset } from '../api/useSession';
import { Alert, StatusMessage } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { describeError } from '../components/errorMessages';
import { checkNewPassword, rawValue } from '../components/forms';
import { AuthLayout } from './AuthLayout';
import { NewPasswordFields } from './NewPasswordFields';
import { useHashToken } from './useHashToken';

const EXPIRED_LINK =
  'This link has expired or has already been used. You can ask for a new one below.';

/** Choose a new password with the one-time link from the reset email. */
export function ResetPasswordPage() {
  const token = useHashToken();
  const complete = useCompletePasswordReset();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(complete.error);
  const errors = { ...serverErrors, ...localErrors };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = rawValue(form, 'password');
    const problems = checkNewPassword(password, rawValue(form, 'confirmPassword'));
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) complete.mutate({ token, password });
  }

  let alert: string | undefined;
  if (!token || errors.token) alert = EXPIRED_LINK;
  else if (complete.isError && !errors.password) alert = describeError(complete.error);

  return (
    <AuthLayout>
      <PageHeading title="Choose a new password">Choose a new password</PageHeading>
      {complete.isSuccess ? (
        <>
          <StatusMessage>Your password has been changed.</StatusMessage>
          <p>
            <Link to="/sign-in">Sign in with your new password</Link>
          </p>
        </>
      ) : (
        <>
          <Alert focus={Boolean(token)}>{alert}</Alert>
          {!token || errors.token ? (
            <p>
              <Link to="/forgot-password">Ask for a new link</Link>
            </p>
          ) : (
            <form onSubmit={handleSubmit} noValidate>
              <NewPasswordFields errors={errors} />
              <div className="form-actions">
                <button type="submit" disabled={complete.isPending}>
                  {complete.isPending ? 'Saving…' : 'Save new password'}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </AuthLayout>
  );
}

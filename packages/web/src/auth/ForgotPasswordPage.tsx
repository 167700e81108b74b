import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, fieldErrorsOf } from '../api/client';
import { useRequestPasswordReset } from '../api/useSession';
import { Alert, StatusMessage } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/TextField';
import { describeError } from '../components/errorMessages';
import { textValue } from '../components/forms';
import { AuthLayout } from './AuthLayout';

/** Ask for a password-reset link. The answer never reveals whether an account exists. */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const fieldErrors = fieldErrorsOf(request.error);
  // Only a malformed address or a rate limit is worth telling apart; anything else gets the
  // same confirmation as success, so the page cannot be used to probe for accounts.
  const showError =
    request.error instanceof ApiError && (request.error.status === 400 || request.error.status === 429);
  const done = request.isSuccess || (request.isError && !showError);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    request.mutate(textValue(form, 'email'));
  }

  return (
    <AuthLayout>
      <PageHeading title="Reset your password">Reset your password</PageHeading>
      {done ? (
        <>
          <StatusMessage>
            If an account uses that email address, we&apos;ve sent it a link to choose a new
            password. The link works once and expires after a while.
          </StatusMessage>
          <p>
            Nothing arrived after a few minutes? Check your spam folder, or ask your practice
            to confirm the address they have for you.
          </p>
          <p>
            <Link to="/sign-in">Back to sign in</Link>
          </p>
        </>
      ) : (
        <>
          <p>Enter the email address you sign in with, and we&apos;ll send you a link to choose a new password.</p>
          <Alert>{showError ? describeError(request.error) : undefined}</Alert>
          <form onSubmit={handleSubmit}>
            <TextField
              name="email"
              type="email"
              label="Email address"
              autoComplete="email"
              required
              error={fieldErrors.email ? 'Enter an email address, like name@example.com.' : undefined}
            />
            <div className="form-actions">
              <button type="submit" disabled={request.isPending}>
                {request.isPending ? 'Sending…' : 'Send me a link'}
              </button>
              <Link to="/sign-in">Back to sign in</Link>
            </div>
          </form>
        </>
      )}
    </AuthLayout>
  );
}

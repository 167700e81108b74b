import type { FormEvent } from 'react';
import { ApiError } from '../api/client';
import { useSecondFactor } from '../api/useSession';
import { Alert } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/TextField';
import { describeError } from '../components/errorMessages';
import { WRONG_CODE_MESSAGE, normaliseCode, textValue } from '../components/forms';
import { SignOutButton } from './SignOutButton';

function isRefused(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 400);
}

function codeErrorMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  if (isRefused(error)) return WRONG_CODE_MESSAGE;
  return describeError(error);
}

/** The second step of signing in: a code from an authenticator app, or a recovery code. */
export function SecondFactorStep() {
  const secondFactor = useSecondFactor();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    secondFactor.mutate(normaliseCode(textValue(form, 'code')));
  }

  return (
    <>
      <PageHeading title="Enter your sign-in code">Enter your sign-in code</PageHeading>
      <p>
        Open your authenticator app and enter the 6-digit code it shows for Candor. If you
        can&apos;t reach your app, you can use one of your recovery codes instead.
      </p>
      <Alert>{codeErrorMessage(secondFactor.error)}</Alert>
      <form onSubmit={handleSubmit}>
        <TextField
          name="code"
          label="Code"
          hint="6 digits, or a recovery code like abcd-efgh-ijkl"
          className="code-input"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          required
          error={isRefused(secondFactor.error) ? 'Enter the code your app shows right now.' : undefined}
        />
        <div className="form-actions">
          <button type="submit" disabled={secondFactor.isPending}>
            {secondFactor.isPending ? 'Checking…' : 'Continue'}
          </button>
          <SignOutButton className="button-secondary">Start again</SignOutButton>
        </div>
      </form>
    </>
  );
}

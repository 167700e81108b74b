import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useSignIn } from '../api/useSession';
import { Alert } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/TextField';
import { describeError, describeWait } from '../components/errorMessages';
import { rawValue, textValue } from '../components/forms';

function signInErrorMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError && (error.status === 401 || error.status === 400)) {
    // Never say whether an account exists for this email.
    return "That email and password don't match. Please check them and try again.";
  }
  if (error instanceof ApiError && error.status === 429) {
    return `There have been too many sign-in attempts. To keep accounts safe, please wait ${describeWait(error.retryAfterSeconds)} and try again.`;
  }
  return describeError(error);
}

/** Email and password: the first step of signing in. */
export function PasswordStep() {
  const signIn = useSignIn();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signIn.mutate({ email: textValue(form, 'email'), password: rawValue(form, 'password') });
  }

  return (
    <>
      <PageHeading title="Sign in">Sign in to Candor</PageHeading>
      <Alert>{signInErrorMessage(signIn.error)}</Alert>
      <form onSubmit={handleSubmit}>
        <TextField name="email" type="email" label="Email address" autoComplete="username" required />
        <TextField
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          required
        />
        <div className="form-actions">
          <button type="submit" disabled={signIn.isPending}>
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
          <Link to="/forgot-password">Forgot your password?</Link>
        </div>
      </form>
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { fieldErrorsOf } from '../api/client';
import { useAcceptInvitation } from '../api/useSession';
import { Alert } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { describeError } from '../components/errorMessages';
import { checkNewPassword, rawValue } from '../components/forms';
import { AuthLayout } from './AuthLayout';
import { NewPasswordFields } from './NewPasswordFields';
import { useHashToken } from './useHashToken';

const EXPIRED_INVITATION =
  'This invitation has expired or has already been used. Please ask the practice to send a new one.';

/** Accept an invitation (staff or client portal): choose a password and sign in. */
export function AcceptInvitationPage() {
  const token = useHashToken();
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(accept.error), ...localErrors };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = rawValue(form, 'password');
    const problems = checkNewPassword(password, rawValue(form, 'confirmPassword'));
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    accept.mutate(
      { token, password },
      {
        // Staff who still need a second factor continue on the sign-in page, which
        // shows the enrolment step for their session's stage.
        onSuccess: ({ stage }) => void navigate(stage === 'signed-in' ? '/' : '/sign-in', { replace: true }),
      },
    );
  }

  let alert: string | undefined;
  if (!token || errors.token) alert = EXPIRED_INVITATION;
  else if (accept.isError && !errors.password) alert = describeError(accept.error);

  return (
    <AuthLayout>
      <PageHeading title="Accept your invitation">Welcome to Candor</PageHeading>
      <Alert focus={Boolean(token)}>{alert}</Alert>
      {!token || errors.token ? (
        <p>
          Already set up? <Link to="/sign-in">Sign in</Link>
        </p>
      ) : (
        <>
          <p>Choose a password to finish setting up your account.</p>
          <form onSubmit={handleSubmit} noValidate>
            <NewPasswordFields errors={errors} />
            <div className="form-actions">
              <button type="submit" disabled={accept.isPending}>
                {accept.isPending ? 'Setting up…' : 'Set password and continue'}
              </button>
            </div>
          </form>
        </>
      )}
    </AuthLayout>
  );
}

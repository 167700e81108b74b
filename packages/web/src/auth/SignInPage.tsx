import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../api/useSession';
import { Alert } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { describeError } from '../components/errorMessages';
import { AuthLayout } from './AuthLayout';
import { EnrollSecondFactor } from './EnrollSecondFactor';
import { PasswordStep } from './PasswordStep';
import { RecoveryCodes } from './RecoveryCodes';
import { SecondFactorStep } from './SecondFactorStep';
import { SignOutButton } from './SignOutButton';
import { redirectFromState } from './safeRedirect';

/**
 * The whole sign-in flow on one route. Which step shows follows the session's `stage`:
 * password, then a second factor — or, for staff without one yet, enrolment.
 */
export function SignInPage() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const destination = redirectFromState(location.state);

  if (recoveryCodes) {
    return (
      <AuthLayout>
        <RecoveryCodes asPage codes={recoveryCodes} onDone={() => void navigate(destination, { replace: true })} />
      </AuthLayout>
    );
  }

  if (session.isPending) {
    return (
      <AuthLayout>
        <p role="status" className="muted">
          Loading…
        </p>
      </AuthLayout>
    );
  }

  const stage = session.data?.stage;

  if (stage === 'signed-in') return <Navigate to={destination} replace />;

  return (
    <AuthLayout>
      {stage === 'second-factor' ? (
        <SecondFactorStep />
      ) : stage === 'enroll-second-factor' ? (
        <>
          <PageHeading>Set up a second factor</PageHeading>
          <p>
            Your practice asks everyone on the team to use a second factor, so that a
            password alone is never enough to open clients&apos; records. It takes about a
            minute.
          </p>
          <EnrollSecondFactor onConfirmed={setRecoveryCodes} />
          <p>
            <SignOutButton className="button-secondary">Sign out and finish later</SignOutButton>
          </p>
        </>
      ) : (
        <>
          {session.isError ? <Alert focus={false}>{describeError(session.error)}</Alert> : null}
          <PasswordStep />
        </>
      )}
    </AuthLayout>
  );
}

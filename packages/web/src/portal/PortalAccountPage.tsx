import { Link } from 'react-router-dom';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { PageHeading } from '../components/PageHeading';

/** The client's own account: for now, their password. */
export function PortalAccountPage() {
  return (
    <>
      <p>
        <Link to="/portal">Back to your home page</Link>
      </p>
      <PageHeading>Your account</PageHeading>
      <section aria-labelledby="password-heading" className="panel">
        <h2 id="password-heading">Your password</h2>
        <p>
          If you think someone else may know your password, change it here. Anywhere else you are signed in — another phone or
          computer — will be signed out.
        </p>
        <ChangePasswordForm />
      </section>
    </>
  );
}

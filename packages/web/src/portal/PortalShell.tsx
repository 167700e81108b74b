import { Link, Outlet } from 'react-router-dom';
import { SignOutButton } from '../auth/SignOutButton';
import { useSignedInUser } from '../auth/guards';
import { SkipLink } from '../components/SkipLink';

/** The frame of the client portal: calm, private, and without any staff navigation. */
export function PortalShell() {
  const user = useSignedInUser();
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <p className="app-name">Your private space at {user.practice.name}</p>
        <div className="account">
          <p className="account-name">
            <span className="visually-hidden">Signed in as </span>
            {user.displayName}
          </p>
          <Link to="/portal/record">Your record</Link>
          <Link to="/portal/account">Your account</Link>
          <SignOutButton className="button-secondary" />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

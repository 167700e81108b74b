import { NavLink, Outlet } from 'react-router-dom';
import { SignOutButton } from '../auth/SignOutButton';
import { useSignedInUser } from '../auth/guards';
import { SkipLink } from '../components/SkipLink';

const NAV_ITEMS = [
  { to: '/today', label: 'Today' },
  { to: '/clients', label: 'Clients' },
  { to: '/calendar', label: 'Calendar' },
  { to: '/settings', label: 'Settings' },
] as const;

/** The frame of the staff app: practice name, primary navigation, who is signed in. */
export function StaffShell() {
  const user = useSignedInUser();
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <p className="app-name">{user.practice.name}</p>
        <nav className="app-nav" aria-label="Main">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <p className="account-name">
            <span className="visually-hidden">Signed in as </span>
            {user.displayName}
          </p>
          <SignOutButton className="button-secondary" />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

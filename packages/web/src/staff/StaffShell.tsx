import { NavLink, Outlet } from 'react-router-dom';
import type { Role } from '../api/types';
import { hasRole } from '../api/useSession';
import { SignOutButton } from '../auth/SignOutButton';
import { useSignedInUser } from '../auth/guards';
import { SkipLink } from '../components/SkipLink';

/** Clinical work: billing staff keep no calendar and see nothing clinical. */
const CLINICAL_AND_OWNERS: readonly Role[] = ['owner', 'clinician', 'supervisor'];

const NAV_ITEMS: readonly { to: string; label: string; roles?: readonly Role[]; siteAdmin?: boolean }[] = [
  { to: '/today', label: 'Today', roles: CLINICAL_AND_OWNERS },
  { to: '/clients', label: 'Clients' },
  { to: '/calendar', label: 'Calendar', roles: CLINICAL_AND_OWNERS },
  { to: '/billing', label: 'Billing', roles: ['owner', 'billing'] },
  { to: '/supervision', label: 'Supervision', roles: ['supervisor'] },
  { to: '/credentials', label: 'Credentials', roles: CLINICAL_AND_OWNERS },
  { to: '/certification', label: 'Certification', roles: ['clinician', 'supervisor'] },
  { to: '/contact-requests', label: 'Contact requests', roles: ['clinician', 'supervisor'] },
  { to: '/directory-profile', label: 'Directory profile', roles: CLINICAL_AND_OWNERS },
  { to: '/admin/training', label: 'Training catalogue', siteAdmin: true },
  { to: '/settings', label: 'Settings' },
];

/** The frame of the staff app: practice name, primary navigation (some items only for some roles), who is signed in. */
export function StaffShell() {
  const user = useSignedInUser();
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <p className="app-name">{user.practice.name}</p>
        <nav className="app-nav" aria-label="Main">
          <ul>
            {NAV_ITEMS.filter((item) => (!item.roles || item.roles.some((role) => hasRole(user, role))) && (!item.siteAdmin || user.siteAdmin)).map((item) => (
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

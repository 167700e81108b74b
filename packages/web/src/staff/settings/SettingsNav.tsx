import { NavLink } from 'react-router-dom';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';

/** Links between the sections of Settings; owners also see Practice and Outbox. */
export function SettingsNav() {
  const user = useSignedInUser();
  const isOwner = hasRole(user, 'owner');
  return (
    <nav className="settings-nav" aria-label="Settings">
      <ul>
        <li>
          <NavLink to="/settings/security">Security</NavLink>
        </li>
        <li>
          <NavLink to="/settings/consents">Consent documents</NavLink>
        </li>
        <li>
          <NavLink to="/settings/instruments">Instruments</NavLink>
        </li>
        {isOwner ? (
          <>
            <li>
              <NavLink to="/settings/practice">Practice</NavLink>
            </li>
            <li>
              <NavLink to="/settings/outbox">Outbox</NavLink>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}

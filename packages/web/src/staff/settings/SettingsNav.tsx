import { NavLink } from 'react-router-dom';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { handlesBilling } from '../billing/RequireBilling';

/** Links between the sections of Settings; clinical staff and owners see Interventions, Note templates and Working hours, owners and billing staff Billing, owners also Practice and Outbox. */
export function SettingsNav() {
  const user = useSignedInUser();
  const isOwner = hasRole(user, 'owner');
  const seesTemplates = isOwner || hasRole(user, 'clinician') || hasRole(user, 'supervisor');
  return (
    <nav className="settings-nav" aria-label="Settings">
      <ul>
        <li>
          <NavLink to="/settings/security">Security</NavLink>
        </li>
        <li>
          <NavLink to="/settings/integrations">Integrations</NavLink>
        </li>
        <li>
          <NavLink to="/settings/consents">Consent documents</NavLink>
        </li>
        <li>
          <NavLink to="/settings/instruments">Instruments</NavLink>
        </li>
        {seesTemplates ? (
          <li>
            <NavLink to="/settings/interventions">Interventions</NavLink>
          </li>
        ) : null}
        {seesTemplates ? (
          <li>
            <NavLink to="/settings/note-templates">Note templates</NavLink>
          </li>
        ) : null}
        {seesTemplates ? (
          <li>
            <NavLink to="/settings/hours">Working hours</NavLink>
          </li>
        ) : null}
        {handlesBilling(user) ? (
          <li>
            <NavLink to="/settings/billing">Billing</NavLink>
          </li>
        ) : null}
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

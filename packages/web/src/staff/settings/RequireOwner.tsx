import { Navigate, Outlet } from 'react-router-dom';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';

/** Practice-wide settings are for the practice owner only. */
export function RequireOwner() {
  const user = useSignedInUser();
  return hasRole(user, 'owner') ? <Outlet /> : <Navigate to="/settings/security" replace />;
}

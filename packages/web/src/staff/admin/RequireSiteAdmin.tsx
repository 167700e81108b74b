import { Navigate, Outlet } from 'react-router-dom';
import { useSignedInUser } from '../../auth/guards';

/** Deployment-wide content (the training catalogue) is for the site administrator only. */
export function RequireSiteAdmin() {
  const user = useSignedInUser();
  return user.siteAdmin ? <Outlet /> : <Navigate to="/" replace />;
}

import { Navigate, Outlet } from 'react-router-dom';
import type { User } from '../../api/types';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';

/** Owners and billing staff handle the practice's billing. */
export function handlesBilling(user: Pick<User, 'roles'>): boolean {
  return hasRole(user, 'owner') || hasRole(user, 'billing');
}

/** Billing pages (the worklist, billing settings) are for owners and billing staff. */
export function RequireBilling() {
  const user = useSignedInUser();
  return handlesBilling(user) ? <Outlet /> : <Navigate to="/" replace />;
}

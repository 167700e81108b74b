import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { hasRole, isStaff, useSession } from '../api/useSession';
import type { User } from '../api/types';
import { Alert } from '../components/Alert';
import { describeError } from '../components/errorMessages';

function Loading() {
  return (
    <main id="main" className="app-main" tabIndex={-1}>
      <p role="status" className="muted">
        Loading…
      </p>
    </main>
  );
}

/** Only a fully signed-in person gets past; everyone else goes to the sign-in flow. */
export function RequireSignedIn() {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <Loading />;
  if (session.isError) {
    return (
      <main id="main" className="app-main" tabIndex={-1}>
        <Alert>{describeError(session.error)}</Alert>
      </main>
    );
  }
  if (!session.data || session.data.stage !== 'signed-in') {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/sign-in" replace state={{ from }} />;
  }
  return <Outlet />;
}

/** The signed-in user; only call below RequireSignedIn. */
export function useSignedInUser(): User {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInUser used outside RequireSignedIn');
  return data.user;
}

/** Staff areas: anyone with a role other than `client`. */
export function RequireStaff() {
  const user = useSignedInUser();
  return isStaff(user) ? <Outlet /> : <Navigate to="/" replace />;
}

/** The client portal: people with the `client` role. */
export function RequireClient() {
  const user = useSignedInUser();
  return hasRole(user, 'client') ? <Outlet /> : <Navigate to="/" replace />;
}

/** Where someone starts: clinical staff and owners on Today, billing staff on Billing, clients in their portal. */
export function homePath(user: Pick<User, 'roles'>): string {
  if (!isStaff(user)) return '/portal';
  const clinicalOrOwner = hasRole(user, 'owner') || hasRole(user, 'clinician') || hasRole(user, 'supervisor');
  return clinicalOrOwner || !hasRole(user, 'billing') ? '/today' : '/billing';
}

/** `/` sends each person to their starting page (see homePath). */
export function HomeRedirect() {
  const user = useSignedInUser();
  return <Navigate to={homePath(user)} replace />;
}

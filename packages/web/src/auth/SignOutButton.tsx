import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSignOut } from '../api/useSession';

interface SignOutButtonProps {
  className?: string;
  children?: ReactNode;
}

/** Ends the session on the server and forgets everything cached in this tab. */
export function SignOutButton({ className, children = 'Sign out' }: SignOutButtonProps) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className={className}
      disabled={signOut.isPending}
      onClick={() =>
        signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) })
      }
    >
      {children}
    </button>
  );
}

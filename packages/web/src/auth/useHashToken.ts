import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { tokenFromHash } from '../components/forms';

/**
 * Reads the one-time token from the URL fragment (`#token=…`) once, then removes it from
 * the address bar and history so it is not left behind on a shared computer.
 */
export function useHashToken(): string {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromHash(location.hash));

  useEffect(() => {
    if (location.hash) {
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
    }
  }, [location.hash, location.pathname, location.search, navigate]);

  return token;
}

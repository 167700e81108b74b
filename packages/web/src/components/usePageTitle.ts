import { useEffect } from 'react';

/** Sets a meaningful document title, e.g. "Clients — Candor". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Candor`;
  }, [title]);
}

import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { usePageTitle } from './usePageTitle';

interface PageHeadingProps {
  children: ReactNode;
  /** The document title; defaults to the heading when it is plain text. */
  title?: string;
  id?: string;
  /** Also take focus when this changes, e.g. the step of a multi-step form on one route. */
  focusKey?: string;
}

/**
 * The page's one h1. It takes focus when it appears and on every route change, so a
 * screen reader announces the new page and keyboard users start from the top of it.
 */
export function PageHeading({ children, title, id, focusKey }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  usePageTitle(title ?? (typeof children === 'string' ? children : 'Candor'));

  useEffect(() => {
    ref.current?.focus();
  }, [pathname, focusKey]);

  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}

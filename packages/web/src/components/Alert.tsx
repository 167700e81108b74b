import { useEffect, useRef, type ReactNode } from 'react';

interface AlertProps {
  /** Nothing is shown while this is empty. */
  children?: ReactNode;
  /** Move keyboard focus to the message when it appears or changes. */
  focus?: boolean;
}

/**
 * A calm error message in a live `role="alert"` region. The region is always in the page
 * so screen readers announce the message as soon as it is filled in.
 */
export function Alert({ children, focus = true }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shownText = useRef('');
  const hasMessage = children !== undefined && children !== null && children !== false && children !== '';

  // Compare the rendered text rather than `children`, whose identity changes every render:
  // focus moves only when a new message appears (a retried request first clears it).
  useEffect(() => {
    const text = ref.current?.textContent ?? '';
    if (focus && text && text !== shownText.current) ref.current?.focus();
    shownText.current = text;
  });

  return (
    <div ref={ref} role="alert" tabIndex={-1} className={hasMessage ? 'alert' : 'alert alert-empty'}>
      {hasMessage ? children : null}
    </div>
  );
}

/** A polite confirmation, e.g. "Saved." */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className={children ? 'status-message' : 'status-message status-empty'}>
      {children}
    </div>
  );
}

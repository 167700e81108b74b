import { useEffect, useRef } from 'react';

interface ErrorSummaryProps {
  /** `field → message`; nothing is shown when empty. */
  errors: Record<string, string>;
  /** Human labels for fields, e.g. `{ dateOfBirth: 'Date of birth' }`. */
  labels: Record<string, string>;
  /** Turns a field name into the id of its control; defaults to `field-<name>`. */
  idFor?: (field: string) => string;
  title?: string;
}

/**
 * A list of what needs attention at the top of a form, in a `role="alert"` region that
 * takes focus. Each entry links to its field.
 */
export function ErrorSummary({
  errors,
  labels,
  idFor = (field) => `field-${field}`,
  title = 'Some details need another look',
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const signature = entries.map(([field, message]) => `${field}:${message}`).join('|');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className={entries.length ? 'error-summary' : 'alert-empty'}
    >
      {entries.length ? (
        <>
          <h2 className="error-summary-title">{title}</h2>
          <ul>
            {entries.map(([field, message]) => (
              <li key={field}>
                <a
                  href={`#${idFor(field)}`}
                  onClick={(event) => {
                    const target = document.getElementById(idFor(field));
                    if (target) {
                      event.preventDefault();
                      target.focus();
                    }
                  }}
                >
                  {labels[field] ?? field}: {message}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

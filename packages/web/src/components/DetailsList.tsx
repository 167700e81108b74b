import type { ReactNode } from 'react';

/** A row: undefined hides it (the viewer may not see that field); null reads "Not recorded". */
export type DetailRow = [label: string, value: ReactNode | null | undefined];

/** A description list of label/value pairs, as in a record. */
export function DetailsList({ rows, label }: { rows: DetailRow[]; label?: string }) {
  const shown = rows.filter(([, value]) => value !== undefined);
  if (shown.length === 0) return null;
  return (
    <dl className="details" aria-label={label}>
      {shown.map(([term, value]) => (
        <div key={term} className="details-row">
          <dt>{term}</dt>
          <dd>{value === null || value === '' ? <span className="muted">Not recorded</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}

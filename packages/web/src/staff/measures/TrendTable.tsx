import { Link } from 'react-router-dom';
import type { Trend, TrendPoint } from '../../api/measureTypes';
import { formatInstantDate } from '../../components/dates';
import { bandText, totalText } from './measureWords';

export interface TrendRow extends TrendPoint {
  clientId: string;
  /** The person who answered, when the table shows more than one. */
  who?: string;
}

/** The chart's figures as a table, oldest first, each answer linked to its detail. */
export function TrendTable({ trend, rows, caption }: { trend: Pick<Trend, 'bands'>; rows: TrendRow[]; caption: string }) {
  const showWho = rows.some((row) => row.who !== undefined);
  const sorted = [...rows].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  return (
    <div className="table-scroll">
      <table className="trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date answered</th>
            {showWho ? <th scope="col">Answered by</th> : null}
            <th scope="col">Total</th>
            {trend.bands.length ? <th scope="col">Band</th> : null}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.responseId}>
              <th scope="row">
                <Link to={`/clients/${encodeURIComponent(row.clientId)}/measures/${encodeURIComponent(row.responseId)}`}>
                  <time dateTime={row.completedAt}>{formatInstantDate(row.completedAt)}</time>
                  <span className="visually-hidden">{row.who ? `, ${row.who}` : ''}: see the answers</span>
                </Link>
              </th>
              {showWho ? <td>{row.who}</td> : null}
              <td>{totalText(row)}</td>
              {trend.bands.length ? <td>{bandText(trend, row)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

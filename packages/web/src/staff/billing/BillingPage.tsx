import { Link, useSearchParams } from 'react-router-dom';
import type { BillingSession } from '../../api/billingTypes';
import { incomeCsvUrl, useBillingSessions } from '../../api/useBilling';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { useNow } from '../../components/useNow';
import { KIND_LABELS, STATUS_LABELS } from '../calendar/appointmentWords';
import { formatStart, todayDay, viewerTimeZone } from '../calendar/calendarDates';
import { addMonths, formatMoney, formatMonth, isMonth, monthRange } from './billingWords';

export const chargePagePath = (appointmentId: string) => `/billing/appointments/${encodeURIComponent(appointmentId)}`;
export const accountPagePath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/account`;

/** Whether a session can be charged now: it has started and was not missed. */
function chargeable(session: Pick<BillingSession, 'startsAt' | 'status'>, now: number): boolean {
  return session.status !== 'no-show' && session.status !== 'cancelled' && Date.parse(session.startsAt) <= now;
}

function ChargeCell({ session, now }: { session: BillingSession; now: number }) {
  const when = formatStart(session.startsAt);
  const { charge } = session;
  if (charge) {
    const billed = session.attendees.find((a) => a.clientId === charge.billedClientId)?.displayName;
    return (
      <>
        <span className="code">{charge.cptCode}</span> · {formatMoney(charge.amountCents)}
        {session.attendees.length > 1 && billed ? <span className="muted"> · billed to {billed}</span> : null}{' '}
        <Link to={chargePagePath(session.appointmentId)}>
          Change<span className="visually-hidden"> the charge for the session on {when}</span>
        </Link>
      </>
    );
  }
  if (session.status === 'no-show') return <span className="muted">Missed, so not billed</span>;
  if (!chargeable(session, now)) return <span className="muted">After the session</span>;
  return (
    <Link to={chargePagePath(session.appointmentId)}>
      Add charge<span className="visually-hidden"> for the session on {when}</span>
    </Link>
  );
}

/** The billing worklist: a month's sessions, each with its charge or a way to add one, and the income report. */
export function BillingPage() {
  const [search, setSearch] = useSearchParams();
  const thisMonth = todayDay().slice(0, 7);
  const requested = search.get('month');
  const month = isMonth(requested) ? requested : thisMonth;
  const { from, to } = monthRange(month);
  const sessions = useBillingSessions(from, to);
  const now = useNow();
  const list = [...(sessions.data ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const waiting = list.filter((s) => !s.charge && chargeable(s, now)).length;
  const monthName = formatMonth(month);

  const show = (next: string) => setSearch(next === thisMonth ? {} : { month: next });

  return (
    <>
      <PageHeading>Billing</PageHeading>
      <p className="page-actions">
        <a href={incomeCsvUrl(from, to)} download>
          Income report (CSV)<span className="visually-hidden"> for {monthName}</span>
        </a>
        <Link to="/settings/billing">Billing settings</Link>
      </p>
      <div className="month-nav">
        <h2 id="month-heading">{monthName}</h2>
        <div className="form-actions">
          <button type="button" className="button-secondary button-small" onClick={() => show(addMonths(month, -1))}>
            Previous month
          </button>
          <button type="button" className="button-secondary button-small" onClick={() => show(thisMonth)}>
            This month
          </button>
          <button type="button" className="button-secondary button-small" onClick={() => show(addMonths(month, 1))}>
            Next month
          </button>
        </div>
      </div>
      <p className="muted">Times are in your time zone ({viewerTimeZone()}). Cancelled sessions are not listed.</p>
      <Alert focus={false}>{sessions.isError ? describeError(sessions.error) : undefined}</Alert>
      {sessions.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : sessions.isError ? null : (
        <>
          <p role="status">
            {list.length === 0
              ? `No sessions in ${monthName}.`
              : `${list.length === 1 ? 'One session' : `${list.length} sessions`} in ${monthName}; ${waiting === 0 ? 'none needs' : waiting === 1 ? 'one needs' : `${waiting} need`} a charge.`}
          </p>
          {list.length ? (
            <div className="table-scroll">
              <table className="billing-table">
                <caption>Sessions in {monthName}</caption>
                <thead>
                  <tr>
                    <th scope="col">Date and time</th>
                    <th scope="col">Clinician</th>
                    <th scope="col">Attendees</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Status</th>
                    <th scope="col">Charge</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((session) => (
                    <tr key={session.appointmentId}>
                      <th scope="row">
                        <time dateTime={session.startsAt}>{formatStart(session.startsAt)}</time>
                      </th>
                      <td>{session.clinicianName}</td>
                      <td>
                        <ul className="plain-list">
                          {session.attendees.map((attendee) => (
                            <li key={attendee.clientId}>
                              <Link to={accountPagePath(attendee.clientId)}>
                                {attendee.displayName}
                                <span className="visually-hidden">’s account</span>
                              </Link>
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>{KIND_LABELS[session.kind] ?? session.kind}</td>
                      <td>{STATUS_LABELS[session.status] ?? session.status}</td>
                      <td>
                        <ChargeCell session={session} now={now} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}

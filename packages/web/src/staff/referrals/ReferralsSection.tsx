import { Link } from 'react-router-dom';
import type { Referral } from '../../api/referralTypes';
import { useClientReferrals } from '../../api/useReferrals';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { REFERRAL_STATUS_LABELS, recipientText } from './referralWords';

/** Waiting for word back: the due date matters only while sent or acknowledged. */
export const awaitingOutcome = (referral: Referral) => referral.status === 'sent' || referral.status === 'acknowledged';

export function ReferralStatusBadges({ referral }: { referral: Referral }) {
  const done = referral.status === 'closed' || referral.status === 'declined';
  return (
    <>
      <span className={done ? 'badge badge-stopped' : referral.status === 'drafted' ? 'badge' : 'badge badge-success'}>
        {REFERRAL_STATUS_LABELS[referral.status] ?? referral.status}
      </span>
      {referral.overdue ? (
        <>
          {' '}
          <span className="badge badge-overdue">Overdue</span>
        </>
      ) : null}
    </>
  );
}

/** The client's referrals: to whom, where each stands, and when an outcome is expected. */
export function ReferralsSection({ clientId }: { clientId: string }) {
  const referrals = useClientReferrals(clientId);
  const list = referrals.data ?? [];
  return (
    <section aria-labelledby="referrals-heading" className="panel">
      <h2 id="referrals-heading">Referrals</h2>
      <p>
        <Link className="button button-secondary" to={`/clients/${encodeURIComponent(clientId)}/referrals/new`}>
          New referral
        </Link>
      </p>
      <Alert focus={false}>{referrals.isError ? describeError(referrals.error) : undefined}</Alert>
      {referrals.isPending ? (
        <p role="status" className="muted">
          Loading referrals…
        </p>
      ) : referrals.isSuccess && list.length === 0 ? (
        <p className="muted">No referrals yet.</p>
      ) : list.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Referrals</caption>
            <thead>
              <tr>
                <th scope="col">Referral</th>
                <th scope="col">Recipient</th>
                <th scope="col">Status</th>
                <th scope="col">Outcome expected by</th>
              </tr>
            </thead>
            <tbody>
              {list.map((referral) => (
                <tr key={referral.id}>
                  <th scope="row">
                    <Link to={`/referrals/${encodeURIComponent(referral.id)}`}>{referral.specialtyLabel}</Link>
                  </th>
                  <td>{recipientText(referral.recipientName, referral.recipientOrganization) ?? <span className="muted">Not named yet</span>}</td>
                  <td>
                    <ReferralStatusBadges referral={referral} />
                  </td>
                  <td>{awaitingOutcome(referral) ? formatDate(referral.dueOn) : <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

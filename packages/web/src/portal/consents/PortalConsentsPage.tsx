import { Link } from 'react-router-dom';
import { usePortalConsents } from '../../api/useConsents';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';

/** Every document this client is asked to read and sign, and where each one stands. */
export function PortalConsentsPage() {
  const consents = usePortalConsents();
  const list = consents.data ?? [];
  const waiting = list.filter((consent) => !consent.signature).length;
  return (
    <>
      <p>
        <Link to="/portal">Back to your home page</Link>
      </p>
      <PageHeading>Your consent forms</PageHeading>
      <p>
        These explain how therapy here works and how your information is kept. Please read each one in full — take your time,
        and ask your therapist about anything that is unclear.
      </p>
      <Alert focus={false}>{consents.isError ? describeError(consents.error) : undefined}</Alert>
      {consents.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : consents.isSuccess && list.length === 0 ? (
        <div className="empty-state">
          <p>There is nothing to sign right now.</p>
        </div>
      ) : (
        <>
          <p>{waiting === 0 ? 'You have signed everything. Thank you.' : `${waiting} of ${list.length} still to sign.`}</p>
          <ul className="plain-list consent-list" aria-label="Consent forms">
            {list.map((consent) => (
              <li key={consent.versionId}>
                <Link to={`/portal/consents/${encodeURIComponent(consent.versionId)}`}>
                  {consent.signature ? consent.title : `Read and sign: ${consent.title}`}
                </Link>
                {consent.signature ? (
                  <span className="muted">
                    {' '}
                    Signed on <time dateTime={consent.signature.signedAt}>{formatDateTime(consent.signature.signedAt)}</time>
                  </span>
                ) : (
                  <span className="badge badge-waiting">To sign</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

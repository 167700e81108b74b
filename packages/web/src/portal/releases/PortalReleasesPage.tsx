import { Link } from 'react-router-dom';
import { usePortalReleases } from '../../api/useReleases';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { releaseStatusText, whoText } from './releaseWords';

/** Every request to share the client's information, and where each stands. */
export function PortalReleasesPage() {
  const releases = usePortalReleases();
  const list = releases.data ?? [];
  const waiting = list.filter((release) => release.status === 'awaiting-signature').length;
  return (
    <>
      <p>
        <Link to="/portal">Back to your home page</Link>
      </p>
      <PageHeading>Sharing your information</PageHeading>
      <p>
        Your therapist asks for your written permission before sharing anything about you with someone outside the practice —
        for example, a doctor they would like you to see. Each permission says who, what and until when, and you can withdraw it
        at any time.
      </p>
      <Alert focus={false}>{releases.isError ? describeError(releases.error) : undefined}</Alert>
      {releases.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : releases.isSuccess && list.length === 0 ? (
        <div className="empty-state">
          <p>Nobody has asked to share your information.</p>
        </div>
      ) : (
        <>
          <p>{waiting === 0 ? 'Nothing is waiting for your signature.' : `${waiting} waiting for your signature.`}</p>
          <ul className="plain-list consent-list" aria-label="Requests to share your information">
            {list.map((release) => (
              <li key={release.id}>
                <Link to={`/portal/releases/${encodeURIComponent(release.id)}`}>
                  {release.status === 'awaiting-signature' ? `Read and sign: sharing with ${whoText(release)}` : `Sharing with ${whoText(release)}`}
                </Link>
                <span className={release.status === 'awaiting-signature' ? 'badge badge-waiting' : 'muted'}>{releaseStatusText(release)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

import { Link } from 'react-router-dom';
import type { Release } from '../../api/referralTypes';
import { useClientReleases } from '../../api/useReleases';
import { Alert } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { formatDate, formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { RELEASE_ITEM_LABELS, RELEASE_STATUS_BADGES, RELEASE_STATUS_LABELS, recipientText } from '../referrals/referralWords';

function ReleaseStatus({ release }: { release: Release }) {
  return (
    <>
      <span className={RELEASE_STATUS_BADGES[release.status] ?? 'badge'}>{RELEASE_STATUS_LABELS[release.status] ?? release.status}</span>
      {release.signature ? (
        <span className="muted">
          {release.status === 'signed' ? ' by ' : ' · signed by '}
          {release.signature.typedName} on <time dateTime={release.signature.signedAt}>{formatDateTime(release.signature.signedAt)}</time>
        </span>
      ) : null}
    </>
  );
}

/** The client's written permissions to share parts of their record, and where each stands. */
export function ReleasesSection({ clientId }: { clientId: string }) {
  const releases = useClientReleases(clientId);
  const list = releases.data ?? [];
  return (
    <section aria-labelledby="releases-heading" className="panel">
      <h2 id="releases-heading">Releases of information</h2>
      <p>The client&apos;s written permission to share named parts of their record with one named recipient, until a date.</p>
      <p>
        <Link className="button button-secondary" to={`/clients/${encodeURIComponent(clientId)}/releases/new`}>
          Ask for permission to share
        </Link>
      </p>
      <Alert focus={false}>{releases.isError ? describeError(releases.error) : undefined}</Alert>
      {releases.isPending ? (
        <p role="status" className="muted">
          Loading releases…
        </p>
      ) : releases.isSuccess && list.length === 0 ? (
        <p className="muted">No releases of information yet.</p>
      ) : list.length > 0 ? (
        <ul className="plain-list release-list" aria-label="Releases of information">
          {list.map((release) => (
            <li key={release.id}>
              <h3 className="release-title">{recipientText(release.recipientName, release.recipientOrganization)}</h3>
              <p className="release-status">
                <ReleaseStatus release={release} />
              </p>
              <DetailsList
                rows={[
                  [
                    'May share',
                    <ul key="items" className="history-lines">
                      {release.allowed.map(({ item, label }) => (
                        <li key={item}>{RELEASE_ITEM_LABELS[item] ?? label}</li>
                      ))}
                    </ul>,
                  ],
                  ['Purpose', release.purpose],
                  ['Until', formatDate(release.expiresOn)],
                ]}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

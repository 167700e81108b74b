import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePortalReleases, useSignRelease } from '../../api/useReleases';
import { Alert } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { PageHeading } from '../../components/PageHeading';
import { formatDate, formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { SignatureForm } from '../consents/SignatureForm';
import { WithdrawRelease } from './WithdrawRelease';
import { whoText } from './releaseWords';

/** One request to share: who, what and until when; then sign, or withdraw. */
export function PortalReleasePage() {
  const { id = '' } = useParams();
  const releases = usePortalReleases();
  const sign = useSignRelease(id);
  const release = releases.data?.find((item) => item.id === id);
  const [justChanged, setJustChanged] = useState<'signed' | 'withdrawn' | null>(null);
  const outcomeHeading = useRef<HTMLHeadingElement>(null);

  // After signing or withdrawing, the form is gone: move focus to what happened so it is announced.
  useEffect(() => {
    if (justChanged) outcomeHeading.current?.focus();
  }, [justChanged, release?.status]);

  const back = (
    <p>
      <Link to="/portal/releases">Back to sharing your information</Link>
    </p>
  );
  if (!release) {
    return (
      <>
        {back}
        <PageHeading title="Sharing your information">Sharing your information</PageHeading>
        {releases.isPending ? (
          <p role="status" className="muted">
            Loading…
          </p>
        ) : (
          <Alert focus={false}>{releases.isError ? describeError(releases.error) : "We couldn't find this request."}</Alert>
        )}
      </>
    );
  }

  const who = whoText(release);
  return (
    <>
      {back}
      <PageHeading title={`Sharing with ${release.recipientName}`}>Sharing your information with {who}</PageHeading>
      <section aria-labelledby="what-heading" className="panel">
        <h2 id="what-heading">What this permission covers</h2>
        <DetailsList
          rows={[
            ['Who will receive it', who],
            ['Why', release.purpose],
            [
              'What will be shared',
              <ul key="items" className="history-lines">
                {release.allowed.map(({ item, label }) => (
                  <li key={item}>{label}</li>
                ))}
              </ul>,
            ],
            ['Until', formatDate(release.expiresOn)],
          ]}
        />
        <p>Nothing else from your record is shared under this permission, and only with the person named here.</p>
      </section>

      {release.status === 'signed' && release.signature ? (
        <section aria-labelledby="outcome-heading" className="panel signed">
          <h2 id="outcome-heading" ref={outcomeHeading} tabIndex={-1}>
            {justChanged === 'signed' ? 'Thank you — signed' : 'Signed'}
          </h2>
          <p>
            Signed by <strong>{release.signature.typedName}</strong> on{' '}
            <time dateTime={release.signature.signedAt}>{formatDateTime(release.signature.signedAt)}</time>. Your permission lasts
            until {formatDate(release.expiresOn)}.
          </p>
        </section>
      ) : null}
      {release.status === 'revoked' ? (
        <section aria-labelledby="outcome-heading" className="panel">
          <h2 id="outcome-heading" ref={outcomeHeading} tabIndex={-1}>
            {release.signature ? 'You withdrew your permission' : 'You said no'}
          </h2>
          <p>Nothing will be shared under it. Your therapist can see that, and can ask again if things change.</p>
        </section>
      ) : null}
      {release.status === 'expired' ? (
        <section aria-labelledby="outcome-heading" className="panel">
          <h2 id="outcome-heading">This permission has ended</h2>
          <p>It ended on {formatDate(release.expiresOn)}. Nothing more will be shared under it.</p>
        </section>
      ) : null}

      {release.status === 'awaiting-signature' ? (
        <SignatureForm sign={sign} onSigned={() => setJustChanged('signed')} alreadySignedText="This request was already signed or withdrawn." />
      ) : null}
      {release.status === 'awaiting-signature' || release.status === 'signed' ? (
        <WithdrawRelease release={release} onWithdrawn={() => setJustChanged('withdrawn')} />
      ) : null}
      <p>
        <Link to="/portal/releases">Back to sharing your information</Link>
      </p>
    </>
  );
}

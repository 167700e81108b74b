import { Link, useParams } from 'react-router-dom';
import { useConsentDocument } from '../../api/useConsents';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert } from '../../components/Alert';
import { DocumentText } from '../../components/DocumentText';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { PublishVersionForm } from './PublishVersionForm';

/** One consent document: its current text and every version; the owner may publish a new one. */
export function ConsentDocumentPage() {
  const { id = '' } = useParams();
  const user = useSignedInUser();
  const document = useConsentDocument(id);
  const back = (
    <p>
      <Link to="/settings/consents">Back to consent documents</Link>
    </p>
  );

  if (document.isPending || document.isError) {
    return (
      <>
        {back}
        <PageHeading title="Consent document">Consent document</PageHeading>
        {document.isPending ? (
          <p role="status" className="muted">
            Loading…
          </p>
        ) : (
          <Alert focus={false}>{describeError(document.error)}</Alert>
        )}
      </>
    );
  }

  const data = document.data;
  const current = data.currentVersion;
  return (
    <>
      {back}
      <PageHeading title={`${data.title} — Consent document`}>{data.title}</PageHeading>
      <section aria-labelledby="current-heading" className="panel">
        <h2 id="current-heading">
          Current version ({current.version}): {current.title}
        </h2>
        <p className="muted">
          Published <time dateTime={current.createdAt}>{formatDateTime(current.createdAt)}</time>
        </p>
        <DocumentText body={current.body} />
      </section>
      <section aria-labelledby="versions-heading" className="panel">
        <h2 id="versions-heading">Versions</h2>
        <ol className="plain-list version-list" aria-label="Versions, newest first">
          {data.versions.map((version) => (
            <li key={version.id}>
              <strong>Version {version.version}</strong>: {version.title} · published{' '}
              <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
              <details>
                <summary>
                  Show the text<span className="visually-hidden"> of version {version.version}</span>
                </summary>
                <DocumentText body={version.body} />
                <p className="muted hash">SHA-256: {version.hash}</p>
              </details>
            </li>
          ))}
        </ol>
      </section>
      {hasRole(user, 'owner') ? <PublishVersionForm document={data} /> : null}
    </>
  );
}

import type { ClientConsent } from '../../api/careTypes';
import { useClientConsents } from '../../api/useClients';
import { Alert } from '../../components/Alert';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';

function ConsentRow({ consent }: { consent: ClientConsent }) {
  const { document, version, relationship, signature } = consent;
  return (
    <tr>
      <th scope="row">
        {document.title}
        {relationship ? <span className="muted"> (for {relationship.name || 'their relationship'})</span> : null}
      </th>
      <td>Version {version.version}</td>
      <td>
        {signature ? (
          <>
            <span className="badge badge-success">Signed</span> by {signature.typedName} on{' '}
            <time dateTime={signature.signedAt}>{formatDateTime(signature.signedAt)}</time>
          </>
        ) : (
          <span className="badge badge-waiting">Waiting for signature</span>
        )}
      </td>
    </tr>
  );
}

/** What this client is asked to sign (the current version of each document that applies). */
export function ConsentsSection({ clientId }: { clientId: string }) {
  const consents = useClientConsents(clientId, true);
  const list = consents.data ?? [];
  return (
    <section aria-labelledby="consents-heading" className="panel">
      <h2 id="consents-heading">Consents</h2>
      <Alert focus={false}>{consents.isError ? describeError(consents.error) : undefined}</Alert>
      {consents.isPending ? (
        <p role="status" className="muted">
          Loading consents…
        </p>
      ) : consents.isSuccess && list.length === 0 ? (
        <p className="muted">No consent documents apply to this client yet.</p>
      ) : list.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Consent documents and signatures</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Version</th>
                <th scope="col">Signature</th>
              </tr>
            </thead>
            <tbody>
              {list.map((consent) => (
                <ConsentRow key={consent.version.id} consent={consent} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

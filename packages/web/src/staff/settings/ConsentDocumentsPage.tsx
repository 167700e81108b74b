import { Link } from 'react-router-dom';
import { useConsentDocuments } from '../../api/useConsents';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { SettingsNav } from './SettingsNav';

const APPLIES_TO = { everyone: 'Every client', relationship: 'Members of relationships with this policy' } as const;

/** The practice's consent documents, each with its current version. */
export function ConsentDocumentsPage() {
  const documents = useConsentDocuments();
  const list = documents.data ?? [];
  return (
    <>
      <PageHeading title="Consent documents">Consent documents</PageHeading>
      <SettingsNav />
      <p>What clients read and sign in their portal. Each client signs the current version of every document that applies to them.</p>
      <Alert focus={false}>{documents.isError ? describeError(documents.error) : undefined}</Alert>
      {documents.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Consent documents</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Asked of</th>
                <th scope="col">Current version</th>
              </tr>
            </thead>
            <tbody>
              {list.map((document) => (
                <tr key={document.id}>
                  <th scope="row">
                    <Link to={`/settings/consents/${encodeURIComponent(document.id)}`}>{document.title}</Link>
                  </th>
                  <td>{APPLIES_TO[document.appliesTo] ?? document.appliesTo}</td>
                  <td>
                    Version {document.currentVersion.version}, published{' '}
                    <time dateTime={document.currentVersion.createdAt}>{formatDateTime(document.currentVersion.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

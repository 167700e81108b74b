import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import type { ClientDetail } from '../api/types';
import { useClient } from '../api/useClients';
import { Alert } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { describeError } from '../components/errorMessages';

function nameOf(client: ClientDetail): string {
  if (client.displayName) return client.displayName;
  return [client.preferredName ?? client.firstName, client.lastName].filter(Boolean).join(' ') || 'Client';
}

/** A malformed id and a client this person may not see look the same: not found. */
function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  // A date of birth is a calendar date, not an instant: format it in UTC so it never shifts.
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** One client. What is shown depends on what the server lets this person see. */
export function ClientDetailPage() {
  const { id = '' } = useParams();
  const client = useClient(id);

  if (client.isPending) {
    return (
      <>
        <PageHeading title="Client">Client</PageHeading>
        <p role="status" className="muted">
          Loading…
        </p>
      </>
    );
  }

  if (client.isError) {
    return (
      <>
        <PageHeading title="Client not found">We couldn&apos;t open this client</PageHeading>
        <Alert focus={false}>
          {isNotFound(client.error)
            ? 'This client may have been removed, or you may not be on their care team.'
            : describeError(client.error)}
        </Alert>
        <p>
          <Link to="/clients">Back to clients</Link>
        </p>
      </>
    );
  }

  const data = client.data;
  const rows: [string, string | null | undefined][] = [
    ['First name', data.firstName],
    ['Last name', data.lastName],
    ['Preferred name', data.preferredName],
    ['Email address', data.email],
    ['Date of birth', data.dateOfBirth ? formatDate(data.dateOfBirth) : undefined],
    ['Status', data.status],
    ['Care team', data.careTeam?.map((member) => member.displayName).join(', ')],
    ['What brings them to therapy', data.presentingConcern],
  ];

  return (
    <>
      <p>
        <Link to="/clients">Back to clients</Link>
      </p>
      <PageHeading title={`${nameOf(data)} — Client`}>{nameOf(data)}</PageHeading>
      <dl className="details">
        {rows
          .filter((row): row is [string, string] => typeof row[1] === 'string' && row[1] !== '')
          .map(([label, value]) => (
            <div key={label} className="details-row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}

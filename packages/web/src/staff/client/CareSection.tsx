import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ClientStatuses, type ClientDetail, type ClientStatus } from '../../api/types';
import { useUpdateClient } from '../../api/useClients';
import { Alert, StatusMessage } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { describeError } from '../../components/errorMessages';
import { STATUS_LABELS, labelFor } from './clientWords';

function StatusForm({ client }: { client: ClientDetail }) {
  const update = useUpdateClient(client.id);
  const [chosen, setChosen] = useState<ClientStatus>(client.status ?? 'prospective');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ status: chosen });
  }

  return (
    <form onSubmit={handleSubmit} className="inline-form" aria-label="Change status">
      <div className="field">
        <label htmlFor="field-status">Status</label>
        <select id="field-status" name="status" value={chosen} onChange={(event) => setChosen(event.target.value as ClientStatus)}>
          {ClientStatuses.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button-secondary" disabled={update.isPending || chosen === client.status}>
        {update.isPending ? 'Saving…' : 'Change status'}
      </button>
      <StatusMessage>{update.isSuccess ? `Status changed to ${STATUS_LABELS[update.data.status ?? chosen]?.toLowerCase()}.` : undefined}</StatusMessage>
      <Alert>{update.isError ? describeError(update.error) : undefined}</Alert>
    </form>
  );
}

/** Status (with a control to change it, for those who may), care team and relationships. */
export function CareSection({ client, canEdit }: { client: ClientDetail; canEdit: boolean }) {
  const careTeam = client.careTeam?.map((member) => member.displayName).join(', ');
  return (
    <section aria-labelledby="care-heading" className="panel">
      <h2 id="care-heading">Care</h2>
      {canEdit ? <StatusForm client={client} /> : null}
      <DetailsList
        rows={[
          ['Status', canEdit ? undefined : labelFor(STATUS_LABELS, client.status)],
          ['Care team', careTeam],
          [
            'Relationships',
            client.relationships === undefined ? undefined : client.relationships.length === 0 ? (
              <span className="muted">Not part of a relationship in this practice</span>
            ) : (
              <ul className="plain-list">
                {client.relationships.map((relationship) => (
                  <li key={relationship.id}>
                    <Link to={`/relationships/${encodeURIComponent(relationship.id)}`}>{relationship.name || 'Relationship'}</Link>
                  </li>
                ))}
              </ul>
            ),
          ],
        ]}
      />
    </section>
  );
}

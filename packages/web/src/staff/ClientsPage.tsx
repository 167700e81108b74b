import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useClients } from '../api/useClients';
import { hasRole } from '../api/useSession';
import { useSignedInUser } from '../auth/guards';
import { Alert } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { TextField } from '../components/TextField';
import { describeError } from '../components/errorMessages';
import { useDebouncedValue } from '../components/useDebouncedValue';

/** The clients this person may see, with a search box (kept in the URL as `?q=`). */
export function ClientsPage() {
  const user = useSignedInUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const debounced = useDebouncedValue(draft, 300);
  const clients = useClients(q);
  const canAdd = hasRole(user, 'clinician') || hasRole(user, 'supervisor') || hasRole(user, 'owner');
  // Relationships are clinical: billing staff work from names and accounts only.
  const seesRelationships = canAdd;

  useEffect(() => {
    if (debounced.trim() !== q) setSearchParams(debounced.trim() ? { q: debounced.trim() } : {}, { replace: true });
  }, [debounced, q, setSearchParams]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearchParams(draft.trim() ? { q: draft.trim() } : {}, { replace: true });
  }

  const list = clients.data ?? [];

  return (
    <>
      <PageHeading>Clients</PageHeading>
      <p className="page-actions">
        {canAdd ? (
          <Link className="button" to="/clients/new">
            Add client
          </Link>
        ) : null}
        {canAdd ? <Link to="/clients/import">Import from a spreadsheet</Link> : null}
        {seesRelationships ? <Link to="/relationships">Relationships</Link> : null}
      </p>

      <form role="search" className="search-form" onSubmit={handleSubmit} aria-label="Clients">
        <TextField
          name="q"
          type="search"
          label="Search clients by name"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          autoComplete="off"
        />
        <button type="submit" className="button-secondary">
          Search
        </button>
      </form>

      <Alert>{clients.isError ? describeError(clients.error) : undefined}</Alert>

      {clients.isPending ? (
        <p role="status" className="muted">
          Loading clients…
        </p>
      ) : list.length === 0 && !clients.isError ? (
        <div className="empty-state" role="status">
          {q ? (
            <p>No clients match “{q}”. Try part of a first or last name.</p>
          ) : (
            <>
              <p>No clients yet.</p>
              {canAdd ? <p>When you add a client, they&apos;ll appear here.</p> : null}
            </>
          )}
        </div>
      ) : (
        <>
          <p className="muted" role="status">
            {q ? `${list.length} ${list.length === 1 ? 'client matches' : 'clients match'} “${q}”.` : `${list.length} ${list.length === 1 ? 'client' : 'clients'}.`}
          </p>
          <ul className="plain-list client-list" aria-label="Client list">
            {list.map((client) => (
              <li key={client.id}>
                <Link to={`/clients/${encodeURIComponent(client.id)}`}>{client.displayName}</Link>
                <span className="badge">{client.status}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

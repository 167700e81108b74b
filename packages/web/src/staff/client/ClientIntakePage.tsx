import { useParams } from 'react-router-dom';
import { useClient } from '../../api/useClients';
import { IntakePage } from '../../intake/IntakePage';
import { nameOf } from './ClientDetailPage';

/** A care-team clinician fills in the history on the client's behalf. */
export function ClientIntakePage() {
  const { id = '' } = useParams();
  const client = useClient(id);
  const name = client.data ? nameOf(client.data) : 'the client';
  return (
    <IntakePage
      key={id}
      clientId={id}
      onBehalfOf={name}
      homePath={`/clients/${encodeURIComponent(id)}`}
      homeLabel={client.data ? `Back to ${name}` : 'Back to the client'}
    />
  );
}

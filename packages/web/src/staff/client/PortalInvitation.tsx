import { useInviteClientToPortal } from '../../api/useClients';
import type { ClientDetail } from '../../api/types';
import { ApiError } from '../../api/client';
import { Alert, StatusMessage } from '../../components/Alert';
import { describeError } from '../../components/errorMessages';

function failureText(error: unknown, client: ClientDetail): string {
  if (!client.email) return 'Add an email address to their details first: the invitation is sent by email.';
  const reason = error instanceof ApiError && (error.status === 400 || error.status === 409) ? (error.fieldErrors[0]?.message ?? error.problem?.detail) : undefined;
  return reason ? `The invitation wasn't sent: ${reason.replace(/\.$/, '')}.` : describeError(error);
}

/** Invite the client to their private portal (an email with a one-time link). */
export function PortalInvitation({ client }: { client: ClientDetail }) {
  const invite = useInviteClientToPortal(client.id);
  return (
    <div className="portal-invitation">
      <button type="button" className="button-secondary" disabled={invite.isPending || invite.isSuccess} onClick={() => invite.mutate()}>
        {invite.isPending ? 'Sending…' : 'Invite to the portal'}
      </button>
      <StatusMessage>
        {invite.isSuccess ? `Invitation sent${client.email ? ` to ${client.email}` : ''}. The link works for seven days.` : undefined}
      </StatusMessage>
      <Alert>{invite.isError ? failureText(invite.error, client) : undefined}</Alert>
    </div>
  );
}

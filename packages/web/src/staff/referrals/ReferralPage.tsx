import { Link, useParams } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/client';
import type { Referral } from '../../api/referralTypes';
import { useClient } from '../../api/useClients';
import { useReferral, useSendReferral } from '../../api/useReferrals';
import { Alert, StatusMessage } from '../../components/Alert';
import { DetailsList, type DetailRow } from '../../components/DetailsList';
import { PageHeading } from '../../components/PageHeading';
import { formatDate, formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { isNotFound, nameOf } from '../client/ClientDetailPage';
import { UrgencyBadge } from '../screening/UrgencyBadge';
import { DraftReferralForm } from './DraftReferralForm';
import { ReferralLifecycle } from './ReferralLifecycle';
import { ReferralStatusBadges, awaitingOutcome } from './ReferralsSection';
import { LetterSection, SendReferral } from './SendReferral';
import { recipientText } from './referralWords';

const when = (value: string | null) => (value ? <time dateTime={value}>{formatDateTime(value)}</time> : undefined);

function referralRows(referral: Referral): DetailRow[] {
  return [
    ['Refer to', referral.specialtyLabel],
    ['Recipient', recipientText(referral.recipientName, referral.recipientOrganization)],
    ['How soon', <UrgencyBadge key="urgency" urgency={referral.urgency} />],
    ['Reason', referral.reason],
    ['Status', <ReferralStatusBadges key="status" referral={referral} />],
    ['Outcome expected by', awaitingOutcome(referral) ? formatDate(referral.dueOn) : undefined],
    ['Drafted', when(referral.createdAt)],
    ['Sent', when(referral.sentAt)],
    ['Acknowledged', when(referral.acknowledgedAt)],
    ['Seen', when(referral.seenAt)],
    ['Closed', when(referral.closedAt)],
    ['Declined by the client', when(referral.declinedAt)],
    ['Outcome', referral.outcome ?? undefined],
    ['Notes', referral.notes ?? undefined],
    ['Started from', referral.suggestionId ? 'A screening suggestion' : undefined],
  ];
}

function ReferralView({ referral }: { referral: Referral }) {
  const client = useClient(referral.clientId);
  const send = useSendReferral(referral.id);
  const name = client.data ? nameOf(client.data) : 'the client';
  const title = `Referral to ${referral.specialtyLabel.replace(/^The /, 'the ')}`;
  return (
    <>
      <p>
        <Link to={`/clients/${encodeURIComponent(referral.clientId)}`}>Back to {name}</Link>
      </p>
      <PageHeading title={`${title} — ${name}`}>{title}</PageHeading>
      <p className="lead">For {name}</p>
      {referral.overdue ? (
        <p className="care-note care-note-attention">
          No outcome has come back yet, and one was expected by {formatDate(referral.dueOn)}. You may want to follow up with the
          recipient.
        </p>
      ) : null}
      <StatusMessage>{send.isSuccess && referral.status === 'sent' ? 'The referral is marked as sent.' : undefined}</StatusMessage>
      <section aria-labelledby="details-heading" className="panel">
        <h2 id="details-heading">Details</h2>
        <DetailsList rows={referralRows(referral)} />
      </section>
      {referral.status === 'drafted' ? (
        <>
          <DraftReferralForm referral={referral} sendErrors={{ recipientName: fieldErrorsOf(send.error).recipientName ?? '' }} />
          <SendReferral referral={referral} send={send} />
        </>
      ) : null}
      {referral.status !== 'drafted' && referral.releaseId ? (
        <section aria-labelledby="letter-heading" className="panel">
          <h2 id="letter-heading">The letter</h2>
          <p className="muted">As sent, under the client&apos;s signed release of information.</p>
          <LetterSection referral={referral} releaseId={null} headingLevel={3} />
        </section>
      ) : null}
      <ReferralLifecycle referral={referral} />
    </>
  );
}

/** One referral: its details, the draft and sending while drafted, then what happened next. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const referral = useReferral(id);
  if (referral.isPending) {
    return (
      <>
        <PageHeading title="Referral">Referral</PageHeading>
        <p role="status" className="muted">
          Loading…
        </p>
      </>
    );
  }
  if (referral.isError) {
    return (
      <>
        <PageHeading title="Referral not found">We couldn&apos;t open this referral</PageHeading>
        <Alert focus={false}>
          {isNotFound(referral.error) ? 'It may have been removed, or you may not be on the client’s care team.' : describeError(referral.error)}
        </Alert>
        <p>
          <Link to="/clients">Back to clients</Link>
        </p>
      </>
    );
  }
  return <ReferralView referral={referral.data} />;
}

import { Link } from 'react-router-dom';
import type { ContactRequest } from '../../api/directoryTypes';
import { useContactRequests, useMarkContactRequestRead } from '../../api/useDirectory';
import { Alert } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { CONTACT_LABELS } from './directoryWords';
import './directory.css';

/** "2 contact requests, 1 not read yet." */
function summary(requests: ContactRequest[]): string {
  if (requests.length === 0) return 'No contact requests yet.';
  const unread = requests.filter((request) => !request.readAt).length;
  const total = requests.length === 1 ? 'One contact request' : `${requests.length} contact requests`;
  return `${total}; ${unread === 0 ? 'all read' : unread === 1 ? 'one not read yet' : `${unread} not read yet`}.`;
}

function RequestItem({ request }: { request: ContactRequest }) {
  const markRead = useMarkContactRequestRead();
  const headingId = `request-${request.id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const unread = !request.readAt;
  return (
    <li>
      <article aria-labelledby={headingId} className={unread ? 'contact-request contact-request-unread' : 'contact-request'}>
        <h2 id={headingId} className="contact-request-name">
          {request.name}
          {unread ? <span className="badge badge-waiting contact-request-badge">Not read yet</span> : null}
        </h2>
        <DetailsList
          rows={[
            ['Sent', <time dateTime={request.createdAt}>{formatDateTime(request.createdAt)}</time>],
            ['Prefers', CONTACT_LABELS[request.preferredContact] ?? request.preferredContact],
            ['Email', request.email ? <a href={`mailto:${request.email}`}>{request.email}</a> : null],
            ['Phone', request.phone ? <a href={`tel:${request.phone.replace(/[^\d+]/g, '')}`}>{request.phone}</a> : null],
          ]}
        />
        <h3 className="contact-request-label">Their message</h3>
        {request.message ? <p className="prewrap">{request.message}</p> : <p className="muted">They did not write a message.</p>}
        <div className="form-actions">
          <Link to={`/clients/${encodeURIComponent(request.clientId)}`}>
            Open {request.name}’s record<span className="visually-hidden"> (a prospective client)</span>
          </Link>
          {unread ? (
            <button type="button" className="button-secondary button-small" disabled={markRead.isPending} onClick={() => markRead.mutate(request.id)}>
              {markRead.isPending ? 'Saving…' : 'Mark as read'}
              <span className="visually-hidden"> the request from {request.name}</span>
            </button>
          ) : (
            <span className="muted">Read {formatDateTime(request.readAt ?? '')}</span>
          )}
        </div>
        <Alert>{markRead.isError ? describeError(markRead.error) : undefined}</Alert>
      </article>
    </li>
  );
}

/** `/contact-requests`: people who asked, from the public directory, to work with the signed-in clinician. */
export function ContactRequestsPage() {
  const requests = useContactRequests();
  const list = requests.data ?? [];
  return (
    <>
      <PageHeading>Contact requests</PageHeading>
      <p>
        People who asked to work with you from your public directory profile. Each request added them to your clients as a prospective client, so
        their details are in their record too. Please reply the way they prefer.
      </p>
      <Alert focus={false}>{requests.isError ? describeError(requests.error) : undefined}</Alert>
      {requests.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : requests.isError ? null : (
        <>
          <p role="status">{summary(list)}</p>
          {list.length ? (
            <ul className="plain-list contact-request-list" aria-label="Contact requests">
              {list.map((request) => (
                <RequestItem key={request.id} request={request} />
              ))}
            </ul>
          ) : (
            <div className="empty-state">
              <p>When someone contacts you from your public profile, their request appears here.</p>
            </div>
          )}
        </>
      )}
    </>
  );
}

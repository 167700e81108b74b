import { useOutbox } from '../../api/usePractice';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { SettingsNav } from './SettingsNav';

const formatTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatCreatedAt(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatTime.format(date);
}

/** Emails the practice has sent (owner only), newest first. */
export function OutboxPage() {
  const outbox = useOutbox();
  // The server answers newest first; sorting again keeps that true whatever the order.
  const messages = [...(outbox.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <>
      <PageHeading title="Outbox">Outbox</PageHeading>
      <SettingsNav />
      <p>Every email Candor sends on the practice&apos;s behalf, newest first.</p>
      <Alert focus={false}>{outbox.isError ? describeError(outbox.error) : undefined}</Alert>
      {outbox.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : outbox.isSuccess && messages.length === 0 ? (
        <div className="empty-state">
          <p>No emails have been sent yet.</p>
        </div>
      ) : (
        <ol className="plain-list outbox-list" aria-label="Sent emails">
          {messages.map((message) => (
            <li key={message.id}>
              <h2>{message.subject}</h2>
              <p className="muted">
                To {message.to} · <time dateTime={message.createdAt}>{formatCreatedAt(message.createdAt)}</time>
                {message.status ? ` · ${message.status}` : null}
              </p>
              <details>
                <summary>Show the message</summary>
                <pre>{message.text}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

import { Link } from 'react-router-dom';
import { ownRecordUrl, useOwnRecordRequests, useRequestOwnRecord, type RecordRequest } from '../api/useRecordAccess';
import { Alert } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { formatDate } from '../components/dates';
import { describeError } from '../components/errorMessages';

/** `/portal/record`: the client asks for a copy of their record, and downloads it once their therapist has prepared it. */
export function PortalRecordPage() {
  const requests = useOwnRecordRequests();
  const ask = useRequestOwnRecord();
  const list = requests.data ?? [];
  const waiting = list.some((r) => r.status === 'pending-review');
  return (
    <>
      <p>
        <Link to="/portal">Back to your home page</Link>
      </p>
      <PageHeading>Your record</PageHeading>
      <section aria-labelledby="ask-heading" className="panel">
        <h2 id="ask-heading">A copy of your record</h2>
        <p>
          You have the right to a copy of your record: what you told us, your questionnaires and scores, your diagnoses, your treatment plan,
          your appointments and your therapist&apos;s session notes. Your therapist looks it over first and has up to 30 days to send it. You
          will get it as a PDF to read and as a file other health services can import.
        </p>
        <p>Your therapist&apos;s private process notes are not part of your record, so they are not included.</p>
        <Alert>{ask.isError ? describeError(ask.error) : undefined}</Alert>
        {waiting ? (
          <p role="status">You have asked for your record. We will let you know by email when it is ready.</p>
        ) : (
          <button type="button" className="button" disabled={ask.isPending} onClick={() => ask.mutate()}>
            {ask.isPending ? 'Asking…' : 'Ask for a copy of my record'}
          </button>
        )}
      </section>
      <section aria-labelledby="requests-heading" className="panel">
        <h2 id="requests-heading">Your requests</h2>
        <Alert focus={false}>{requests.isError ? describeError(requests.error) : undefined}</Alert>
        {requests.isPending ? (
          <p role="status" className="muted">
            Loading your requests…
          </p>
        ) : list.length === 0 ? (
          <p className="muted">You have not asked for your record yet.</p>
        ) : (
          <ul className="plain-list" aria-label="Your requests, newest first">
            {list.map((r) => (
              <RequestItem key={r.id} request={r} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function RequestItem({ request }: { request: RecordRequest }) {
  const asked = formatDate(request.requestedAt.slice(0, 10));
  return (
    <li className="record-request">
      <h3>Asked on {asked}</h3>
      {request.status === 'pending-review' ? (
        <p>Your therapist is preparing it. You will have it by {formatDate(request.dueOn)} at the latest.</p>
      ) : request.status === 'released' ? (
        <>
          <p>Ready since {formatDate(request.reviewedAt!.slice(0, 10))}.</p>
          <ul className="plain-list">
            <li>
              <a href={ownRecordUrl(request.id, 'pdf')} download>
                Download your record (PDF)
              </a>
            </li>
            <li>
              <a href={ownRecordUrl(request.id, 'fhir')} download>
                Download it for another health service (FHIR file)
              </a>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p>Your therapist did not send a copy this time, and wrote:</p>
          <blockquote className="prewrap">{request.decisionNote}</blockquote>
          <p>
            You can ask for this decision to be looked at again by another licensed professional, and you can ask again at any time. Talk to
            your therapist or the practice.
          </p>
        </>
      )}
    </li>
  );
}

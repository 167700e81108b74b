import { Link } from 'react-router-dom';
import type { CrisisResource } from '../../api/measureTypes';
import { usePortalMeasures } from '../../api/usePortalMeasures';
import { PageHeading } from '../../components/PageHeading';

/** Shown at once when an answer means the client may need urgent support: calm, plain and first. */
function CrisisResources({ resources }: { resources: CrisisResource[] }) {
  return (
    <div role="alert" className="crisis-resources crisis-now" aria-labelledby="crisis-now-heading">
      <h2 id="crisis-now-heading">You don’t have to face this alone</h2>
      <p>
        Thank you for answering honestly. Some of what you shared tells us things may feel very hard right now. If you might act on
        thoughts of hurting yourself, please reach out now — these services are free, confidential and there for you:
      </p>
      <ul className="crisis-list">
        {resources.map((resource) => (
          <li key={resource.name}>
            <strong>{resource.name}:</strong> {resource.contact}
          </li>
        ))}
      </ul>
      <p>We’ve let your therapist know, so they can check in with you.</p>
    </div>
  );
}

/** After sending: thanks, crisis resources when needed, and what else is waiting. */
export function MeasureSent({ requestId, shortName, crisisResources }: { requestId: string; shortName: string; crisisResources: CrisisResource[] }) {
  const waiting = usePortalMeasures();
  // Only once the list is fresh: until then it still holds the questionnaire just sent.
  const next = waiting.isFetching ? undefined : waiting.data?.find((m) => m.requestId !== requestId);
  return (
    <>
      <PageHeading title={`Sent: ${shortName}`}>Thank you</PageHeading>
      {crisisResources.length ? <CrisisResources resources={crisisResources} /> : null}
      <p className="lead">Your answers have gone to your therapist.</p>
      {next ? (
        <p>
          Another questionnaire is waiting:{' '}
          <Link to={`/portal/measures/${encodeURIComponent(next.requestId)}`}>Answer the {next.shortName}</Link>
        </p>
      ) : null}
      <p>
        <Link to="/portal">Back to your home page</Link>
      </p>
    </>
  );
}

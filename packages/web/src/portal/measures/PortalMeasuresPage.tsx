import { Link } from 'react-router-dom';
import { usePortalMeasures } from '../../api/usePortalMeasures';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';

/** The questionnaires waiting for the client. */
export function PortalMeasuresPage() {
  const measures = usePortalMeasures();
  const list = measures.data ?? [];
  return (
    <>
      <p>
        <Link to="/portal">Back to your home page</Link>
      </p>
      <PageHeading>Your questionnaires</PageHeading>
      <p>
        Short sets of questions your therapist has asked you to answer. They help you both see how things change over time. Only
        your therapist sees your answers.
      </p>
      <Alert focus={false}>{measures.isError ? describeError(measures.error) : undefined}</Alert>
      {measures.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : measures.isSuccess && list.length === 0 ? (
        <div className="empty-state">
          <p>Nothing is waiting. We&apos;ll let you know by email when your therapist asks for something.</p>
        </div>
      ) : (
        <ul className="plain-list consent-list" aria-label="Waiting questionnaires">
          {list.map((measure) => {
            const started = measure.draft?.some((answer) => answer !== null) ?? false;
            return (
              <li key={measure.requestId}>
                <Link to={`/portal/measures/${encodeURIComponent(measure.requestId)}`}>
                  {started ? 'Carry on' : 'Answer'}: {measure.title}
                </Link>
                <span className="muted">
                  {measure.items.length} questions · asked for {formatDate(measure.dueOn)}
                  {started ? ' · started' : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

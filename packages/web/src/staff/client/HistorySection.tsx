import { Link } from 'react-router-dom';
import { useClientHistory } from '../../api/useClients';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/errorMessages';
import { HistorySummaryView } from '../history/HistorySummaryView';

/** The summary of the client's latest submitted history, and a way to fill it in for them. */
export function HistorySection({ clientId }: { clientId: string }) {
  const history = useClientHistory(clientId, true);
  const intakeLink = `/clients/${encodeURIComponent(clientId)}/intake`;
  return (
    <section aria-labelledby="history-heading" className="panel">
      <h2 id="history-heading">History</h2>
      <p>
        <Link to={intakeLink}>Fill in the history on their behalf</Link>
      </p>
      <Alert focus={false}>{history.isError ? describeError(history.error) : undefined}</Alert>
      {history.isPending ? (
        <p role="status" className="muted">
          Loading history…
        </p>
      ) : history.data?.summary ? (
        <HistorySummaryView summary={history.data.summary} source={history.data.intake} idPrefix="history" />
      ) : history.isSuccess ? (
        <p className="muted">No history has been sent yet. It will appear here once the client sends theirs from the portal.</p>
      ) : null}
    </section>
  );
}

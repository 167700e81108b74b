import { useAssignToClient, useClientMeasures } from '../../api/useMeasures';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/errorMessages';
import { AssignMeasureForm } from './AssignMeasureForm';
import { AssignmentsList } from './AssignmentsList';
import { ClientTrend } from './ClientTrend';

/** The chart's "Measures": ask for questionnaires, see what is waiting, and each instrument over time. */
export function MeasuresSection({ clientId, clientName }: { clientId: string; clientName: string }) {
  const measures = useClientMeasures(clientId);
  const assign = useAssignToClient(clientId);
  const data = measures.data;
  return (
    <section aria-labelledby="measures-heading" className="panel">
      <h2 id="measures-heading">Measures</h2>
      <p>
        Standard questionnaires {clientName} answers in their portal, one question at a time. Totals are scored on the server; each
        chart shades the published severity bands.
      </p>
      <AssignMeasureForm idPrefix="measure" who={clientName} assign={assign} />
      <Alert focus={false}>{measures.isError ? describeError(measures.error) : undefined}</Alert>
      {measures.isPending ? (
        <p role="status" className="muted">
          Loading measures…
        </p>
      ) : data ? (
        <>
          <AssignmentsList measures={data} />
          <h3>Over time</h3>
          {data.trends.length === 0 ? (
            <p className="muted">No answers yet. Charts appear here once {clientName} has answered.</p>
          ) : (
            data.trends.map((trend) => <ClientTrend key={trend.instrumentId} clientId={clientId} trend={trend} />)
          )}
        </>
      ) : null}
    </section>
  );
}

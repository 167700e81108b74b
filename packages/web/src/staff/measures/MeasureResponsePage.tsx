import { Link, useParams } from 'react-router-dom';
import type { MeasureResponse } from '../../api/measureTypes';
import { useClient } from '../../api/useClients';
import { measureResponseFhirUrl, useMeasureResponse } from '../../api/useMeasures';
import { Alert } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, formatInstantDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { isNotFound, nameOf } from '../client/ClientDetailPage';
import { formatScore, instrumentOf } from './measureWords';

function ScoreDetails({ response }: { response: MeasureResponse }) {
  const instrument = instrumentOf(response.instrumentId);
  const { score } = response;
  const band = instrument?.bands.find((b) => b.id === score.severity)?.label;
  const screening =
    score.positive === null ? 'Not decided (no published cut-off, or a question was left unanswered)' : score.positive ? `Yes — ${instrument?.positiveMeaning ?? 'screens positive'}` : 'No';
  const domains = instrument?.scoring.domains ?? [];
  return (
    <>
      <DetailsList
        label="Score"
        rows={[
          ['Total', score.total === null ? 'Not scored: a question was left unanswered' : formatScore(score.total)],
          ['Band', instrument?.bands.length ? (band ?? 'Outside the bands') : undefined],
          ['Above the screening cut-off', instrument?.positive ? screening : undefined],
          [
            'Domains',
            domains.length ? (
              <ul key="domains" className="history-lines">
                {domains.map((domain) => {
                  const value = score.domains[domain.id];
                  return (
                    <li key={domain.id}>
                      {domain.label}: {value === null || value === undefined ? 'not scored' : formatScore(value)}
                    </li>
                  );
                })}
              </ul>
            ) : undefined,
          ],
        ]}
      />
      {score.alerts.length ? (
        <ul className="plain-list measure-alerts" aria-label="Needs your attention">
          {score.alerts.map((alert) => (
            <li key={alert.code}>{alert.message}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function AnswersTable({ response }: { response: MeasureResponse }) {
  const instrument = instrumentOf(response.instrumentId);
  return (
    <div className="table-scroll">
      <table>
        <caption>Answers, in the order asked</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Answer</th>
          </tr>
        </thead>
        <tbody>
          {response.answers.map((value, index) => {
            const item = instrument?.items[index];
            const option = item?.options.find((o) => o.value === value);
            return (
              <tr key={item?.linkId ?? index}>
                <th scope="row">
                  {index + 1}. {item?.text ?? `Question ${index + 1}`}
                </th>
                <td>{value === null ? <span className="muted">Not answered</span> : option ? `${option.label} (${formatScore(value)})` : formatScore(value)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** One questionnaire as answered: the score, anything needing attention, and every answer. */
export function MeasureResponsePage() {
  const { id = '', responseId = '' } = useParams();
  const client = useClient(id);
  const response = useMeasureResponse(responseId);
  const chartPath = `/clients/${encodeURIComponent(id)}`;
  const name = client.data ? nameOf(client.data) : 'the client';
  const data = response.data?.clientId === id ? response.data : undefined;
  const instrument = data ? instrumentOf(data.instrumentId) : undefined;

  return (
    <>
      <p>
        <Link to={chartPath}>Back to {name}</Link>
      </p>
      {response.isPending ? (
        <>
          <PageHeading title="Answers">Answers</PageHeading>
          <p role="status" className="muted">
            Loading…
          </p>
        </>
      ) : !data ? (
        <>
          <PageHeading title="Answers not found">We couldn&apos;t open these answers</PageHeading>
          <Alert focus={false}>
            {response.isError && !isNotFound(response.error) ? describeError(response.error) : 'They may belong to another client, or you may not be on their care team.'}
          </Alert>
        </>
      ) : (
        <>
          <PageHeading title={`${instrument?.shortName ?? 'Questionnaire'} answers — ${name}`}>
            {instrument?.shortName ?? 'Questionnaire'} answered on {formatInstantDate(data.completedAt, 'long')}
          </PageHeading>
          <p className="muted">
            {instrument?.title}. Sent by {name} on <time dateTime={data.completedAt}>{formatDateTime(data.completedAt)}</time>.
          </p>
          <section aria-labelledby="score-heading" className="panel">
            <h2 id="score-heading">Score</h2>
            <ScoreDetails response={data} />
          </section>
          <section aria-labelledby="answers-heading" className="panel">
            <h2 id="answers-heading">Answers</h2>
            {instrument?.licence !== 'public-domain-or-free' ? (
              <p className="muted">Questions are shown with Candor&apos;s neutral labels; the client saw your practice&apos;s licensed wording if it was imported.</p>
            ) : null}
            <AnswersTable response={data} />
            <p>
              <a href={measureResponseFhirUrl(data.id)} download>
                Download as FHIR (QuestionnaireResponse and Observations)
              </a>
            </p>
          </section>
        </>
      )}
    </>
  );
}

import { Suspense, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RelationshipMeasures, Trend } from '../../api/measureTypes';
import { useAssignToRelationship, useRelationshipMeasures } from '../../api/useMeasures';
import { Alert } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { listOfNames } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { AssignMeasureForm } from './AssignMeasureForm';
import { ChartLegend } from './ChartLegend';
import { TrendChart } from './lazyChart';
import { changeText, directionText, reliableChangeText, seriesSummary } from './measureWords';
import { TrendTable } from './TrendTable';

interface PartnerTrend {
  clientId: string;
  displayName: string;
  trend: Trend;
}

/** The partners' trends grouped by instrument, in the order the instruments first appear. */
function byInstrument(measures: RelationshipMeasures): PartnerTrend[][] {
  const groups = new Map<string, PartnerTrend[]>();
  for (const partner of measures.partners) {
    for (const trend of partner.trends) {
      groups.set(trend.instrumentId, [...(groups.get(trend.instrumentId) ?? []), { clientId: partner.clientId, displayName: partner.displayName, trend }]);
    }
  }
  return [...groups.values()];
}

/** One instrument: every partner's line on one chart, told apart by dash and marker, and one table. */
function PartnersTrend({ partners, everyone }: { partners: PartnerTrend[]; everyone: string[] }) {
  const navigate = useNavigate();
  const first = partners[0]!.trend;
  const series = useMemo(() => partners.map((p) => ({ label: p.displayName, points: p.trend.series })), [partners]);
  const rows = useMemo(() => partners.flatMap((p) => p.trend.series.map((point) => ({ ...point, clientId: p.clientId, who: p.displayName }))), [partners]);
  const names = partners.map((p) => p.displayName);
  const missing = everyone.filter((name) => !names.includes(name));
  const summary = `${first.shortName} totals for ${listOfNames(names)}. ${partners.map((p) => `${p.displayName}: ${seriesSummary(p.trend)}`).join('. ')}. ${directionText(first)} The table below lists every answer.`;
  const headingId = `relationship-trend-${first.instrumentId}`;
  const clientOf = new Map(rows.map((row) => [row.responseId, row.clientId]));
  return (
    <section aria-labelledby={headingId} className="trend">
      <h4 id={headingId}>
        {first.shortName} <span className="trend-title">{first.title}</span>
      </h4>
      <p className="muted">
        {directionText(first)} Each partner answered separately.
        {missing.length ? ` Only ${listOfNames(names)} ${names.length === 1 ? 'has' : 'have'} answered the ${first.shortName} so far.` : ''}
      </p>
      <Suspense fallback={<p role="status" className="muted">Drawing the chart…</p>}>
        <TrendChart
          trend={first}
          series={series}
          summary={summary}
          onSelect={(id) => void navigate(`/clients/${encodeURIComponent(clientOf.get(id) ?? '')}/measures/${encodeURIComponent(id)}`)}
        />
      </Suspense>
      <ChartLegend trend={first} names={names} />
      <DetailsList
        label={`${first.shortName}: change for each partner`}
        rows={partners.map((p) => {
          const change = changeText(p.trend);
          return [p.displayName, change ? `${change} since their first answer; ${reliableChangeText(p.trend)}` : `Not yet: ${reliableChangeText(p.trend)}`];
        })}
      />
      <TrendTable trend={first} rows={rows} caption={`${first.shortName} answers of ${listOfNames(names)}, oldest first`} />
    </section>
  );
}

/** The relationship's "Measures": ask every partner at once, and see their trends together. */
export function RelationshipMeasuresSection({ relationshipId, memberNames }: { relationshipId: string; memberNames: string[] }) {
  const measures = useRelationshipMeasures(relationshipId);
  const assign = useAssignToRelationship(relationshipId);
  const groups = useMemo(() => (measures.data ? byInstrument(measures.data) : []), [measures.data]);
  return (
    <section aria-labelledby="relationship-measures-heading" className="panel">
      <h2 id="relationship-measures-heading">Measures</h2>
      <p>
        Ask every partner for the same questionnaire. Each answers separately in their own portal and never sees another
        partner&apos;s answers. To see or cancel what someone has been asked for, open their record.
      </p>
      <p className="private-marker">
        <strong>Each partner&apos;s answers are private to them</strong> — including questionnaires asked of one partner alone. Do not
        share them in joint sessions without their consent.
      </p>
      <AssignMeasureForm idPrefix="relationship-measure" who="each partner separately" assign={assign} />
      <h3>Over time</h3>
      <Alert focus={false}>{measures.isError ? describeError(measures.error) : undefined}</Alert>
      {measures.isPending ? (
        <p role="status" className="muted">
          Loading measures…
        </p>
      ) : measures.isSuccess && groups.length === 0 ? (
        <p className="muted">No answers yet. Charts appear here once a partner has answered.</p>
      ) : (
        groups.map((partners) => <PartnersTrend key={partners[0]!.trend.instrumentId} partners={partners} everyone={memberNames} />)
      )}
    </section>
  );
}

import { Suspense, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Trend } from '../../api/measureTypes';
import { DetailsList } from '../../components/DetailsList';
import { ChartLegend } from './ChartLegend';
import { TrendChart } from './lazyChart';
import { capitalised, changeText, directionText, reliableChangeText, seriesSummary } from './measureWords';
import { TrendTable } from './TrendTable';

/** A sentence for anything that cannot see the chart. */
function chartSummary(trend: Trend): string {
  return `${trend.shortName} total over time: ${seriesSummary(trend)}. ${directionText(trend)} The table below lists every answer.`;
}

/** One instrument on the client's chart: its trend drawn and tabled, the change and whether it is reliable. */
export function ClientTrend({ clientId, trend }: { clientId: string; trend: Trend }) {
  const navigate = useNavigate();
  const series = useMemo(() => [{ label: trend.shortName, points: trend.series }], [trend]);
  const rows = useMemo(() => trend.series.map((point) => ({ ...point, clientId })), [trend, clientId]);
  const headingId = `trend-${trend.instrumentId}`;
  const change = changeText(trend);
  return (
    <section aria-labelledby={headingId} className="trend">
      <h4 id={headingId}>
        {trend.shortName} <span className="trend-title">{trend.title}</span>
      </h4>
      <p className="muted">{directionText(trend)} Select a point, or a date in the table, to see those answers.</p>
      <Suspense fallback={<p role="status" className="muted">Drawing the chart…</p>}>
        <TrendChart trend={trend} series={series} summary={chartSummary(trend)} onSelect={(id) => void navigate(`/clients/${encodeURIComponent(clientId)}/measures/${encodeURIComponent(id)}`)} />
      </Suspense>
      <ChartLegend trend={trend} names={[trend.shortName]} />
      <DetailsList
        label={`${trend.shortName}: change`}
        rows={[
          ['Change since the first answer', change ?? 'Not yet: it needs two scored answers'],
          ['Reliable change', capitalised(reliableChangeText(trend))],
        ]}
      />
      <TrendTable trend={trend} rows={rows} caption={`${trend.shortName} answers, oldest first`} />
    </section>
  );
}

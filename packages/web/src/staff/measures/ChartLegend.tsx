import type { Trend } from '../../api/measureTypes';
import { formatScore } from './measureWords';
import { CUTOFF_COLOUR, bandTint, seriesStyle } from './chartDrawing';

function LineSample({ index }: { index: number }) {
  const style = seriesStyle(index);
  return (
    <svg className="legend-sample" width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
      <line x1="0" y1="7" x2="40" y2="7" stroke={style.colour} strokeWidth="2" strokeDasharray={style.dash.join(' ') || undefined} />
      <circle cx="20" cy="7" r="4" fill={style.hollow ? '#ffffff' : style.colour} stroke={style.colour} strokeWidth="2" />
    </svg>
  );
}

/**
 * What the lines, the dashed cut-off and the shaded bands mean, in words: each person's line
 * is named with its dash and marker, so nothing depends on telling colours apart.
 */
export function ChartLegend({ trend, names }: { trend: Pick<Trend, 'bands' | 'cutoff' | 'direction'>; names: string[] }) {
  return (
    <ul className="chart-legend" aria-label="Key to the chart">
      {names.length > 1
        ? names.map((name, index) => (
            <li key={name}>
              <LineSample index={index} /> {name} <span className="muted">({seriesStyle(index).name})</span>
            </li>
          ))
        : null}
      {trend.cutoff ? (
        <li>
          <svg className="legend-sample" width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
            <line x1="0" y1="7" x2="40" y2="7" stroke={CUTOFF_COLOUR} strokeWidth="2" strokeDasharray="6 4" />
          </svg>{' '}
          Cut-off at {formatScore(trend.cutoff.value)} (dashed red line){trend.cutoff.meaning ? `: ${trend.cutoff.meaning}` : ''}
        </li>
      ) : null}
      {trend.bands.map((band, index) => (
        <li key={band.id}>
          <svg className="legend-sample" width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="39" height="13" fill={bandTint(trend, index)} stroke="#c9cdd2" />
          </svg>{' '}
          {band.label}: {formatScore(band.min)}–{formatScore(band.max)}
        </li>
      ))}
    </ul>
  );
}

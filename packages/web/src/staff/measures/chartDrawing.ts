/**
 * How a trend chart is drawn on its canvas: pale severity bands behind the series, labelled,
 * and the screening cut-off as a dashed line on top. Colours are fixed here because a canvas
 * cannot read the stylesheet's custom properties; each meets 3:1 against the paper and bands.
 */
import type uPlot from 'uplot';
import type { Trend, TrendBand } from '../../api/measureTypes';

export const CHART_INK = '#4a5563';
export const CHART_GRID = '#e1e4e8';
export const CUTOFF_COLOUR = '#a4262c';

/** Palest for the most favourable band, warmest for the least. */
const BAND_TINTS = ['#e2f0e5', '#eef2d8', '#fbf0d3', '#fbe3d3', '#f6d9d9'];

/** Each series is told apart by its line's dash and its marker, not only by colour. */
export const SERIES_STYLES = [
  { colour: '#1f5673', dash: [] as number[], hollow: false, name: 'solid line, filled dots' },
  { colour: '#7a3b9a', dash: [8, 5], hollow: true, name: 'dashed line, hollow dots' },
  { colour: '#7a4b00', dash: [2, 4], hollow: false, name: 'dotted line, filled dots' },
  { colour: '#1e5e3a', dash: [12, 4, 2, 4], hollow: true, name: 'dash-dot line, hollow dots' },
] as const;

export function seriesStyle(index: number) {
  return SERIES_STYLES[index % SERIES_STYLES.length] ?? SERIES_STYLES[0];
}

/**
 * A band's vertical extent on a continuous axis: totals are whole numbers (or FSFI tenths), so
 * a band reaches up to where the next one starts, and the last one to its own maximum.
 */
export function bandExtent(bands: readonly TrendBand[], index: number): { low: number; high: number } {
  const band = bands[index]!;
  const next = bands[index + 1];
  return { low: band.min, high: next && next.min > band.max && next.min - band.max <= 1 ? next.min : band.max };
}

/** The tint of band `index`: by how favourable it is, whichever way the instrument runs. */
export function bandTint(trend: Pick<Trend, 'bands' | 'direction'>, index: number): string {
  const count = trend.bands.length;
  const rank = trend.direction === 'higher-is-worse' ? index : count - 1 - index;
  const scaled = count <= 1 ? 0 : Math.round((rank * (BAND_TINTS.length - 1)) / (count - 1));
  return BAND_TINTS[scaled] ?? BAND_TINTS[0]!;
}

/** `hooks.drawClear`: the bands, each labelled where it is tall enough to hold its name. */
export function drawBands(trend: Pick<Trend, 'bands' | 'direction'>, pxRatio: number) {
  return (u: uPlot) => {
    const { ctx } = u;
    const { left, top, width, height } = u.bbox;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    trend.bands.forEach((band, index) => {
      const { low, high } = bandExtent(trend.bands, index);
      const y0 = u.valToPos(low, 'y', true);
      const y1 = u.valToPos(high, 'y', true);
      ctx.fillStyle = bandTint(trend, index);
      ctx.fillRect(left, y1, width, y0 - y1);
      if (y0 - y1 >= 14 * pxRatio) {
        ctx.fillStyle = CHART_INK;
        ctx.font = `${11 * pxRatio}px system-ui, sans-serif`;
        ctx.textAlign = 'right';
        ctx.textBaseline = 'middle';
        ctx.fillText(band.label, left + width - 6 * pxRatio, (y0 + y1) / 2);
      }
    });
    ctx.restore();
  };
}

/** `hooks.draw`: the screening cut-off, dashed, over everything. */
export function drawCutoff(cutoff: NonNullable<Trend['cutoff']>, pxRatio: number) {
  return (u: uPlot) => {
    const { ctx } = u;
    const { left, width } = u.bbox;
    const y = Math.round(u.valToPos(cutoff.value, 'y', true));
    ctx.save();
    ctx.strokeStyle = CUTOFF_COLOUR;
    ctx.lineWidth = 1.5 * pxRatio;
    ctx.setLineDash([6 * pxRatio, 4 * pxRatio]);
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(left + width, y);
    ctx.stroke();
    ctx.restore();
  };
}

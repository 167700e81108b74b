import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Trend } from '../../api/measureTypes';
import { CHART_GRID, CHART_INK, drawBands, drawCutoff, seriesStyle } from './chartDrawing';

export interface ChartSeries {
  label: string;
  points: { completedAt: string; total: number | null; responseId: string }[];
}

export interface TrendChartProps {
  trend: Pick<Trend, 'shortName' | 'totalRange' | 'bands' | 'cutoff' | 'direction'>;
  series: ChartSeries[];
  /** What the chart shows, in a sentence: the canvas's accessible name. */
  summary: string;
  /** Clicking a point opens its response. */
  onSelect?: (responseId: string) => void;
}

const HEIGHT = 260;
const DAY_S = 86_400;

/** Every answer's time on one shared x axis (seconds), each series null where it has no answer. */
function alignedData(series: ChartSeries[]): { data: uPlot.AlignedData; ids: (string | null)[][] } {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => Math.floor(Date.parse(p.completedAt) / 1000))))].sort((a, b) => a - b);
  const ys = series.map(() => xs.map((): number | null => null));
  const ids = series.map(() => xs.map((): string | null => null));
  series.forEach((s, si) => {
    for (const point of s.points) {
      const index = xs.indexOf(Math.floor(Date.parse(point.completedAt) / 1000));
      ys[si]![index] = point.total;
      ids[si]![index] = point.responseId;
    }
  });
  return { data: [xs, ...ys] as uPlot.AlignedData, ids };
}

/**
 * One instrument's totals over time, drawn by uPlot: severity bands shaded behind, the cut-off
 * dashed, one line per person. The canvas is an image with a summary for screen readers; the
 * table beside it carries the same figures.
 */
export default function TrendChart({ trend, series, summary, onSelect }: TrendChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const select = useRef(onSelect);

  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const px = uPlot.pxRatio;
    const { data, ids } = alignedData(series);
    const hooks: uPlot.Hooks.Arrays = { drawClear: [drawBands(trend, px)] };
    if (trend.cutoff) hooks.draw = [drawCutoff(trend.cutoff, px)];
    const axis = { stroke: CHART_INK, grid: { stroke: CHART_GRID, width: 1 }, ticks: { stroke: CHART_GRID, width: 1 }, font: '12px system-ui, sans-serif', labelFont: '600 12px system-ui, sans-serif' };
    const options: uPlot.Options = {
      width: Math.max(element.clientWidth, 280),
      height: HEIGHT,
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, focus: { prox: 30 } },
      scales: {
        x: {
          time: true,
          // A single answer still gets some room either side.
          range: (_u, min, max) => (min === max ? [min - 7 * DAY_S, max + 7 * DAY_S] : [min - (max - min) * 0.05, max + (max - min) * 0.05]),
        },
        y: { range: [trend.totalRange.min, trend.totalRange.max] },
      },
      axes: [
        { ...axis, label: 'Date answered' },
        { ...axis, label: `${trend.shortName} total`, size: 44 },
      ],
      series: [
        {},
        ...series.map((s, index) => {
          const style = seriesStyle(index);
          return {
            label: s.label,
            stroke: style.colour,
            width: 2,
            dash: [...style.dash],
            spanGaps: true,
            points: { show: true, size: 9, width: 2, stroke: style.colour, fill: style.hollow ? '#ffffff' : style.colour },
          };
        }),
      ],
      hooks,
    };
    const chart = new uPlot(options, data, element);
    plot.current = chart;
    const canvas = chart.ctx.canvas;
    canvas.setAttribute('role', 'img');

    // A click opens the nearest answer: the series whose point is closest to the pointer.
    const onClick = () => {
      const index = chart.cursor.idx;
      if (index === null || index === undefined || !select.current) return;
      let best: { id: string; distance: number } | null = null;
      for (const [si, column] of data.slice(1).entries()) {
        const value = column[index];
        const id = ids[si]?.[index];
        if (value === null || value === undefined || !id) continue;
        const distance = Math.abs(chart.valToPos(value, 'y') - (chart.cursor.top ?? 0));
        if (!best || distance < best.distance) best = { id, distance };
      }
      if (best) select.current(best.id);
    };
    chart.over.addEventListener('click', onClick);
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(element.clientWidth, 280), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.over.removeEventListener('click', onClick);
      chart.destroy();
      plot.current = null;
    };
  }, [trend, series]);

  useEffect(() => {
    plot.current?.ctx.canvas.setAttribute('aria-label', summary);
  });

  return <div ref={container} className={onSelect ? 'trend-chart trend-chart-clickable' : 'trend-chart'} />;
}

/**
 * Words for measures: schedules, bands, change since the first answer and reliable change
 * (Jacobson & Truax 1991, computed on the server), and the one-sentence summary a chart is
 * read as by a screen reader.
 */
import { INSTRUMENTS, LICENCE_STATUSES, type InstrumentDefinition, type LicenceStatus } from '@candor/clinical';
import type { Assignment, ReliableChangeResult, Trend, TrendPoint } from '../../api/measureTypes';
import { formatDate, formatInstantDate } from '../../components/dates';

export function instrumentOf(id: string): InstrumentDefinition | undefined {
  return INSTRUMENTS.find((instrument) => instrument.id === id);
}

export function shortNameOf(id: string): string {
  return instrumentOf(id)?.shortName ?? id;
}

export function licenceLabel(licence: LicenceStatus | string): string {
  return LICENCE_STATUSES.find((status) => status.id === licence)?.label ?? licence;
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** A total as people read it (FSFI totals have decimals). */
export function formatScore(value: number): string {
  return numberFormat.format(value);
}

/** A signed figure with a true minus sign: "−4.3", "+2", "0". */
export function signed(value: number): string {
  const text = numberFormat.format(Math.abs(value));
  return value < 0 ? `−${text}` : value > 0 ? `+${text}` : text;
}

/** "1st", "2nd", "3rd", "4th" (English ordinals, for "before every 3rd session"). */
function ordinal(n: number): string {
  const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${n}${suffix[new Intl.PluralRules('en-US', { type: 'ordinal' }).select(n)] ?? 'th'}`;
}

export const SCHEDULE_LABELS = {
  once: 'Once',
  'every-n-weeks': 'Every few weeks',
  'before-every-nth-session': 'Before sessions',
} as const satisfies Record<Assignment['schedule'], string>;

/** "Once from 3 December 2026", "Every 2 weeks from … until …", "Before every 3rd session from …". */
export function scheduleText(assignment: Pick<Assignment, 'schedule' | 'intervalWeeks' | 'everyNthSession' | 'startsOn' | 'until'>): string {
  const n = assignment.schedule === 'every-n-weeks' ? (assignment.intervalWeeks ?? 1) : (assignment.everyNthSession ?? 1);
  const how =
    assignment.schedule === 'once'
      ? 'Once'
      : assignment.schedule === 'every-n-weeks'
        ? n === 1 ? 'Every week' : `Every ${n} weeks`
        : n === 1 ? 'Before every session' : `Before every ${ordinal(n)} session`;
  const from = assignment.schedule === 'once' ? `on ${formatDate(assignment.startsOn)}` : `from ${formatDate(assignment.startsOn)}`;
  return `${how}, ${from}${assignment.until ? ` until ${formatDate(assignment.until)}` : ''}`;
}

export const ASSIGNMENT_STATUS_LABELS = {
  active: 'Active',
  completed: 'Completed',
  cancelled: 'Cancelled',
} as const satisfies Record<Assignment['status'], string>;

/** The band a point fell in, in words. */
export function bandText(trend: Pick<Trend, 'bands'>, point: Pick<TrendPoint, 'severity' | 'total'>): string {
  if (point.total === null) return 'Not scored';
  if (trend.bands.length === 0) return 'No published bands';
  return trend.bands.find((band) => band.id === point.severity)?.label ?? 'Outside the bands';
}

/** "Not scored: a question was left unanswered" or the total. */
export function totalText(point: Pick<TrendPoint, 'total'>): string {
  return point.total === null ? 'Not scored (a question was left unanswered)' : formatScore(point.total);
}

const RELIABLE_WORDS: Record<ReliableChangeResult['direction'], string> = {
  improved: 'a reliable improvement',
  worsened: 'a reliable worsening',
  'no-reliable-change': 'no reliable change',
};

/** "a reliable improvement (RCI −4.3)", the reason none is offered, or why it is too early to say. */
export function reliableChangeText(trend: Pick<Trend, 'reliableChange' | 'reliableChangeNote' | 'changeSinceBaseline'>): string {
  if (trend.reliableChange) return `${RELIABLE_WORDS[trend.reliableChange.direction]} (RCI ${signed(Math.round(trend.reliableChange.rci * 10) / 10)})`;
  if (trend.reliableChangeNote) return trend.reliableChangeNote;
  return trend.changeSinceBaseline === null ? 'too early to say: it needs two scored answers' : 'not available for this questionnaire';
}

/** "−4 (from 14 to 10)", or null before there are two scored answers. */
export function changeText(trend: Pick<Trend, 'series' | 'changeSinceBaseline'>): string | null {
  if (trend.changeSinceBaseline === null) return null;
  const scored = trend.series.filter((point) => point.total !== null);
  const first = scored[0]?.total;
  const last = scored.at(-1)?.total;
  if (first === undefined || first === null || last === undefined || last === null) return signed(trend.changeSinceBaseline);
  return `${signed(trend.changeSinceBaseline)} (from ${formatScore(first)} to ${formatScore(last)})`;
}

/** Which way is better, for readers of the chart. */
export function directionText(trend: Pick<Trend, 'direction'>): string {
  return trend.direction === 'higher-is-worse' ? 'Lower totals are better.' : 'Higher totals are better.';
}

/** One partner's (or the client's) series in a sentence: first and latest answer, and the verdict. */
export function seriesSummary(trend: Trend): string {
  const scored = trend.series.filter((point) => point.total !== null);
  const count = trend.series.length === 1 ? 'one answer' : `${trend.series.length} answers`;
  const first = scored[0];
  const last = scored.at(-1);
  if (!first || !last) return `${count}, none scored`;
  const describe = (point: TrendPoint) => `${formatScore(point.total ?? 0)}${trend.bands.length ? ` (${bandText(trend, point)})` : ''} on ${formatInstantDate(point.completedAt)}`;
  if (first === last) return `${count}: ${describe(first)}`;
  return `${count}, from ${describe(first)} to ${describe(last)}; ${reliableChangeText(trend)}`;
}

/** "a reliable improvement" → "A reliable improvement". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

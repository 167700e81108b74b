import type { AnswerOption } from './types.js';

/** Options labelled in order, the first taking `start` (PHQ-9: "Not at all" = 0 … "Nearly every day" = 3). */
export function labelledOptions(labels: readonly string[], start = 0): AnswerOption[] {
  return labels.map((label, i) => ({ value: start + i, label }));
}

/**
 * Neutral options for copyrighted instruments: the published values with our own end labels
 * only (never the official anchors), and optionally a leading "no activity" answer coded 0.
 */
export function ordinalOptions(min: number, max: number, ends: { low: string; high: string }, noActivityLabel?: string): AnswerOption[] {
  const options: AnswerOption[] = noActivityLabel ? [{ value: 0, label: noActivityLabel, noActivity: true }] : [];
  for (let value = min; value <= max; value++) {
    const end = value === min ? ends.low : value === max ? ends.high : null;
    options.push({ value, label: end ? `${value} — ${end}` : String(value) });
  }
  return options;
}

/** Items `first`…`last` (1-based, inclusive) as a list, for domain definitions. */
export const itemRange = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, i) => first + i);

import { InstrumentInputError } from './errors.js';
import { requireInstrument } from './registry.js';
import type { InstrumentDefinition, ReliableChange } from './types.js';

/**
 * Jacobson & Truax (J Consult Clin Psychol 1991;59:12-19): SE = SD·√(1−r), Sdiff = √2·SE,
 * RCI = (current − baseline) / Sdiff; a change is reliable when |RCI| > 1.96 (p < .05, two-tailed).
 */
export const RCI_CRITICAL_VALUE = 1.96;

/** Sdiff for an instrument, or null when it has no sourced reliability figures. */
export function standardErrorOfDifference(definition: InstrumentDefinition): number | null {
  if (!definition.reliability.available) return null;
  const { reliability, sd } = definition.reliability;
  return Math.SQRT2 * sd.value * Math.sqrt(1 - reliability.value);
}

function checkTotal(definition: InstrumentDefinition, total: unknown, which: string): number {
  const { min, max } = definition.scoring.totalRange;
  if (typeof total !== 'number' || !Number.isFinite(total) || total < min || total > max) {
    throw new InstrumentInputError(null, `${definition.shortName} ${which} total must be a number from ${min} to ${max}; got ${String(total)}.`);
  }
  return total;
}

/**
 * Whether the change between two totals is reliable (Jacobson–Truax RCI), and whether it is an
 * improvement given the instrument's direction. Null when the instrument has no sourced
 * reliability data; throws InstrumentInputError for an unknown instrument or an impossible total.
 */
export function reliableChange(instrumentId: string, baselineTotal: number, currentTotal: number): ReliableChange | null {
  return reliableChangeFor(requireInstrument(instrumentId), baselineTotal, currentTotal);
}

/** `reliableChange` for a definition in hand (a practice's local variant, or a test's). */
export function reliableChangeFor(definition: InstrumentDefinition, baselineTotal: number, currentTotal: number): ReliableChange | null {
  const baseline = checkTotal(definition, baselineTotal, 'baseline');
  const current = checkTotal(definition, currentTotal, 'current');
  const sdiff = standardErrorOfDifference(definition);
  if (sdiff === null) return null;
  const change = current - baseline;
  const rci = change / sdiff;
  const reliable = Math.abs(rci) > RCI_CRITICAL_VALUE;
  const better = definition.scoring.direction === 'higher-is-better' ? change > 0 : change < 0;
  return { change, rci, reliable, direction: !reliable ? 'no-reliable-change' : better ? 'improved' : 'worsened' };
}

import { InstrumentInputError } from './errors.js';
import { requireInstrument } from './registry.js';
import type { InstrumentAlert, InstrumentDefinition, InstrumentItem, InstrumentScore, PositiveRule } from './types.js';

/** One answer per item, in item order, using the published response values; `null` when unanswered. */
export type InstrumentAnswers = readonly (number | null)[];

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const allowedValues = (item: InstrumentItem) => item.options.map((o) => o.value);

/** Refuses anything but one published value (or null) per item; names the 1-based item and the allowed values. */
function checkAnswers(definition: InstrumentDefinition, answers: InstrumentAnswers): (number | null)[] {
  const count = definition.items.length;
  if (!Array.isArray(answers)) throw new InstrumentInputError(null, `${definition.shortName} answers must be a list of ${count} values (null when unanswered).`);
  if (answers.length !== count) {
    throw new InstrumentInputError(null, `${definition.shortName} has ${count} items; ${answers.length} answers were given.`);
  }
  return definition.items.map((item, i) => {
    const value: unknown = answers[i];
    if (value === null) return null;
    const allowed = allowedValues(item);
    if (typeof value !== 'number' || !Number.isInteger(value) || !allowed.includes(value)) {
      throw new InstrumentInputError(i + 1, `${definition.shortName} item ${i + 1} must be one of ${allowed.join(', ')} (or null when unanswered); got ${String(value)}.`);
    }
    return value;
  });
}

/** The value that counts towards scores: reverse-keyed items are flipped within their own range. */
function scoredValue(item: InstrumentItem, value: number): number {
  if (!item.reverse) return value;
  const values = allowedValues(item);
  return Math.min(...values) + Math.max(...values) - value;
}

function scoreDomains(definition: InstrumentDefinition, scored: (number | null)[]): Record<string, number | null> {
  const { decimals } = definition.scoring;
  return Object.fromEntries(definition.scoring.domains.map((domain) => {
    const values = domain.items.map((n) => scored[n - 1] ?? null);
    if (values.some((v) => v === null)) return [domain.id, null];
    const sum = values.reduce<number>((total, v) => total + (v ?? 0), 0);
    return [domain.id, round(sum * domain.weight, decimals)];
  }));
}

function scoreTotal(definition: InstrumentDefinition, scored: (number | null)[], domains: Record<string, number | null>): number | null {
  const { method, decimals } = definition.scoring;
  const parts = method === 'sum-of-domains' ? Object.values(domains) : scored;
  if (parts.length === 0 || parts.some((v) => v === null)) return null;
  return round(parts.reduce<number>((total, v) => total + (v ?? 0), 0), decimals);
}

/** A screening rule in three values: met, not met, or not computable from the answers given. */
function evaluateRule(rule: PositiveRule, total: number | null, values: (number | null)[]): boolean | null {
  switch (rule.kind) {
    case 'total-at-least':
      return total === null ? null : total >= rule.value;
    case 'total-at-most':
      return total === null ? null : total <= rule.value;
    case 'items-at-least': {
      const met = values.filter((v) => v !== null && v >= rule.value).length;
      const unknown = values.filter((v) => v === null).length;
      if (met >= rule.count) return true;
      return met + unknown < rule.count ? false : null;
    }
    case 'any-of': {
      const results = rule.rules.map((r) => evaluateRule(r, total, values));
      if (results.includes(true)) return true;
      return results.every((r) => r === false) ? false : null;
    }
  }
}

const listItems = (items: number[]) => (items.length === 1 ? `item ${items[0]}` : `items ${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

function alertsFor(definition: InstrumentDefinition, values: (number | null)[], total: number | null, belowBands: boolean): InstrumentAlert[] {
  const alerts: InstrumentAlert[] = [];
  // Critical items are read on their own: a missing answer elsewhere never hides them.
  for (const critical of definition.criticalItems) {
    const value = values[critical.item - 1];
    if (value !== null && value !== undefined && value >= critical.atLeast) alerts.push({ code: critical.code, message: critical.message });
  }
  if (belowBands && definition.belowBands) alerts.push({ ...definition.belowBands });
  const noActivity = values.flatMap((v, i) => (definition.items[i]?.options.find((o) => o.value === v)?.noActivity ? [i + 1] : []));
  if (noActivity.length > 0 && !belowBands) {
    alerts.push({
      code: 'no-activity-reported',
      message: `"No sexual activity / no attempt" was answered on ${listItems(noActivity)}; these score 0, so low scores may reflect inactivity rather than difficulty.`,
    });
  }
  const missing = values.flatMap((v, i) => (v === null ? [i + 1] : []));
  if (missing.length > 0) {
    const consequence = total === null ? 'the total cannot be computed under the scoring rules' : 'the total was still computed';
    alerts.push({ code: 'missing-answers', message: `Unanswered: ${listItems(missing)}; ${consequence}.` });
  }
  return alerts;
}

/**
 * Scores one completed instrument: total (null when the scoring rules cannot compute it),
 * severity band, domain scores, whether the published screening cut-off is met (null when not
 * computable or when the instrument has none) and alerts. Throws InstrumentInputError for an
 * unknown instrument, the wrong number of answers, or a value outside an item's published values.
 */
export function scoreInstrument(instrumentId: string, answers: InstrumentAnswers): InstrumentScore {
  const definition = requireInstrument(instrumentId);
  const values = checkAnswers(definition, answers);
  const scored = values.map((v, i) => (v === null ? null : scoredValue(definition.items[i]!, v)));
  const domains = scoreDomains(definition, scored);
  const total = scoreTotal(definition, scored, domains);
  const lowestBand = Math.min(...definition.bands.map((b) => b.min));
  const belowBands = total !== null && definition.belowBands !== null && total < lowestBand;
  const severity = total === null ? null : (definition.bands.find((b) => total >= b.min && total <= b.max)?.id ?? null);
  const positive = definition.positive === null || belowBands ? null : evaluateRule(definition.positive, total, values);
  return { instrumentId: definition.id, total, severity, domains, positive, alerts: alertsFor(definition, values, total, belowBands) };
}

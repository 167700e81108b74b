import { describe, expect, it } from 'vitest';
import { InstrumentInputError, UnknownInstrumentError } from './errors.js';
import { scoreInstrument } from './score.js';

/** Answers adding up to `total`: items filled from the first with the largest value, the rest at `min`; only the first `free` items carry the total. */
function answersSumming(total: number, count: number, { min = 0, max, free = count }: { min?: number; max: number; free?: number }): number[] {
  let remaining = total - min * count;
  if (remaining < 0 || remaining > (max - min) * free) throw new Error(`cannot reach ${total} with ${count} items`);
  return Array.from({ length: count }, (_, i) => {
    const extra = i < free ? Math.min(max - min, remaining) : 0;
    remaining -= extra;
    return min + extra;
  });
}

/** PHQ-9 answers adding up to `total`, with item 9 kept at 0 so no safety alert is raised. */
const phq = (total: number) => answersSumming(total, 9, { max: 3, free: 8 });
const codes = (alerts: { code: string }[]) => alerts.map((a) => a.code);

describe('PHQ-9', () => {
  it.each([
    [0, 'none-minimal', false], [4, 'none-minimal', false],
    [5, 'mild', false], [9, 'mild', false],
    [10, 'moderate', true], [14, 'moderate', true],
    [15, 'moderately-severe', true], [19, 'moderately-severe', true],
    [20, 'severe', true], [24, 'severe', true],
  ])('total %i is %s, positive %s', (total, severity, positive) => {
    const result = scoreInstrument('phq-9', phq(total));
    expect(result).toEqual({ instrumentId: 'phq-9', total, severity, domains: {}, positive, alerts: [] });
  });

  it('scores the maximum, 27, as severe with the item 9 alert', () => {
    const result = scoreInstrument('phq-9', Array(9).fill(3));
    expect([result.total, result.severity, result.positive]).toEqual([27, 'severe', true]);
    expect(codes(result.alerts)).toEqual(['suicidal-ideation']);
  });

  it('hand-computed case: 2,2,1,3,0,1,2,0,0 = 11, moderate, positive', () => {
    const result = scoreInstrument('phq-9', [2, 2, 1, 3, 0, 1, 2, 0, 0]);
    expect([result.total, result.severity, result.positive]).toEqual([11, 'moderate', true]);
  });

  it('raises the safety alert whenever item 9 is above 0, even with a low total', () => {
    const result = scoreInstrument('phq-9', [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect([result.total, result.severity, result.positive]).toEqual([1, 'none-minimal', false]);
    expect(result.alerts).toEqual([expect.objectContaining({ code: 'suicidal-ideation' })]);
  });

  it('raises the safety alert even when every other item is missing', () => {
    const result = scoreInstrument('phq-9', [null, null, null, null, null, null, null, null, 2]);
    expect([result.total, result.severity, result.positive]).toEqual([null, null, null]);
    expect(codes(result.alerts)).toEqual(['suicidal-ideation', 'missing-answers']);
    expect(result.alerts[1]!.message).toContain('items 1, 2, 3, 4, 5, 6, 7 and 8');
  });

  it('withholds the total when any item is unanswered (no published proration rule)', () => {
    const answers: (number | null)[] = phq(12);
    answers[4] = null;
    const result = scoreInstrument('phq-9', answers);
    expect([result.total, result.severity, result.positive]).toEqual([null, null, null]);
    expect(result.alerts).toEqual([{ code: 'missing-answers', message: 'Unanswered: item 5; the total cannot be computed under the scoring rules.' }]);
  });

  it('refuses the wrong number of answers, naming no item', () => {
    expect(() => scoreInstrument('phq-9', [0, 0, 0])).toThrow(InstrumentInputError);
    try {
      scoreInstrument('phq-9', Array(10).fill(0));
    } catch (error) {
      expect(error).toMatchObject({ item: null, message: 'PHQ-9 has 9 items; 10 answers were given.' });
    }
  });

  it.each([[4, '4'], [-1, '-1'], [1.5, '1.5'], ['2', '2'], [undefined, 'undefined']])('refuses %s at item 3, naming the item and the allowed values', (bad, shown) => {
    const answers: unknown[] = phq(0);
    answers[2] = bad;
    expect(() => scoreInstrument('phq-9', answers as number[])).toThrow(
      expect.objectContaining({ item: 3, message: `PHQ-9 item 3 must be one of 0, 1, 2, 3 (or null when unanswered); got ${shown}.` }),
    );
  });

  it('refuses an unknown instrument with a typed error', () => {
    expect(() => scoreInstrument('phq-8', [])).toThrow(UnknownInstrumentError);
    expect(() => scoreInstrument('phq-8', [])).toThrow(expect.objectContaining({ item: null }));
  });

  it('refuses answers that are not a list', () => {
    expect(() => scoreInstrument('phq-9', 'all zeros' as unknown as number[])).toThrow(expect.objectContaining({ item: null }));
  });
});

describe('GAD-7', () => {
  const gad = (total: number) => answersSumming(total, 7, { max: 3 });

  it.each([
    [0, 'minimal', false], [4, 'minimal', false],
    [5, 'mild', false], [9, 'mild', false],
    [10, 'moderate', true], [14, 'moderate', true],
    [15, 'severe', true], [21, 'severe', true],
  ])('total %i is %s, positive %s', (total, severity, positive) => {
    expect(scoreInstrument('gad-7', gad(total))).toEqual({ instrumentId: 'gad-7', total, severity, domains: {}, positive, alerts: [] });
  });

  it('hand-computed case: 1,1,1,1,0,1,2 = 7, mild, negative', () => {
    expect(scoreInstrument('gad-7', [1, 1, 1, 1, 0, 1, 2])).toMatchObject({ total: 7, severity: 'mild', positive: false });
  });

  it('withholds the total when an item is missing', () => {
    expect(scoreInstrument('gad-7', [3, 3, 3, 3, null, 3, 3])).toMatchObject({ total: null, severity: null, positive: null });
  });

  it('refuses 7 items of 4', () => {
    expect(() => scoreInstrument('gad-7', [0, 0, 0, 0, 0, 0, 4])).toThrow(expect.objectContaining({ item: 7 }));
  });
});

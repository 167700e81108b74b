import { describe, expect, it } from 'vitest';
import { scoreInstrument } from './score.js';

const codes = (alerts: { code: string }[]) => alerts.map((a) => a.code);

/** Answers adding up to `total`: items filled from the first with the largest value, the rest at `min`. */
function answersSumming(total: number, count: number, min: number, max: number): number[] {
  let remaining = total - min * count;
  if (remaining < 0 || remaining > (max - min) * count) throw new Error(`cannot reach ${total} with ${count} items`);
  return Array.from({ length: count }, () => {
    const extra = Math.min(max - min, remaining);
    remaining -= extra;
    return min + extra;
  });
}

describe('IIEF-5', () => {
  it.each([
    [5, 'severe'], [7, 'severe'],
    [8, 'moderate'], [11, 'moderate'],
    [12, 'mild-moderate'], [16, 'mild-moderate'],
    [17, 'mild'], [21, 'mild'],
    [22, 'none'], [25, 'none'],
  ])('total %i (every item answered 1–5) is %s', (total, severity) => {
    const result = scoreInstrument('iief-5', answersSumming(total, 5, 1, 5));
    expect(result).toEqual({ instrumentId: 'iief-5', total, severity, domains: {}, positive: total <= 21, alerts: [] });
  });

  it('reports a total below 5 as insufficient activity, with no severity and no screening result', () => {
    const result = scoreInstrument('iief-5', [4, 0, 0, 0, 0]);
    expect([result.total, result.severity, result.positive]).toEqual([4, null, null]);
    expect(codes(result.alerts)).toEqual(['insufficient-activity']);
  });

  it('reaches the published minimum of 1 only with "no activity" answers', () => {
    expect(scoreInstrument('iief-5', [1, 0, 0, 0, 0])).toMatchObject({ total: 1, severity: null, positive: null });
  });

  it('grades a total of 5 or more that includes "no activity" answers, and flags them', () => {
    const result = scoreInstrument('iief-5', [3, 3, 3, 0, 0]);
    expect([result.total, result.severity, result.positive]).toEqual([9, 'moderate', true]);
    expect(result.alerts).toEqual([expect.objectContaining({ code: 'no-activity-reported', message: expect.stringContaining('items 4 and 5') })]);
  });

  it('item 1 has no 0 option; items 2–5 stop at 5', () => {
    expect(() => scoreInstrument('iief-5', [0, 3, 3, 3, 3])).toThrow(
      expect.objectContaining({ item: 1, message: 'IIEF-5 item 1 must be one of 1, 2, 3, 4, 5 (or null when unanswered); got 0.' }),
    );
    expect(() => scoreInstrument('iief-5', [3, 3, 6, 3, 3])).toThrow(expect.objectContaining({ item: 3, message: expect.stringContaining('0, 1, 2, 3, 4, 5') }));
  });

  it('withholds the total when an item is missing', () => {
    expect(scoreInstrument('iief-5', [5, 5, 5, 5, null])).toMatchObject({ total: null, severity: null, positive: null });
  });
});

describe('FSFI', () => {
  // Examples from awell-health/awell-score src/scores/fsfi (hand-checked against the factors).
  it('best answers: every domain 6.0, total 36.0', () => {
    const result = scoreInstrument('fsfi', Array(19).fill(5));
    expect(result.domains).toEqual({ desire: 6, arousal: 6, lubrication: 6, orgasm: 6, satisfaction: 6, pain: 6 });
    expect([result.total, result.positive, result.severity]).toEqual([36, false, null]);
  });

  it('all answers 1: every domain 1.2, total 7.2', () => {
    const result = scoreInstrument('fsfi', Array(19).fill(1));
    expect(Object.values(result.domains)).toEqual([1.2, 1.2, 1.2, 1.2, 1.2, 1.2]);
    expect([result.total, result.positive]).toEqual([7.2, true]);
  });

  it('no sexual activity: desire 3.6, satisfaction 2.4, the rest 0, total 6.0, flagged', () => {
    const answers = [3, 3, ...Array(12).fill(0), 3, 3, 0, 0, 0];
    const result = scoreInstrument('fsfi', answers);
    expect(result.domains).toEqual({ desire: 3.6, arousal: 0, lubrication: 0, orgasm: 0, satisfaction: 2.4, pain: 0 });
    expect([result.total, result.positive]).toEqual([6, true]);
    expect(codes(result.alerts)).toEqual(['no-activity-reported']);
  });

  it('the lowest possible total is 2.0', () => {
    expect(scoreInstrument('fsfi', [1, 1, ...Array(12).fill(0), 1, 1, 0, 0, 0]).total).toBe(2);
  });

  it('mixed answers: 3.6 + 3.9 + 3.6 + 2.4 + 3.2 + 3.6 = 20.3', () => {
    const result = scoreInstrument('fsfi', [3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 3, 3, 2, 3, 3, 3]);
    expect(result.domains).toEqual({ desire: 3.6, arousal: 3.9, lubrication: 3.6, orgasm: 2.4, satisfaction: 3.2, pain: 3.6 });
    expect([result.total, result.positive]).toEqual([20.3, true]);
  });

  it('all answers 4: total 28.8, above the cut-off', () => {
    expect(scoreInstrument('fsfi', Array(19).fill(4))).toMatchObject({ total: 28.8, positive: false });
  });

  // Around Wiegel 2005's 26.55: totals move in steps of 0.1 at the finest, so 26.5 is at risk and 26.6 is not.
  const at26 = [4, 3, 4, 4, 4, 3, 4, 4, 4, 3, 4, 4, 4, 4, 4, 3, 3, 3, 3];
  it('26.0 (4.2 + 4.5 + 4.5 + 4.8 + 4.4 + 3.6) is at risk', () => {
    expect(scoreInstrument('fsfi', at26)).toMatchObject({ total: 26, positive: true });
  });

  it('26.5 (4.2 + 4.8 + 5.1 + 4.8 + 4.4 + 3.2) is at risk', () => {
    const answers = [4, 3, 4, 4, 4, 4, 4, 4, 4, 5, 4, 4, 4, 4, 4, 3, 3, 3, 2];
    const result = scoreInstrument('fsfi', answers);
    expect(result.domains).toEqual({ desire: 4.2, arousal: 4.8, lubrication: 5.1, orgasm: 4.8, satisfaction: 4.4, pain: 3.2 });
    expect([result.total, result.positive]).toEqual([26.5, true]);
  });

  it('26.6 (desire 4.8 instead of 4.2) is not', () => {
    const answers = [...at26];
    answers[1] = 4;
    expect(scoreInstrument('fsfi', answers)).toMatchObject({ total: 26.6, positive: false });
  });

  it('a missing item blanks its domain and the total, not the other domains', () => {
    const answers: (number | null)[] = Array(19).fill(5);
    answers[1] = null;
    const result = scoreInstrument('fsfi', answers);
    expect(result.domains).toEqual({ desire: null, arousal: 6, lubrication: 6, orgasm: 6, satisfaction: 6, pain: 6 });
    expect([result.total, result.positive]).toEqual([null, null]);
    expect(codes(result.alerts)).toEqual(['missing-answers']);
  });

  it('items 1, 2, 15 and 16 have no 0 option; item 14 does', () => {
    for (const n of [1, 2, 15, 16]) {
      const answers = Array(19).fill(3);
      answers[n - 1] = 0;
      expect(() => scoreInstrument('fsfi', answers)).toThrow(expect.objectContaining({ item: n, message: expect.stringContaining('one of 1, 2, 3, 4, 5') }));
    }
    const answers = Array(19).fill(3);
    answers[13] = 0;
    expect(scoreInstrument('fsfi', answers).domains.satisfaction).toBe(2.4);
  });
});

describe('PEDT', () => {
  it.each([
    [0, 'no-pe', false], [8, 'no-pe', false],
    [9, 'probable-pe', false], [10, 'probable-pe', false],
    [11, 'pe', true], [20, 'pe', true],
  ])('total %i is %s, positive %s', (total, severity, positive) => {
    expect(scoreInstrument('pedt', answersSumming(total, 5, 0, 4))).toEqual({ instrumentId: 'pedt', total, severity, domains: {}, positive, alerts: [] });
  });

  it('refuses 5 and withholds the total when an item is missing', () => {
    expect(() => scoreInstrument('pedt', [0, 0, 0, 0, 5])).toThrow(expect.objectContaining({ item: 5 }));
    expect(scoreInstrument('pedt', [4, 4, 4, null, 0])).toMatchObject({ total: null, severity: null, positive: null });
  });
});

describe('ASEX', () => {
  it.each([
    [[3, 3, 3, 3, 3], 15, false],
    [[4, 4, 3, 3, 3], 17, false],
    [[1, 1, 1, 1, 5], 9, true],
    [[4, 4, 4, 1, 1], 14, true],
    [[6, 6, 6, 1, 1], 20, true],
    [[1, 1, 1, 1, 1], 5, false],
    [[6, 6, 6, 6, 6], 30, true],
  ])('%j: total %i, positive %s', (answers, total, positive) => {
    expect(scoreInstrument('asex', answers)).toEqual({ instrumentId: 'asex', total, severity: null, domains: {}, positive, alerts: [] });
  });

  it('one item at 5 is positive even with another item missing', () => {
    expect(scoreInstrument('asex', [5, null, 1, 1, 1])).toMatchObject({ total: null, positive: true });
  });

  it('cannot decide while a missing item could still meet a rule', () => {
    expect(scoreInstrument('asex', [4, 4, null, 1, 1]).positive).toBeNull();
    expect(scoreInstrument('asex', [1, 1, 1, 1, null]).positive).toBeNull();
  });

  it('refuses 0 and 7', () => {
    expect(() => scoreInstrument('asex', [0, 1, 1, 1, 1])).toThrow(expect.objectContaining({ item: 1 }));
    expect(() => scoreInstrument('asex', [1, 1, 1, 1, 7])).toThrow(expect.objectContaining({ item: 5, message: expect.stringContaining('1, 2, 3, 4, 5, 6') }));
  });
});

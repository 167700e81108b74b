import { describe, expect, it } from 'vitest';
import { scoreInstrument } from './score.js';

describe('FSDS-R', () => {
  it('sums 13 items of 0–4 to 0–52', () => {
    expect(scoreInstrument('fsds-r', Array(13).fill(0))).toMatchObject({ total: 0, severity: null, positive: null });
    expect(scoreInstrument('fsds-r', Array(13).fill(4))).toMatchObject({ total: 52 });
    expect(scoreInstrument('fsds-r', [1, 0, 2, 0, 0, 1, 0, 0, 3, 0, 0, 1, 4]).total).toBe(12);
  });

  it('gives no screening result: the ≥11 cut-off is unconfirmed', () => {
    expect(scoreInstrument('fsds-r', [1, 0, 2, 0, 0, 1, 0, 0, 3, 0, 0, 0, 4]).positive).toBeNull();
  });

  it('refuses 5 and withholds the total when an item is missing', () => {
    expect(() => scoreInstrument('fsds-r', [...Array(12).fill(0), 5])).toThrow(expect.objectContaining({ item: 13 }));
    expect(scoreInstrument('fsds-r', [...Array(12).fill(0), null]).total).toBeNull();
  });
});

describe('PSS-10', () => {
  it('reverse-scores items 4, 5, 7 and 8: all 0 totals 16, all 4 totals 24', () => {
    expect(scoreInstrument('pss-10', Array(10).fill(0))).toMatchObject({ total: 16, severity: null, positive: null });
    expect(scoreInstrument('pss-10', Array(10).fill(4)).total).toBe(24);
  });

  it('reaches 0 and 40 only with the reverse items answered the other way', () => {
    expect(scoreInstrument('pss-10', [0, 0, 0, 4, 4, 0, 4, 4, 0, 0]).total).toBe(0);
    expect(scoreInstrument('pss-10', [4, 4, 4, 0, 0, 4, 0, 0, 4, 4]).total).toBe(40);
  });

  it('hand-computed case: 2,3,2,(1→3),(2→2),3,(3→1),(0→4),1,2 = 23', () => {
    expect(scoreInstrument('pss-10', [2, 3, 2, 1, 2, 3, 3, 0, 1, 2]).total).toBe(23);
  });

  it('withholds the total when an item is missing', () => {
    expect(scoreInstrument('pss-10', [2, 3, 2, 1, 2, 3, 3, 0, 1, null]).total).toBeNull();
  });
});

describe('CSI-4', () => {
  it('sums item 1 (0–6) and items 2–4 (0–5) to 0–21; higher is better', () => {
    expect(scoreInstrument('csi-4', [0, 0, 0, 0])).toMatchObject({ total: 0, positive: true });
    expect(scoreInstrument('csi-4', [6, 5, 5, 5])).toMatchObject({ total: 21, positive: false });
  });

  it('13 is below the 13.5 cut-off; 14 is not', () => {
    expect(scoreInstrument('csi-4', [4, 3, 3, 3])).toMatchObject({ total: 13, positive: true });
    expect(scoreInstrument('csi-4', [5, 3, 3, 3])).toMatchObject({ total: 14, positive: false });
  });

  it('allows 6 on item 1 only', () => {
    expect(() => scoreInstrument('csi-4', [6, 6, 5, 5])).toThrow(
      expect.objectContaining({ item: 2, message: 'CSI-4 item 2 must be one of 0, 1, 2, 3, 4, 5 (or null when unanswered); got 6.' }),
    );
  });
});

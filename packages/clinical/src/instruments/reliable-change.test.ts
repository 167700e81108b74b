import { describe, expect, it } from 'vitest';
import { IIEF_5 } from './definitions/index.js';
import { InstrumentInputError } from './errors.js';
import { reliableChange, reliableChangeFor, standardErrorOfDifference } from './reliable-change.js';
import { requireInstrument } from './registry.js';
import type { InstrumentDefinition } from './types.js';

// Hand computation for PHQ-9 (α = 0.89, SD = 3.5): SE = 3.5 × √0.11 = 1.160819;
// Sdiff = √2 × 1.160819 = 1.641646; a change must exceed 1.96 × 1.641646 = 3.2176 points.
const SDIFF = 1.641646;

describe('reliable change (Jacobson & Truax 1991)', () => {
  it('PHQ-9 Sdiff from the sourced figures', () => {
    expect(standardErrorOfDifference(requireInstrument('phq-9'))).toBeCloseTo(SDIFF, 5);
  });

  it('15 → 10 on the PHQ-9: RCI −3.046, a reliable improvement', () => {
    const result = reliableChange('phq-9', 15, 10)!;
    expect(result.change).toBe(-5);
    expect(result.rci).toBeCloseTo(-3.0457, 4);
    expect([result.reliable, result.direction]).toEqual([true, 'improved']);
  });

  it('15 → 12: RCI −1.827, not reliable', () => {
    const result = reliableChange('phq-9', 15, 12)!;
    expect(result.rci).toBeCloseTo(-1.8274, 4);
    expect([result.reliable, result.direction]).toEqual([false, 'no-reliable-change']);
  });

  it('a 4-point change is reliable and a 3-point change is not', () => {
    expect(reliableChange('phq-9', 8, 12)).toMatchObject({ change: 4, reliable: true, direction: 'worsened' });
    expect(reliableChange('phq-9', 8, 11)).toMatchObject({ change: 3, reliable: false, direction: 'no-reliable-change' });
  });

  it('GAD-7 uses its own figures (α 0.89, SD 3.5): 5 → 12 is a reliable worsening', () => {
    const result = reliableChange('gad-7', 5, 12)!;
    expect(result.rci).toBeCloseTo(7 / SDIFF, 4);
    expect(result.direction).toBe('worsened');
  });

  it('is null for instruments without sourced reliability data', () => {
    for (const id of ['iief-5', 'fsfi', 'pedt', 'asex', 'fsds-r', 'pss-10', 'csi-4']) expect(reliableChange(id, requireInstrument(id).scoring.totalRange.min, requireInstrument(id).scoring.totalRange.max)).toBeNull();
  });

  it('reads a rise as improvement where higher is better', () => {
    const withFigures: InstrumentDefinition = {
      ...IIEF_5,
      reliability: { available: true, reliability: { kind: 'test-retest', value: 0.8, source: 'test' }, sd: { value: 5, source: 'test' } },
    };
    // Sdiff = √2 × 5 × √0.2 = 3.1623; 10 → 20 gives RCI 3.162.
    expect(reliableChangeFor(withFigures, 10, 20)).toMatchObject({ change: 10, reliable: true, direction: 'improved' });
    expect(reliableChangeFor(withFigures, 20, 10)).toMatchObject({ change: -10, reliable: true, direction: 'worsened' });
    expect(reliableChangeFor(withFigures, 20, 10)!.rci).toBeCloseTo(-3.1623, 4);
  });

  it('refuses totals outside the instrument range and unknown instruments', () => {
    expect(() => reliableChange('phq-9', 10, 28)).toThrow(InstrumentInputError);
    expect(() => reliableChange('phq-9', Number.NaN, 3)).toThrow(expect.objectContaining({ item: null }));
    expect(() => reliableChange('iief-5', 0, 10)).toThrow(InstrumentInputError);
    expect(() => reliableChange('bdi-ii', 10, 12)).toThrow(InstrumentInputError);
  });
});

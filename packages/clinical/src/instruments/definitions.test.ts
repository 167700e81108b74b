import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './definitions/index.js';
import { InstrumentInputError, UnknownInstrumentError } from './errors.js';
import { requireInstrument } from './registry.js';
import { INSTRUMENT_IDS, LICENCE_STATUSES, type InstrumentDefinition } from './types.js';

const values = (d: InstrumentDefinition, n: number) => d.items[n - 1]!.options.map((o) => o.value);

/** The lowest and highest possible totals, worked out from the items rather than read from the definition. */
function reachableRange(d: InstrumentDefinition): { min: number; max: number } {
  const { method, domains } = d.scoring;
  if (method === 'sum') {
    return {
      min: d.items.reduce((sum, _, i) => sum + Math.min(...values(d, i + 1)), 0),
      max: d.items.reduce((sum, _, i) => sum + Math.max(...values(d, i + 1)), 0),
    };
  }
  const extreme = (pick: (v: number[]) => number) =>
    Math.round(domains.reduce((sum, dom) => sum + dom.weight * dom.items.reduce((s, n) => s + pick(values(d, n)), 0), 0) * 10) / 10;
  return { min: extreme((v) => Math.min(...v)), max: extreme((v) => Math.max(...v)) };
}

describe('the instrument list', () => {
  it('has every instrument once, in INSTRUMENT_IDS order', () => {
    expect(INSTRUMENTS.map((d) => d.id)).toEqual([...INSTRUMENT_IDS]);
  });

  it('finds definitions by id and refuses unknown ids with a typed error', () => {
    expect(requireInstrument('fsfi').shortName).toBe('FSFI');
    expect(() => requireInstrument('beck-depression')).toThrow(UnknownInstrumentError);
    try {
      requireInstrument('beck-depression');
    } catch (error) {
      expect(error).toBeInstanceOf(InstrumentInputError);
      expect((error as InstrumentInputError).item).toBeNull();
    }
  });
});

describe.each(INSTRUMENTS.map((d) => [d.id, d] as const))('%s definition', (_id, d) => {
  it('has unique link ids and item options with unique integer values', () => {
    expect(new Set(d.items.map((i) => i.linkId)).size).toBe(d.items.length);
    for (const item of d.items) {
      const vals = item.options.map((o) => o.value);
      expect(vals.every(Number.isInteger)).toBe(true);
      expect(new Set(vals).size).toBe(vals.length);
    }
  });

  it('states a total range that the items can actually reach', () => {
    expect(reachableRange(d)).toEqual(d.scoring.totalRange);
  });

  it('has bands in order, without gaps or overlaps, inside the total range', () => {
    d.bands.forEach((band, i) => {
      expect(band.min).toBeLessThanOrEqual(band.max);
      if (i > 0) expect(band.min).toBe(d.bands[i - 1]!.max + 1);
    });
    if (d.bands.length) {
      expect(d.bands.at(-1)!.max).toBe(d.scoring.totalRange.max);
      // Only IIEF-5 leaves totals below its bands (1–4, reachable only with "no activity" answers).
      expect(d.bands[0]!.min === d.scoring.totalRange.min || d.belowBands !== null).toBe(true);
    }
  });

  it('places domains and critical items on existing items', () => {
    for (const domain of d.scoring.domains) for (const n of domain.items) expect(d.items[n - 1]).toBeDefined();
    for (const critical of d.criticalItems) expect(d.items[critical.item - 1]).toBeDefined();
  });

  it('cites its sources, its licence, and its reliability or why there is none', () => {
    expect(LICENCE_STATUSES.map((l) => l.id)).toContain(d.licence);
    for (const source of Object.values(d.sources)) expect(source.length).toBeGreaterThan(3);
    if (d.reliability.available) {
      expect(d.reliability.reliability.value).toBeGreaterThan(0);
      expect(d.reliability.reliability.value).toBeLessThan(1);
      expect(d.reliability.sd.source).toMatch(/\d{4}/);
    } else {
      expect(d.reliability.reason.length).toBeGreaterThan(10);
    }
  });

  it('ships official wording only when the licence allows it', () => {
    expect(d.instructions !== null).toBe(d.licence === 'public-domain-or-free');
  });
});

describe('published structure', () => {
  it('FSFI: six domains with factors 0.6/0.3/0.3/0.4/0.4/0.4, each worth at most 6', () => {
    const fsfi = requireInstrument('fsfi');
    expect(fsfi.scoring.domains.map((dom) => [dom.id, dom.items.length, dom.weight])).toEqual([
      ['desire', 2, 0.6], ['arousal', 4, 0.3], ['lubrication', 4, 0.3], ['orgasm', 3, 0.4], ['satisfaction', 3, 0.4], ['pain', 3, 0.4],
    ]);
    for (const dom of fsfi.scoring.domains) expect(Math.round(dom.items.length * 5 * dom.weight * 10) / 10).toBe(6);
  });

  it('FSFI: items 1–2 and 15–16 run 1–5; the others offer 0 for no activity', () => {
    const fsfi = requireInstrument('fsfi');
    fsfi.items.forEach((item, i) => {
      const n = i + 1;
      const expected = [1, 2, 15, 16].includes(n) ? [1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5];
      expect(item.options.map((o) => o.value)).toEqual(expected);
      expect(item.options.some((o) => o.noActivity)).toBe(expected[0] === 0);
    });
  });

  it('IIEF-5: item 1 runs 1–5, items 2–5 run 0–5 with 0 = no activity', () => {
    const iief = requireInstrument('iief-5');
    expect(iief.items.map((item) => item.options.map((o) => o.value).join(''))).toEqual(['12345', '012345', '012345', '012345', '012345']);
  });

  it('PSS-10: items 4, 5, 7 and 8 are reverse-scored', () => {
    expect(requireInstrument('pss-10').items.flatMap((item, i) => (item.reverse ? [i + 1] : []))).toEqual([4, 5, 7, 8]);
  });

  it('PHQ-9 and GAD-7 carry their confirmed LOINC codes', () => {
    const phq = requireInstrument('phq-9');
    const gad = requireInstrument('gad-7');
    expect(phq.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(phq.items.map((i) => i.loinc)).toEqual(['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8']);
    expect(gad.loinc).toEqual({ panel: '69737-5', total: '70274-6' });
    expect(gad.items.map((i) => i.loinc)).toEqual(['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7']);
  });
});

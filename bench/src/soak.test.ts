import { describe, expect, it } from 'vitest';
import type { LoadResult } from './load.js';
import { soakChecks } from './soak.js';

const result = (p50: number, p99: number, extra: Partial<LoadResult> = {}): LoadResult => ({
  workload: 'mixed', connections: 32, duration: 30, requests: 20_000, requestsPerSec: 666, latency: { mean: p50, p50, p90: p99, p99, max: p99 * 2 },
  bytesPerResponse: 900, errors: 0, timeouts: 0, non2xx: 0, statusCodes: { 200: 20_000 }, exhausted: false, consumed: 0, ...extra,
});
const windows = (rss: number[], p99: number[] = rss.map(() => 40), extra: Partial<LoadResult>[] = []) =>
  rss.map((rssMb, i) => ({ atSeconds: 90 + i * 30, rssMb, result: result(12, p99[i]!, extra[i]) }));
const verdict = (checks: ReturnType<typeof soakChecks>) => Object.fromEntries(checks.map((c) => [c.name, [c.actual, c.pass]]));

describe('soak checks', () => {
  it('pass a steady run', () => {
    expect(verdict(soakChecks(windows([200, 204, 202, 205, 203, 206, 207])))).toEqual({
      'error-free': ['0', true],
      'enough questionnaires': ['never ran out', true],
      'memory growth after warm-up': ['2.0%', true],
      'p99 latency, last vs first windows': ['1.00×', true],
      'p50 latency, last vs first windows': ['1.00×', true],
    });
  });

  it('fail on memory that keeps growing, latency that drifts, or a single failed request', () => {
    const leaking = verdict(soakChecks(windows([200, 202, 204, 212, 220, 226, 228])));
    expect(leaking['memory growth after warm-up']).toEqual(['11.9%', false]);
    const drifting = verdict(soakChecks(windows([200, 200, 200, 200, 200, 200], [40, 42, 40, 55, 62, 64])));
    expect(drifting['p99 latency, last vs first windows']).toEqual(['1.55×', false]);
    const failing = verdict(soakChecks(windows([200, 200, 200, 200], undefined, [{}, {}, { non2xx: 1, statusCodes: { 200: 19_999, 500: 1 } }, {}])));
    expect(failing['error-free']).toEqual(['1', false]);
    const exhausted = verdict(soakChecks(windows([200, 200, 200], undefined, [{}, {}, { exhausted: true }])));
    expect(exhausted['enough questionnaires']).toEqual(['ran out', false]);
  });
});

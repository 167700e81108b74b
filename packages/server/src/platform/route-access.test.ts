import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { ROUTE_ACCESS } from './route-access.js';

/**
 * Every route the app registers declares who may call it (platform/route-access.ts); a route
 * added without a rule fails here, as does a rule left behind for a route that is gone.
 */
let t: TestApp;

beforeAll(async () => {
  // With the bench routes, so that their rules are checked too.
  t = await createTestApp({ CANDOR_BENCH_CEILING: 'true' });
});
afterAll(async () => t.close());

/** The built web app's files, which @fastify/static registers one route each (names content-hashed). */
const isWebAppFile = (url: string) => !url.startsWith('/api/') && (url === '/' || /\/[^/:]+\.[A-Za-z0-9]+$/.test(url));

describe('route access declarations', () => {
  it('cover every registered route, and only those', () => {
    const registered = t.server.routeTable.map((r) => `${r.method} ${r.url}`);
    const undeclared = t.server.routeTable.filter((r) => !(`${r.method} ${r.url}` in ROUTE_ACCESS) && !isWebAppFile(r.url)).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((key) => !registered.includes(key))).toEqual([]);
    expect(Object.values(ROUTE_ACCESS).filter((rule) => rule.why.trim().length < 10)).toEqual([]);
    process.stdout.write(`route access: ${Object.keys(ROUTE_ACCESS).length} routes declared\n`);
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredRoute } from '../app.js';
import { fuzzed, pathFor, queryString } from '../test/fuzz.js';
import { dataSnapshot } from '../test/snapshot.js';
import { Agent, createClientVia, createTestApp, portalAgentFor, seedPractice, type SeededUser, type TestApp } from '../test/harness.js';

/**
 * Property-based fuzzing of every /api route: bodies, params and queries generated from the
 * route's schema and then broken. Every answer is a 2xx (the input happened to be valid) or a
 * 4xx problem+json naming what is wrong — never a 5xx — and a refused request changes no data.
 * FUZZ_RUNS cases per route (200 in CI; `FUZZ_RUNS=5000 npx vitest run fuzz` for a long run).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
let t: TestApp;
let owner: SeededUser;
let staffAgent: () => Promise<Agent>;
let portalAgent: () => Promise<Agent>;

beforeAll(async () => {
  t = await createTestApp();
  ({ users: { owner: owner! } } = await seedPractice(t, 'Fuzzed', [{ key: 'owner', roles: ['owner', 'clinician', 'supervisor'] }]));
  staffAgent = async () => {
    const agent = new Agent(t);
    await agent.signIn(owner);
    return agent;
  };
  const clinician = await staffAgent();
  const clientId = await createClientVia(clinician, { firstName: 'Fuzz', lastName: 'Client', email: 'fuzz.client@example.test' });
  const portal = await portalAgentFor(t, clinician, clientId, 'fuzz.client@example.test');
  portalAgent = async () => portal;
}, 60_000);
afterAll(async () => t.close());

function agentFor(route: RegisteredRoute): 'public' | 'portal' | 'staff' {
  if (route.url.startsWith('/api/v1/public/') || route.url.startsWith('/api/v1/auth/')) return 'public';
  return route.url.startsWith('/api/v1/portal/') ? 'portal' : 'staff';
}

describe('fuzzing every /api route', () => {
  it(`answers ${RUNS} generated and broken inputs per route with a 2xx or a 4xx problem+json, and a refusal writes nothing`, async () => {
    const routes = t.server.routeTable.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/v1/bench/') && r.url !== '/api/v1/auth/sign-out');
    const snapshot = await dataSnapshot(t);
    const failures: string[] = [];
    let cases = 0;
    // The data as it stands: taken again only after a request that was accepted.
    let current = await snapshot();
    for (const route of routes) {
      const kind = agentFor(route);
      // A fresh signed-in agent per staff route: a fuzzed request may lock or change it.
      const agent = kind === 'portal' ? await portalAgent() : kind === 'staff' ? await staffAgent() : new Agent(t);
      // Signing the agent in writes (the second factor's last time step): the data as it now stands.
      current = await snapshot();
      await fc.assert(fc.asyncProperty(fuzzed(route.schema.params as never), fuzzed(route.schema.querystring as never), fuzzed(route.schema.body as never), async (params, query, body) => {
        cases++;
        t.clock.advance(1_000);
        const url = pathFor(route.url, params.value) + queryString(query.value);
        const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
        const res = await agent.request(route.method as 'POST', url, hasBody ? (body.value === undefined ? {} : body.value) : undefined);
        const problem = res.headers['content-type']?.startsWith('application/problem+json') ?? false;
        const what = `${route.method} ${route.url} → ${res.statusCode} (params ${params.broken}, query ${query.broken}, body ${body.broken})`;
        const after = await snapshot();
        if (res.statusCode >= 500) failures.push(`${what}: ${res.body.slice(0, 200)}`);
        else if (res.statusCode >= 400) {
          if (!problem) failures.push(`${what}: not problem+json`);
          if (after !== current) failures.push(`${what}: refused, but data changed`);
        }
        current = after;
      }), { numRuns: RUNS });
    }
    process.stdout.write(`fuzz: ${routes.length} routes, ${cases} cases\n`);
    // Each distinct failure once (the route, the status and what was wrong), with how often.
    const distinct = new Map<string, number>();
    for (const f of failures) {
      const key = f.replace(/ \(params [^)]*\)/, '');
      distinct.set(key, (distinct.get(key) ?? 0) + 1);
    }
    expect([...distinct].map(([key, n]) => `${key} ×${n}`)).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(routes.length * RUNS);
  }, Math.max(900_000, RUNS * 1_500));
});

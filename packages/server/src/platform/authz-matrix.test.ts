import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredRoute } from '../app.js';
import { ACTOR_ROLES, ACTORS, buildWorld, type ActorKey, type World } from '../test/authz-world.js';
import { CASES, type Case } from '../test/authz-cases.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { dataSnapshot } from '../test/snapshot.js';
import { ROUTE_ACCESS, type Audience, type RouteAccess } from './route-access.js';

/**
 * The authorization matrix (issue 9): every route the app registers, called as each of eleven
 * actors with real resources of the demo practice, and each answer checked against the route's
 * declared rule (platform/route-access.ts):
 *   - an admitted actor gets the route's success status;
 *   - anonymous gets 401; an actor outside the route's audience 403 (or 404 where the service
 *     looks the resource up first); an actor inside the audience but outside the scope 404;
 *   - a refused actor gets exactly the same answer for the real resource as for an id that does
 *     not exist, so a refusal never tells that a record exists;
 *   - a refused request changes no data.
 * A route without a rule, or without a case saying how to call it, fails the suite.
 */
let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await createTestApp({ CANDOR_BENCH_CEILING: 'true' });
  w = await buildWorld(t);
}, 240_000);
afterAll(async () => t.close());

const ANY_ID = /^\^?\[0-9a-f\]\{8\}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function audienceAdmits(audience: Audience, actor: ActorKey): boolean {
  const roles = ACTOR_ROLES[actor];
  switch (audience) {
    case 'public': return true;
    case 'signed-in': return actor !== 'anonymous';
    case 'staff': return roles.some((r) => r === 'owner' || r === 'clinician' || r === 'supervisor' || r === 'billing');
    case 'clinical': return roles.some((r) => r === 'clinician' || r === 'supervisor');
    case 'supervisor': return roles.includes('supervisor');
    case 'owner': return roles.includes('owner');
    case 'administrative': return roles.some((r) => r === 'owner' || r === 'billing');
    case 'client': return roles.includes('client');
    case 'site-admin': return actor === 'owner'; // the demo's owner also administers the site
  }
}

/** Whether the rule admits the actor to this case's resource, through one audience it belongs to. */
function scopeAdmits(rule: RouteAccess, via: Audience, actor: ActorKey, c: Case): boolean {
  const samePractice = actor !== 'otherPractice';
  const practiceWide = via === 'owner' || via === 'administrative';
  const owner = c.owner ?? 'caller';
  switch (rule.scope) {
    case 'none': case 'secret': return true;
    case 'practice': return samePractice;
    case 'care-team':
      if (via === 'client') return actor === 'client';
      if (practiceWide) return samePractice;
      return actor === 'careClinician';
    case 'relationship': return practiceWide ? samePractice : actor === 'careClinician';
    case 'own':
      if (owner === 'caller') return true;
      if (practiceWide) return samePractice;
      return actor === owner;
    case 'supervision': return owner === 'caller' || actor === owner;
  }
}

type Expected = { admitted: true; status: number } | { admitted: false; status: number | number[]; why: string };

function expected(key: string, rule: RouteAccess, actor: ActorKey, c: Case, namesResource: boolean): Expected {
  const fixed = c.status?.[actor];
  const audiences = ([] as Audience[]).concat(rule.audience);
  const inAudience = audiences.filter((a) => audienceAdmits(a, actor));
  const admitted = inAudience.some((a) => scopeAdmits(rule, a, actor, c));
  if (fixed !== undefined) return fixed < 400 ? { admitted: true, status: fixed } : { admitted: false, status: fixed, why: `as the case says: ${c.why ?? key}` };
  if (admitted) return { admitted: true, status: c.success ?? 200 };
  if (actor === 'anonymous') return { admitted: false, status: 401, why: 'not signed in' };
  // A role guard answers 403 (a role is no secret); a service that first looks the named record up
  // among those the caller may see answers 404. Either way the answer must be the same as for a
  // record that does not exist (checked below), so it tells nothing.
  if (inAudience.length === 0) return { admitted: false, status: namesResource ? [403, 404] : 403, why: 'outside the audience' };
  return { admitted: false, status: 404, why: 'outside the scope' };
}

function fill(url: string, params: Record<string, string>): string {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${url}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

function withQuery(url: string, query: Record<string, string> | undefined): string {
  return query && Object.keys(query).length ? `${url}?${new URLSearchParams(query).toString()}` : url;
}

/** The names of the route's path params that are record ids. */
function idParams(route: RegisteredRoute): string[] {
  const schema = route.schema.params as { properties?: Record<string, { pattern?: string }> } | undefined;
  return Object.entries(schema?.properties ?? {}).filter(([, s]) => s.pattern && ANY_ID.test(s.pattern)).map(([name]) => name);
}

/** The same path and query with every record id replaced by one that exists nowhere (null if none names a record). */
function missingIds(route: RegisteredRoute, params: Record<string, string>, query: Record<string, string> | undefined): string | null {
  const ids = idParams(route);
  const queryIds = Object.entries(query ?? {}).filter(([, v]) => UUID.test(v)).map(([k]) => k);
  if (!ids.length && !queryIds.length) return null;
  const swap = (names: string[]) => Object.fromEntries(names.map((name) => [name, randomUUID()]));
  return withQuery(fill(route.url, { ...params, ...swap(ids) }), query && { ...query, ...swap(queryIds) });
}

describe('authorization matrix', () => {
  it('answers every route, as every actor, as its declared rule says', async () => {
    const routes = t.server.routeTable.filter((r) => `${r.method} ${r.url}` in ROUTE_ACCESS);
    const undeclared = t.server.routeTable.filter((r) => r.url.startsWith('/api/') && !(`${r.method} ${r.url}` in ROUTE_ACCESS)).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
    const withoutCase = routes.map((r) => `${r.method} ${r.url}`).filter((key) => !(key in CASES));
    expect(withoutCase).toEqual([]);

    const order = Object.keys(CASES);
    routes.sort((a, b) => order.indexOf(`${a.method} ${a.url}`) - order.indexOf(`${b.method} ${b.url}`));
    const snapshot = await dataSnapshot(t);
    // The control: a write the snapshot must see.
    const unchanged = await snapshot();
    await (await w.agent('careClinician')).post('/api/v1/interventions', { name: 'Control exercise', summary: 'x', clientTitle: 'x', clientInstructions: 'x', suggestedFrequency: null, category: 'other', homework: false, forPartners: false });
    expect(await snapshot()).not.toBe(unchanged);
    const failures: string[] = [];
    let calls = 0;
    const matrix: Record<string, Record<string, number>> = {};

    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      const rule = ROUTE_ACCESS[key]!;
      const c = CASES[key]!;
      const namesResource = idParams(route).length > 0 || Object.values(c.query?.(w, 'owner') ?? {}).some((v) => UUID.test(v));
      const plan = ACTORS.map((actor) => ({ actor, want: expected(key, rule, actor, c, namesResource) }));
      matrix[key] = {};
      // Refusals first (they must leave everything as it was), then the admitted callers.
      for (const { actor, want } of [...plan.filter((p) => !p.want.admitted), ...plan.filter((p) => p.want.admitted)]) {
        t.clock.advance(1_000);
        let params: Record<string, string>;
        let url: string;
        try {
          params = c.fresh && want.admitted ? await c.fresh(w, actor) : (c.params?.(w) ?? {});
          url = withQuery(fill(route.url, params), c.query?.(w, actor));
        } catch (error) {
          failures.push(`${key} as ${actor}: the case could not be set up: ${(error as Error).message}`);
          continue;
        }
        let body: unknown;
        try {
          body = c.form ?? (route.method === 'GET' || route.method === 'DELETE' || !route.schema.body ? undefined : await (c.body ? c.body(w, actor) : {}));
        } catch (error) {
          failures.push(`${key} as ${actor}: the body could not be made: ${(error as Error).message}`);
          continue;
        }
        const options = c.form ? { headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {};
        const agent = await w.agent(actor);
        const before = want.admitted ? '' : await snapshot();
        const res = await agent.request(route.method as 'POST', url, body, options);
        calls++;
        matrix[key][actor] = res.statusCode;
        const what = `${key} as ${actor}: ${res.statusCode}`;
        if (!([] as number[]).concat(want.status).includes(res.statusCode)) {
          failures.push(`${what}, wanted ${want.status} (${want.admitted ? 'admitted' : want.why}) ${res.statusCode >= 400 ? res.body.slice(0, 160) : ''}`);
          continue;
        }
        if (want.admitted) {
          c.after?.(w, actor, res.body && res.headers['content-type']?.includes('json') ? res.json() : null);
          continue;
        }
        t.clock.advance(1_000);
        if ((await snapshot()) !== before) failures.push(`${what}: refused, but data changed`);
        const missing = c.readers?.includes(actor) ? null : missingIds(route, params, c.query?.(w, actor));
        if (missing) {
          const other = await agent.request(route.method as 'POST', missing, body, options);
          calls++;
          if (other.statusCode !== res.statusCode) failures.push(`${what}, but ${other.statusCode} for an id that does not exist: the refusal tells that the record exists`);
        }
      }
      if (c.endsSessions) w.reset();
    }
    const cells = routes.length * ACTORS.length;
    process.stdout.write(`authorization matrix: ${routes.length} routes × ${ACTORS.length} actors = ${cells} cells, ${calls} requests\n`);
    expect(failures).toEqual([]);
  }, 600_000);
});

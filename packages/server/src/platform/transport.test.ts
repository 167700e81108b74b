import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, seedPractice, type SeededUser, type TestApp } from '../test/harness.js';

/**
 * Sessions and transport, across the whole route table: CSRF on every state-changing route, a
 * signed-out session refused by every route that needs one, session fixation, cookie flags and
 * the rate limit on password-reset requests.
 */
let t: TestApp;
let owner: SeededUser;
let clinician: SeededUser;

beforeAll(async () => {
  t = await createTestApp();
  ({ users: { owner: owner!, clinician: clinician! } } = await seedPractice(t, 'Transport', [{ key: 'owner', roles: ['owner', 'clinician'] }, { key: 'clinician', roles: ['clinician'] }]));
});
afterAll(async () => t.close());

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SAMPLE_ID = '018f0000-0000-7000-8000-000000000000';

/** A concrete path for a route: every parameter filled with a well-formed id that names nothing. */
function concrete(url: string): string {
  return url.replace(/:file\b/g, `${'A'.repeat(43)}.ics`).replace(/:slug\b/g, 'nobody-here').replace(/:[A-Za-z]+/g, SAMPLE_ID);
}

/** Row counts of every table: a refused request must leave all of them as they were. */
async function snapshot(): Promise<Record<string, number>> {
  const tables = (await t.app.db.introspection.getTables()).map((table) => table.name).filter((name) => !name.startsWith('kysely_')).sort();
  const counts: Record<string, number> = {};
  for (const name of tables) {
    const row = await t.app.db.selectFrom(name as 'users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[name] = Number(row.n);
  }
  return counts;
}

describe('CSRF on every state-changing route', () => {
  it('refuses each without the token, or with a wrong one, as problem+json, and writes nothing', async () => {
    const unsafe = t.server.routeTable.filter((r) => UNSAFE.has(r.method) && r.url.startsWith('/api/'));
    expect(unsafe.length).toBeGreaterThan(90);
    const agent = new Agent(t);
    await agent.signIn(owner);
    const before = await snapshot();
    const refused: string[] = [];
    for (const route of unsafe) {
      for (const headers of [{}, { 'x-csrf-token': 'not-the-token' }]) {
        const res = await agent.request(route.method as 'POST', concrete(route.url), route.method === 'DELETE' ? undefined : {}, { csrf: false, headers });
        const problem = res.headers['content-type']?.startsWith('application/problem+json') ? (res.json() as { type: string }) : null;
        if (res.statusCode === 403 && problem?.type === 'https://candor.dev/problems/csrf') refused.push(`${route.method} ${route.url}`);
        else expect.fail(`${route.method} ${route.url} answered ${res.statusCode} ${res.body.slice(0, 120)} without a valid CSRF token`);
      }
    }
    process.stdout.write(`CSRF: ${unsafe.length} state-changing routes, each refused without a token and with a wrong one (${refused.length} requests)\n`);
    expect(refused).toHaveLength(unsafe.length * 2);
    expect(await snapshot()).toEqual(before);
  });
});

describe('sessions', () => {
  it('once signed out, the old session id is refused by every route that needs one', async () => {
    const agent = new Agent(t);
    await agent.signIn(clinician);
    const token = agent.cookie('candor_session')!;
    expect((await agent.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
    const replay = new Agent(t);
    replay.setCookie('candor_session', token);
    // Every staff or portal read without parameters; public routes (directory, training,
    // CSRF token, instruments, feeds) need no session and are left out.
    const open = /^\/api\/v1\/(public\/|auth\/csrf|openapi\.json|bench\/|instruments|diagnoses\/catalog|interventions$|calendar-feeds\/)/;
    const reads = t.server.routeTable.filter((r) => r.method === 'GET' && r.url.startsWith('/api/') && !r.url.includes(':') && !open.test(r.url));
    expect(reads.length).toBeGreaterThan(30);
    const answered = new Map<string, number>();
    // Well-formed queries for the reads that need one, so that only the session can refuse them.
    const query: Record<string, string> = {
      '/api/v1/appointments': '?from=2026-11-01&to=2026-11-30', '/api/v1/billing/income.csv': '?from=2026-11-01&to=2026-11-30',
      '/api/v1/billing/sessions': '?from=2026-11-01&to=2026-11-30', '/api/v1/treatment-plans': `?clientId=${SAMPLE_ID}`, '/api/v1/homework': `?clientId=${SAMPLE_ID}`,
    };
    for (const route of reads) answered.set(route.url, (await replay.get(route.url + (query[route.url] ?? ''))).statusCode);
    expect([...answered].filter(([, status]) => status !== 401)).toEqual([]);
  });

  it('never adopts a session id planted before sign-in (fixation)', async () => {
    const victim = new Agent(t);
    const planted = 'planted-by-someone-else-0123456789abcdef';
    victim.setCookie('candor_session', planted);
    await victim.signIn(clinician);
    expect(victim.cookie('candor_session')).not.toBe(planted);
    expect((await victim.get('/api/v1/clients')).statusCode).toBe(200);
    const attacker = new Agent(t);
    attacker.setCookie('candor_session', planted);
    expect((await attacker.get('/api/v1/clients')).statusCode).toBe(401);
  });
});

describe('cookies', () => {
  type Cookie = { name: string; httpOnly?: boolean; sameSite?: string; secure?: boolean; path?: string };
  const flagsOf = (cookies: unknown, name: string) => {
    const c = (cookies as Cookie[]).find((x) => x.name === name)!;
    return { httpOnly: c.httpOnly ?? false, sameSite: c.sameSite, secure: c.secure ?? false, path: c.path };
  };
  const flags = async (app: TestApp, user: SeededUser) => {
    const csrf = await app.server.inject({ method: 'GET', url: '/api/v1/auth/csrf' });
    const signIn = await new Agent(app).post('/api/v1/auth/sign-in', { email: user.email, password: 'correct horse battery staple' });
    expect(signIn.statusCode).toBe(200);
    return { csrf: flagsOf(csrf.cookies, '_csrf'), session: flagsOf(signIn.cookies, 'candor_session') };
  };

  it('are httpOnly and SameSite, and Secure when Candor is served over https', async () => {
    expect(await flags(t, clinician)).toEqual({
      csrf: { httpOnly: true, sameSite: 'Strict', secure: false, path: '/' },
      session: { httpOnly: true, sameSite: 'Lax', secure: false, path: '/' },
    });
    const https = await createTestApp({ PUBLIC_URL: 'https://candor.example' });
    try {
      const { users } = await seedPractice(https, 'Secure', [{ key: 'clinician', roles: ['clinician'] }]);
      expect(await flags(https, users.clinician!)).toEqual({
        csrf: { httpOnly: true, sameSite: 'Strict', secure: true, path: '/' },
        session: { httpOnly: true, sameSite: 'Lax', secure: true, path: '/' },
      });
    } finally {
      await https.close();
    }
  });
});

describe('rate limits', () => {
  it('answer a burst of password-reset requests from one address with 429 after five', async () => {
    const agent = new Agent(t);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await agent.post('/api/v1/auth/password-reset', { email: `nobody${i}@example.test` })).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, countRows, createTestApp, seedPractice, type SeededUser, type TestApp } from '../test/harness.js';

/** Bad input: every malformed request gets a specific 4xx problem+json and writes nothing. */
let t: TestApp;
let agent: Agent;
let clinician: SeededUser;

beforeAll(async () => {
  t = await createTestApp();
  ({ users: { clinician: clinician! } } = await seedPractice(t, 'P', [{ key: 'clinician', roles: ['clinician'] }]) as { users: { clinician: SeededUser } });
  agent = new Agent(t);
  await agent.signIn(clinician);
});
afterAll(async () => t.close());

async function expectNothingWritten(fn: () => Promise<void>): Promise<void> {
  const before = { clients: await countRows(t, 'clients'), audit: await countRows(t, 'audit_events'), care: await countRows(t, 'care_team') };
  await fn();
  expect({ clients: await countRows(t, 'clients'), audit: await countRows(t, 'audit_events'), care: await countRows(t, 'care_team') }).toEqual(before);
}

const valid = { firstName: 'Ana', lastName: 'Lee', dateOfBirth: '1990-05-05' };

describe('bad input', () => {
  it('malformed JSON: 400 problem+json without echoing the body', async () => {
    await expectNothingWritten(async () => {
      const res = await agent.request('POST', '/api/v1/clients', '{"firstName": "Secret clinical words', { headers: { 'content-type': 'application/json' } });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.json()).toMatchObject({ type: 'https://candor.dev/problems/malformed-json', status: 400 });
      expect(res.body).not.toContain('Secret');
    });
  });

  it('a wrong type names the field', async () => {
    await expectNothingWritten(async () => {
      const res = await agent.post('/api/v1/clients', { ...valid, firstName: 42 });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([{ field: 'firstName', message: 'must be string' }]);
    });
  });

  it('an unknown field is rejected by name, not silently dropped', async () => {
    await expectNothingWritten(async () => {
      const res = await agent.post('/api/v1/clients', { ...valid, isAdmin: true });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([{ field: 'isAdmin', message: 'is not a known field' }]);
    });
  });

  it('missing fields are each named', async () => {
    const res = await agent.post('/api/v1/clients', { firstName: 'Only' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'lastName', message: 'is required' },
      { field: 'dateOfBirth', message: 'is required' },
    ]);
  });

  it('a bad email and a bad id parameter are named', async () => {
    expect((await agent.post('/api/v1/clients', { ...valid, email: 'not-an-email' })).json().errors).toEqual([{ field: 'email', message: 'must be an email address' }]);
    const res = await agent.get('/api/v1/clients/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'params.id', message: 'is not in the expected format' }]);
    expect((await agent.get('/api/v1/clients?unknown=1')).json().errors).toEqual([{ field: 'query.unknown', message: 'is not a known field' }]);
  });

  it('a body over 1 MiB: 413', async () => {
    await expectNothingWritten(async () => {
      const res = await agent.post('/api/v1/clients', { ...valid, presentingConcern: 'x'.repeat(1024 * 1024) });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ type: 'https://candor.dev/problems/body-too-large', status: 413 });
    });
  });

  it('a non-JSON content type: 415', async () => {
    const res = await agent.request('POST', '/api/v1/clients', 'firstName=A', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.statusCode).toBe(415);
    expect(res.json().type).toBe('https://candor.dev/problems/unsupported-media-type');
  });

  it('an unknown API route: 404 problem+json', async () => {
    const res = await agent.get('/api/v1/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ type: 'https://candor.dev/problems/not-found', status: 404 });
  });

  it('never answers a 5xx or leaks a stack trace for prototype-polluting keys', async () => {
    await expectNothingWritten(async () => {
      const res = await agent.request('POST', '/api/v1/clients', '{"firstName":"A","lastName":"B","dateOfBirth":"1990-01-01","__proto__":{"x":1}}', { headers: { 'content-type': 'application/json' } });
      expect(res.statusCode).toBe(400);
      expect(res.body).not.toContain('at ');
    });
  });
});

describe('operations endpoints', () => {
  it('serves health, Prometheus metrics and the OpenAPI document', async () => {
    const health = await agent.get('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const metrics = await agent.get('/metrics');
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toContain('candor_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/healthz",status="200"}');
    expect(metrics.body).not.toMatch(/route="\/api\/v1\/clients\/[0-9a-f]{8}/);
    const openapi = await agent.get('/api/v1/openapi.json');
    expect(openapi.statusCode).toBe(200);
    const doc = openapi.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/sign-in', '/api/v1/clients', '/api/v1/clients/{id}', '/api/v1/outbox']));
    expect(doc.paths['/api/v1/clients'].post.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
  });

  it('serves the web app for app routes, but a missing asset stays a 404', async () => {
    const page = await agent.get('/clients/some-client');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<div id="root">');
    expect((await agent.get('/assets/missing-file.js')).statusCode).toBe(404);
    expect((await agent.get('/favicon-missing.png')).statusCode).toBe(404);
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const res = await agent.get('/healthz');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;connect-src 'self';font-src 'self';object-src 'none';frame-ancestors 'none';base-uri 'self';form-action 'self'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  // Found by the fuzz tests (fuzz.test.ts).
  it('answers an over-long address part with a 414 problem+json, like every other refusal', async () => {
    const res = await agent.get(`/api/v1/clients/${'a'.repeat(150)}`);
    expect(res.statusCode).toBe(414);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.json()).toMatchObject({ type: 'https://candor.dev/problems/uri-too-long', status: 414, title: 'The address is too long' });
  });

  it('treats an empty PATCH of the practice as changing nothing (it was a 500)', async () => {
    const owner = new Agent(t);
    const { users } = await seedPractice(t, 'Empty patch', [{ key: 'owner', roles: ['owner'] }]);
    await owner.signIn(users.owner!);
    const before = (await owner.get('/api/v1/practice')).json();
    const res = await owner.patch('/api/v1/practice', {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(before);
  });

  it('refuses the NUL character anywhere in a request, naming the field (PostgreSQL cannot store it; it was a 500)', async () => {
    await expectNothingWritten(async () => {
      const search = await agent.get('/api/v1/clients?q=a%00b');
      expect(search.statusCode).toBe(400);
      expect(search.json().errors).toEqual([{ field: 'query.q', message: 'must not contain the NUL character (\\u0000)' }]);
      const created = await agent.post('/api/v1/clients', { ...valid, presentingConcern: 'before\u0000after' });
      expect(created.statusCode).toBe(400);
      expect(created.json().errors).toEqual([{ field: 'presentingConcern', message: 'must not contain the NUL character (\\u0000)' }]);
    });
  });
});

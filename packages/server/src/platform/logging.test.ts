import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, seedPractice, type TestApp } from '../test/harness.js';

/** Logs carry request ids and never clinical content, search terms, cookies or tokens. */
const lines: string[] = [];
let t: TestApp;
let agent: Agent;
const canary = `LOGCANARY${randomBytes(6).toString('hex')}`;

beforeAll(async () => {
  t = await createTestApp({}, lines);
  const { users } = await seedPractice(t, 'Logged', [{ key: 'clinician', roles: ['clinician'] }]);
  agent = new Agent(t);
  await agent.signIn(users.clinician!);
});
afterAll(async () => t.close());

describe('logs', () => {
  it('record each request with its id, method and path only', async () => {
    const created = await agent.post('/api/v1/clients', { firstName: canary, lastName: 'Logged', dateOfBirth: '1990-01-01', presentingConcern: `concern ${canary}` });
    expect(created.statusCode).toBe(201);
    await agent.get(`/api/v1/clients?q=${canary}`);
    await agent.request('POST', '/api/v1/clients', `{"presentingConcern": "${canary}`, { headers: { 'content-type': 'application/json' } });
    await agent.post('/api/v1/clients', { firstName: canary, lastName: 'Young', dateOfBirth: '2015-01-01' });

    const text = lines.join('');
    expect(text).not.toContain(canary);
    expect(text).not.toContain('candor_session=');
    expect(text).not.toContain(agent.cookie('candor_session')!);
    const entries = lines.map((l) => JSON.parse(l) as { reqId?: string; req?: { method: string; path: string } });
    const incoming = entries.filter((e) => e.req);
    expect(incoming.map((e) => `${e.req!.method} ${e.req!.path}`)).toContain('GET /api/v1/clients');
    expect(incoming.every((e) => /^req-[0-9a-f]{12}$/.test(e.reqId ?? ''))).toBe(true);
    // One line per request, when it was answered: the id once, with its status and time.
    const messages = lines.map((l) => JSON.parse(l) as { msg?: string });
    expect(messages.filter((m) => m.msg === 'incoming request')).toEqual([]);
    const completed = entries.filter((e) => (e as { msg?: string }).msg === 'request completed') as { reqId: string; res?: { statusCode: number }; responseTime?: number }[];
    expect(new Set(completed.map((e) => e.reqId)).size).toBe(completed.length);
    expect(completed.map((e) => e.res?.statusCode)).toEqual(expect.arrayContaining([201, 200, 400]));
    expect(completed.every((e) => typeof e.responseTime === 'number')).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, seedPractice, type TestApp } from '../test/harness.js';

/** The load benchmarks' ceiling and audited floor: only with CANDOR_BENCH_CEILING, the floor signed in and audited. */
let on: TestApp;
let off: TestApp;
let clinician: Agent;
let userId: string;

beforeAll(async () => {
  on = await createTestApp({ CANDOR_BENCH_CEILING: 'true' });
  off = await createTestApp();
  const { users } = await seedPractice(on, 'Bench', [{ key: 'clinician', roles: ['clinician'] }]);
  userId = users.clinician!.id;
  clinician = new Agent(on);
  await clinician.signIn(users.clinician!);
});
afterAll(async () => {
  await on.close();
  await off.close();
});

describe('bench routes', () => {
  it('answer a JSON body of exactly the asked-for size', async () => {
    const ceiling = await on.server.inject({ method: 'GET', url: '/bench/ceiling?bytes=989' });
    expect(ceiling.statusCode).toBe(200);
    expect(Buffer.byteLength(ceiling.body)).toBe(989);
    const floor = await clinician.get('/api/v1/bench/floor?bytes=989');
    expect(floor.statusCode).toBe(200);
    expect(Buffer.byteLength(floor.body)).toBe(989);
  });

  it('record the floor in the audit log, for the signed-in user only', async () => {
    const rows = () => on.app.db.selectFrom('audit_events').select(['actor_id', 'resource_id', 'outcome']).where('action', '=', 'bench.floor').execute();
    expect(await rows()).toEqual([{ actor_id: userId, resource_id: userId, outcome: 'success' }]);
    const anonymous = await on.server.inject({ method: 'GET', url: '/api/v1/bench/floor?bytes=989' });
    expect(anonymous.statusCode).toBe(401);
    expect(await rows()).toHaveLength(1);
  });

  it('do not exist unless CANDOR_BENCH_CEILING is set', async () => {
    // Outside /api/ an unknown path is the web app's to answer (its page, not the ceiling's JSON).
    const ceiling = await off.server.inject({ method: 'GET', url: '/bench/ceiling?bytes=989' });
    expect(ceiling.headers['content-type']).toMatch(/^text\/html/);
    expect(ceiling.body).not.toContain('"padding"');
    expect((await off.server.inject({ method: 'GET', url: '/api/v1/bench/floor?bytes=989' })).statusCode).toBe(404);
  });
});

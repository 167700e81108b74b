import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, PASSWORD, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
let owner: Agent;

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Settings Practice', [
    { key: 'owner', roles: ['owner'] },
    { key: 'clinician', roles: ['clinician'] },
    { key: 'fresh', roles: ['clinician'], totp: false },
  ]));
  owner = new Agent(t);
  await owner.signIn(u.owner!);
});
afterAll(async () => t.close());

describe('practice settings', () => {
  it('shows the practice to staff and lets only the owner change it', async () => {
    expect((await owner.get('/api/v1/practice')).json()).toMatchObject({ name: 'Settings Practice', timeZone: 'America/Chicago', requireStaffSecondFactor: true });
    const clinician = new Agent(t);
    await clinician.signIn(u.clinician!);
    expect((await clinician.get('/api/v1/practice')).statusCode).toBe(200);
    expect((await clinician.patch('/api/v1/practice', { name: 'Mine now' })).statusCode).toBe(403);
    const renamed = await owner.patch('/api/v1/practice', { name: 'Lakeside Practice', timeZone: 'Europe/Berlin' });
    expect(renamed.json()).toMatchObject({ name: 'Lakeside Practice', timeZone: 'Europe/Berlin' });
  });

  it('refuses an unknown time zone by name', async () => {
    const res = await owner.patch('/api/v1/practice', { timeZone: 'Mars/Olympus_Mons' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'timeZone', message: 'must be an IANA time zone such as America/Chicago' }]);
  });

  it('requires staff to enrol a second factor unless the owner turns the requirement off', async () => {
    expect((await new Agent(t).post('/api/v1/auth/sign-in', { email: u.fresh!.email, password: PASSWORD })).json().stage).toBe('enroll-second-factor');
    expect((await owner.patch('/api/v1/practice', { requireStaffSecondFactor: false })).json().requireStaffSecondFactor).toBe(false);
    expect((await new Agent(t).post('/api/v1/auth/sign-in', { email: u.fresh!.email, password: PASSWORD })).json().stage).toBe('signed-in');
    // Someone who has a second factor is still asked for it.
    expect((await new Agent(t).post('/api/v1/auth/sign-in', { email: u.clinician!.email, password: PASSWORD })).json().stage).toBe('second-factor');
    await owner.patch('/api/v1/practice', { requireStaffSecondFactor: true });
  });

  it('lists staff with their second-factor status, for the owner only', async () => {
    const res = await owner.get('/api/v1/practice/users');
    expect(res.statusCode).toBe(200);
    const byName = Object.fromEntries((res.json() as { displayName: string; secondFactorEnabled: boolean; roles: string[] }[]).map((x) => [x.displayName, x]));
    expect(byName.fresh).toMatchObject({ secondFactorEnabled: false, roles: ['clinician'] });
    expect(byName.owner).toMatchObject({ secondFactorEnabled: true, roles: ['owner'] });
  });
});

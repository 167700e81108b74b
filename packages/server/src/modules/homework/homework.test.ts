import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, portalAgentFor, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let alexId: string, jamieId: string, relationshipId: string, homeworkId: string;
let alex: Agent, jamie: Agent;

interface PortalHomework { id: string; title: string; instructions: string; withPartner: boolean; myLogs: { id: string; done: boolean; howItWent: string | null; reflection: string | null; reflectionShared: boolean }[]; sharedByPartners: { name: string; reflection: string }[] }
interface Homework { id: string; title: string; assignees: { clientId: string; timesDone: number; timesLogged: number; logs: { done: boolean; howItWent: string | null; sharedReflection: string | null }[] }[] }

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Homework', [{ key: 'okafor', roles: ['clinician'] }, { key: 'other', roles: ['clinician'] }]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  alexId = await createClientVia(a.okafor!, { firstName: 'Alex', lastName: 'Morgan', email: 'alex@example.test' });
  jamieId = await createClientVia(a.okafor!, { firstName: 'Jamie', lastName: 'Chen', preferredName: 'Jay', email: 'jamie@example.test' });
  relationshipId = (await a.okafor!.post('/api/v1/relationships', { memberIds: [alexId, jamieId], confidentialityPolicy: 'limited-secrets' })).json().id;
  alex = await portalAgentFor(t, a.okafor!, alexId, 'alex@example.test');
  jamie = await portalAgentFor(t, a.okafor!, jamieId, 'jamie@example.test');
});
afterAll(async () => t.close());

describe('homework between sessions', () => {
  it('assigns sensate focus stage 1 to both partners with the practice’s instructions', async () => {
    expect((await a.okafor!.post('/api/v1/homework', { interventionId: 'not-a-thing', relationshipId })).json().errors).toEqual([{ field: 'interventionId', message: 'is not in this practice’s intervention library' }]);
    expect((await a.other!.post('/api/v1/homework', { interventionId: 'sensate-focus-1', relationshipId })).statusCode).toBe(404);
    const res = await a.okafor!.post('/api/v1/homework', { interventionId: 'sensate-focus-1', relationshipId, frequency: 'Twice this week' });
    expect(res.statusCode).toBe(201);
    const hw = res.json() as Homework;
    homeworkId = hw.id;
    expect(hw.assignees.map((x) => x.clientId).sort()).toEqual([alexId, jamieId].sort());
    const portal = (await alex.get('/api/v1/portal/homework')).json() as PortalHomework[];
    expect(portal).toHaveLength(1);
    expect(portal[0]).toMatchObject({ id: homeworkId, withPartner: true, myLogs: [], sharedByPartners: [] });
    expect(portal[0]!.instructions).toMatch(/genitals/);
    const row = await t.app.db.selectFrom('homework').select('instructions').where('id', '=', homeworkId).executeTakeFirstOrThrow();
    expect(row.instructions).not.toMatch(/genitals/);
  });

  it('keeps each partner’s reflection private until they share it; the partner never sees how it went', async () => {
    const alexLog = await alex.post(`/api/v1/portal/homework/${homeworkId}/logs`, { practicedOn: '2026-11-25', done: true, howItWent: 'Relaxed, a bit giggly.', reflection: 'I noticed I was rushing.' });
    expect(alexLog.statusCode).toBe(201);
    const jamieLog = await jamie.post(`/api/v1/portal/homework/${homeworkId}/logs`, { practicedOn: '2026-11-25', done: true, howItWent: 'Felt close.', reflection: 'I want more of this.', shareReflection: true });
    expect(jamieLog.statusCode).toBe(201);

    const alexView = (await alex.get('/api/v1/portal/homework')).json()[0] as PortalHomework;
    expect(alexView.myLogs).toEqual([expect.objectContaining({ done: true, howItWent: 'Relaxed, a bit giggly.', reflection: 'I noticed I was rushing.', reflectionShared: false })]);
    expect(alexView.sharedByPartners).toEqual([{ name: 'Jay', practicedOn: '2026-11-25', reflection: 'I want more of this.' }]);
    const jamieView = (await jamie.get('/api/v1/portal/homework')).json()[0] as PortalHomework;
    expect(jamieView.sharedByPartners).toEqual([]);
    expect(JSON.stringify(jamieView)).not.toContain('rushing');
    expect(JSON.stringify(jamieView)).not.toContain('giggly');

    // The clinician sees completion and how it went, and only the shared reflection.
    const staff = (await a.okafor!.get(`/api/v1/homework?relationshipId=${relationshipId}`)).json()[0] as Homework;
    const byClient = Object.fromEntries(staff.assignees.map((x) => [x.clientId, x]));
    expect(byClient[alexId]!).toMatchObject({ timesDone: 1, timesLogged: 1, logs: [{ done: true, howItWent: 'Relaxed, a bit giggly.', sharedReflection: null }] });
    expect(byClient[jamieId]!.logs[0]!.sharedReflection).toBe('I want more of this.');

    // Alex shares later; Jamie now sees it.
    const logId = alexView.myLogs[0]!.id;
    expect((await jamie.request('PUT', `/api/v1/portal/homework/${homeworkId}/logs/${logId}/sharing`, { shareReflection: true })).statusCode).toBe(404);
    expect((await alex.request('PUT', `/api/v1/portal/homework/${homeworkId}/logs/${logId}/sharing`, { shareReflection: true })).json().myLogs[0].reflectionShared).toBe(true);
    expect(((await jamie.get('/api/v1/portal/homework')).json()[0] as PortalHomework).sharedByPartners).toEqual([{ name: 'Alex', practicedOn: '2026-11-25', reflection: 'I noticed I was rushing.' }]);
  });

  it('shows a client’s chart only that client’s completion', async () => {
    const chart = (await a.okafor!.get(`/api/v1/homework?clientId=${alexId}`)).json() as Homework[];
    expect(chart[0]!.assignees.map((x) => x.clientId)).toEqual([alexId]);
  });

  it('refuses a future day, a day before it was given, and sharing nothing — nothing written', async () => {
    const before = await t.app.db.selectFrom('homework_logs').select('id').execute();
    expect((await alex.post(`/api/v1/portal/homework/${homeworkId}/logs`, { practicedOn: '2026-11-27', done: true })).json().errors).toEqual([{ field: 'practicedOn', message: 'cannot be in the future' }]);
    expect((await alex.post(`/api/v1/portal/homework/${homeworkId}/logs`, { practicedOn: '2026-11-01', done: true })).json().errors).toEqual([{ field: 'practicedOn', message: 'is before this exercise was given' }]);
    expect((await alex.post(`/api/v1/portal/homework/${homeworkId}/logs`, { practicedOn: '2026-11-25', done: false, shareReflection: true })).json().errors).toEqual([{ field: 'shareReflection', message: 'write a reflection to share it' }]);
    expect(await t.app.db.selectFrom('homework_logs').select('id').execute()).toHaveLength(before.length);
  });

  it('assigns individual homework to one client only, and a stopped exercise takes no more logs', async () => {
    const solo = await a.okafor!.post('/api/v1/homework', { interventionId: 'mindfulness-body-awareness', clientIds: [jamieId], title: 'Five-minute body scan' });
    expect(solo.statusCode).toBe(201);
    expect((await alex.get('/api/v1/portal/homework')).json().map((h: { id: string }) => h.id)).toEqual([homeworkId]);
    expect((await alex.post(`/api/v1/portal/homework/${solo.json().id}/logs`, { practicedOn: '2026-11-25', done: true })).statusCode).toBe(404);
    expect((await a.okafor!.post(`/api/v1/homework/${solo.json().id}/stop`)).json().status).toBe('stopped');
    const late = await jamie.post(`/api/v1/portal/homework/${solo.json().id}/logs`, { practicedOn: '2026-11-25', done: true });
    expect(late.statusCode).toBe(409);
    expect(late.json().errors).toEqual([{ field: 'status', message: 'is stopped' }]);
  });
});

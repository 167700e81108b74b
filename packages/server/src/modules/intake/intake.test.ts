import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, portalAgentFor, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let robin: string;
let portal: Agent;

const history = {
  concerns: [{ kind: 'low-desire', inOwnWords: 'I rarely feel like it.', onset: { type: 'date', date: '2024-02' }, course: 'acquired', context: 'generalized', distress: 6, statusNow: 'same' }],
  medications: [{ name: 'Sertraline', dose: '50 mg', since: '2023-09' }],
  safety: { feelsSafe: 'yes' },
  completedSections: ['concerns', 'health', 'safety'],
  preferNotToSay: ['substances.cannabis'],
};

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Histories', [{ key: 'okafor', roles: ['clinician'] }, { key: 'rivera', roles: ['clinician'] }]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  robin = await createClientVia(a.okafor!, { firstName: 'Robin', lastName: 'Ash', email: 'robin@example.test', dateOfBirth: '1985-03-01' });
  portal = await portalAgentFor(t, a.okafor!, robin, 'robin@example.test');
});
afterAll(async () => t.close());

describe('the history intake in the portal', () => {
  let draftId: string;

  it('opens one draft and returns the same one on every device', async () => {
    const first = await portal.post('/api/v1/portal/intakes');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'draft', revision: 0, version: null, completedBy: 'client', answers: {}, progress: { completed: 0, total: 7 } });
    draftId = first.json().id;
    const second = await new Agent(t).post('/api/v1/portal/intakes');
    expect(second.statusCode).toBe(401);
    const again = await portal.post('/api/v1/portal/intakes');
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(draftId);
  });

  it('autosaves with a revision, and refuses a stale save from another device with 409', async () => {
    const saved = await portal.request('PUT', `/api/v1/portal/intakes/${draftId}`, { answers: history, revision: 0 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ id: draftId, revision: 1, progress: { completed: 3, total: 7 } });
    const stale = await portal.request('PUT', `/api/v1/portal/intakes/${draftId}`, { answers: { concerns: [] }, revision: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors).toEqual([{ field: 'revision', message: 'is out of date; reload the latest answers' }]);
    const current = await portal.get(`/api/v1/portal/intakes/${draftId}`);
    expect(current.json().answers).toEqual(history);
    expect(current.json().revision).toBe(1);
  });

  it('names the field for impossible dates, unknown kinds and oversize text, and stores nothing', async () => {
    const put = (answers: unknown) => portal.request('PUT', `/api/v1/portal/intakes/${draftId}`, { answers, revision: 1 });
    const future = await put({ concerns: [{ kind: 'orgasm', onset: { type: 'date', date: '2027-01' } }] });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([{ field: 'answers.concerns.0.onset.date', message: 'cannot be in the future' }]);
    const unknown = await put({ concerns: [{ kind: 'hysteria' }] });
    expect(unknown.json().errors[0]).toMatchObject({ field: 'answers.concerns.0.kind' });
    expect(unknown.json().errors[0].message).toMatch(/^must be one of: low-desire, arousal, /);
    const long = await put({ healthNotes: 'x'.repeat(2001) });
    expect(long.json().errors).toEqual([{ field: 'answers.healthNotes', message: 'must be at most 2000 characters' }]);
    const tooOld = await put({ concerns: [{ kind: 'orgasm', onset: { type: 'age', age: 45 } }] });
    expect(tooOld.json().errors).toEqual([{ field: 'answers.concerns.0.onset.age', message: 'cannot be more than the age now (41)' }]);
    expect((await portal.get(`/api/v1/portal/intakes/${draftId}`)).json()).toMatchObject({ revision: 1, answers: history });
  });

  it('submits as version 1; a second submission is refused and the first is kept', async () => {
    const submitted = await portal.post(`/api/v1/portal/intakes/${draftId}/submit`, { revision: 1 });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 1, submittedAt: t.clock.now().toISOString() });
    const twice = await portal.post(`/api/v1/portal/intakes/${draftId}/submit`, { revision: 1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors).toEqual([{ field: 'status', message: 'is already submitted; start a new version to change it' }]);
    const edit = await portal.request('PUT', `/api/v1/portal/intakes/${draftId}`, { answers: {}, revision: 1 });
    expect(edit.statusCode).toBe(409);
  });

  it('starts a new version pre-filled from the last; submitting it makes version 2 and keeps version 1', async () => {
    const next = await portal.post('/api/v1/portal/intakes');
    expect(next.statusCode).toBe(201);
    expect(next.json().answers).toEqual(history);
    const changed = { ...history, concerns: [{ ...history.concerns[0]!, statusNow: 'better' }] };
    await portal.request('PUT', `/api/v1/portal/intakes/${next.json().id}`, { answers: changed, revision: 0 });
    const v2 = await portal.post(`/api/v1/portal/intakes/${next.json().id}/submit`, { revision: 1 });
    expect(v2.json().version).toBe(2);
    expect((await portal.get(`/api/v1/portal/intakes/${draftId}`)).json().answers.concerns[0].statusNow).toBe('same');
    expect((await portal.get('/api/v1/portal/intakes')).json().map((i: { version: number }) => i.version)).toEqual([2, 1]);
  });

  it('shows the care team a summary of the latest version', async () => {
    const res = await a.okafor!.get(`/api/v1/clients/${robin}/history-summary`);
    expect(res.statusCode).toBe(200);
    expect(res.json().intake).toMatchObject({ version: 2, completedBy: 'client' });
    expect(res.json().summary.concerns[0]).toMatchObject({ label: 'Low or no interest in sex', onset: 'Since 2024-02', course: 'acquired', statusNow: 'better' });
    expect(res.json().summary.medications).toEqual([{ name: 'Sertraline', dose: '50 mg', since: '2023-09' }]);
    expect(res.json().summary.preferNotToSay).toEqual(['substances.cannabis']);
    expect((await a.rivera!.get(`/api/v1/clients/${robin}/history-summary`)).statusCode).toBe(404);
  });

  it('lets the clinician complete a history on the client’s behalf, marked so', async () => {
    const opened = await a.okafor!.post(`/api/v1/clients/${robin}/intakes`);
    expect(opened.statusCode).toBe(201);
    const saved = await a.okafor!.request('PUT', `/api/v1/clients/${robin}/intakes/${opened.json().id}`, { answers: { ...history, healthNotes: 'Taken in session.' }, revision: 0 });
    expect(saved.statusCode).toBe(200);
    const submitted = await a.okafor!.post(`/api/v1/clients/${robin}/intakes/${opened.json().id}/submit`, { revision: 1 });
    expect(submitted.json()).toMatchObject({ version: 3, completedBy: 'clinician', completedByName: 'okafor' });
    expect((await portal.get('/api/v1/portal/intakes')).json()[0]).toMatchObject({ version: 3, completedBy: 'clinician' });
    expect((await a.rivera!.post(`/api/v1/clients/${robin}/intakes`)).statusCode).toBe(404);
  });

  it('keeps the answers encrypted at rest', async () => {
    const rows = await t.app.db.selectFrom('intakes').select('answers').where('client_id', '=', robin).execute();
    expect(rows.length).toBe(3);
    for (const row of rows) {
      expect(row.answers.startsWith('v1.t1.')).toBe(true);
      expect(row.answers).not.toContain('Sertraline');
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, portalAgentFor, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let robinId: string, diagnosisId: string, planId: string;

/** Erectile disorder with every criterion established (DSM-5-TR structure, clinical-facts 1.1). */
const allMet = {
  symptoms: { 'difficulty-maintaining': true }, durationMonths: 9, frequency: 'almost-always', distress: true,
  exclusions: { 'another-mental-disorder': false, 'severe-relationship-distress': false, 'other-stressors': false, 'substance-or-medication': false, 'another-medical-condition': false },
};

interface Plan {
  id: string; version: number; status: string; reviewDue: boolean; plissit: string; sessionsPlanned: number; reviewSummary: string | null;
  sessions: { used: number; scheduled: number; planned: number };
  problems: { id: string; description: string; diagnoses: { id: string; icd10: string }[] }[];
  goals: { id: string; measures: { instrumentId: string; points: { total: number | null }[] }[]; objectives: { id: string; description: string; progress: { status: string; rating: number | null; note: string | null }[] }[] }[];
  interventions: { id: string; name: string }[]; versions: { version: number }[];
}

const plan = (diagnosisIds: string[]) => ({
  clientId: robinId, sessionsPlanned: 10, reviewOn: '2027-01-15', plissit: 'specific-suggestions',
  content: {
    problems: [{ id: 'p1', description: 'Loses erections with a partner since a new job; anxious beforehand.', diagnosisIds }],
    goals: [{
      id: 'g1', description: 'Confident, unpressured partnered sex', problemIds: ['p1'], measureInstrumentIds: ['iief-5'],
      objectives: [{ id: 'o1', description: 'Completes sensate focus stage 1 three times in two weeks', targetDate: '2026-12-10' }, { description: 'IIEF-5 above 21', targetDate: null }],
    }],
    interventionIds: ['sensate-focus-1', 'cbt-performance-anxiety'],
  },
});

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Plans', [{ key: 'rivera', roles: ['clinician'] }, { key: 'other', roles: ['clinician'] }, { key: 'billing', roles: ['billing'] }]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  robinId = await createClientVia(a.rivera!, { firstName: 'Robin', lastName: 'Ellis', email: 'robin@example.test' });
  diagnosisId = (await a.rivera!.post(`/api/v1/clients/${robinId}/diagnoses`, { diagnosisId: 'erectile-disorder', findings: allMet, status: 'provisional', diagnosedOn: '2026-11-20' })).json().id;
  // A baseline IIEF-5 answered in the portal, so the goal's linked measure has a point.
  await a.rivera!.post(`/api/v1/clients/${robinId}/measures/assignments`, { instrumentId: 'iief-5', schedule: 'once' });
  const robin = await portalAgentFor(t, a.rivera!, robinId, 'robin@example.test');
  const [request] = (await robin.get('/api/v1/portal/measures')).json();
  expect((await robin.post(`/api/v1/portal/measures/${request.requestId ?? request.id}/submit`, { answers: [2, 3, 2, 3, 3] })).statusCode).toBe(200);
});
afterAll(async () => t.close());

describe('treatment plans', () => {
  it('refuses a plan naming another client’s diagnosis, an unknown questionnaire or an intervention not in the library — nothing written', async () => {
    const bad = await a.rivera!.post('/api/v1/treatment-plans', plan(['01900000-0000-7000-8000-000000000000']));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'content.problems.0.diagnosisIds.0', message: 'is not a diagnosis recorded for this client' }]);
    const body = plan([diagnosisId]);
    body.content.goals[0]!.measureInstrumentIds = ['beck-42'];
    expect((await a.rivera!.post('/api/v1/treatment-plans', body)).json().errors[0].field).toBe('content.goals.0.measureInstrumentIds.0');
    const body2 = plan([diagnosisId]);
    body2.content.interventionIds = ['hypnosis'];
    expect((await a.rivera!.post('/api/v1/treatment-plans', body2)).json().errors[0].field).toBe('content.interventionIds.0');
    expect(await t.app.db.selectFrom('treatment_plans').select('id').execute()).toEqual([]);
  });

  it('creates version 1 with problems tied to the diagnosis, the linked IIEF-5 scores and sessions used against planned', async () => {
    const [past] = (await a.rivera!.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [robinId], startsAt: '2026-11-26T09:00', durationMinutes: 50, modality: 'in-person' })).json();
    await a.rivera!.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [robinId], startsAt: '2026-12-03T09:00', durationMinutes: 50, modality: 'in-person' });
    const res = await a.rivera!.post('/api/v1/treatment-plans', plan([diagnosisId]));
    expect(res.statusCode).toBe(201);
    const created = res.json() as Plan;
    planId = created.id;
    expect(created).toMatchObject({ version: 1, status: 'active', plissit: 'specific-suggestions', sessionsPlanned: 10, reviewDue: false, sessions: { used: 0, scheduled: 2, planned: 10 } });
    expect(created.problems[0]!.diagnoses).toEqual([{ id: diagnosisId, icd10: 'F52.21', clientId: robinId }]);
    expect(created.goals[0]!.measures[0]).toMatchObject({ instrumentId: 'iief-5', points: [{ total: 13 }] });
    expect(created.goals[0]!.objectives.map((o) => o.id)[0]).toBe('o1');
    expect(created.goals[0]!.objectives[1]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.interventions.map((i) => i.id)).toEqual(['sensate-focus-1', 'cbt-performance-anxiety']);
    // The session starts: it now counts as used.
    t.clock.set(new Date('2026-11-26T16:00:00Z'));
    for (const k of ['rivera', 'other', 'billing']) await a[k]!.signIn(u[k]!);
    expect((await a.rivera!.get(`/api/v1/treatment-plans/${planId}`)).json().sessions).toEqual({ used: 1, scheduled: 1, planned: 10 });
    expect(past.id).toBeTruthy();
    const stored = await t.app.db.selectFrom('treatment_plan_versions').select('content').where('plan_id', '=', planId).executeTakeFirstOrThrow();
    expect(stored.content).not.toContain('erections');
  });

  it('refuses a second active plan for the same client (409), writing nothing', async () => {
    const second = await a.rivera!.post('/api/v1/treatment-plans', plan([diagnosisId]));
    expect(second.statusCode).toBe(409);
    expect(second.json().errors).toEqual([{ field: 'clientId', message: 'already has an active treatment plan' }]);
    expect(await t.app.db.selectFrom('treatment_plans').select('id').execute()).toHaveLength(1);
  });

  it('records progress per objective', async () => {
    const bad = await a.rivera!.post(`/api/v1/treatment-plans/${planId}/progress`, { objectiveId: 'nope', status: 'in-progress' });
    expect(bad.json().errors).toEqual([{ field: 'objectiveId', message: 'is not an objective of this plan’s current version' }]);
    const res = await a.rivera!.post(`/api/v1/treatment-plans/${planId}/progress`, { objectiveId: 'o1', status: 'in-progress', rating: 4, note: 'Did stage 1 twice; enjoyed the second time.' });
    expect(res.statusCode).toBe(201);
    expect((res.json() as Plan).goals[0]!.objectives[0]!.progress).toEqual([expect.objectContaining({ status: 'in-progress', rating: 4, note: 'Did stage 1 twice; enjoyed the second time.' })]);
  });

  it('makes a review a new version, keeps the old one readable, and refuses a review from a stale version (409)', async () => {
    const current = (await a.rivera!.get(`/api/v1/treatment-plans/${planId}`)).json() as Plan;
    const review = { ...plan([diagnosisId]), clientId: undefined, basedOnVersion: 1, reviewSummary: 'Anxiety easing; moving to stage 2.', sessionsPlanned: 12, plissit: 'intensive-therapy' };
    delete (review as { clientId?: string }).clientId;
    review.content.interventionIds = ['sensate-focus-2'];
    review.content.goals[0]!.objectives = [{ id: 'o1', description: current.goals[0]!.objectives[0]!.description, targetDate: '2026-12-10' }, { id: current.goals[0]!.objectives[1]!.id, description: 'IIEF-5 above 21', targetDate: '2027-01-15' }];
    const res = await a.rivera!.post(`/api/v1/treatment-plans/${planId}/versions`, review);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ version: 2, sessionsPlanned: 12, plissit: 'intensive-therapy', reviewSummary: 'Anxiety easing; moving to stage 2.', interventions: [{ id: 'sensate-focus-2' }] });
    expect((res.json() as Plan).versions.map((v) => v.version)).toEqual([1, 2]);
    // Progress carries over, because objective ids are stable across versions.
    expect((res.json() as Plan).goals[0]!.objectives[0]!.progress).toHaveLength(1);
    const stale = await a.rivera!.post(`/api/v1/treatment-plans/${planId}/versions`, review);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors).toEqual([{ field: 'basedOnVersion', message: 'is not the current version' }]);
    const v1 = (await a.rivera!.get(`/api/v1/treatment-plans/${planId}/versions/1`)).json() as Plan;
    expect(v1).toMatchObject({ version: 1, sessionsPlanned: 10, interventions: [{ id: 'sensate-focus-1' }, { id: 'cbt-performance-anxiety' }] });
    expect((await a.rivera!.get(`/api/v1/treatment-plans?clientId=${robinId}`)).json()).toEqual([expect.objectContaining({ id: planId, version: 2, sessionsPlanned: 12 })]);
  });

  it('is not visible off the care team or to billing', async () => {
    expect((await a.other!.get(`/api/v1/treatment-plans/${planId}`)).statusCode).toBe(404);
    expect((await a.billing!.get(`/api/v1/treatment-plans/${planId}`)).statusCode).toBe(404);
    const denied = await t.app.db.selectFrom('audit_events').select(['actor_id']).where('action', '=', 'treatment-plan.read').where('outcome', '=', 'denied').execute();
    expect(denied.map((d) => d.actor_id).sort()).toEqual([u.other!.id, u.billing!.id].sort());
  });

  it('closes a plan; a closed plan takes no review, and a new plan may then start', async () => {
    expect((await a.rivera!.post(`/api/v1/treatment-plans/${planId}/close`)).json().status).toBe('closed');
    expect((await a.rivera!.post('/api/v1/treatment-plans', plan([diagnosisId]))).statusCode).toBe(201);
    const review = { ...plan([diagnosisId]), basedOnVersion: 2, reviewSummary: 'x' };
    delete (review as { clientId?: string }).clientId;
    expect((await a.rivera!.post(`/api/v1/treatment-plans/${planId}/versions`, review)).json().errors).toEqual([{ field: 'status', message: 'is closed' }]);
  });
});

describe('the intervention library', () => {
  it('ships the library and lets the practice edit a library item’s client instructions and add its own', async () => {
    const list = (await a.rivera!.get('/api/v1/interventions')).json() as { id: string; source: string; clientInstructions: string; edited: boolean }[];
    expect(list.filter((i) => i.id.startsWith('sensate-focus')).map((i) => i.id)).toEqual(['sensate-focus-1', 'sensate-focus-2', 'sensate-focus-3']);
    const original = list.find((i) => i.id === 'stop-start')!;
    const edited = await a.rivera!.request('PUT', '/api/v1/interventions/stop-start', { name: 'Stop-start', summary: 'Semans technique.', clientTitle: 'Stop-start practice', clientInstructions: 'Our practice’s wording.', suggestedFrequency: '3 times a week' });
    expect(edited.json()).toMatchObject({ id: 'stop-start', source: 'library', edited: true, clientInstructions: 'Our practice’s wording.' });
    expect(original.clientInstructions).not.toBe('Our practice’s wording.');
    const own = await a.rivera!.post('/api/v1/interventions', { name: 'Pleasure mapping', summary: 'Body map.', clientTitle: 'Pleasure map', clientInstructions: 'Draw a map.', suggestedFrequency: null, category: 'other', homework: true, forPartners: true });
    expect(own.statusCode).toBe(201);
    expect((await a.rivera!.get('/api/v1/interventions')).json().at(-1)).toMatchObject({ name: 'Pleasure mapping', source: 'practice' });
    expect((await a.billing!.get('/api/v1/interventions')).statusCode).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRequests } from '../measures/measures.repository.js';
import { Agent, createClientVia, createTestApp, portalAgentFor, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let alexId: string, jamieId: string, relationshipId: string;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-11-23T15:00:00Z'));
  ({ users: u } = await seedPractice(t, 'Today', [{ key: 'okafor', roles: ['clinician'] }, { key: 'rivera', roles: ['clinician'] }, { key: 'billing', roles: ['billing'] }]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  alexId = await createClientVia(a.okafor!, { firstName: 'Alex', lastName: 'Morgan', email: 'alex@example.test' });
  jamieId = await createClientVia(a.okafor!, { firstName: 'Jamie', lastName: 'Chen' });
  relationshipId = (await a.okafor!.post('/api/v1/relationships', { memberIds: [alexId, jamieId], confidentialityPolicy: 'limited-secrets' })).json().id;
  const homework = (await a.okafor!.post('/api/v1/homework', { interventionId: 'sensate-focus-1', relationshipId })).json();
  const alex = await portalAgentFor(t, a.okafor!, alexId, 'alex@example.test');
  await alex.post(`/api/v1/portal/homework/${homework.id}/logs`, { practicedOn: '2026-11-23', done: true, howItWent: 'Good.' });
  await a.okafor!.post(`/api/v1/clients/${jamieId}/measures/assignments`, { instrumentId: 'csi-4', schedule: 'once' });
  await a.okafor!.post('/api/v1/treatment-plans', {
    relationshipId, sessionsPlanned: 8, reviewOn: '2026-11-26', plissit: 'specific-suggestions',
    content: { problems: [{ description: 'Mismatched desire', diagnosisIds: [] }], goals: [{ description: 'Closeness', problemIds: [], measureInstrumentIds: ['csi-4'], objectives: [{ description: 'Weekly date', targetDate: null }] }], interventionIds: ['sensate-focus-1'] },
  });
  // Today (Thursday 26 November, Chicago): one joint session at 10:00 and one cancelled; one tomorrow.
  const [joint] = (await a.okafor!.post('/api/v1/appointments', { kind: 'joint', relationshipId, startsAt: '2026-11-26T10:00', durationMinutes: 50, modality: 'in-person', room: 'Willow' })).json();
  const [cancelled] = (await a.okafor!.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [alexId], startsAt: '2026-11-26T14:00', durationMinutes: 50, modality: 'in-person' })).json();
  await a.okafor!.post(`/api/v1/appointments/${cancelled.id}/cancel`, {});
  await a.okafor!.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [alexId], startsAt: '2026-11-27T10:00', durationMinutes: 50, modality: 'in-person' });
  expect(joint.id).toBeTruthy();
  t.clock.set(new Date('2026-11-26T13:00:00Z'));
  for (const k of Object.keys(u)) await a[k]!.signIn(u[k]!);
});
afterAll(async () => t.close());

describe('Today', () => {
  it('shows today’s sessions with attendees, their homework, questionnaires due and plans due for review', async () => {
    const today = (await a.okafor!.get('/api/v1/today')).json();
    expect(today.appointments).toHaveLength(1);
    expect(today.appointments[0]).toMatchObject({ kind: 'joint', room: 'Willow', startsAt: '2026-11-26T16:00:00.000Z', notes: [] });
    expect(today.appointments[0].attendees.map((x: { displayName: string }) => x.displayName)).toEqual(['Jamie Chen', 'Alex Morgan']);
    const byClient = Object.fromEntries(today.homework.map((h: { displayName: string; timesDone: number; lastPracticedOn: string | null }) => [h.displayName, [h.timesDone, h.lastPracticedOn]]));
    expect(byClient).toEqual({ 'Alex Morgan': [1, '2026-11-23'], 'Jamie Chen': [0, null] });
    expect(today.measuresDue).toEqual([expect.objectContaining({ clientId: jamieId, shortName: 'CSI-4', dueOn: '2026-11-23' })]);
    expect(today.plansDueForReview).toEqual([expect.objectContaining({ relationshipId, reviewOn: '2026-11-26' })]);
  });

  it('shows another clinician none of it, and billing users nothing clinical', async () => {
    const other = (await a.rivera!.get('/api/v1/today')).json();
    expect([other.appointments, other.homework, other.measuresDue, other.plansDueForReview]).toEqual([[], [], [], []]);
    const billing = (await a.billing!.get('/api/v1/today')).json();
    expect(billing).toEqual({
      appointments: [], safetyAlerts: [], overdueReferrals: [], unsignedNotes: [], notesAwaitingCosign: [], homework: [], measuresDue: [], plansDueForReview: [],
      credentialAlerts: [], directoryInquiries: [], supervisionToConfirm: 0,
    });
  });

  it('lists questionnaires overdue or due within the coming week, not those scheduled further ahead', async () => {
    const existing = await t.app.db.selectFrom('measure_requests').selectAll().where('client_id', '=', jamieId).executeTakeFirstOrThrow();
    const at = (dueOn: string) => ({ ...existing, id: `${existing.id.slice(0, -4)}${dueOn.slice(-2)}00`, due_on: dueOn });
    // Today is 26 November: 3 December is the last day of the window.
    await insertRequests(t.app.db, [at('2026-12-03'), at('2026-12-04')]);
    const due = (await a.okafor!.get('/api/v1/today')).json().measuresDue as { dueOn: string }[];
    expect(due.map((d) => d.dueOn)).toEqual(['2026-11-23', '2026-12-03']);
  });
});

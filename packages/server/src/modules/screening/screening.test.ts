import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, portalAgentFor, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let alexId: string;
let alex: Agent;

interface Suggestion { id: string; ruleId: string; specialty: string; urgency: string; reason: string; evidence: { path: string; text: string }[]; status: string; referralId: string | null }

async function submit(agent: Agent, answers: unknown) {
  const draft = (await agent.post('/api/v1/portal/intakes')).json();
  await agent.request('PUT', `/api/v1/portal/intakes/${draft.id}`, { answers, revision: draft.revision });
  return agent.post(`/api/v1/portal/intakes/${draft.id}/submit`, { revision: draft.revision + 1 });
}

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Screening', [{ key: 'okafor', roles: ['clinician'] }, { key: 'rivera', roles: ['clinician'] }]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  alexId = await createClientVia(a.okafor!, { firstName: 'Alex', lastName: 'Morgan', email: 'alex@example.test', dateOfBirth: '1989-04-17', sexAssignedAtBirth: 'female' });
  alex = await portalAgentFor(t, a.okafor!, alexId, 'alex@example.test');
  const res = await submit(alex, {
    concerns: [{ kind: 'pain-penetration', inOwnWords: 'It hurts since the birth.' }],
    medications: [{ name: 'Zoloft 50mg' }, { name: 'Zorblax' }],
  });
  expect(res.statusCode).toBe(200);
});
afterAll(async () => t.close());

const screening = async () => (await a.okafor!.get(`/api/v1/clients/${alexId}/screening`)).json() as { suggestions: Suggestion[]; unrecognisedMedicines: { path: string; name: string }[] };

describe('screening suggestions', () => {
  it('appear on the chart as soon as a history is submitted, with reason and evidence', async () => {
    const { suggestions, unrecognisedMedicines } = await screening();
    expect(suggestions.map((s) => [s.ruleId, s.specialty, s.urgency, s.status]).sort()).toEqual([
      ['medication-ssri', 'prescriber', 'routine', 'open'],
      ['red-flag-pain-penetration-gynecology', 'gynecology', 'routine', 'open'],
      ['red-flag-pain-penetration-pelvic-floor', 'pelvic-floor-physical-therapy', 'routine', 'open'],
    ]);
    const ssri = suggestions.find((s) => s.ruleId === 'medication-ssri')!;
    expect(ssri.evidence).toEqual([{ path: 'medications.0', text: 'Zoloft 50mg' }]);
    expect(ssri.reason).toMatch(/prescriber/i);
    expect(ssri.reason).not.toMatch(/\bstop (taking|the)\b(?! or change)/i);
    // The unknown medicine is kept exactly as written, never dropped.
    expect(unrecognisedMedicines).toEqual([{ path: 'medications.1', name: 'Zorblax' }]);
  });

  it('never reach the client portal', async () => {
    for (const path of ['/api/v1/portal/me', '/api/v1/portal/intakes', '/api/v1/portal/consents', '/api/v1/portal/releases']) {
      const res = await alex.get(path);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('medication-ssri');
      expect(res.body).not.toContain('pelvic-floor');
    }
    expect((await alex.get(`/api/v1/clients/${alexId}/screening`)).statusCode).toBe(404);
    expect((await a.rivera!.get(`/api/v1/clients/${alexId}/screening`)).statusCode).toBe(404);
  });

  it('are accepted into a drafted referral, audited', async () => {
    const gyn = (await screening()).suggestions.find((s) => s.ruleId === 'red-flag-pain-penetration-gynecology')!;
    const res = await a.okafor!.post(`/api/v1/screening-suggestions/${gyn.id}/accept`, { recipientName: 'Dr. Lena Ortiz' });
    expect(res.statusCode).toBe(200);
    const referral = (await a.okafor!.get(`/api/v1/referrals/${res.json().referralId}`)).json();
    expect(referral).toMatchObject({ status: 'drafted', specialty: 'gynecology', urgency: 'routine', suggestionId: gyn.id, recipientName: 'Dr. Lena Ortiz', reason: gyn.reason });
    expect((await screening()).suggestions.find((s) => s.id === gyn.id)).toMatchObject({ status: 'accepted', referralId: referral.id });
    const audit = await t.app.db.selectFrom('audit_events').select('action').where('resource_id', '=', gyn.id).execute();
    expect(audit.map((r) => r.action)).toEqual(['screening.accept']);
    expect((await a.okafor!.post(`/api/v1/screening-suggestions/${gyn.id}/dismiss`, { reason: 'x' })).statusCode).toBe(409);
  });

  it('are dismissed only with a reason, audited', async () => {
    const pf = (await screening()).suggestions.find((s) => s.ruleId === 'red-flag-pain-penetration-pelvic-floor')!;
    const empty = await a.okafor!.post(`/api/v1/screening-suggestions/${pf.id}/dismiss`, { reason: '' });
    expect(empty.json().errors).toEqual([{ field: 'reason', message: 'must not be empty' }]);
    const blank = await a.okafor!.post(`/api/v1/screening-suggestions/${pf.id}/dismiss`, { reason: '   ' });
    expect(blank.json().errors).toEqual([{ field: 'reason', message: 'say why this suggestion does not apply' }]);
    const res = await a.okafor!.post(`/api/v1/screening-suggestions/${pf.id}/dismiss`, { reason: 'Already seeing a pelvic-floor physical therapist.' });
    expect(res.json()).toMatchObject({ status: 'dismissed', decisionReason: 'Already seeing a pelvic-floor physical therapist.' });
    const audit = await t.app.db.selectFrom('audit_events').select(['action', 'actor_id']).where('resource_id', '=', pf.id).execute();
    expect(audit).toEqual([{ action: 'screening.dismiss', actor_id: u.okafor!.id }]);
  });

  it('do not repeat an open or accepted suggestion when the history is sent again', async () => {
    await submit(alex, { concerns: [{ kind: 'pain-penetration' }], medications: [{ name: 'sertraline' }, { name: 'Zorblax' }] });
    const rules = (await screening()).suggestions.map((s) => s.ruleId);
    expect(rules.filter((r) => r === 'medication-ssri')).toHaveLength(1);
    expect(rules.filter((r) => r === 'red-flag-pain-penetration-gynecology')).toHaveLength(1);
    // The dismissed one may come back with the new version, for a fresh look.
    expect(rules.filter((r) => r === 'red-flag-pain-penetration-pelvic-floor')).toHaveLength(2);
  });

  it('lets the clinician map an unrecognised medicine to a class, which then screens', async () => {
    const bad = await a.okafor!.post(`/api/v1/clients/${alexId}/medicine-mappings`, { name: 'Zorblax', classId: 'snake-oil' });
    expect(bad.json().errors).toEqual([{ field: 'classId', message: 'is not a known medicine class' }]);
    const dismissedBefore = (await screening()).suggestions.filter((s) => s.status === 'dismissed').map((s) => s.id);
    const res = await a.okafor!.post(`/api/v1/clients/${alexId}/medicine-mappings`, { name: 'Zorblax', classId: 'benzodiazepine' });
    expect(res.statusCode).toBe(200);
    // Screening the same history again brings back nothing the clinician already dismissed.
    const rules = (res.json().suggestions as Suggestion[]).map((s) => `${s.ruleId}:${s.status}`);
    expect(rules.filter((r) => r.startsWith('red-flag-pain-penetration-pelvic-floor')).sort()).toEqual(['red-flag-pain-penetration-pelvic-floor:dismissed', 'red-flag-pain-penetration-pelvic-floor:open']);
    expect((res.json().suggestions as Suggestion[]).filter((s) => s.status === 'dismissed').map((s) => s.id)).toEqual(dismissedBefore);
    expect(res.json().unrecognisedMedicines).toEqual([]);
    const benzo = (res.json().suggestions as Suggestion[]).find((s) => s.ruleId === 'medication-benzodiazepine');
    expect(benzo).toMatchObject({ specialty: 'prescriber', status: 'open', evidence: [{ path: 'medications.1', text: 'Zorblax' }] });
  });

  it('suggests nothing when nothing physiological is indicated', async () => {
    const sam = await createClientVia(a.okafor!, { firstName: 'Sam', lastName: 'Quiet', email: 'sam@example.test' });
    const samPortal = await portalAgentFor(t, a.okafor!, sam, 'sam@example.test');
    await submit(samPortal, { concerns: [{ kind: 'relationship-intimacy', inOwnWords: 'We have drifted apart.' }], stressors: [{ kind: 'work', severity: 5 }] });
    expect((await a.okafor!.get(`/api/v1/clients/${sam}/screening`)).json()).toEqual({ suggestions: [], unrecognisedMedicines: [] });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit.js';
import { Agent, createTestApp, demoAgent, type TestApp } from '../../test/harness.js';
import { DEMO_PASSWORD, seedDemo } from './seed-demo.js';

/** The demo practice shows every feature: this checks it is built, whole, through the real services. */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.app);
});
afterAll(async () => t.close());

const signIn = (email: string) => demoAgent(t, email);

describe('the demo practice', () => {
  it('gives Dr. Okafor a couple with both histories, screening, referrals, a diagnosis and an overdue referral', async () => {
    const okafor = await signIn('amara.okafor@demo.candor.test');
    const clients = (await okafor.get('/api/v1/clients')).json() as { id: string; displayName: string }[];
    expect(clients.map((c) => c.displayName)).toEqual(['Taylor Brooks', 'Jamie Chen', 'Alex Morgan', 'Riley Nguyen']);
    const relationships = (await okafor.get('/api/v1/relationships')).json();
    expect(relationships).toEqual([expect.objectContaining({ name: 'Alex & Jamie', confidentialityPolicy: 'limited-secrets' })]);
    const sideBySide = (await okafor.get(`/api/v1/relationships/${relationships[0].id}/history-summary`)).json();
    expect(sideBySide.partners.map((p: { summary: unknown }) => p.summary !== null)).toEqual([true, true]);

    const alex = clients.find((c) => c.displayName === 'Alex Morgan')!;
    const referrals = (await okafor.get(`/api/v1/clients/${alex.id}/referrals`)).json() as { specialty: string; status: string; overdue: boolean }[];
    expect(referrals.map((r) => [r.specialty, r.status, r.overdue]).sort()).toEqual([['gynecology', 'sent', false], ['pelvic-floor-physical-therapy', 'sent', true]]);
    expect((await okafor.get('/api/v1/today')).json().overdueReferrals).toEqual([expect.objectContaining({ clientName: 'Alex Morgan', specialty: 'pelvic-floor-physical-therapy' })]);
    const screening = (await okafor.get(`/api/v1/clients/${alex.id}/screening`)).json() as { suggestions: { ruleId: string; status: string }[] };
    expect(screening.suggestions.find((s) => s.ruleId === 'medication-ssri')?.status).toBe('open');
    expect((await okafor.get(`/api/v1/clients/${alex.id}/diagnoses`)).json()).toEqual([expect.objectContaining({ icd10: 'F52.6', status: 'provisional', criteriaMet: false })]);
  });

  it('gives Alex eight weeks of measures: a reliable PHQ-9 improvement, a rising FSFI, and the couple’s CSI-4', async () => {
    const okafor = await signIn('amara.okafor@demo.candor.test');
    const alex = ((await okafor.get('/api/v1/clients')).json() as { id: string; displayName: string }[]).find((c) => c.displayName === 'Alex Morgan')!;
    const chart = (await okafor.get(`/api/v1/clients/${alex.id}/measures`)).json() as { due: unknown[]; trends: { instrumentId: string; series: { total: number }[]; reliableChange: { reliable: boolean; direction: string } | null }[] };
    const phq9 = chart.trends.find((x) => x.instrumentId === 'phq-9')!;
    expect(phq9.series.map((p) => p.total)).toEqual([12, 10, 7, 5]);
    expect(phq9.reliableChange).toMatchObject({ reliable: true, direction: 'improved' });
    const fsfi = chart.trends.find((x) => x.instrumentId === 'fsfi')!;
    expect(fsfi.series).toHaveLength(3);
    expect(fsfi.series[2]!.total).toBeGreaterThan(fsfi.series[0]!.total);
    expect(chart.trends.find((x) => x.instrumentId === 'csi-4')!.series).toHaveLength(4);
    expect(chart.due).toHaveLength(2);
  });

  it('lets Alex into the portal with every consent signed and her history sent', async () => {
    const alex = new Agent(t);
    expect((await alex.post('/api/v1/auth/sign-in', { email: 'alex.morgan@demo.candor.test', password: DEMO_PASSWORD })).json().stage).toBe('signed-in');
    const home = (await alex.get('/api/v1/portal/me')).json() as { nextSteps: { done: boolean }[] };
    expect(home.nextSteps.every((s) => s.done)).toBe(true);
    expect(((await alex.get('/api/v1/portal/measures')).json() as { shortName: string }[]).map((m) => m.shortName).sort()).toEqual(['CSI-4', 'PHQ-9']);
  });

  it('runs the couple’s course of therapy: signed notes, a plan with progress, homework, today’s sessions, billing and supervision', async () => {
    const okafor = await signIn('amara.okafor@demo.candor.test');
    const clients = (await okafor.get('/api/v1/clients')).json() as { id: string; displayName: string }[];
    const alex = clients.find((c) => c.displayName === 'Alex Morgan')!;
    const notes = (await okafor.get(`/api/v1/clients/${alex.id}/notes`)).json() as { status: string; addendumCount: number; appointmentKind: string }[];
    expect(notes.map((n) => n.status)).toEqual(['draft', 'signed', 'signed', 'signed', 'signed']);
    expect(notes.filter((n) => n.addendumCount === 1)).toHaveLength(1);
    const relationshipId = (await okafor.get('/api/v1/relationships')).json()[0].id;
    const [summary] = (await okafor.get(`/api/v1/treatment-plans?relationshipId=${relationshipId}`)).json();
    const plan = (await okafor.get(`/api/v1/treatment-plans/${summary.id}`)).json();
    expect(plan.sessions).toEqual({ used: 4, scheduled: 5, planned: 12 });
    expect(plan.problems[1].diagnoses).toEqual([expect.objectContaining({ icd10: 'F52.6' })]);
    expect(plan.goals[0].measures[0].points).toHaveLength(4);
    expect(plan.goals[0].objectives[0].progress.map((p: { rating: number }) => p.rating)).toEqual([4, 7]);
    const [homework] = (await okafor.get(`/api/v1/homework?relationshipId=${relationshipId}`)).json();
    const alexLogs = homework.assignees.find((x: { clientId: string }) => x.clientId === alex.id);
    expect([alexLogs.timesDone, alexLogs.timesLogged]).toEqual([4, 5]);
    expect(alexLogs.logs.filter((l: { sharedReflection: string | null }) => l.sharedReflection !== null)).toHaveLength(1);
    const today = (await okafor.get('/api/v1/today')).json();
    expect(today.appointments.map((x: { kind: string }) => x.kind)).toEqual(['individual', 'joint']);
    expect(today.unsignedNotes).toHaveLength(1);

    const billing = await signIn('jordan.lee@demo.candor.test');
    const account = (await billing.get(`/api/v1/clients/${alex.id}/account`)).json();
    expect(account).toMatchObject({ chargedCents: 22000 + 17000 + 17000, paidCents: 39000, balanceCents: 17000 });
    const park = await signIn('helen.park@demo.candor.test');
    expect((await park.get('/api/v1/supervision/queue')).json()).toHaveLength(1);
  });

  it('gives the directory five verified therapists in two practices, a contact request, credential alerts and Sam Rivera’s progress toward certification', async () => {
    const search = (await new Agent(t).get('/api/v1/public/therapists?zip=60611&radius=50&sort=distance')).json() as { total: number; results: { displayName: string; practiceName: string }[] };
    expect(search.results.map((r) => r.displayName)).toEqual(['Amara Okafor, LCSW, CST', 'Dr. Helen Park, PhD, CST', 'Dr. Nadia Haddad, PsyD, CST', 'Sam Rivera, LPC']);
    expect(new Set(search.results.map((r) => r.practiceName))).toEqual(new Set(['Riverside Center for Sexual Health', 'Prairie Sexual Wellness']));
    const telehealthWi = (await new Agent(t).get('/api/v1/public/therapists?telehealthState=WI')).json() as { results: { displayName: string }[] };
    // Dr. Okafor's Wisconsin licence is not verified, so only Rafael Ortiz is offered for Wisconsin.
    expect(telehealthWi.results.map((r) => r.displayName)).toEqual(['Rafael Ortiz, LMFT']);

    const okafor = await signIn('amara.okafor@demo.candor.test');
    const today = (await okafor.get('/api/v1/today')).json() as { credentialAlerts: { label: string; daysUntilExpiry: number }[]; directoryInquiries: { displayName: string }[] };
    expect(today.credentialAlerts).toEqual([expect.objectContaining({ label: 'Licensed Clinical Social Worker (LCSW) (WI)', daysUntilExpiry: 25 })]);
    expect(today.directoryInquiries.map((i) => i.displayName)).toEqual(['Riley Nguyen']);

    const rivera = await signIn('sam.rivera@demo.candor.test');
    const progressRes = await rivera.get('/api/v1/certification/progress');
    expect(progressRes.statusCode, progressRes.body).toBe(200);
    const progress = progressRes.json() as { certification: { hourRequirements: { id: string; logged: number; counted: number; remaining: number; pendingConfirmation: number }[] } };
    const byId = Object.fromEntries(progress.certification.hourRequirements.map((h) => [h.id, [h.logged, h.counted, h.remaining, h.pendingConfirmation]]));
    // 36 online + 30 in person; 24 online + 3 from the supervisor; 14 SAR; 12 × 9.5 in person + 12 × 4.25 telehealth; 14 confirmed of 16.
    expect(byId).toEqual({ 'core-knowledge': [66, 66, 24, 0], 'sex-therapy': [27, 27, 33, 0], sar: [14, 14, 0, 0], clinical: [165, 165, 135, 0], supervision: [14, 14, 36, 2] });
    const park = await signIn('helen.park@demo.candor.test');
    const confirmations = (await park.get('/api/v1/certification/confirmations')).json() as { confirmedAt: string | null }[];
    expect(confirmations.filter((c) => c.confirmedAt === null)).toHaveLength(2);
  });

  it('leaves an intact audit chain', async () => {
    expect((await verifyAuditChain(t.app.db)).ok).toBe(true);
  });
});

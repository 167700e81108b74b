import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit.js';
import { Agent, createTestApp, type TestApp } from '../../test/harness.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from './seed-demo.js';
import { generate } from 'otplib';

/** The demo practice shows every feature: this checks it is built, whole, through the real services. */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.app);
});
afterAll(async () => t.close());

async function signIn(email: string): Promise<Agent> {
  const agent = new Agent(t);
  await agent.post('/api/v1/auth/sign-in', { email, password: DEMO_PASSWORD });
  t.clock.advance(30_000);
  await agent.post('/api/v1/auth/second-factor', { code: await generate({ secret: DEMO_TOTP_SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) }) });
  return agent;
}

describe('the demo practice', () => {
  it('gives Dr. Okafor a couple with both histories, screening, referrals, a diagnosis and an overdue referral', async () => {
    const okafor = await signIn('amara.okafor@demo.candor.test');
    const clients = (await okafor.get('/api/v1/clients')).json() as { id: string; displayName: string }[];
    expect(clients.map((c) => c.displayName)).toEqual(['Taylor Brooks', 'Jamie Chen', 'Alex Morgan']);
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

  it('leaves an intact audit chain', async () => {
    expect((await verifyAuditChain(t.app.db)).ok).toBe(true);
  });
});

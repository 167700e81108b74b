import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let jamie: string;

/** Erectile disorder with every criterion established (DSM-5-TR structure, clinical-facts 1.1). */
const allMet = {
  symptoms: { 'difficulty-maintaining': true },
  durationMonths: 9,
  frequency: 'almost-always',
  distress: true,
  exclusions: {
    'another-mental-disorder': false, 'severe-relationship-distress': false, 'other-stressors': false,
    'substance-or-medication': false, 'another-medical-condition': false,
  },
};

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Diagnosing', [{ key: 'okafor', roles: ['clinician'] }, { key: 'rivera', roles: ['clinician'] }, { key: 'billing', roles: ['billing'] }]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  jamie = await createClientVia(a.okafor!, { firstName: 'Jamie', lastName: 'Chen' });
});
afterAll(async () => t.close());

describe('diagnosis support', () => {
  it('offers the catalogue of sexual dysfunctions with their ICD-10-CM codes', async () => {
    const catalog = (await a.okafor!.get('/api/v1/diagnoses/catalog')).json() as { id: string; icd10: string[] }[];
    expect(Object.fromEntries(catalog.map((d) => [d.id, d.icd10]))).toMatchObject({
      'erectile-disorder': ['F52.21'], 'female-sexual-interest-arousal-disorder': ['F52.22'], 'female-orgasmic-disorder': ['F52.31'],
      'delayed-ejaculation': ['F52.32'], 'premature-ejaculation': ['F52.4'], 'genito-pelvic-pain-penetration-disorder': ['F52.6'],
      'male-hypoactive-sexual-desire-disorder': ['F52.0'], 'other-specified-sexual-dysfunction': ['F52.8'], 'unspecified-sexual-dysfunction': ['F52.9'],
    });
    expect((await a.billing!.get('/api/v1/diagnoses/catalog')).statusCode).toBe(403);
  });

  it('says which criteria are met, unmet or unknown, and why not', async () => {
    const res = await a.okafor!.post(`/api/v1/clients/${jamie}/diagnoses/evaluate`, { diagnosisId: 'erectile-disorder', findings: { ...allMet, frequency: 'sometimes', distress: null } });
    expect(res.statusCode).toBe(200);
    const ev = res.json() as { canDiagnose: boolean; reasons: string[]; criteria: { id: string; status: string }[]; icd10: string; medicalReferralPending: boolean };
    expect(ev.canDiagnose).toBe(false);
    expect(ev.icd10).toBe('F52.21');
    expect(ev.medicalReferralPending).toBe(false);
    const statuses = Object.fromEntries(ev.criteria.map((c) => [c.id, c.status]));
    expect(statuses).toEqual({
      symptoms: 'met', frequency: 'unmet', duration: 'met', distress: 'unknown', 'exclusion-another-mental-disorder': 'met', 'exclusion-severe-relationship-distress': 'met',
      'exclusion-other-stressors': 'met', 'exclusion-substance-or-medication': 'met', 'exclusion-another-medical-condition': 'met',
    });
    expect(ev.criteria.filter((c) => c.status !== 'met').length).toBe(2);
    expect(ev.reasons).toHaveLength(2);
  });

  it('records a diagnosis whose criteria are all met, with its code and specifiers', async () => {
    const res = await a.okafor!.post(`/api/v1/clients/${jamie}/diagnoses`, {
      diagnosisId: 'erectile-disorder', findings: allMet, specifiers: { course: 'acquired', context: 'situational', severity: 'moderate' }, status: 'provisional', diagnosedOn: '2026-11-20',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ icd10: 'F52.21', label: 'Erectile disorder', criteriaMet: true, overrideReason: null, specifiers: { course: 'acquired', context: 'situational', severity: 'moderate' } });
    expect((await a.okafor!.get(`/api/v1/clients/${jamie}/diagnoses`)).json()).toHaveLength(1);
  });

  it('refuses a diagnosis with unmet criteria unless the clinician overrides with a reason, which is audited', async () => {
    const body = { diagnosisId: 'erectile-disorder', findings: { ...allMet, durationMonths: 3 }, status: 'provisional', diagnosedOn: '2026-11-20' };
    const refused = await a.okafor!.post(`/api/v1/clients/${jamie}/diagnoses`, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('override');
    expect(refused.json().errors[0].message).toMatch(/^the criteria are not all met \(/);
    expect((await a.okafor!.get(`/api/v1/clients/${jamie}/diagnoses`)).json()).toHaveLength(1);
    const shortReason = await a.okafor!.post(`/api/v1/clients/${jamie}/diagnoses`, { ...body, override: { reason: 'short' } });
    expect(shortReason.json().errors).toEqual([{ field: 'override.reason', message: 'must be at least 10 characters' }]);
    const overridden = await a.okafor!.post(`/api/v1/clients/${jamie}/diagnoses`, { ...body, override: { reason: 'Clear, severe pattern; waiting three more months would delay care.' } });
    expect(overridden.statusCode).toBe(201);
    expect(overridden.json()).toMatchObject({ criteriaMet: false, overrideReason: 'Clear, severe pattern; waiting three more months would delay care.' });
    const audit = await t.app.db.selectFrom('audit_events').select('action').where('resource_id', '=', overridden.json().id).execute();
    expect(audit.map((r) => r.action)).toEqual(['diagnosis.create-override']);
  });

  it('leaves "another medical condition" unknown while a medical referral is pending', async () => {
    await a.okafor!.post(`/api/v1/clients/${jamie}/referrals`, { specialty: 'urology', urgency: 'soon', reason: 'Assess erection difficulties.' });
    const ev = (await a.okafor!.post(`/api/v1/clients/${jamie}/diagnoses/evaluate`, { diagnosisId: 'erectile-disorder', findings: allMet })).json();
    expect(ev.medicalReferralPending).toBe(true);
    expect(ev.canDiagnose).toBe(false);
    expect(ev.criteria.find((c: { id: string }) => c.id === 'exclusion-another-medical-condition').status).toBe('unknown');
    const refused = await a.okafor!.post(`/api/v1/clients/${jamie}/diagnoses`, { diagnosisId: 'erectile-disorder', findings: allMet, status: 'confirmed', diagnosedOn: '2026-11-24' });
    expect(refused.json().errors[0].field).toBe('override');
  });

  it('names bad findings, specifiers and dates', async () => {
    const post = (body: object) => a.okafor!.post(`/api/v1/clients/${jamie}/diagnoses`, { diagnosisId: 'erectile-disorder', findings: allMet, status: 'provisional', diagnosedOn: '2026-11-20', ...body });
    expect((await post({ findings: { ...allMet, symptoms: { 'not-a-symptom': true } } })).json().errors).toEqual([{ field: 'findings.symptoms.not-a-symptom', message: 'is not a criterion of this diagnosis' }]);
    expect((await post({ specifiers: { other: ['never-experienced-orgasm'] } })).json().errors).toEqual([{ field: 'specifiers.other', message: '"never-experienced-orgasm" does not apply to this diagnosis' }]);
    expect((await post({ diagnosedOn: '2027-01-01' })).json().errors).toEqual([{ field: 'diagnosedOn', message: 'cannot be in the future' }]);
    expect((await post({ diagnosisId: 'hysteria' })).json().errors[0].field).toBe('diagnosisId');
  });

  it('keeps diagnoses to the care team', async () => {
    expect((await a.rivera!.get(`/api/v1/clients/${jamie}/diagnoses`)).statusCode).toBe(404);
    expect((await a.billing!.get(`/api/v1/clients/${jamie}/diagnoses`)).statusCode).toBe(404);
  });
});

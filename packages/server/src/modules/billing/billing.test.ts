import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';
import { pdfText } from '../../test/pdf-text.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let alexId: string, jamieId: string, foreignId: string, jointId: string, futureId: string;

/** Erectile disorder with every criterion established (DSM-5-TR structure, clinical-facts 1.1). */
const allMet = {
  symptoms: { 'difficulty-maintaining': true }, durationMonths: 9, frequency: 'almost-always', distress: true,
  exclusions: { 'another-mental-disorder': false, 'severe-relationship-distress': false, 'other-stressors': false, 'substance-or-medication': false, 'another-medical-condition': false },
};

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-11-20T18:00:00Z'));
  ({ users: u } = await seedPractice(t, 'Billing', [{ key: 'okafor', roles: ['clinician'] }, { key: 'billing', roles: ['billing'] }, { key: 'owner', roles: ['owner'] }]));
  const { users: o } = await seedPractice(t, 'Elsewhere', [{ key: 'farBilling', roles: ['billing'] }, { key: 'farClinician', roles: ['clinician'] }]);
  for (const [k, user] of Object.entries({ ...u, ...o })) { a[k] = new Agent(t); await a[k].signIn(user); }
  alexId = await createClientVia(a.okafor!, { firstName: 'Alex', lastName: 'Morgan', address: '12 Lake St, Chicago IL 60601' });
  jamieId = await createClientVia(a.okafor!, { firstName: 'Jamie', lastName: 'Chen' });
  foreignId = await createClientVia(a.farClinician!, { firstName: 'Far', lastName: 'Away' });
  await a.okafor!.post(`/api/v1/clients/${alexId}/diagnoses`, { diagnosisId: 'erectile-disorder', findings: allMet, status: 'provisional', diagnosedOn: '2026-11-13' });
  const relationshipId = (await a.okafor!.post('/api/v1/relationships', { memberIds: [alexId, jamieId], confidentialityPolicy: 'limited-secrets' })).json().id;
  [{ id: jointId }] = (await a.okafor!.post('/api/v1/appointments', { kind: 'joint', relationshipId, startsAt: '2026-11-20T09:00', durationMinutes: 50, modality: 'video', videoLink: 'https://video.example.test/room' })).json();
  [{ id: futureId }] = (await a.okafor!.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [alexId], startsAt: '2026-11-27T09:00', durationMinutes: 45, modality: 'in-person' })).json();
  const note = (await a.okafor!.post(`/api/v1/appointments/${jointId}/notes`, { template: 'soap' })).json();
  await a.okafor!.request('PUT', `/api/v1/notes/${note.id}`, { content: { fields: { subjective: 'Private clinical words' }, interventions: [], risk: null }, version: 0 });
});
afterAll(async () => t.close());

describe('billing a joint session', () => {
  it('suggests 90847 for a 50-minute joint session by video, POS 10, with each partner’s billable codes', async () => {
    const draft = (await a.billing!.get(`/api/v1/appointments/${jointId}/charge`)).json();
    expect(draft.suggestion).toMatchObject({ cptCode: '90847', placeOfService: '10', modifier: null, feeCents: null });
    expect(draft.appointment).toMatchObject({ kind: 'joint', minutes: 50, modality: 'video' });
    expect(draft.billableClients).toEqual([
      { clientId: jamieId, displayName: 'Jamie Chen', diagnosisCodes: [], slidingScalePercent: null },
      { clientId: alexId, displayName: 'Alex Morgan', diagnosisCodes: ['F52.21'], slidingScalePercent: null },
    ]);
    expect(JSON.stringify(draft)).not.toContain('Private clinical words');
  });

  it('refuses each bad charge naming the field, writing nothing', async () => {
    const base = { billedClientId: alexId, cptCode: '90847', placeOfService: '10', modifier: null, diagnosisCodes: ['F52.21'] };
    const cases: [object, string][] = [
      [{ ...base, billedClientId: foreignId }, 'billedClientId'],
      [{ ...base, cptCode: '90834' }, 'cptCode'],
      [{ ...base, placeOfService: '11' }, 'placeOfService'],
      [{ ...base, diagnosisCodes: ['F52.31'] }, 'diagnosisCodes.0'],
      [base, 'feeCents'],
    ];
    for (const [body, field] of cases) {
      const res = await a.billing!.request('PUT', `/api/v1/appointments/${jointId}/charge`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe(field);
    }
    const future = await a.billing!.request('PUT', `/api/v1/appointments/${futureId}/charge`, { ...base, cptCode: '90834', placeOfService: '11' });
    expect(future.json().errors).toEqual([{ field: 'appointmentId', message: 'this session has not happened yet' }]);
    expect(await t.app.db.selectFrom('charges').select('id').execute()).toEqual([]);
    expect((await a.farBilling!.get(`/api/v1/appointments/${jointId}/charge`)).statusCode).toBe(404);
  });

  it('charges the billed partner the practice fee at their sliding-scale rate, takes a payment and keeps the balance', async () => {
    expect((await a.billing!.request('PUT', '/api/v1/billing/settings', { billingName: 'Riverside Center', address: '100 River Rd, Chicago IL', phone: '312-555-0100', taxId: '12-3456789', npi: '1234567890', fees: { '90847': 18000, '90834': 15000 } })).statusCode).toBe(200);
    expect((await a.billing!.request('PUT', `/api/v1/billing/providers/${u.okafor!.id}`, { npi: '1098765432', license: 'LCSW 149.012345 (IL)' })).statusCode).toBe(200);
    expect((await a.billing!.get('/api/v1/billing/providers')).json()).toEqual([{ userId: u.okafor!.id, displayName: 'okafor', npi: '1098765432', license: 'LCSW 149.012345 (IL)' }]);
    expect((await a.okafor!.get('/api/v1/billing/providers')).statusCode).toBe(403);
    expect((await a.okafor!.get(`/api/v1/appointments/${jointId}/charge`)).json().fees).toEqual({ '90847': 18000, '90834': 15000 });
    expect((await a.billing!.request('PUT', `/api/v1/clients/${alexId}/billing`, { slidingScalePercent: 60 })).statusCode).toBe(200);
    const charge = await a.billing!.request('PUT', `/api/v1/appointments/${jointId}/charge`, { billedClientId: alexId, cptCode: '90847', placeOfService: '10', modifier: '95', diagnosisCodes: ['F52.21'] });
    expect(charge.statusCode).toBe(200);
    expect(charge.json()).toMatchObject({ billedClientId: alexId, serviceDate: '2026-11-20', feeCents: 18000, amountCents: 10800, modifier: '95' });
    const payment = await a.billing!.post(`/api/v1/clients/${alexId}/payments`, { amountCents: 5000, method: 'card', receivedOn: '2026-11-20' });
    expect(payment.statusCode).toBe(201);
    expect((await a.billing!.post(`/api/v1/clients/${alexId}/payments`, { amountCents: 5000, method: 'card', receivedOn: '2026-12-20' })).json().errors).toEqual([{ field: 'receivedOn', message: 'cannot be in the future' }]);
    expect((await a.billing!.get(`/api/v1/clients/${alexId}/account`)).json()).toMatchObject({ chargedCents: 10800, paidCents: 5000, balanceCents: 5800, slidingScalePercent: 60 });
    expect((await a.billing!.get(`/api/v1/clients/${jamieId}/account`)).json()).toMatchObject({ charges: [], chargedCents: 0, balanceCents: 0 });
  });

  it('prints a superbill for the billed partner that never names the other partner', async () => {
    const res = await a.billing!.get(`/api/v1/clients/${alexId}/superbill.pdf?from=2026-11-01&to=2026-11-30`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    // A long provider name wraps inside its column rather than losing the NPI.
    await t.app.db.updateTable('users').set({ display_name: 'Dr. Amara Okafor, PhD, Licensed Clinical Psychologist' }).where('id', '=', u.okafor!.id).execute();
    const wrapped = pdfText((await a.billing!.get(`/api/v1/clients/${alexId}/superbill.pdf?from=2026-11-01&to=2026-11-30`)).rawPayload);
    await t.app.db.updateTable('users').set({ display_name: 'okafor' }).where('id', '=', u.okafor!.id).execute();
    expect(wrapped).toContain('Dr. Amara Okafor, PhD,\nLicensed Clinical\nPsychologist, NPI\n1098765432\n$180.00');
    for (const expected of ['Riverside Center', 'Tax ID 12-3456789', 'NPI 1234567890', 'Client: Alex Morgan, born 1990-01-01', 'Address: 12 Lake St, Chicago IL 60601', '90847', 'F52.21', 'NPI 1098765432', '$180.00', '$108.00', 'Total charged $108.00; total paid $50.00; balance for this period $58.00.']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Jamie');
    expect(text).not.toContain('Chen');
    expect(text).not.toContain('Private clinical words');
    expect((await a.farBilling!.get(`/api/v1/clients/${alexId}/superbill.pdf?from=2026-11-01&to=2026-11-30`)).statusCode).toBe(404);
    expect((await a.billing!.get(`/api/v1/clients/${alexId}/superbill.pdf?from=2026-11-30&to=2026-11-01`)).json().errors[0].field).toBe('query.to');
  });

  it('exports the practice income as CSV', async () => {
    const res = await a.owner!.get('/api/v1/billing/income.csv?from=2026-11-01&to=2026-11-30');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe([
      'date,type,clinician,client,cpt,fee,charged,paid',
      '2026-11-20,charge,okafor,Alex Morgan,90847,180.00,108.00,',
      '2026-11-20,payment,,Alex Morgan,,,,50.00',
      ',total,,,,,108.00,50.00',
      '',
    ].join('\n'));
    expect((await a.okafor!.get('/api/v1/billing/income.csv?from=2026-11-01&to=2026-11-30')).statusCode).toBe(403);
  });

  it('lists the period’s sessions for the billing worklist', async () => {
    const list = (await a.billing!.get('/api/v1/billing/sessions?from=2026-11-20&to=2026-11-27')).json() as { appointmentId: string; charge: { cptCode: string } | null }[];
    expect(list.map((s) => [s.appointmentId, s.charge?.cptCode ?? null])).toEqual([[jointId, '90847'], [futureId, null]]);
  });
});

describe('billing users see nothing clinical', () => {
  it('are refused notes, plans, homework, measures, diagnoses and the history', async () => {
    const noteId = (await t.app.db.selectFrom('notes').select('id').executeTakeFirstOrThrow()).id;
    const paths = [
      `/api/v1/notes/${noteId}`, `/api/v1/clients/${alexId}/notes`, `/api/v1/appointments/${jointId}/notes`, `/api/v1/treatment-plans?clientId=${alexId}`,
      `/api/v1/homework?clientId=${alexId}`, `/api/v1/clients/${alexId}/measures`, `/api/v1/clients/${alexId}/diagnoses`, `/api/v1/clients/${alexId}/history/summary`,
      `/api/v1/clients/${alexId}/psychotherapy-notes`,
    ];
    for (const path of paths) expect([403, 404], path).toContain((await a.billing!.get(path)).statusCode);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleProblems } from '../../test/fhir-schema.js';
import { Agent, createTestApp, demoAgent, lastMailTo, PASSWORD, type TestApp } from '../../test/harness.js';
import { pdfText } from '../../test/pdf-text.js';
import { createActiveUser } from '../auth/auth.service.js';
import { DEMO_CLIENT_LOGIN, DEMO_PASSWORD, seedDemo } from '../demo/seed-demo.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
let t: TestApp;
const a: Record<string, Agent> = {};
let alex: string;
let jamie: string;
let requestId: string;

beforeAll(async () => {
  t = await createTestApp();
  const { practiceId } = await seedDemo(t.app);
  a.okafor = await demoAgent(t, 'amara.okafor@demo.candor.test');
  a.rivera = await demoAgent(t, 'sam.rivera@demo.candor.test');
  a.alex = new Agent(t);
  expect((await a.alex.post('/api/v1/auth/sign-in', { email: DEMO_CLIENT_LOGIN.email, password: DEMO_PASSWORD })).statusCode).toBe(200);
  alex = (await t.app.db.selectFrom('users').select('client_id').where('email', '=', DEMO_CLIENT_LOGIN.email).executeTakeFirstOrThrow()).client_id!;
  jamie = (await t.app.db.selectFrom('relationship_members as m').innerJoin('relationship_members as o', 'o.relationship_id', 'm.relationship_id')
    .select('o.client_id').where('m.client_id', '=', alex).where('o.client_id', '!=', alex).executeTakeFirstOrThrow()).client_id;
  await t.app.db.transaction().execute((tx) => createActiveUser(t.app, tx, { practiceId, email: 'jamie.portal@example.test', displayName: 'Jamie', roles: ['client'], clientId: jamie, password: PASSWORD }));
  a.jamie = new Agent(t);
  expect((await a.jamie.post('/api/v1/auth/sign-in', { email: 'jamie.portal@example.test', password: PASSWORD })).statusCode).toBe(200);
}, 120_000);
afterAll(async () => t?.close());

describe('a client’s right of access to their record', () => {
  it('one request waits for review at a time, due 30 days after it was made (the demo’s, made at seeding)', async () => {
    const [request] = (await a.alex!.get('/api/v1/portal/record-requests')).json() as any[];
    requestId = request.id;
    expect(request).toMatchObject({ clientId: alex, status: 'pending-review', decisionNote: null, downloads: 0 });
    expect(Date.parse(request.dueOn) - Date.parse(request.requestedAt.slice(0, 10))).toBe(30 * 86_400_000);
    const again = await a.alex!.post('/api/v1/portal/record-requests');
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ field: 'request', message: 'a request is already waiting for review' }]);
  });

  it('nothing can be downloaded before the review, and only the care team sees and decides the request', async () => {
    expect((await a.alex!.get(`/api/v1/portal/record-requests/${requestId}/record.pdf`)).statusCode).toBe(404);
    expect((await a.okafor!.get(`/api/v1/clients/${alex}/record-requests`)).json().map((r: any) => r.status)).toEqual(['pending-review']);
    expect((await a.rivera!.get(`/api/v1/clients/${alex}/record-requests`)).statusCode).toBe(404);
    expect((await a.rivera!.post(`/api/v1/record-requests/${requestId}/release`)).statusCode).toBe(404);
    expect((await a.jamie!.post(`/api/v1/record-requests/${requestId}/release`)).statusCode).toBe(404);
    const row = await t.app.db.selectFrom('record_requests').select(['status', 'record_fhir']).where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'pending-review', record_fhir: null });
  });

  it('the clinician releases it: the client is told, and downloads a PDF and a FHIR file of her record, kept encrypted', async () => {
    const res = await a.okafor!.post(`/api/v1/record-requests/${requestId}/release`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'released', reviewedAt: t.clock.now().toISOString() });
    expect((await a.okafor!.post(`/api/v1/record-requests/${requestId}/release`)).statusCode).toBe(409);
    expect((await lastMailTo(t, 'alex.morgan@demo.candor.test')).subject).toBe('Your record is ready');

    const stored = await t.app.db.selectFrom('record_requests').select(['record_fhir', 'record_pdf']).where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(stored.record_fhir).toMatch(/^v1\./);
    expect(stored.record_pdf).toMatch(/^v1\./);

    const pdf = await a.alex!.get(`/api/v1/portal/record-requests/${requestId}/record.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="my-record.pdf"');
    const text = pdfText(pdf.rawPayload);
    for (const expected of ['The record of Alex Morgan', 'Date of birth: 1989-04-17', 'Genito-pelvic pain/penetration disorder (ICD-10-CM F52.6)', 'PHQ-9', 'Session notes']) expect(text).toContain(expected);
    const psychotherapy = (await a.okafor!.get(`/api/v1/clients/${alex}/psychotherapy-notes`)).json() as any[];
    for (const note of psychotherapy) expect(text).not.toContain(note.content.slice(0, 30));
    expect(text).not.toContain('1987-09-02');

    const fhir = await a.alex!.get(`/api/v1/portal/record-requests/${requestId}/record.fhir.json`);
    expect(fhir.statusCode).toBe(200);
    expect(fhir.headers['content-type']).toContain('application/fhir+json');
    const bundle = fhir.json();
    expect(bundleProblems(bundle)).toEqual([]);
    expect(bundle.entry.find((e: any) => e.resource.resourceType === 'Patient').resource.id).toBe(alex);
    expect(JSON.stringify(bundle)).not.toContain(jamie);

    const mine = (await a.alex!.get('/api/v1/portal/record-requests')).json();
    expect(mine).toEqual([expect.objectContaining({ id: requestId, status: 'released', downloads: 2, firstDownloadedAt: t.clock.now().toISOString() })]);
  });

  it('her partner cannot reach it', async () => {
    expect((await a.jamie!.get(`/api/v1/portal/record-requests/${requestId}/record.pdf`)).statusCode).toBe(404);
    expect((await a.jamie!.get(`/api/v1/portal/record-requests/${requestId}/record.fhir.json`)).statusCode).toBe(404);
    expect((await a.jamie!.get('/api/v1/portal/record-requests')).json()).toEqual([]);
  });

  it('asking again tells the care team by mail, with no name in it', async () => {
    const res = await a.alex!.post('/api/v1/portal/record-requests');
    expect(res.statusCode).toBe(201);
    const today = t.clock.now().toISOString().slice(0, 10);
    expect(Date.parse(res.json().dueOn) - Date.parse(today)).toBe(30 * 86_400_000);
    const mail = await lastMailTo(t, 'amara.okafor@demo.candor.test');
    expect(mail.subject).toBe('A client has asked for a copy of their record');
    expect(mail.text).not.toMatch(/Alex|Morgan/);
    expect(mail.text).toContain(`/clients/${alex}`);
  });

  it('a decline needs a reason the client can read, which is stored encrypted', async () => {
    const next = (await a.alex!.get('/api/v1/portal/record-requests')).json().find((r: any) => r.status === 'pending-review');
    const short = await a.okafor!.post(`/api/v1/record-requests/${next.id}/decline`, { reason: 'No.' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors.map((e: any) => e.field)).toEqual(['reason']);
    const reason = 'A copy was released last week; ask me at our next session if anything is missing. You may ask for this decision to be reviewed.';
    const res = await a.okafor!.post(`/api/v1/record-requests/${next.id}/decline`, { reason });
    expect(res.statusCode).toBe(200);
    expect((await a.alex!.get('/api/v1/portal/record-requests')).json()[0]).toMatchObject({ id: next.id, status: 'declined', decisionNote: reason });
    expect((await lastMailTo(t, 'alex.morgan@demo.candor.test')).subject).toBe('About your request for your record');
    const row = await t.app.db.selectFrom('record_requests').select(['decision_note', 'record_pdf']).where('id', '=', next.id).executeTakeFirstOrThrow();
    expect(row.decision_note).toMatch(/^v1\./);
    expect(row.record_pdf).toBeNull();
    expect((await a.alex!.get(`/api/v1/portal/record-requests/${next.id}/record.pdf`)).statusCode).toBe(404);
  });

  it('every step is audited', async () => {
    const actions = (await t.app.db.selectFrom('audit_events').select(['action', 'outcome']).where('action', 'like', 'record-request.%').orderBy('occurred_at').orderBy('seq').execute())
      .filter((e) => e.outcome === 'success').map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['record-request.create', 'record-request.release', 'record-request.download-pdf', 'record-request.download-fhir', 'record-request.decline']));
    expect(actions.filter((x) => x === 'record-request.create')).toHaveLength(2); // the demo's and the second
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleProblems } from '../../test/fhir-schema.js';
import { Agent, countRows, createClientVia, createTestApp, lastMailTo, portalAgentFor, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';
import { materializeAll } from './measures.schedule.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let alexId: string, jamieId: string, relationshipId: string;
let alex: Agent, jamie: Agent;

interface PortalMeasure { requestId: string; instrumentId: string; items: { linkId: string; text: string }[]; draft: (number | null)[] | null }
const due = async (agent: Agent) => (await agent.get('/api/v1/portal/measures')).json() as PortalMeasure[];

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Measuring', [{ key: 'okafor', roles: ['clinician'] }, { key: 'rivera', roles: ['clinician'] }, { key: 'owner', roles: ['owner'] }]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  alexId = await createClientVia(a.okafor!, { firstName: 'Alex', lastName: 'Morgan', email: 'alex@example.test' });
  jamieId = await createClientVia(a.okafor!, { firstName: 'Jamie', lastName: 'Chen', email: 'jamie@example.test' });
  relationshipId = (await a.okafor!.post('/api/v1/relationships', { memberIds: [alexId, jamieId], confidentialityPolicy: 'limited-secrets' })).json().id;
  alex = await portalAgentFor(t, a.okafor!, alexId, 'alex@example.test');
  jamie = await portalAgentFor(t, a.okafor!, jamieId, 'jamie@example.test');
});
afterAll(async () => t.close());

describe('assigning and answering a questionnaire', () => {
  let requestId: string;

  it('assigns a PHQ-9 once; it is waiting in the portal with its full wording, and a reminder names nothing clinical', async () => {
    const res = await a.okafor!.post(`/api/v1/clients/${alexId}/measures/assignments`, { instrumentId: 'phq-9', schedule: 'once' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual([expect.objectContaining({ clientId: alexId, instrumentId: 'phq-9', shortName: 'PHQ-9', schedule: 'once', status: 'active' })]);
    const list = await due(alex);
    expect(list).toHaveLength(1);
    requestId = list[0]!.requestId;
    expect(list[0]!.items).toHaveLength(9);
    expect(list[0]!.items[0]!.text).toBe('Little interest or pleasure in doing things');
    const mail = await lastMailTo(t, 'alex@example.test');
    expect(mail.subject).toBe('Something is waiting for you in your private space');
    expect(mail.text).not.toMatch(/PHQ|depress|mood/i);
  });

  it('saves answers so far and resumes them on another device', async () => {
    const saved = await alex.request('PUT', `/api/v1/portal/measures/${requestId}/draft`, { answers: [1, 2, null, null, null, null, null, null, null] });
    expect(saved.json()).toEqual({ saved: true });
    const elsewhere = new Agent(t);
    await elsewhere.post('/api/v1/auth/sign-in', { email: 'alex@example.test', password: 'a private passphrase' });
    expect((await due(elsewhere))[0]!.draft).toEqual([1, 2, null, null, null, null, null, null, null]);
  });

  it('refuses out-of-range values, the wrong count and non-numbers, naming the item, and stores nothing', async () => {
    const before = await countRows(t, 'audit_events');
    const range = await alex.post(`/api/v1/portal/measures/${requestId}/submit`, { answers: [0, 0, 7, 0, 0, 0, 0, 0, 0] });
    expect(range.statusCode).toBe(400);
    expect(range.json().errors).toEqual([{ field: 'answers.2', message: 'PHQ-9 item 3 must be one of 0, 1, 2, 3 (or null when unanswered); got 7.' }]);
    const count = await alex.post(`/api/v1/portal/measures/${requestId}/submit`, { answers: [0, 0, 0] });
    expect(count.json().errors).toEqual([{ field: 'answers', message: 'PHQ-9 has 9 items; 3 answers were given.' }]);
    const word = await alex.post(`/api/v1/portal/measures/${requestId}/submit`, { answers: ['often', 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(word.json().errors).toEqual([{ field: 'answers.0', message: 'must be integer or null' }]);
    expect(await countRows(t, 'audit_events')).toBe(before);
    expect(await t.app.db.selectFrom('measure_responses').select('id').execute()).toEqual([]);
  });

  it('scores on the server and shows the chart the total and severity', async () => {
    const res = await alex.post(`/api/v1/portal/measures/${requestId}/submit`, { answers: [3, 3, 3, 3, 2, 2, 2, 2, 0] });
    expect(res.json()).toEqual({ completed: true, crisisResources: [] });
    const chart = (await a.okafor!.get(`/api/v1/clients/${alexId}/measures`)).json();
    expect(chart.trends).toEqual([expect.objectContaining({
      instrumentId: 'phq-9', direction: 'higher-is-worse', totalRange: { min: 0, max: 27 }, cutoff: { value: 10, meaning: 'Screen positive for depression (total ≥ 10)' },
      series: [expect.objectContaining({ total: 20, severity: 'severe', positive: true })], changeSinceBaseline: null, reliableChange: null,
    })]);
    expect(chart.assignments[0].status).toBe('completed');
    expect(await due(alex)).toEqual([]);
    expect((await alex.post(`/api/v1/portal/measures/${requestId}/submit`, { answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] })).statusCode).toBe(409);
  });

  it('exports a response as a FHIR Bundle: QuestionnaireResponse and an Observation with the LOINC total', async () => {
    const [first] = (await a.okafor!.get(`/api/v1/clients/${alexId}/measures`)).json().trends[0].series;
    const res = await a.okafor!.get(`/api/v1/measure-responses/${first.responseId}/fhir`);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const bundle = res.json();
    expect(bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType)).toEqual(['QuestionnaireResponse', 'Observation']);
    expect(bundle.entry[1].resource.code.coding[0]).toEqual({ system: 'http://loinc.org', code: '44261-6', display: 'PHQ-9 total score' });
    expect(bundle.entry[1].resource.valueQuantity.value).toBe(20);
    expect(bundleProblems(bundle)).toEqual([]);
    expect(bundle.entry.map((e: { fullUrl: string }) => e.fullUrl)).toEqual([`urn:uuid:${first.responseId}`, expect.stringMatching(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)]);
    expect(bundle.entry[1].resource.derivedFrom).toEqual([{ reference: bundle.entry[0].fullUrl }]);
    expect((await a.rivera!.get(`/api/v1/measure-responses/${first.responseId}/fhir`)).statusCode).toBe(404);
  });

  it('computes the change since baseline and a reliable change (Jacobson–Truax)', async () => {
    await a.okafor!.post(`/api/v1/clients/${alexId}/measures/assignments`, { instrumentId: 'phq-9', schedule: 'once' });
    const [next] = await due(alex);
    await alex.post(`/api/v1/portal/measures/${next!.requestId}/submit`, { answers: [1, 1, 1, 1, 1, 1, 1, 1, 0] });
    const trend = (await a.okafor!.get(`/api/v1/clients/${alexId}/measures`)).json().trends[0];
    expect(trend.series.map((p: { total: number }) => p.total)).toEqual([20, 8]);
    expect(trend.changeSinceBaseline).toBe(-12);
    // SD 3.5, alpha 0.89: SE = 3.5·√0.11 = 1.1608; Sdiff = √2·SE = 1.6416; RCI = −12 / 1.6416 = −7.31.
    expect(trend.reliableChange.rci).toBeCloseTo(-7.31, 2);
    expect(trend.reliableChange).toMatchObject({ change: -12, reliable: true, direction: 'improved' });
  });
});

describe('safety', () => {
  it('turns a critical answer into an urgent alert for the clinician, an email without detail, and crisis resources for the client', async () => {
    await a.okafor!.post(`/api/v1/clients/${jamieId}/measures/assignments`, { instrumentId: 'phq-9', schedule: 'once' });
    const [request] = await due(jamie);
    const res = await jamie.post(`/api/v1/portal/measures/${request!.requestId}/submit`, { answers: [1, 1, 0, 0, 0, 0, 0, 0, 1] });
    expect(res.json().crisisResources.map((r: { name: string }) => r.name)).toContain('988 Suicide & Crisis Lifeline');
    const today = (await a.okafor!.get('/api/v1/today')).json();
    expect(today.safetyAlerts).toEqual([expect.objectContaining({ clientId: jamieId, clientName: 'Jamie Chen', code: 'suicidal-ideation', status: 'open' })]);
    expect((await a.rivera!.get('/api/v1/today')).json().safetyAlerts).toEqual([]);
    const mail = await lastMailTo(t, u.okafor!.email);
    expect(mail.subject).toBe('Urgent: a client needs your attention today');
    expect(mail.text).not.toContain('Jamie');
    expect(mail.text).not.toMatch(/PHQ|suicid|self-harm/i);

    const alertId = today.safetyAlerts[0].id;
    expect((await a.okafor!.post(`/api/v1/safety-alerts/${alertId}/acknowledge`, { actionTaken: '   ' })).json().errors[0].field).toBe('actionTaken');
    const ack = await a.okafor!.post(`/api/v1/safety-alerts/${alertId}/acknowledge`, { actionTaken: 'Called Jamie the same afternoon; safety plan reviewed; no current intent.' });
    expect(ack.json()).toMatchObject({ status: 'acknowledged', actionTaken: 'Called Jamie the same afternoon; safety plan reviewed; no current intent.' });
    expect((await a.okafor!.post(`/api/v1/safety-alerts/${alertId}/acknowledge`, { actionTaken: 'again' })).statusCode).toBe(409);
    expect((await a.okafor!.get('/api/v1/today')).json().safetyAlerts).toEqual([]);
    const audit = await t.app.db.selectFrom('audit_events').select(['action', 'actor_id']).where('resource_id', '=', alertId).orderBy('seq').execute();
    expect(audit).toEqual([{ action: 'safety-alert.open', actor_id: expect.any(String) }, { action: 'safety-alert.acknowledge', actor_id: u.okafor!.id }]);
  });
});

describe('schedules, relationships and cancellation', () => {
  it('asks each partner separately, and one partner cannot answer the other’s', async () => {
    const res = await a.okafor!.post(`/api/v1/relationships/${relationshipId}/measures/assignments`, { instrumentId: 'csi-4', schedule: 'every-n-weeks', intervalWeeks: 2, until: '2027-01-31' });
    expect(res.json().map((x: { clientId: string }) => x.clientId).sort()).toEqual([alexId, jamieId].sort());
    const alexCsi = (await due(alex)).find((m) => m.instrumentId === 'csi-4')!;
    const jamieCsi = (await due(jamie)).find((m) => m.instrumentId === 'csi-4')!;
    expect(alexCsi.requestId).not.toBe(jamieCsi.requestId);
    expect((await alex.post(`/api/v1/portal/measures/${jamieCsi.requestId}/submit`, { answers: [3, 3, 3, 3] })).statusCode).toBe(404);
    await alex.post(`/api/v1/portal/measures/${alexCsi.requestId}/submit`, { answers: [5, 4, 4, 4] });
    await jamie.post(`/api/v1/portal/measures/${jamieCsi.requestId}/submit`, { answers: [2, 2, 2, 2] });
    const both = (await a.okafor!.get(`/api/v1/relationships/${relationshipId}/measures`)).json();
    // Only what was asked of the relationship: Alex's and Jamie's own PHQ-9s stay on their own charts.
    expect(both.partners.map((p: { displayName: string; trends: { instrumentId: string; series: { total: number }[] }[] }) => [p.displayName, p.trends.map((x) => [x.instrumentId, x.series.map((s) => s.total)])])).toEqual([
      ['Jamie Chen', [['csi-4', [8]]]], ['Alex Morgan', [['csi-4', [17]]]],
    ]);
  });

  it('asks again every N weeks until the end date, marking an unanswered one missed', async () => {
    t.clock.advance(14 * 86_400_000);
    expect(await materializeAll(t.app)).toBe(2);
    t.clock.advance(14 * 86_400_000);
    expect(await materializeAll(t.app)).toBe(2);
    const requests = await t.app.db.selectFrom('measure_requests').select(['due_on', 'status']).where('client_id', '=', alexId).where('instrument_id', '=', 'csi-4').orderBy('due_on').execute();
    expect(requests.map((r) => r.status)).toEqual(['completed', 'missed', 'due']);
    t.clock.advance(60 * 86_400_000);
    await materializeAll(t.app);
    const assignments = await t.app.db.selectFrom('measure_assignments').select('status').where('instrument_id', '=', 'csi-4').execute();
    expect(assignments.map((x) => x.status)).toEqual(['completed', 'completed']);
  });

  it('refuses a response to a cancelled assignment', async () => {
    // Weeks have passed on the test clock: everyone signs in again.
    for (const key of ['okafor', 'rivera', 'owner']) await a[key]!.signIn(u[key]!);
    await alex.post('/api/v1/auth/sign-in', { email: 'alex@example.test', password: 'a private passphrase' });
    const [assignment] = (await a.okafor!.post(`/api/v1/clients/${alexId}/measures/assignments`, { instrumentId: 'gad-7', schedule: 'once' })).json();
    const [request] = (await due(alex)).filter((m) => m.instrumentId === 'gad-7');
    expect((await a.okafor!.post(`/api/v1/measure-assignments/${assignment.id}/cancel`)).json().status).toBe('cancelled');
    const res = await alex.post(`/api/v1/portal/measures/${request!.requestId}/submit`, { answers: [0, 0, 0, 0, 0, 0, 0] });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('Your therapist has withdrawn this questionnaire, so there is nothing to send.');
    expect((await a.rivera!.post(`/api/v1/measure-assignments/${assignment.id}/cancel`)).statusCode).toBe(404);
  });

  it('names bad assignments', async () => {
    const post = (body: object) => a.okafor!.post(`/api/v1/clients/${alexId}/measures/assignments`, body);
    expect((await post({ instrumentId: 'beck-19', schedule: 'once' })).json().errors[0].field).toBe('instrumentId');
    expect((await post({ instrumentId: 'gad-7', schedule: 'every-n-weeks' })).json().errors).toEqual([{ field: 'intervalWeeks', message: 'is needed for a schedule every N weeks' }]);
    expect((await post({ instrumentId: 'gad-7', schedule: 'every-n-weeks', intervalWeeks: 2, until: '2020-01-01' })).json().errors).toEqual([{ field: 'until', message: 'must be on or after the start date' }]);
  });
});

describe('licensed wording', () => {
  it('shows neutral labels until the practice imports matching official wording, which clients then see', async () => {
    const list = (await a.owner!.get('/api/v1/instruments')).json() as { id: string; licence: string; wordingImported: boolean }[];
    expect(list.find((i) => i.id === 'phq-9')).toMatchObject({ licence: 'public-domain-or-free', wordingImported: false });
    expect(list.find((i) => i.id === 'iief-5')).toMatchObject({ licence: 'copyrighted-scoring-only', wordingImported: false });

    const bad = await a.owner!.post('/api/v1/instruments/iief-5/wording', { csv: 'linkId,text\nq1,One\nq2,Two\nq3,Three\nq4,Four\nq9,Nine' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['csv.q5', 'csv.q9']);
    expect((await a.okafor!.post('/api/v1/instruments/iief-5/wording', { csv: 'linkId,text' })).statusCode).toBe(403);

    const ok = await a.owner!.post('/api/v1/instruments/iief-5/wording', { csv: 'linkId,text\nq1,Licensed one\nq2,Licensed two\nq3,Licensed three\nq4,Licensed four\nq5,Licensed five' });
    expect(ok.json()).toEqual({ instrumentId: 'iief-5', items: 5 });
    await a.okafor!.post(`/api/v1/clients/${alexId}/measures/assignments`, { instrumentId: 'iief-5', schedule: 'once' });
    const iief = (await due(alex)).find((m) => m.instrumentId === 'iief-5')!;
    expect(iief.items.map((i) => i.text)).toEqual(['Licensed one', 'Licensed two', 'Licensed three', 'Licensed four', 'Licensed five']);

    const q = (await a.owner!.get('/api/v1/instruments/phq-9/questionnaire')).json();
    expect(q).toMatchObject({ resourceType: 'Questionnaire', status: 'active' });
    const mismatched = { ...q, item: q.item.map((i: { linkId: string }, n: number) => (n === 0 ? { ...i, linkId: 'x1' } : i)) };
    const refused = await a.owner!.post('/api/v1/instruments/phq-9/wording', { questionnaire: mismatched });
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toContain('questionnaire.q1');
  });
});

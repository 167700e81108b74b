import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, portalAgentFor, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

/**
 * A partner never sees the other partner's private data: not through any route, id, error or
 * count. Partner A tries everything with B's ids; every attempt is a 404 (the same answer as a
 * missing id) and is written to the audit log as denied.
 */
let t: TestApp;
let u: Record<string, SeededUser>;
const staff: Record<string, Agent> = {};
let alexId: string, jamieId: string, relationshipId: string;
let alex: Agent, jamie: Agent;
let jamieIntakeId: string;
const SECRET = 'JAMIE-PRIVATE-DISCLOSURE';

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Couples', [{ key: 'okafor', roles: ['clinician'] }]));
  staff.okafor = new Agent(t);
  await staff.okafor.signIn(u.okafor!);
  alexId = await createClientVia(staff.okafor, { firstName: 'Alex', lastName: 'Morgan', email: 'alex@example.test', phone: '555-0100' });
  jamieId = await createClientVia(staff.okafor, { firstName: 'Jamie', lastName: 'Chen', email: 'jamie@example.test', phone: '555-0199', presentingConcern: SECRET });
  relationshipId = (await staff.okafor.post('/api/v1/relationships', { memberIds: [alexId, jamieId], confidentialityPolicy: 'limited-secrets' })).json().id;
  alex = await portalAgentFor(t, staff.okafor, alexId, 'alex@example.test');
  jamie = await portalAgentFor(t, staff.okafor, jamieId, 'jamie@example.test');
  const draft = await jamie.post('/api/v1/portal/intakes');
  jamieIntakeId = draft.json().id;
  await jamie.request('PUT', `/api/v1/portal/intakes/${jamieIntakeId}`, {
    answers: { concerns: [{ kind: 'erection', inOwnWords: SECRET }], safety: { feelsSafe: 'unsure', notes: SECRET } }, revision: 0,
  });
  await jamie.post(`/api/v1/portal/intakes/${jamieIntakeId}/submit`, { revision: 1 });
});
afterAll(async () => t.close());

async function deniedAuditsFor(resourceId: string): Promise<number> {
  const rows = await t.app.db.selectFrom('audit_events').select('id').where('resource_id', '=', resourceId).where('outcome', '=', 'denied').execute();
  return rows.length;
}

describe('partner privacy', () => {
  it('answers 404 to partner A fetching B’s intake by id, through every route, and audits each attempt', async () => {
    const before = await deniedAuditsFor(jamieIntakeId);
    const attempts = [
      await alex.get(`/api/v1/portal/intakes/${jamieIntakeId}`),
      await alex.get(`/api/v1/clients/${alexId}/intakes/${jamieIntakeId}`),
      await alex.get(`/api/v1/clients/${jamieId}/intakes/${jamieIntakeId}`),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual([404, 404, 404]);
    for (const r of attempts) expect(r.body).not.toContain(SECRET);
    expect(await deniedAuditsFor(jamieIntakeId)).toBe(before + 1);
    expect(await deniedAuditsFor(jamieId)).toBeGreaterThanOrEqual(1);
  });

  it('answers 404 to writes with B’s ids, and B’s history is unchanged', async () => {
    const put = await alex.request('PUT', `/api/v1/portal/intakes/${jamieIntakeId}`, { answers: { concerns: [] }, revision: 1 });
    const submit = await alex.post(`/api/v1/portal/intakes/${jamieIntakeId}/submit`, { revision: 1 });
    const patch = await alex.patch(`/api/v1/clients/${jamieId}`, { phone: '000' });
    const invite = await alex.post(`/api/v1/clients/${jamieId}/portal-invitation`);
    expect([put.statusCode, submit.statusCode, patch.statusCode, invite.statusCode]).toEqual([404, 404, 404, 404]);
    const own = await jamie.get(`/api/v1/portal/intakes/${jamieIntakeId}`);
    expect(own.json().answers.concerns[0].inOwnWords).toBe(SECRET);
    expect(own.json().status).toBe('submitted');
  });

  it('shows A only their own consents, records and intakes — and of the relationship, only B’s first name', async () => {
    const consents = await alex.get('/api/v1/portal/consents');
    expect(consents.statusCode).toBe(200);
    expect(await alex.get('/api/v1/portal/intakes').then((r) => r.json())).toEqual([]);
    const rel = await alex.get('/api/v1/portal/relationships');
    expect(rel.json()).toEqual([{ id: relationshipId, name: 'Alex & Jamie', confidentialityPolicy: 'limited-secrets', partners: [{ displayName: 'Jamie' }] }]);
    expect(rel.body).not.toContain('555-0199');
    expect(rel.body).not.toContain('jamie@example.test');
    const home = await alex.get('/api/v1/portal/me');
    expect(home.json().nextSteps.find((s: { kind: string }) => s.kind === 'intake')).toEqual({ kind: 'intake', title: 'Tell us about yourself', done: false });
  });

  it('answers 404 to A reading B’s chart, consents, history summary or the relationship’s clinical views', async () => {
    const before = await deniedAuditsFor(jamieId);
    const reads = [
      await alex.get(`/api/v1/clients/${jamieId}`),
      await alex.get(`/api/v1/clients/${jamieId}/consents`),
      await alex.get(`/api/v1/clients/${jamieId}/history-summary`),
      await alex.get(`/api/v1/clients/${jamieId}/intakes`),
    ];
    expect(reads.map((r) => r.statusCode)).toEqual([404, 404, 404, 404]);
    expect(await deniedAuditsFor(jamieId)).toBe(before + 4);
    const relBefore = await deniedAuditsFor(relationshipId);
    const relReads = [await alex.get(`/api/v1/relationships/${relationshipId}`), await alex.get(`/api/v1/relationships/${relationshipId}/history-summary`)];
    expect(relReads.map((r) => r.statusCode)).toEqual([404, 404]);
    expect(await deniedAuditsFor(relationshipId)).toBe(relBefore + 2);
    for (const r of [...reads, ...relReads]) expect(r.body).not.toContain(SECRET);
  });

  it('answers 404 for guessed ids, exactly as for ids that exist', async () => {
    const guess = '01900000-0000-7000-8000-000000000000';
    const real = await alex.get(`/api/v1/portal/intakes/${jamieIntakeId}`);
    const fake = await alex.get(`/api/v1/portal/intakes/${guess}`);
    expect({ ...real.json(), requestId: null }).toEqual({ ...fake.json(), requestId: null });
  });

  it('refuses A’s own chart the clinical view: A sees the administrative record only', async () => {
    const own = await alex.get(`/api/v1/clients/${alexId}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).not.toHaveProperty('relationships');
    expect(own.json()).not.toHaveProperty('presentingConcern');
  });

  it('shows the clinician both partners side by side, each column marked private to that partner', async () => {
    const res = await staff.okafor!.get(`/api/v1/relationships/${relationshipId}/history-summary`);
    expect(res.statusCode).toBe(200);
    const partners = res.json().partners as { client: { id: string }; privateTo: { clientId: string; displayName: string }; summary: { concerns: { inOwnWords: string }[] } | null }[];
    // Partners are listed by surname.
    expect(partners.map((p) => [p.client.id, p.privateTo])).toEqual([
      [jamieId, { clientId: jamieId, displayName: 'Jamie Chen' }],
      [alexId, { clientId: alexId, displayName: 'Alex Morgan' }],
    ]);
    expect(partners[0]!.summary!.concerns[0]!.inOwnWords).toBe(SECRET);
    expect(partners[1]!.summary).toBeNull();
  });
});

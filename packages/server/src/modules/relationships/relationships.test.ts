import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, countRows, createClientVia, createTestApp, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let robin: string, sky: string, river: string, solo: string, riveraClient: string, foreign: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Relational', [
    { key: 'okafor', roles: ['clinician'] }, { key: 'rivera', roles: ['clinician'] }, { key: 'owner', roles: ['owner'] },
  ]));
  const { users: o } = await seedPractice(t, 'Elsewhere', [{ key: 'outsider', roles: ['clinician'] }]);
  for (const [k, user] of Object.entries({ ...u, outsider: o.outsider! })) { a[k] = new Agent(t); await a[k].signIn(user); }
  robin = await createClientVia(a.okafor!, { firstName: 'Robin', lastName: 'Ash', email: 'robin@example.test' });
  sky = await createClientVia(a.okafor!, { firstName: 'Sky', lastName: 'Birch', preferredName: 'Skye' });
  river = await createClientVia(a.okafor!, { firstName: 'River', lastName: 'Cedar', email: 'river@example.test' });
  solo = await createClientVia(a.okafor!, { firstName: 'Solo', lastName: 'Dune' });
  riveraClient = await createClientVia(a.rivera!, { firstName: 'Other', lastName: 'Caseload' });
  foreign = await createClientVia(a.outsider!, { firstName: 'Far', lastName: 'Away' });
});
afterAll(async () => t.close());

describe('relationships', () => {
  let couple: string;

  it('links two clients with a confidentiality policy, named after them by default', async () => {
    const res = await a.okafor!.post('/api/v1/relationships', { memberIds: [robin, sky], confidentialityPolicy: 'limited-secrets', clinicianIds: [u.rivera!.id] });
    expect(res.statusCode).toBe(201);
    couple = res.json().id;
    expect(res.json()).toMatchObject({
      name: 'Robin & Skye', confidentialityPolicy: 'limited-secrets',
      members: [{ clientId: robin, displayName: 'Robin Ash' }, { clientId: sky, displayName: 'Skye Birch' }],
    });
    expect(res.json().clinicians.map((c: { id: string }) => c.id).sort()).toEqual([u.okafor!.id, u.rivera!.id].sort());
    // The couple's co-therapist now has each partner on their caseload.
    expect((await a.rivera!.get(`/api/v1/clients/${robin}`)).statusCode).toBe(200);
    expect((await a.okafor!.get(`/api/v1/clients/${robin}`)).json().relationships).toEqual([{ id: couple, name: 'Robin & Skye' }]);
  });

  it('lets a client belong to a relationship and have individual care, and supports triads', async () => {
    const triad = await a.okafor!.post('/api/v1/relationships', { name: 'Our triad', memberIds: [robin, river, solo], confidentialityPolicy: 'individual-confidentiality' });
    expect(triad.statusCode).toBe(201);
    expect(triad.json().members).toHaveLength(3);
    expect((await a.okafor!.get(`/api/v1/clients/${robin}`)).json().relationships.map((r: { name: string }) => r.name)).toEqual(['Our triad', 'Robin & Skye']);
  });

  it('refuses a partner listed twice, naming the entry, and writes nothing', async () => {
    const before = await countRows(t, 'care_team');
    const res = await a.okafor!.post('/api/v1/relationships', { memberIds: [robin, robin], confidentialityPolicy: 'no-secrets' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'memberIds.1', message: 'is listed twice' }]);
    expect(await countRows(t, 'care_team')).toBe(before);
  });

  it('refuses members who are not the clinician’s clients, including another practice’s', async () => {
    for (const other of [riveraClient, foreign]) {
      const res = await a.okafor!.post('/api/v1/relationships', { memberIds: [robin, other], confidentialityPolicy: 'no-secrets' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([{ field: 'memberIds.1', message: 'is not one of your clients' }]);
    }
    const unknownPolicy = await a.okafor!.post('/api/v1/relationships', { memberIds: [robin, sky], confidentialityPolicy: 'anything-goes' });
    expect(unknownPolicy.json().errors).toEqual([{ field: 'confidentialityPolicy', message: 'must be one of: no-secrets, limited-secrets, individual-confidentiality' }]);
  });

  it('adds a member once, and refuses a repeat or a client of another practice by field', async () => {
    const added = await a.okafor!.post(`/api/v1/relationships/${couple}/members`, { clientId: river });
    expect(added.statusCode).toBe(200);
    expect(added.json().members.map((m: { clientId: string }) => m.clientId)).toContain(river);
    const again = await a.okafor!.post(`/api/v1/relationships/${couple}/members`, { clientId: river });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toEqual([{ field: 'clientId', message: 'is already in this relationship' }]);
    const abroad = await a.okafor!.post(`/api/v1/relationships/${couple}/members`, { clientId: foreign });
    expect(abroad.json().errors).toEqual([{ field: 'clientId', message: 'is not one of your clients' }]);
  });

  it('shows a relationship only to its clinicians (and its name to the owner); others get 404', async () => {
    expect((await a.owner!.get(`/api/v1/relationships/${couple}`)).statusCode).toBe(200);
    expect((await a.owner!.get(`/api/v1/relationships/${couple}/history-summary`)).statusCode).toBe(404);
    expect((await a.outsider!.get(`/api/v1/relationships/${couple}`)).statusCode).toBe(404);
    const stranger = await createClientVia(a.rivera!, { firstName: 'New', lastName: 'Person' });
    const own = await a.rivera!.post('/api/v1/relationships', { memberIds: [stranger, riveraClient], confidentialityPolicy: 'no-secrets' });
    expect((await a.okafor!.get(`/api/v1/relationships/${own.json().id}`)).statusCode).toBe(404);
    expect((await a.okafor!.get('/api/v1/relationships')).json().map((r: { id: string }) => r.id)).not.toContain(own.json().id);
  });

  it('changes the policy, which then asks each partner to sign the matching agreement', async () => {
    const res = await a.okafor!.patch(`/api/v1/relationships/${couple}`, { confidentialityPolicy: 'no-secrets' });
    expect(res.json().confidentialityPolicy).toBe('no-secrets');
    const consents = await a.okafor!.get(`/api/v1/clients/${sky}/consents`);
    expect(consents.json().map((c: { document: { kind: string } }) => c.document.kind)).toEqual([
      'informed-consent', 'fees-cancellation', 'telehealth', 'secrets-no-secrets',
    ]);
  });

  it('invites every partner with an email, skipping the others with a reason', async () => {
    const res = await a.okafor!.post(`/api/v1/relationships/${couple}/invitations`);
    expect(res.statusCode).toBe(200);
    expect(res.json().invited.sort()).toEqual([robin, river].sort());
    expect(res.json().skipped).toEqual([{ clientId: sky, reason: 'no email address on file' }]);
    // Not yet accepted: inviting again sends a fresh link.
    const again = await a.okafor!.post(`/api/v1/relationships/${couple}/invitations`);
    expect(again.json().invited.sort()).toEqual([robin, river].sort());
    const links = await t.app.db.selectFrom('one_time_tokens').select('token_hash').where('purpose', '=', 'invitation').execute();
    expect(links.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps a partner’s private data from a relationship clinician taken off that partner’s care team', async () => {
    const paths = [`/api/v1/relationships/${couple}/history-summary`, `/api/v1/relationships/${couple}/measures`, `/api/v1/homework?relationshipId=${couple}`, `/api/v1/treatment-plans?relationshipId=${couple}`];
    for (const path of paths) expect([path, (await a.rivera!.get(path)).statusCode]).toEqual([path, 200]);
    // Sky now sees only Okafor individually; Rivera still co-leads the couple's sessions.
    expect((await a.owner!.request('PUT', `/api/v1/clients/${sky}/care-team`, { userIds: [u.okafor!.id] })).statusCode).toBe(200);
    for (const path of paths) expect([path, (await a.rivera!.get(path)).statusCode]).toEqual([path, 404]);
    const assign = await a.rivera!.post(`/api/v1/relationships/${couple}/measures/assignments`, { instrumentId: 'csi-4', schedule: 'once' });
    expect(assign.statusCode).toBe(404);
    expect((await a.okafor!.get(paths[0]!)).statusCode).toBe(200);
    const denied = await t.app.db.selectFrom('audit_events').select('action').where('actor_id', '=', u.rivera!.id).where('outcome', '=', 'denied').where('resource_id', '=', couple).execute();
    expect(denied.length).toBe(5);
  });
});

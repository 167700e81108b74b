import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, countRows, createTestApp, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

/**
 * Authorization: who may see which client. Two practices; in the first, two clinicians with
 * separate caseloads, an owner, a billing user, a supervisor and a client with a portal login.
 */
let t: TestApp;
let u: Record<string, SeededUser>;
let other: Record<string, SeededUser>;
const agents: Record<string, Agent> = {};
let okaforClientId: string;
let riveraClientId: string;
let otherPracticeClientId: string;
const CONCERN = 'Reports low desire since starting a new medication.';

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Practice One', [
    { key: 'okafor', roles: ['clinician'] },
    { key: 'rivera', roles: ['clinician'] },
    { key: 'owner', roles: ['owner'] },
    { key: 'billing', roles: ['billing'] },
    { key: 'supervisor', roles: ['supervisor', 'clinician'] },
  ]));
  ({ users: other } = await seedPractice(t, 'Practice Two', [{ key: 'outsider', roles: ['clinician', 'owner'] }]));
  for (const [key, user] of Object.entries({ ...u, outsider: other.outsider! })) {
    agents[key] = new Agent(t);
    await agents[key].signIn(user);
  }
  const created = await agents.okafor!.post('/api/v1/clients', {
    firstName: 'Alexandra', lastName: 'Morgan', preferredName: 'Alex', email: 'Alex@Example.test', dateOfBirth: '1989-04-17', presentingConcern: CONCERN,
  });
  expect(created.statusCode).toBe(201);
  okaforClientId = created.json().id;
  riveraClientId = (await agents.rivera!.post('/api/v1/clients', { firstName: 'Robin', lastName: 'Ellis', dateOfBirth: '1971-06-30' })).json().id;
  otherPracticeClientId = (await agents.outsider!.post('/api/v1/clients', { firstName: 'Casey', lastName: 'Other', dateOfBirth: '1980-01-01' })).json().id;
});
afterAll(async () => t.close());

describe('client records', () => {
  it('stores the record and puts the creating clinician on the care team', async () => {
    const res = await agents.okafor!.get(`/api/v1/clients/${okaforClientId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: okaforClientId, displayName: 'Alex Morgan', status: 'prospective', firstName: 'Alexandra', lastName: 'Morgan', preferredName: 'Alex',
      pronouns: null, email: 'alex@example.test', dateOfBirth: '1989-04-17', phone: null, address: null, emergencyContact: null,
      preferredContactMethod: null, okToLeaveMessage: null, okToLeaveVoicemail: null,
      careTeam: [{ id: u.okafor!.id, displayName: 'okafor' }],
      genderIdentity: null, sexAssignedAtBirth: null, sexualOrientation: null, relationshipStatus: null, relationshipStructure: null,
      relationshipStructureOther: null, relationships: [], presentingConcern: CONCERN,
    });
  });

  it('lists and searches only the clinician’s own caseload', async () => {
    expect((await agents.okafor!.get('/api/v1/clients')).json()).toEqual([{ id: okaforClientId, displayName: 'Alex Morgan', status: 'prospective' }]);
    expect((await agents.rivera!.get('/api/v1/clients')).json()).toEqual([{ id: riveraClientId, displayName: 'Robin Ellis', status: 'prospective' }]);
    expect((await agents.okafor!.get('/api/v1/clients?q=alex')).json()).toHaveLength(1);
    expect((await agents.okafor!.get('/api/v1/clients?q=robin')).json()).toEqual([]);
    expect((await agents.okafor!.get('/api/v1/clients?q=%25')).json()).toHaveLength(1);
  });

  it('refuses a client under 18 naming dateOfBirth, and writes nothing', async () => {
    const before = await countRows(t, 'clients');
    const res = await agents.okafor!.post('/api/v1/clients', { firstName: 'Young', lastName: 'Person', dateOfBirth: '2008-11-26' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'dateOfBirth', message: 'Candor is for adults: the client must be at least 18 years old' }]);
    const future = await agents.okafor!.post('/api/v1/clients', { firstName: 'Not', lastName: 'Born', dateOfBirth: '2027-01-01' });
    expect(future.json().errors).toEqual([{ field: 'dateOfBirth', message: 'cannot be in the future' }]);
    const impossible = await agents.okafor!.post('/api/v1/clients', { firstName: 'No', lastName: 'Date', dateOfBirth: '1990-02-30' });
    expect(impossible.json().errors).toEqual([{ field: 'dateOfBirth', message: 'must be a real date written YYYY-MM-DD' }]);
    expect(await countRows(t, 'clients')).toBe(before);
    // Exactly 18 today (the test clock reads 2026-11-25) is an adult.
    expect((await agents.okafor!.post('/api/v1/clients', { firstName: 'Just', lastName: 'Eighteen', dateOfBirth: '2008-11-25' })).statusCode).toBe(201);
  });

  it('caps the presenting concern and says the cap', async () => {
    const res = await agents.okafor!.post('/api/v1/clients', { firstName: 'Long', lastName: 'Text', dateOfBirth: '1990-01-01', presentingConcern: 'x'.repeat(5001) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'presentingConcern', message: 'must be at most 5000 characters' }]);
  });
});

describe('minimum necessary access', () => {
  it('answers 404 — the same as a missing id — to a clinician off the care team, and audits the attempt', async () => {
    const res = await agents.rivera!.get(`/api/v1/clients/${okaforClientId}`);
    const missing = await agents.rivera!.get('/api/v1/clients/01900000-0000-7000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect({ ...res.json(), requestId: null }).toEqual({ ...missing.json(), requestId: null });
    const denied = await t.app.db.selectFrom('audit_events').selectAll()
      .where('actor_id', '=', u.rivera!.id).where('resource_id', '=', okaforClientId).where('outcome', '=', 'denied').execute();
    expect(denied).toHaveLength(1);
    expect(denied[0]!.action).toBe('client.read');
  });

  it('answers 404 to a guessed id from another practice, even for its owner-clinician', async () => {
    expect((await agents.outsider!.get(`/api/v1/clients/${okaforClientId}`)).statusCode).toBe(404);
    expect((await agents.okafor!.get(`/api/v1/clients/${otherPracticeClientId}`)).statusCode).toBe(404);
    expect((await agents.owner!.get(`/api/v1/clients/${otherPracticeClientId}`)).statusCode).toBe(404);
    expect((await agents.outsider!.post(`/api/v1/clients/${okaforClientId}/portal-invitation`)).statusCode).toBe(404);
  });

  it('shows owners and billing administrative fields only — never clinical text', async () => {
    for (const who of ['owner', 'billing']) {
      const res = await agents[who]!.get(`/api/v1/clients/${okaforClientId}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).not.toHaveProperty('presentingConcern');
      expect(res.body).not.toContain('medication');
      expect((await agents[who]!.get('/api/v1/clients')).json()).toHaveLength(3);
    }
  });

  it('does not let owners or billing write clinical text, nor billing create clients', async () => {
    const res = await agents.owner!.post('/api/v1/clients', { firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01', presentingConcern: 'x', careTeam: [u.okafor!.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('presentingConcern');
    expect((await agents.billing!.post('/api/v1/clients', { firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01' })).statusCode).toBe(403);
    const ok = await agents.owner!.post('/api/v1/clients', { firstName: 'Owner', lastName: 'Made', dateOfBirth: '1990-01-01', careTeam: [u.rivera!.id] });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().careTeam).toEqual([{ id: u.rivera!.id, displayName: 'rivera' }]);
    const badTeam = await agents.owner!.post('/api/v1/clients', { firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01', careTeam: [u.billing!.id] });
    expect(badTeam.json().errors).toEqual([{ field: 'careTeam', message: 'every member must be a clinician of this practice' }]);
    const foreignTeam = await agents.owner!.post('/api/v1/clients', { firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01', careTeam: [other.outsider!.id] });
    expect(foreignTeam.json().errors[0].field).toBe('careTeam');
  });

  it('keeps the supervisor to their own care team until supervision is set up', async () => {
    expect((await agents.supervisor!.get(`/api/v1/clients/${okaforClientId}`)).statusCode).toBe(404);
  });

  it('audits every read of clinical data', async () => {
    const before = await countRows(t, 'audit_events');
    await agents.okafor!.get(`/api/v1/clients/${okaforClientId}`);
    const rows = await t.app.db.selectFrom('audit_events').selectAll().orderBy('chain_id').orderBy('seq', 'desc').limit(1)
      .where('actor_id', '=', u.okafor!.id).execute();
    expect(await countRows(t, 'audit_events')).toBe(before + 1);
    expect(rows[0]).toMatchObject({ action: 'client.read', resource_type: 'client', resource_id: okaforClientId, outcome: 'success', actor_role: 'clinician' });
  });
});

describe('the client portal', () => {
  it('invites the client, who then sees only their own record', async () => {
    const invite = await agents.okafor!.post(`/api/v1/clients/${okaforClientId}/portal-invitation`);
    expect(invite.statusCode).toBe(201);
    const row = await t.app.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', 'alex@example.test').executeTakeFirstOrThrow();
    const text = t.app.keyring.decrypt(row.body);
    expect(text).not.toContain('medication');
    const token = /accept-invitation#token=([A-Za-z0-9_-]+)/.exec(text)![1];
    const alex = new Agent(t);
    const accepted = await alex.post('/api/v1/auth/invitations/accept', { token, password: 'my own private passphrase' });
    expect(accepted.json()).toMatchObject({ stage: 'signed-in', user: { roles: ['client'], clientId: okaforClientId } });

    expect((await alex.get('/api/v1/portal/me')).json()).toEqual({
      client: { id: okaforClientId, displayName: 'Alex Morgan' }, practice: { name: 'Practice One' },
      nextSteps: [
        { kind: 'consent', title: 'Read and sign: Agreement to start therapy', done: false },
        { kind: 'consent', title: 'Read and sign: Fees, payment and cancellations', done: false },
        { kind: 'consent', title: 'Read and sign: Sessions by video (telehealth)', done: false },
        { kind: 'intake', title: 'Tell us about yourself', done: false },
      ],
    });
    const own = await alex.get(`/api/v1/clients/${okaforClientId}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).not.toHaveProperty('presentingConcern');
    expect((await alex.get(`/api/v1/clients/${riveraClientId}`)).statusCode).toBe(404);
    expect((await alex.get('/api/v1/clients')).statusCode).toBe(403);
    expect((await alex.get('/api/v1/practice')).statusCode).toBe(403);
  });

  it('refuses the portal to staff', async () => {
    expect((await agents.okafor!.get('/api/v1/portal/me')).statusCode).toBe(403);
  });
});

describe('portal invitations', () => {
  it('send a fresh link when the first was never accepted, but refuse once the account is active', async () => {
    const id = await (async () => (await agents.okafor!.post('/api/v1/clients', { firstName: 'Late', lastName: 'Reader', email: 'late@example.test', dateOfBirth: '1990-01-01' })).json().id as string)();
    expect((await agents.okafor!.post(`/api/v1/clients/${id}/portal-invitation`)).statusCode).toBe(201);
    t.clock.advance(8 * 86_400_000);
    for (const agent of Object.values(agents)) await agent.post('/api/v1/auth/sign-out');
    await agents.okafor!.signIn(u.okafor!);
    const again = await agents.okafor!.post(`/api/v1/clients/${id}/portal-invitation`);
    expect(again.statusCode).toBe(201);
    const mails = await t.app.db.selectFrom('mail_outbox').select('body').where('to_address', '=', 'late@example.test').orderBy('created_at', 'desc').execute();
    expect(mails).toHaveLength(2);
    const token = /accept-invitation#token=([A-Za-z0-9_-]+)/.exec(t.app.keyring.decrypt(mails[0]!.body))![1];
    const accepted = await new Agent(t).post('/api/v1/auth/invitations/accept', { token, password: 'finally reading this' });
    expect(accepted.statusCode).toBe(200);
    const third = await agents.okafor!.post(`/api/v1/clients/${id}/portal-invitation`);
    expect(third.json().errors).toEqual([{ field: 'email', message: 'an account with this email already exists' }]);
  });
});

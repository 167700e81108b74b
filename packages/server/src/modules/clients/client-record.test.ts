import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let id: string;

const full = {
  firstName: 'Morgan', lastName: 'Lee', preferredName: 'Mo', pronouns: 'they/them', email: 'mo@example.test', dateOfBirth: '1992-08-14',
  genderIdentity: 'Genderqueer', sexAssignedAtBirth: 'female', sexualOrientation: 'Queer', relationshipStatus: 'partnered',
  relationshipStructure: 'polyamorous', relationshipStructureOther: null,
  phone: '(773) 555-0123', address: '12 Lake St, Chicago IL 60601', emergencyContact: { name: 'Sam Lee', relationship: 'Sibling', phone: '(773) 555-0999' },
  preferredContactMethod: 'text', okToLeaveMessage: true, okToLeaveVoicemail: false,
};

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Records', [
    { key: 'okafor', roles: ['clinician'] }, { key: 'rivera', roles: ['clinician'] }, { key: 'owner', roles: ['owner'] }, { key: 'billing', roles: ['billing'] },
  ]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  const res = await a.okafor!.post('/api/v1/clients', full);
  expect(res.statusCode).toBe(201);
  id = res.json().id;
});
afterAll(async () => t.close());

describe('the client record', () => {
  it('keeps identity, relationship structure and contact details, inclusive free text included', async () => {
    const rec = (await a.okafor!.get(`/api/v1/clients/${id}`)).json();
    expect(rec).toMatchObject({ ...full, email: 'mo@example.test', displayName: 'Mo Lee', status: 'prospective', relationships: [] });
  });

  it('stores identity and contact details encrypted', async () => {
    const row = await t.app.db.selectFrom('clients').select(['identity', 'contact']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.identity).toMatch(/^v1\.t1\./);
    expect(row.contact).toMatch(/^v1\.t1\./);
    expect(`${row.identity}${row.contact}`).not.toContain('Genderqueer');
    expect(`${row.identity}${row.contact}`).not.toContain('555-0123');
  });

  it('gives owners and billing the administrative record only: no identity, orientation or clinical text', async () => {
    for (const who of ['owner', 'billing']) {
      const rec = (await a[who]!.get(`/api/v1/clients/${id}`)).json();
      expect(rec).toMatchObject({ pronouns: 'they/them', phone: '(773) 555-0123', okToLeaveVoicemail: false });
      for (const hidden of ['genderIdentity', 'sexAssignedAtBirth', 'sexualOrientation', 'relationshipStatus', 'relationshipStructure', 'relationships', 'presentingConcern']) {
        expect(rec).not.toHaveProperty(hidden);
      }
    }
  });

  it('lets the care team change any field, and null clear one', async () => {
    const res = await a.okafor!.patch(`/api/v1/clients/${id}`, { status: 'active', sexualOrientation: 'Pansexual', address: null });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'active', sexualOrientation: 'Pansexual', address: null, phone: '(773) 555-0123' });
  });

  it('lets the owner change administrative fields only, naming the first clinical one refused', async () => {
    expect((await a.owner!.patch(`/api/v1/clients/${id}`, { phone: '(773) 555-0000' })).json().phone).toBe('(773) 555-0000');
    const refused = await a.owner!.patch(`/api/v1/clients/${id}`, { genderIdentity: 'x' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'genderIdentity', message: 'only a clinician on the care team can change this' }]);
    expect((await a.billing!.patch(`/api/v1/clients/${id}`, { phone: '1' })).statusCode).toBe(404);
    expect((await a.rivera!.patch(`/api/v1/clients/${id}`, { phone: '1' })).statusCode).toBe(404);
  });

  it('refuses bad values by field: an unknown option, an under-18 date of birth', async () => {
    const bad = await a.okafor!.patch(`/api/v1/clients/${id}`, { preferredContactMethod: 'pigeon' });
    expect(bad.json().errors).toEqual([{ field: 'preferredContactMethod', message: 'must be one of: email, phone, text, portal' }]);
    const young = await a.okafor!.patch(`/api/v1/clients/${id}`, { dateOfBirth: '2010-01-01' });
    expect(young.json().errors).toEqual([{ field: 'dateOfBirth', message: 'Candor is for adults: the client must be at least 18 years old' }]);
    const contact = await a.okafor!.patch(`/api/v1/clients/${id}`, { emergencyContact: { name: 'X' } });
    expect(contact.json().errors).toEqual([{ field: 'emergencyContact.phone', message: 'is required' }]);
  });

  it('replaces the care team with clinicians of the practice', async () => {
    const res = await a.okafor!.request('PUT', `/api/v1/clients/${id}/care-team`, { userIds: [u.okafor!.id, u.rivera!.id] });
    expect(res.statusCode).toBe(200);
    expect(res.json().careTeam.map((m: { id: string }) => m.id).sort()).toEqual([u.okafor!.id, u.rivera!.id].sort());
    expect((await a.rivera!.get(`/api/v1/clients/${id}`)).statusCode).toBe(200);
    const billingMember = await a.okafor!.request('PUT', `/api/v1/clients/${id}/care-team`, { userIds: [u.billing!.id] });
    expect(billingMember.json().errors).toEqual([{ field: 'userIds', message: 'every member must be a clinician of this practice' }]);
  });
});

import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, countRows, createClientVia, createTestApp, portalAgentFor, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let robin: string;
let sky: string;
let robinPortal: Agent;

interface PortalConsent { versionId: string; kind: string; title: string; body: string; hash: string; version: number; signature: { typedName: string; signedAt: string } | null }

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Consenting', [{ key: 'okafor', roles: ['clinician'] }, { key: 'owner', roles: ['owner'] }]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  robin = await createClientVia(a.okafor!, { firstName: 'Robin', lastName: 'Ash', preferredName: 'Rob', email: 'robin@example.test' });
  sky = await createClientVia(a.okafor!, { firstName: 'Sky', lastName: 'Birch', email: 'sky@example.test' });
  await a.okafor!.post('/api/v1/relationships', { memberIds: [robin, sky], confidentialityPolicy: 'limited-secrets' });
  robinPortal = await portalAgentFor(t, a.okafor!, robin, 'robin@example.test');
});
afterAll(async () => t.close());

describe('consent documents', () => {
  it('ships plain-language defaults, including the talk-only boundaries', async () => {
    const docs = (await a.okafor!.get('/api/v1/consent-documents')).json() as { kind: string; appliesTo: string; currentVersion: { version: number; body: string; hash: string; title: string } }[];
    expect(docs.map((d) => d.kind)).toEqual([
      'informed-consent', 'fees-cancellation', 'telehealth', 'secrets-no-secrets', 'secrets-limited-secrets', 'secrets-individual-confidentiality',
    ]);
    const informed = docs[0]!.currentVersion;
    expect(informed.version).toBe(1);
    expect(informed.body).toContain('There is never any touching, nudity or sexual activity in sessions. You stay fully clothed at all times');
    expect(informed.body).toContain('if there is a serious risk that you may harm yourself or someone else');
    expect(informed.hash).toBe(createHash('sha256').update(`${informed.title}\n\n${informed.body}`).digest('hex'));
  });

  it('asks each partner to sign the documents for everyone plus their relationship’s secrets policy', async () => {
    const list = (await robinPortal.get('/api/v1/portal/consents')).json() as PortalConsent[];
    expect(list.map((c) => c.kind)).toEqual(['informed-consent', 'fees-cancellation', 'telehealth', 'secrets-limited-secrets']);
    expect(list.every((c) => c.signature === null)).toBe(true);
  });

  it('refuses a typed name that is not the client’s, naming the field', async () => {
    const [first] = (await robinPortal.get('/api/v1/portal/consents')).json() as PortalConsent[];
    const res = await robinPortal.post(`/api/v1/portal/consents/${first!.versionId}/signature`, { typedName: 'Sky Birch' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'typedName', message: 'type your full name as your therapist has it (Rob Ash)' }]);
  });

  it('records the version hash, time and address; a signed version cannot be signed again', async () => {
    const [first] = (await robinPortal.get('/api/v1/portal/consents')).json() as PortalConsent[];
    const res = await robinPortal.post(`/api/v1/portal/consents/${first!.versionId}/signature`, { typedName: '  robin   ash ' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ typedName: 'robin   ash', signedAt: t.clock.now().toISOString(), versionHash: first!.hash });
    const again = await robinPortal.post(`/api/v1/portal/consents/${first!.versionId}/signature`, { typedName: 'Rob Ash' });
    expect(again.statusCode).toBe(409);
    const clinicianView = (await a.okafor!.get(`/api/v1/clients/${robin}/consents`)).json() as { document: { kind: string }; signature: { ip: string; versionHash: string } | null }[];
    expect(clinicianView[0]!.signature).toMatchObject({ ip: robinPortal.ip, versionHash: first!.hash });
    expect(clinicianView.slice(1).every((c) => c.signature === null)).toBe(true);
  });

  it('will not sign a document that is not offered to this client', async () => {
    const docs = (await a.okafor!.get('/api/v1/consent-documents')).json() as { kind: string; currentVersion: { id: string } }[];
    const other = docs.find((d) => d.kind === 'secrets-no-secrets')!;
    const res = await robinPortal.post(`/api/v1/portal/consents/${other.currentVersion.id}/signature`, { typedName: 'Rob Ash' });
    expect(res.statusCode).toBe(404);
  });

  it('lets the owner publish a new version; the old signature stays and the new version waits', async () => {
    const docs = (await a.owner!.get('/api/v1/consent-documents')).json() as { id: string; kind: string; currentVersion: { id: string; title: string; body: string } }[];
    const informed = docs.find((d) => d.kind === 'informed-consent')!;
    expect((await a.okafor!.post(`/api/v1/consent-documents/${informed.id}/versions`, { title: 'X', body: 'Y' })).statusCode).toBe(403);
    const same = await a.owner!.post(`/api/v1/consent-documents/${informed.id}/versions`, { title: informed.currentVersion.title, body: informed.currentVersion.body });
    expect(same.json().errors).toEqual([{ field: 'body', message: 'is the same as the current version' }]);
    const published = await a.owner!.post(`/api/v1/consent-documents/${informed.id}/versions`, { title: informed.currentVersion.title, body: `${informed.currentVersion.body}\n\nUpdated.` });
    expect(published.statusCode).toBe(201);
    expect(published.json().version).toBe(2);
    const detail = (await a.owner!.get(`/api/v1/consent-documents/${informed.id}`)).json() as { versions: { version: number }[] };
    expect(detail.versions.map((v) => v.version)).toEqual([2, 1]);
    const list = (await robinPortal.get('/api/v1/portal/consents')).json() as PortalConsent[];
    expect(list[0]).toMatchObject({ kind: 'informed-consent', version: 2, signature: null });
    expect(await countRows(t, 'audit_events')).toBeGreaterThan(0);
    const kept = await t.app.db.selectFrom('consent_signatures').selectAll().where('client_id', '=', robin).execute();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.version_id).toBe(informed.currentVersion.id);
  });

  it('offers no way to change or delete a signature', async () => {
    const [first] = (await robinPortal.get('/api/v1/portal/consents')).json() as PortalConsent[];
    expect((await robinPortal.request('DELETE', `/api/v1/portal/consents/${first!.versionId}/signature`)).statusCode).toBe(404);
    expect((await robinPortal.request('PUT', `/api/v1/portal/consents/${first!.versionId}/signature`, { typedName: 'x' })).statusCode).toBe(404);
  });
});

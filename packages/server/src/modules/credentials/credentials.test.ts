import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, lastMailTo, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';
import { sendCredentialExpiryAlerts } from './credentials.service.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};

interface Credential {
  id: string; userId: string; kind: string; type: string; typeLabel: string; title: string | null; issuer: string | null; jurisdiction: string | null; number: string | null;
  year: number | null; issuedOn: string | null; expiresOn: string | null; status: string; daysUntilExpiry: number | null;
  verification: { verifiedAt: string; verifiedBy: string; verifiedByName: string; method: string; note: string | null } | null;
  documents: { id: string; filename: string; contentType: string; size: number; createdAt: string }[];
}

const licence = { kind: 'licence', type: 'social-work', title: 'Licensed Clinical Social Worker', issuer: 'Illinois IDFPR', jurisdiction: 'IL', number: 'LCSW-149.012345', issuedOn: '2021-12-01', expiresOn: '2027-11-30' };

async function countCredentials(): Promise<number> {
  return (await t.app.db.selectFrom('credentials').select('id').execute()).length;
}

async function auditActions(resourceId: string): Promise<string[]> {
  return (await t.app.db.selectFrom('audit_events').select('action').where('resource_id', '=', resourceId).orderBy('seq').execute()).map((r) => r.action);
}

async function mailsTo(email: string): Promise<{ subject: string; text: string }[]> {
  const rows = await t.app.db.selectFrom('mail_outbox').select(['subject', 'body']).where('to_address', '=', email).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ subject: r.subject, text: t.app.keyring.decrypt(r.body) }));
}

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Credentials', [
    { key: 'owner', roles: ['owner'] }, { key: 'okafor', roles: ['clinician'] }, { key: 'other', roles: ['clinician'] }, { key: 'billing', roles: ['billing'] },
  ]));
  const { users: far } = await seedPractice(t, 'Elsewhere', [{ key: 'farOwner', roles: ['owner', 'clinician'] }]);
  for (const [k, user] of Object.entries({ ...u, ...far })) { a[k] = new Agent(t); await a[k].signIn(user); }
});
afterAll(async () => t.close());

describe('recording credentials', () => {
  it('refuses a credential missing what its kind requires, an unknown type or a non-state jurisdiction, naming the field and writing nothing', async () => {
    const degree = await a.okafor!.post('/api/v1/credentials', { kind: 'degree', type: 'master' });
    expect(degree.statusCode).toBe(400);
    expect(degree.json().errors).toEqual([
      { field: 'title', message: 'the field of study is required for a degree' },
      { field: 'issuer', message: 'the institution is required for a degree' },
      { field: 'year', message: 'the year awarded is required for a degree' },
    ]);
    const noExpiry = await a.okafor!.post('/api/v1/credentials', { ...licence, expiresOn: undefined });
    expect(noExpiry.statusCode).toBe(400);
    expect(noExpiry.json().errors).toEqual([{ field: 'expiresOn', message: 'the expiry date is required for a licence' }]);
    const noNumber = await a.okafor!.post('/api/v1/credentials', { ...licence, number: null });
    expect(noNumber.json().errors).toEqual([{ field: 'number', message: 'the licence number is required' }]);
    const unknownType = await a.okafor!.post('/api/v1/credentials', { ...licence, type: 'astrology' });
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.json().errors).toEqual([{ field: 'type', message: 'must be one of: psychology, social-work, counseling, marriage-family-therapy, medicine, nursing' }]);
    // A degree's types are degree levels, not professions.
    expect((await a.okafor!.post('/api/v1/credentials', { kind: 'degree', type: 'social-work', title: 'Social work', issuer: 'Loyola', year: 2019 })).json().errors)
      .toEqual([{ field: 'type', message: 'must be one of: bachelor, master, doctorate' }]);
    const state = await a.okafor!.post('/api/v1/credentials', { ...licence, jurisdiction: 'Illinois' });
    expect(state.statusCode).toBe(400);
    expect(state.json().errors).toEqual([{ field: 'jurisdiction', message: 'must be a US state or territory code such as IL' }]);
    const backwards = await a.okafor!.post('/api/v1/credentials', { ...licence, issuedOn: '2028-01-01' });
    expect(backwards.json().errors).toEqual([{ field: 'expiresOn', message: 'must be on or after the date issued' }]);
    const notADate = await a.okafor!.post('/api/v1/credentials', { ...licence, expiresOn: '2027-02-31x' });
    expect(notADate.statusCode).toBe(400);
    expect(notADate.json().errors.map((e: { field: string }) => e.field)).toEqual(['expiresOn']);
    // A date the calendar does not have.
    const impossible = await a.okafor!.post('/api/v1/credentials', { ...licence, expiresOn: '2027-02-31' });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().errors).toEqual([{ field: 'expiresOn', message: 'must be a real date written YYYY-MM-DD' }]);
    expect((await a.okafor!.post('/api/v1/credentials', { ...licence, issuedOn: '2023-02-29' })).json().errors).toEqual([{ field: 'issuedOn', message: 'must be a real date written YYYY-MM-DD' }]);
    const otherCert = await a.okafor!.post('/api/v1/credentials', { kind: 'certification', type: 'other' });
    expect(otherCert.json().errors).toEqual([{ field: 'title', message: 'name the certification' }]);
    expect((await a.okafor!.post('/api/v1/credentials', { kind: 'diploma', type: 'master' })).json().errors[0].field).toBe('kind');
    expect(await countCredentials()).toBe(0);
  });

  it('keeps a clinician’s degree, licence and certification with their status and days to expiry', async () => {
    const degree = await a.okafor!.post('/api/v1/credentials', { kind: 'degree', type: 'master', title: 'Clinical social work', issuer: 'Loyola University Chicago', year: 2019 });
    expect(degree.statusCode).toBe(201);
    expect(degree.json()).toMatchObject({ userId: u.okafor!.id, kind: 'degree', type: 'master', typeLabel: "Master's degree", year: 2019, expiresOn: null, status: 'no-expiry', daysUntilExpiry: null, verification: null, documents: [] });
    const lic = await a.okafor!.post('/api/v1/credentials', licence);
    expect(lic.statusCode).toBe(201);
    // 2026-11-25 (Chicago) to 2027-11-30.
    expect(lic.json()).toMatchObject({ kind: 'licence', jurisdiction: 'IL', number: 'LCSW-149.012345', expiresOn: '2027-11-30', status: 'current', daysUntilExpiry: 370 });
    const cert = await a.okafor!.post('/api/v1/credentials', { kind: 'certification', type: 'aasect-cst', issuer: 'AASECT', expiresOn: '2027-01-15' });
    expect(cert.json()).toMatchObject({ typeLabel: 'AASECT Certified Sex Therapist', status: 'expiring', daysUntilExpiry: 51 });
    const list = (await a.okafor!.get('/api/v1/credentials')).json() as Credential[];
    expect(list.map((c) => c.kind)).toEqual(['certification', 'degree', 'licence']);
    expect(await auditActions(lic.json().id)).toEqual(['credential.create']);
  });

  it('lets only the owner see and manage someone else’s credentials; others get 404, and a non-clinician has no credentials of their own', async () => {
    const mine = (await a.okafor!.get('/api/v1/credentials')).json() as Credential[];
    const lic = mine.find((c) => c.kind === 'licence')!;
    expect((await a.other!.get(`/api/v1/credentials?userId=${u.okafor!.id}`)).statusCode).toBe(404);
    expect((await a.other!.patch(`/api/v1/credentials/${lic.id}`, { number: 'X-1' })).statusCode).toBe(404);
    expect((await a.other!.request('DELETE', `/api/v1/credentials/${lic.id}`)).statusCode).toBe(404);
    expect((await a.other!.post('/api/v1/credentials', { ...licence, userId: u.okafor!.id })).statusCode).toBe(404);
    expect((await a.billing!.get(`/api/v1/credentials?userId=${u.okafor!.id}`)).statusCode).toBe(404);
    expect((await a.billing!.get('/api/v1/credentials')).statusCode).toBe(403);
    expect((await a.owner!.get('/api/v1/credentials')).statusCode).toBe(403);
    // Another practice's owner cannot reach this practice's clinician.
    expect((await a.farOwner!.get(`/api/v1/credentials?userId=${u.okafor!.id}`)).statusCode).toBe(404);
    expect((await a.farOwner!.patch(`/api/v1/credentials/${lic.id}`, { number: 'X-1' })).statusCode).toBe(404);
    // The owner cannot record a credential for a non-clinician.
    expect((await a.owner!.post('/api/v1/credentials', { ...licence, userId: u.billing!.id })).statusCode).toBe(404);

    const seen = (await a.owner!.get(`/api/v1/credentials?userId=${u.okafor!.id}`)).json() as Credential[];
    expect(seen.map((c) => c.id).sort()).toEqual(mine.map((c) => c.id).sort());
    const added = await a.owner!.post('/api/v1/credentials', { ...licence, userId: u.other!.id, type: 'counseling', title: 'LCPC', number: 'LCPC-180.000111', expiresOn: '2027-02-01' });
    expect(added.statusCode).toBe(201);
    expect(added.json().userId).toBe(u.other!.id);
    expect(((await a.other!.get('/api/v1/credentials')).json() as Credential[]).map((c) => c.id)).toEqual([added.json().id]);
  });

  it('archives a credential: it leaves every list but the row stays', async () => {
    const created = (await a.okafor!.post('/api/v1/credentials', { kind: 'certification', type: 'other', title: 'EMDR basic training' })).json() as Credential;
    expect((await a.okafor!.request('DELETE', `/api/v1/credentials/${created.id}`)).statusCode).toBe(204);
    expect(((await a.okafor!.get('/api/v1/credentials')).json() as Credential[]).map((c) => c.id)).not.toContain(created.id);
    expect((await a.okafor!.patch(`/api/v1/credentials/${created.id}`, { title: 'Again' })).statusCode).toBe(404);
    const row = await t.app.db.selectFrom('credentials').select('archived_at').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.archived_at).toBe(t.clock.now().toISOString());
  });
});

describe('verification', () => {
  it('is the owner’s alone, records who, when and how, and is withdrawn when a verified fact changes', async () => {
    const lic = ((await a.okafor!.get('/api/v1/credentials')).json() as Credential[]).find((c) => c.kind === 'licence')!;
    expect((await a.okafor!.post(`/api/v1/credentials/${lic.id}/verification`, { method: 'primary-source-lookup' })).statusCode).toBe(403);
    expect((await a.billing!.post(`/api/v1/credentials/${lic.id}/verification`, { method: 'primary-source-lookup' })).statusCode).toBe(403);
    expect((await a.farOwner!.post(`/api/v1/credentials/${lic.id}/verification`, { method: 'primary-source-lookup' })).statusCode).toBe(404);
    const noNote = await a.owner!.post(`/api/v1/credentials/${lic.id}/verification`, { method: 'other' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors).toEqual([{ field: 'note', message: 'say how the credential was checked' }]);
    expect((await a.owner!.post(`/api/v1/credentials/${lic.id}/verification`, { method: 'by-feel' })).json().errors[0].field).toBe('method');
    expect((await t.app.db.selectFrom('credentials').select('verified_at').where('id', '=', lic.id).executeTakeFirstOrThrow()).verified_at).toBeNull();

    const verified = await a.owner!.post(`/api/v1/credentials/${lic.id}/verification`, { method: 'primary-source-lookup', note: 'IDFPR lookup, active' });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().verification).toEqual({ verifiedAt: t.clock.now().toISOString(), verifiedBy: u.owner!.id, verifiedByName: 'owner', method: 'primary-source-lookup', note: 'IDFPR lookup, active' });
    // The clinician sees it verified.
    expect(((await a.okafor!.get('/api/v1/credentials')).json() as Credential[]).find((c) => c.id === lic.id)!.verification!.verifiedByName).toBe('owner');

    // Saving the same facts keeps the verification.
    const same = await a.okafor!.patch(`/api/v1/credentials/${lic.id}`, { number: ' LCSW-149.012345 ', title: 'Licensed Clinical Social Worker', expiresOn: '2027-11-30' });
    expect(same.statusCode).toBe(200);
    expect(same.json().verification).not.toBeNull();
    expect(await auditActions(lic.id)).not.toContain('credential.verification-withdrawn');

    // A changed expiry withdraws it.
    const changed = await a.okafor!.patch(`/api/v1/credentials/${lic.id}`, { expiresOn: '2029-11-30' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ expiresOn: '2029-11-30', verification: null });
    const row = await t.app.db.selectFrom('credentials').selectAll().where('id', '=', lic.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ verified_at: null, verified_by: null, verification_method: null, verification_note: null });
    expect(await auditActions(lic.id)).toEqual(['credential.create', 'credential.verify', 'credential.update', 'credential.update', 'credential.verification-withdrawn']);

    // Verified again, then a changed number withdraws it too.
    expect((await a.owner!.post(`/api/v1/credentials/${lic.id}/verification`, { method: 'original-document' })).json().verification.method).toBe('original-document');
    expect((await a.owner!.patch(`/api/v1/credentials/${lic.id}`, { number: 'LCSW-149.099999' })).json().verification).toBeNull();
    // A patch that breaks the kind's rules is refused and changes nothing.
    const bad = await a.okafor!.patch(`/api/v1/credentials/${lic.id}`, { expiresOn: null });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'expiresOn', message: 'the expiry date is required for a licence' }]);
    expect((await t.app.db.selectFrom('credentials').select('expires_on').where('id', '=', lic.id).executeTakeFirstOrThrow()).expires_on).toBe('2029-11-30');
    // The owner can withdraw by hand.
    await a.owner!.post(`/api/v1/credentials/${lic.id}/verification`, { method: 'original-document' });
    expect((await a.okafor!.request('DELETE', `/api/v1/credentials/${lic.id}/verification`)).statusCode).toBe(403);
    const withdrawn = await a.owner!.request('DELETE', `/api/v1/credentials/${lic.id}/verification`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().verification).toBeNull();
  });

  it('refuses to verify an expired credential', async () => {
    const expired = (await a.okafor!.post('/api/v1/credentials', { ...licence, jurisdiction: 'WI', number: 'WI-1234-123', issuedOn: '2020-01-01', expiresOn: '2026-11-24' })).json() as Credential;
    expect(expired).toMatchObject({ status: 'expired', daysUntilExpiry: -1 });
    const res = await a.owner!.post(`/api/v1/credentials/${expired.id}/verification`, { method: 'primary-source-lookup' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'expiresOn', message: 'an expired credential cannot be marked verified; record the renewed one' }]);
    expect((await t.app.db.selectFrom('credentials').select('verified_at').where('id', '=', expired.id).executeTakeFirstOrThrow()).verified_at).toBeNull();
    // Expiring today is not yet expired.
    const today = (await a.okafor!.post('/api/v1/credentials', { ...licence, jurisdiction: 'IN', number: 'IN-77', issuedOn: '2020-01-01', expiresOn: '2026-11-25' })).json() as Credential;
    expect((await a.owner!.post(`/api/v1/credentials/${today.id}/verification`, { method: 'primary-source-lookup' })).statusCode).toBe(200);
    await a.okafor!.request('DELETE', `/api/v1/credentials/${expired.id}`);
    await a.okafor!.request('DELETE', `/api/v1/credentials/${today.id}`);
  });
});

describe('documents', () => {
  const canary = 'DOCUMENT-CANARY-7f3a';
  const pdf = Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${canary}) >> endobj\ntrailer << >>\n%%EOF\n`, 'latin1');
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR-png-body')]);
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF-jpeg-body')]);
  let credentialId: string;

  it('stores an uploaded licence PDF encrypted and returns the exact bytes to its holder and the owner only', async () => {
    credentialId = ((await a.okafor!.get('/api/v1/credentials')).json() as Credential[]).find((c) => c.kind === 'licence')!.id;
    const res = await a.okafor!.post(`/api/v1/credentials/${credentialId}/documents`, { filename: 'licence "2027".pdf', contentType: 'application/pdf', dataBase64: pdf.toString('base64') });
    expect(res.statusCode).toBe(201);
    const docs = (res.json() as Credential).documents;
    expect(docs).toEqual([{ id: expect.any(String), filename: 'licence _2027_.pdf', contentType: 'application/pdf', size: pdf.length, createdAt: t.clock.now().toISOString() }]);
    const documentId = docs[0]!.id;

    const row = await t.app.db.selectFrom('credential_documents').selectAll().where('id', '=', documentId).executeTakeFirstOrThrow();
    expect(row.content.startsWith('v1.t1.')).toBe(true);
    expect(row.content).not.toContain(pdf.toString('base64'));
    expect(row.content).not.toContain(canary);
    expect(row).toMatchObject({ credential_id: credentialId, size: pdf.length, uploaded_by: u.okafor!.id });

    const download = await a.okafor!.get(`/api/v1/credentials/${credentialId}/documents/${documentId}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.headers['content-disposition']).toBe('attachment; filename="licence _2027_.pdf"');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await a.owner!.get(`/api/v1/credentials/${credentialId}/documents/${documentId}`)).rawPayload.equals(pdf)).toBe(true);
    expect((await a.other!.get(`/api/v1/credentials/${credentialId}/documents/${documentId}`)).statusCode).toBe(404);
    expect((await a.billing!.get(`/api/v1/credentials/${credentialId}/documents/${documentId}`)).statusCode).toBe(404);
    expect((await a.farOwner!.get(`/api/v1/credentials/${credentialId}/documents/${documentId}`)).statusCode).toBe(404);
    // The document belongs to its credential: another credential's address does not reach it.
    const degreeId = ((await a.okafor!.get('/api/v1/credentials')).json() as Credential[]).find((c) => c.kind === 'degree')!.id;
    expect((await a.okafor!.get(`/api/v1/credentials/${degreeId}/documents/${documentId}`)).statusCode).toBe(404);
    expect((await a.other!.request('DELETE', `/api/v1/credentials/${credentialId}/documents/${documentId}`)).statusCode).toBe(404);
    expect(await auditActions(documentId)).toEqual(['credential.document.attach', 'credential.document.read', 'credential.document.read']);
  });

  it('accepts PNG and JPEG images and refuses a file that is not what it says or is over 600 KB', async () => {
    expect((await a.okafor!.post(`/api/v1/credentials/${credentialId}/documents`, { filename: 'card.png', contentType: 'image/png', dataBase64: png.toString('base64') })).statusCode).toBe(201);
    const withJpeg = await a.okafor!.post(`/api/v1/credentials/${credentialId}/documents`, { filename: 'card.jpg', contentType: 'image/jpeg', dataBase64: jpeg.toString('base64') });
    expect(withJpeg.statusCode).toBe(201);
    expect((withJpeg.json() as Credential).documents.map((d) => d.contentType)).toEqual(['application/pdf', 'image/png', 'image/jpeg']);
    const before = (await t.app.db.selectFrom('credential_documents').select('id').execute()).length;

    const pngAsPdf = await a.okafor!.post(`/api/v1/credentials/${credentialId}/documents`, { filename: 'x.pdf', contentType: 'application/pdf', dataBase64: png.toString('base64') });
    expect(pngAsPdf.statusCode).toBe(400);
    expect(pngAsPdf.json().errors).toEqual([{ field: 'dataBase64', message: 'the file is not a PDF' }]);
    const pdfAsJpeg = await a.okafor!.post(`/api/v1/credentials/${credentialId}/documents`, { filename: 'x.jpg', contentType: 'image/jpeg', dataBase64: pdf.toString('base64') });
    expect(pdfAsJpeg.json().errors).toEqual([{ field: 'dataBase64', message: 'the file is not a JPEG image' }]);
    const notBase64 = await a.okafor!.post(`/api/v1/credentials/${credentialId}/documents`, { filename: 'x.pdf', contentType: 'application/pdf', dataBase64: '%PDF-1.4 not base64' });
    expect(notBase64.json().errors).toEqual([{ field: 'dataBase64', message: 'must be base64' }]);
    expect((await a.okafor!.post(`/api/v1/credentials/${credentialId}/documents`, { filename: 'x.gif', contentType: 'image/gif', dataBase64: png.toString('base64') })).json().errors[0].field).toBe('contentType');
    const big = Buffer.concat([pdf, Buffer.alloc(600 * 1024 + 1 - pdf.length, 0x20)]);
    const tooBig = await a.okafor!.post(`/api/v1/credentials/${credentialId}/documents`, { filename: 'big.pdf', contentType: 'application/pdf', dataBase64: big.toString('base64') });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().errors).toEqual([{ field: 'dataBase64', message: 'the file is larger than 600 KB' }]);
    // Exactly 600 KB is allowed.
    const limit = Buffer.concat([pdf, Buffer.alloc(600 * 1024 - pdf.length, 0x20)]);
    const atLimit = await a.okafor!.post(`/api/v1/credentials/${credentialId}/documents`, { filename: 'limit.pdf', contentType: 'application/pdf', dataBase64: limit.toString('base64') });
    expect(atLimit.statusCode).toBe(201);
    const limitDoc = (atLimit.json() as Credential).documents.find((d) => d.filename === 'limit.pdf')!;
    expect(limitDoc.size).toBe(600 * 1024);
    expect((await t.app.db.selectFrom('credential_documents').select('id').execute()).length).toBe(before + 1);
    expect((await a.okafor!.get(`/api/v1/credentials/${credentialId}/documents/${limitDoc.id}`)).rawPayload.equals(limit)).toBe(true);

    expect((await a.okafor!.request('DELETE', `/api/v1/credentials/${credentialId}/documents/${limitDoc.id}`)).statusCode).toBe(204);
    expect(await t.app.db.selectFrom('credential_documents').select('id').where('id', '=', limitDoc.id).executeTakeFirst()).toBeUndefined();
    expect((await a.okafor!.get(`/api/v1/credentials/${credentialId}/documents/${limitDoc.id}`)).statusCode).toBe(404);
  });
});

describe('expiry on Today and by email', () => {
  interface Alert { credentialId: string; userId: string; clinicianName: string; kind: string; label: string; expiresOn: string; daysUntilExpiry: number }

  it('shows each clinician their own credentials expiring within 90 days, and the owner everyone’s', async () => {
    const okaforCert = ((await a.okafor!.get('/api/v1/credentials')).json() as Credential[]).find((c) => c.kind === 'certification')!;
    const otherLicence = ((await a.other!.get('/api/v1/credentials')).json() as Credential[])[0]!;
    const mine = (await a.okafor!.get('/api/v1/today')).json().credentialAlerts as Alert[];
    expect(mine).toEqual([{ credentialId: okaforCert.id, userId: u.okafor!.id, clinicianName: 'okafor', kind: 'certification', label: 'AASECT Certified Sex Therapist', expiresOn: '2027-01-15', daysUntilExpiry: 51 }]);
    const theirs = (await a.other!.get('/api/v1/today')).json().credentialAlerts as Alert[];
    expect(theirs).toEqual([{ credentialId: otherLicence.id, userId: u.other!.id, clinicianName: 'other', kind: 'licence', label: 'LCPC (IL)', expiresOn: '2027-02-01', daysUntilExpiry: 68 }]);
    const owner = (await a.owner!.get('/api/v1/today')).json().credentialAlerts as Alert[];
    expect(owner.map((x) => x.credentialId)).toEqual([okaforCert.id, otherLicence.id]);
    expect((await a.billing!.get('/api/v1/today')).json().credentialAlerts).toEqual([]);
    expect((await a.farOwner!.get('/api/v1/today')).json().credentialAlerts).toEqual([]);
  });

  it('emails the holder once at 90, 30 and 7 days, and a credential recorded late only at the nearest threshold', async () => {
    const { users: m } = await seedPractice(t, 'Mailing', [{ key: 'mailer', roles: ['clinician'] }, { key: 'late', roles: ['clinician'] }, { key: 'neighbour', roles: ['clinician'] }]);
    const mailer = new Agent(t);
    await mailer.signIn(m.mailer!);
    // 100 days ahead of the practice's today (2026-11-25 in Chicago).
    const created = await mailer.post('/api/v1/credentials', { ...licence, number: 'MAILER-1', expiresOn: '2027-03-05' });
    expect(created.json().daysUntilExpiry).toBe(100);
    const neighbour = new Agent(t);
    await neighbour.signIn(m.neighbour!);
    await neighbour.post('/api/v1/credentials', { ...licence, title: 'Neighbour licence', number: 'NEIGHBOUR-9', expiresOn: '2027-03-05' });

    await sendCredentialExpiryAlerts(t.app);
    expect(await mailsTo(m.mailer!.email)).toEqual([]);

    t.clock.advance(11 * 86_400_000);
    await sendCredentialExpiryAlerts(t.app);
    const first = await mailsTo(m.mailer!.email);
    expect(first).toHaveLength(1);
    expect(first[0]!.subject).toBe('Your licence expires in 89 days');
    expect(first[0]!.text).toContain('Hello mailer,');
    expect(first[0]!.text).toContain('Licensed Clinical Social Worker (IL) expires on 2027-03-05');
    expect(first[0]!.text).toContain('http://candor.test/credentials');
    for (const foreign of ['neighbour', 'NEIGHBOUR-9', 'MAILER-1', 'okafor', 'LCSW-149', m.neighbour!.email]) expect(first[0]!.text).not.toContain(foreign);
    expect(await mailsTo(m.neighbour!.email)).toHaveLength(1);

    await sendCredentialExpiryAlerts(t.app);
    expect(await mailsTo(m.mailer!.email)).toHaveLength(1);

    t.clock.advance(60 * 86_400_000);
    await sendCredentialExpiryAlerts(t.app);
    await sendCredentialExpiryAlerts(t.app);
    const second = await mailsTo(m.mailer!.email);
    expect(second.map((x) => x.subject)).toEqual(['Your licence expires in 89 days', 'Your licence expires in 29 days']);
    expect((await lastMailTo(t, m.mailer!.email)).subject).toBe('Your licence expires in 29 days');
    const claimed = await t.app.db.selectFrom('credential_alerts').select(['days_before', 'expires_on']).where('credential_id', '=', created.json().id).orderBy('days_before').execute();
    expect(claimed).toEqual([{ days_before: 30, expires_on: '2027-03-05' }, { days_before: 90, expires_on: '2027-03-05' }]);

    // Recorded five days before its expiry: only the 7-day email, and only once.
    const late = new Agent(t);
    await late.signIn(m.late!);
    const lateLicence = await late.post('/api/v1/credentials', { ...licence, number: 'LATE-5', issuedOn: '2024-01-01', expiresOn: '2027-02-09' });
    expect(lateLicence.json().daysUntilExpiry).toBe(5);
    await sendCredentialExpiryAlerts(t.app);
    t.clock.advance(2 * 86_400_000);
    await sendCredentialExpiryAlerts(t.app);
    const lateMail = await mailsTo(m.late!.email);
    expect(lateMail.map((x) => x.subject)).toEqual(['Your licence expires in 5 days']);
    expect((await t.app.db.selectFrom('credential_alerts').select('days_before').where('credential_id', '=', lateLicence.json().id).execute())).toEqual([{ days_before: 7 }]);
    expect(await mailsTo(m.mailer!.email)).toHaveLength(2);
  });
});

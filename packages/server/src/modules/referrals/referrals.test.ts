import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, portalAgentFor, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';
import { pdfText } from '../../test/pdf-text.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let alexId: string, jamieId: string;
let alex: Agent;
const PARTNER_SECRET = 'PARTNER-ONLY-Bupropion-XL';

async function submitHistory(agent: Agent, base: string, answers: unknown) {
  const draft = (await agent.post(`${base}`)).json();
  await agent.request('PUT', `${base}/${draft.id}`, { answers, revision: draft.revision });
  const res = await agent.post(`${base}/${draft.id}/submit`, { revision: draft.revision + 1 });
  expect(res.statusCode).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Referring Practice', [{ key: 'okafor', roles: ['clinician'] }, { key: 'rivera', roles: ['clinician'] }]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  alexId = await createClientVia(a.okafor!, { firstName: 'Alexandra', lastName: 'Morgan', preferredName: 'Alex', email: 'alex@example.test', dateOfBirth: '1989-04-17' });
  jamieId = await createClientVia(a.okafor!, { firstName: 'Jamie', lastName: 'Chen', email: 'jamie@example.test' });
  await a.okafor!.post('/api/v1/relationships', { memberIds: [alexId, jamieId], confidentialityPolicy: 'limited-secrets' });
  alex = await portalAgentFor(t, a.okafor!, alexId, 'alex@example.test');
  await submitHistory(alex, '/api/v1/portal/intakes', {
    concerns: [{ kind: 'pain-penetration', onset: { type: 'date', date: '2023-05' }, course: 'acquired' }],
    medications: [{ name: 'Sertraline', dose: '50 mg', since: '2023-09' }],
    conditions: [{ name: 'Endometriosis', since: '2019' }],
  });
  await submitHistory(a.okafor!, `/api/v1/clients/${jamieId}/intakes`, { medications: [{ name: PARTNER_SECRET }] });
});
afterAll(async () => t.close());

describe('releases of information', () => {
  it('are drafted by the clinician and signed by the client in the portal', async () => {
    const created = await a.okafor!.post(`/api/v1/clients/${alexId}/releases`, {
      recipientName: 'Dr. Lena Ortiz', recipientOrganization: 'Lakeshore Women’s Health', purpose: 'Assessment of pain with penetration',
      allowed: ['identification', 'referral-reason', 'medications'], expiresOn: '2027-05-25',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'awaiting-signature', signature: null, allowed: [
      { item: 'identification', label: 'Your name and date of birth' }, { item: 'referral-reason', label: 'Why your therapist is referring you' }, { item: 'medications', label: 'Your medicines' },
    ] });
    const mine = (await alex.get('/api/v1/portal/releases')).json();
    expect(mine).toHaveLength(1);
    const wrong = await alex.post(`/api/v1/portal/releases/${mine[0].id}/signature`, { typedName: 'Jamie Chen' });
    expect(wrong.json().errors).toEqual([{ field: 'typedName', message: 'type your full name as your therapist has it (Alex Morgan)' }]);
    const signed = await alex.post(`/api/v1/portal/releases/${mine[0].id}/signature`, { typedName: 'Alex Morgan' });
    expect(signed.json()).toMatchObject({ status: 'signed', signature: { typedName: 'Alex Morgan' } });
    expect((await alex.post(`/api/v1/portal/releases/${mine[0].id}/signature`, { typedName: 'Alex Morgan' })).statusCode).toBe(409);
  });

  it('refuse an expiry date that is not in the future', async () => {
    const res = await a.okafor!.post(`/api/v1/clients/${alexId}/releases`, { recipientName: 'X', purpose: 'Y', allowed: ['identification'], expiresOn: '2026-11-25' });
    expect(res.json().errors).toEqual([{ field: 'expiresOn', message: 'must be a date after today' }]);
  });
});

describe('the referral lifecycle', () => {
  let referralId: string;
  let releaseId: string;

  it('drafts a referral to a specialty, with a due date set by urgency', async () => {
    const res = await a.okafor!.post(`/api/v1/clients/${alexId}/referrals`, { specialty: 'gynecology', urgency: 'soon', reason: 'Pain with penetration since childbirth; please assess.' });
    expect(res.statusCode).toBe(201);
    referralId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'drafted', specialtyLabel: 'Gynecology', recipientName: null, overdue: false });
    releaseId = (await a.okafor!.get(`/api/v1/clients/${alexId}/releases`)).json()[0].id;
  });

  it('refuses to send without a recipient, or under a release that does not name them', async () => {
    const noRecipient = await a.okafor!.post(`/api/v1/referrals/${referralId}/send`, { releaseId });
    expect(noRecipient.json().errors).toEqual([{ field: 'recipientName', message: 'name the recipient before sending' }]);
    await a.okafor!.patch(`/api/v1/referrals/${referralId}`, { recipientName: 'Dr. Someone Else' });
    const mismatch = await a.okafor!.post(`/api/v1/referrals/${referralId}/send`, { releaseId });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors).toEqual([{ field: 'releaseId', message: 'this release names Dr. Lena Ortiz, not Dr. Someone Else' }]);
    expect((await a.okafor!.get(`/api/v1/referrals/${referralId}`)).json().status).toBe('drafted');
  });

  it('refuses a release the client has not signed', async () => {
    const unsigned = (await a.okafor!.post(`/api/v1/clients/${alexId}/releases`, { recipientName: 'Dr. Someone Else', purpose: 'x', allowed: ['identification'], expiresOn: '2027-01-01' })).json();
    const res = await a.okafor!.post(`/api/v1/referrals/${referralId}/send`, { releaseId: unsigned.id });
    expect(res.json().errors).toEqual([{ field: 'releaseId', message: 'the client has not signed this release yet' }]);
  });

  it('sends under the matching release; the letter carries only what the release allows and nothing of the partner', async () => {
    await a.okafor!.patch(`/api/v1/referrals/${referralId}`, { recipientName: 'dr. lena ortiz', recipientOrganization: 'Lakeshore Women’s Health' });
    const sent = await a.okafor!.post(`/api/v1/referrals/${referralId}/send`, { releaseId });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', releaseId, sentAt: t.clock.now().toISOString() });

    const letter = (await a.okafor!.get(`/api/v1/referrals/${referralId}/letter`)).json() as { blocks: { kind: string; text: string }[] };
    const text = letter.blocks.map((b) => b.text).join('\n');
    expect(letter.blocks[0]).toEqual({ kind: 'letterhead', text: 'Referring Practice' });
    expect(text).toContain('Re: Alexandra Morgan, born 1989-04-17');
    expect(text).toContain('Pain with penetration since childbirth; please assess.');
    expect(text).toContain('Sertraline, 50 mg, since 2023-09');
    expect(text).not.toContain('Endometriosis'); // conditions were not released
    expect(text).not.toContain('Concerns described');
    expect(text).not.toContain(PARTNER_SECRET);

    const pdf = await a.okafor!.get(`/api/v1/referrals/${referralId}/letter.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="referral-letter.pdf"');
    const pdfBody = pdf.rawPayload;
    expect(pdfBody.subarray(0, 5).toString()).toBe('%PDF-');
    const drawn = pdfText(pdfBody);
    expect(drawn).toContain('Re: Alexandra Morgan, born 1989-04-17');
    expect(drawn).toContain('Sertraline, 50 mg, since 2023-09');
    expect(drawn).not.toContain('Endometriosis');
    expect(drawn).not.toContain(PARTNER_SECRET);
  });

  it('cannot change a sent referral’s recipient, and follows the lifecycle to closed with an outcome', async () => {
    const locked = await a.okafor!.patch(`/api/v1/referrals/${referralId}`, { recipientName: 'Someone' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().errors).toEqual([{ field: 'recipientName', message: 'cannot change after the referral is sent' }]);
    expect((await a.okafor!.post(`/api/v1/referrals/${referralId}/transition`, { to: 'acknowledged' })).json().status).toBe('acknowledged');
    const noOutcome = await a.okafor!.post(`/api/v1/referrals/${referralId}/transition`, { to: 'closed' });
    expect(noOutcome.json().errors).toEqual([{ field: 'outcome', message: 'record what the recipient reported before closing' }]);
    const seen = await a.okafor!.post(`/api/v1/referrals/${referralId}/transition`, { to: 'seen', outcome: 'Examined; vestibulodynia diagnosed; pelvic-floor PT started.' });
    expect(seen.json()).toMatchObject({ status: 'seen', outcome: 'Examined; vestibulodynia diagnosed; pelvic-floor PT started.' });
    expect((await a.okafor!.post(`/api/v1/referrals/${referralId}/transition`, { to: 'closed' })).json().status).toBe('closed');
    const backwards = await a.okafor!.post(`/api/v1/referrals/${referralId}/transition`, { to: 'acknowledged' });
    expect(backwards.statusCode).toBe(409);
    expect(backwards.json().errors).toEqual([{ field: 'to', message: 'cannot follow closed' }]);
  });

  it('keeps the letter exactly as sent, even after the client withdraws its release', async () => {
    const before = (await a.okafor!.get(`/api/v1/referrals/${referralId}/letter`)).json();
    expect((await alex.post(`/api/v1/portal/releases/${releaseId}/revoke`)).json().status).toBe('revoked');
    const after = await a.okafor!.get(`/api/v1/referrals/${referralId}/letter`);
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual(before);
    expect(pdfText((await a.okafor!.get(`/api/v1/referrals/${referralId}/letter.pdf`)).rawPayload)).toContain('Sertraline, 50 mg, since 2023-09');
  });

  it('refuses a letter once the client withdraws the release', async () => {
    const rel = (await a.okafor!.post(`/api/v1/clients/${alexId}/releases`, { recipientName: 'Pat Physio', purpose: 'PT', allowed: ['identification'], expiresOn: '2027-03-01' })).json();
    await alex.post(`/api/v1/portal/releases/${rel.id}/signature`, { typedName: 'Alexandra Morgan' });
    const ref = (await a.okafor!.post(`/api/v1/clients/${alexId}/referrals`, { specialty: 'pelvic-floor-physical-therapy', urgency: 'routine', reason: 'PT', recipientName: 'Pat Physio' })).json();
    expect((await a.okafor!.get(`/api/v1/referrals/${ref.id}/letter?releaseId=${rel.id}`)).statusCode).toBe(200);
    expect((await alex.post(`/api/v1/portal/releases/${rel.id}/revoke`)).json().status).toBe('revoked');
    const refused = await a.okafor!.post(`/api/v1/referrals/${ref.id}/send`, { releaseId: rel.id });
    expect(refused.json().errors).toEqual([{ field: 'releaseId', message: 'the client withdrew this release' }]);
  });

  it('lists overdue referrals on the clinician’s Today page after the expected time', async () => {
    const rel = (await a.okafor!.post(`/api/v1/clients/${alexId}/releases`, { recipientName: 'Dr. Urgent', purpose: 'x', allowed: ['identification'], expiresOn: '2027-06-01' })).json();
    await alex.post(`/api/v1/portal/releases/${rel.id}/signature`, { typedName: 'Alex Morgan' });
    const ref = (await a.okafor!.post(`/api/v1/clients/${alexId}/referrals`, { specialty: 'urology', urgency: 'urgent', reason: 'x', recipientName: 'Dr. Urgent' })).json();
    await a.okafor!.post(`/api/v1/referrals/${ref.id}/send`, { releaseId: rel.id });
    expect((await a.okafor!.get('/api/v1/today')).json().overdueReferrals).toEqual([]);
    t.clock.advance(8 * 86_400_000);
    await a.okafor!.signIn(u.okafor!);
    const today = (await a.okafor!.get('/api/v1/today')).json();
    expect(today.overdueReferrals).toEqual([expect.objectContaining({ id: ref.id, clientId: alexId, clientName: 'Alex Morgan', specialtyLabel: 'Urology', status: 'sent' })]);
    await a.rivera!.signIn(u.rivera!);
    expect((await a.rivera!.get('/api/v1/today')).json().overdueReferrals).toEqual([]);
  });

  it('hides referrals from clinicians off the care team and from the client', async () => {
    expect((await a.rivera!.get(`/api/v1/referrals/${referralId}`)).statusCode).toBe(404);
    expect((await a.rivera!.get(`/api/v1/referrals/${referralId}/letter.pdf`)).statusCode).toBe(404);
    expect((await alex.post('/api/v1/auth/sign-in', { email: 'alex@example.test', password: 'a private passphrase' })).statusCode).toBe(200);
    expect((await alex.get(`/api/v1/referrals/${referralId}`)).statusCode).toBe(404);
  });
});

describe('an expired request for permission', () => {
  it('cannot be signed once the request has expired', async () => {
    const rel = (await a.okafor!.post(`/api/v1/clients/${alexId}/releases`, { recipientName: 'Dr. Late', purpose: 'x', allowed: ['identification'], expiresOn: '2026-12-30' })).json();
    t.clock.advance(30 * 86_400_000);
    await alex.post('/api/v1/auth/sign-in', { email: 'alex@example.test', password: 'a private passphrase' });
    await a.okafor!.signIn(u.okafor!);
    const res = await alex.post(`/api/v1/portal/releases/${rel.id}/signature`, { typedName: 'Alex Morgan' });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([{ field: 'expiresOn', message: 'passed on 2026-12-30' }]);
  });
});

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_LOGIN, seedDemo } from '../modules/demo/seed-demo.js';
import { createTestApp, demoAgent, type TestApp } from '../test/harness.js';
import { createKeyring, KeyError } from './crypto.js';
import { ENCRYPTED_COLUMNS } from './encrypted-columns.js';

/**
 * Every encrypted column, filled by the demo practice through the real services and the rest
 * through the API: each holds
 * only ciphertext under the configured key, and a wrong key reads none of it (an error, never
 * garbage). The canary test beside it (encryption.test.ts) checks the raw database bytes.
 */
let t: TestApp;
const CIPHERTEXT = /^v1\.t1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.app);
  // What the demo does not fill, written through the API as a clinician and a client would.
  const okafor = await demoAgent(t, 'amara.okafor@demo.candor.test');
  const alex = await demoAgent(t, DEMO_CLIENT_LOGIN.email, false);
  const alexId = ((await alex.get('/api/v1/portal/me')).json() as { client: { id: string } }).client.id;
  // A referral's notes and, once closed, its outcome.
  const referral = ((await okafor.get(`/api/v1/clients/${alexId}/referrals`)).json() as { id: string; status: string }[]).find((r) => r.status === 'sent')!;
  expect((await okafor.patch(`/api/v1/referrals/${referral.id}`, { notes: 'Phoned the clinic; appointment booked.' })).statusCode).toBe(200);
  expect((await okafor.post(`/api/v1/referrals/${referral.id}/transition`, { to: 'closed', outcome: 'Seen; no physical cause found.' })).statusCode).toBe(200);
  // A questionnaire half answered (its draft), and one sent with a critical answer: the alert, acknowledged.
  expect((await okafor.post(`/api/v1/clients/${alexId}/measures/assignments`, { instrumentId: 'gad-7', schedule: 'once' })).statusCode).toBe(201);
  const due = (await alex.get('/api/v1/portal/measures')).json() as { requestId: string; instrumentId: string }[];
  const gad7 = due.find((r) => r.instrumentId === 'gad-7')!;
  expect((await alex.request('PUT', `/api/v1/portal/measures/${gad7.requestId}/draft`, { answers: [1, 2, null, null, null, null, null] })).statusCode).toBe(200);
  const phq9 = due.find((r) => r.instrumentId === 'phq-9')!;
  expect((await alex.post(`/api/v1/portal/measures/${phq9.requestId}/submit`, { answers: [1, 1, 1, 1, 1, 1, 1, 1, 1] })).statusCode).toBe(200);
  const alert = ((await okafor.get('/api/v1/today')).json() as { safetyAlerts: { id: string }[] }).safetyAlerts[0]!;
  expect((await okafor.post(`/api/v1/safety-alerts/${alert.id}/acknowledge`, { actionTaken: 'Called the client; safety plan reviewed.' })).statusCode).toBe(200);
  // Alex's request for her record (the demo's) released, and a second one declined with a reason.
  const [pending] = (await okafor.get(`/api/v1/clients/${alexId}/record-requests`)).json() as { id: string }[];
  expect((await okafor.post(`/api/v1/record-requests/${pending!.id}/release`)).statusCode).toBe(200);
  const again = (await alex.post('/api/v1/portal/record-requests')).json() as { id: string };
  expect((await okafor.post(`/api/v1/record-requests/${again.id}/decline`, { reason: 'A copy was released last week; ask me about anything missing.' })).statusCode).toBe(200);
  // A webhook (its signing secret).
  const owner = await demoAgent(t, 'priya.natarajan@demo.candor.test');
  expect((await owner.post('/api/v1/webhooks', { url: 'https://hooks.example.test/candor', events: ['referral.sent'] })).statusCode).toBe(201);
  // A licence's scanned document.
  const credential = ((await okafor.get('/api/v1/credentials')).json() as { id: string }[])[0]!;
  const pdf = Buffer.from('%PDF-1.4\n% licence scan\n%%EOF\n').toString('base64');
  expect((await okafor.post(`/api/v1/credentials/${credential.id}/documents`, { filename: 'licence.pdf', contentType: 'application/pdf', dataBase64: pdf })).statusCode).toBe(201);
}, 120_000);
afterAll(async () => t.close());

async function storedValues(table: string, column: string): Promise<string[]> {
  const rows = await t.app.db.selectFrom(table as 'users').select(`${column} as value` as 'id').where(column as 'id', 'is not', null).execute();
  return rows.map((r) => (r as unknown as { value: string }).value);
}

describe('encrypted columns', () => {
  it('hold only ciphertext under the configured key, every one of them in use', async () => {
    const unused: string[] = [];
    const plaintext: string[] = [];
    let values = 0;
    for (const { table, column } of ENCRYPTED_COLUMNS) {
      const stored = await storedValues(table, column);
      if (stored.length === 0) unused.push(`${table}.${column}`);
      for (const value of stored) {
        values++;
        if (!CIPHERTEXT.test(value)) plaintext.push(`${table}.${column}: ${value.slice(0, 12)}…`);
        else expect(typeof t.app.keyring.decrypt(value)).toBe('string');
      }
    }
    process.stdout.write(`encryption: ${ENCRYPTED_COLUMNS.length} encrypted columns, ${values} stored values, all ciphertext\n`);
    expect(plaintext).toEqual([]);
    expect(unused).toEqual([]);
  });

  it('refuse a wrong key with an error for every value, never returning garbage', async () => {
    const wrong = createKeyring([{ id: 't1', key: randomBytes(32) }]);
    const missing = createKeyring([{ id: 't2', key: randomBytes(32) }]);
    for (const { table, column } of ENCRYPTED_COLUMNS) {
      const [value] = await storedValues(table, column);
      expect(() => wrong.decrypt(value!), `${table}.${column}`).toThrow(new KeyError('value could not be decrypted with key "t1" (wrong key or altered data)'));
      expect(() => missing.decrypt(value!), `${table}.${column}`).toThrow(new KeyError('encryption key "t1" is not configured'));
      // An altered authentication tag (its first character carries six whole bits) is refused too.
      const parts = value!.split('.');
      parts[3] = `${parts[3]![0] === 'A' ? 'B' : 'A'}${parts[3]!.slice(1)}`;
      expect(() => t.app.keyring.decrypt(parts.join('.')), `${table}.${column}`).toThrow(new KeyError('value could not be decrypted with key "t1" (wrong key or altered data)'));
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, seedPractice, type SeededUser, type TestApp } from '../test/harness.js';

/** The owner's outbox: whole when it is the only delivery, without one-time links once mail goes by SMTP. */
let local: TestApp;
let smtp: TestApp;
const owners: Record<string, SeededUser> = {};

beforeAll(async () => {
  local = await createTestApp();
  // The dispatcher is not started in tests: rows stay pending, as they are before SMTP takes them.
  smtp = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:2525' });
  owners.local = (await seedPractice(local, 'Local', [{ key: 'owner', roles: ['owner'] }])).users.owner!;
  owners.smtp = (await seedPractice(smtp, 'Smtp', [{ key: 'owner', roles: ['owner'] }])).users.owner!;
});
afterAll(async () => {
  await local.close();
  await smtp.close();
});

async function inviteAndReadOutbox(t: TestApp, owner: SeededUser): Promise<{ text: string; status: string }> {
  const agent = new Agent(t);
  await agent.signIn(owner);
  expect((await agent.post('/api/v1/practice/invitations', { email: 'colleague@example.test', displayName: 'Colleague', roles: ['clinician'] })).statusCode).toBe(201);
  const outbox = (await agent.get('/api/v1/outbox')).json() as { text: string; status: string }[];
  return outbox[0]!;
}

describe('the outbox', () => {
  it('shows a local message whole, one-time link included (it is the only way it is delivered)', async () => {
    const message = await inviteAndReadOutbox(local, owners.local!);
    expect(message.status).toBe('local');
    expect(message.text).toMatch(/\/accept-invitation#token=[A-Za-z0-9_-]{40,}/);
  });

  it('hides the one-time link of a message that goes by SMTP, so the owner cannot use another person’s link', async () => {
    const message = await inviteAndReadOutbox(smtp, owners.smtp!);
    expect(message.status).toBe('pending');
    expect(message.text).toContain('/accept-invitation#token=(hidden: sent by email to its addressee)');
    expect(message.text).not.toMatch(/#token=[A-Za-z0-9_-]{20,}/);
    // The addressee's copy (what SMTP sends) still has the link.
    const stored = await smtp.app.db.selectFrom('mail_outbox').select('body').where('to_address', '=', 'colleague@example.test').executeTakeFirstOrThrow();
    expect(smtp.app.keyring.decrypt(stored.body)).toMatch(/#token=[A-Za-z0-9_-]{40,}/);
  });
});

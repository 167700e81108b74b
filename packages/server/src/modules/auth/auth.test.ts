import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent, countRows, createTestApp, lastMailTo, PASSWORD, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';

let t: TestApp;
let clinician: SeededUser;
let owner: SeededUser;
let client: SeededUser;

beforeEach(async () => {
  t = await createTestApp();
  const seeded = await seedPractice(t, 'Test Practice', [
    { key: 'clinician', roles: ['clinician'] },
    { key: 'owner', roles: ['owner'] },
    { key: 'client', roles: ['client'], totp: false },
  ]);
  ({ clinician, owner, client } = seeded.users as Record<'clinician' | 'owner' | 'client', SeededUser>);
});
afterEach(async () => t.close());

describe('sign-in with a second factor', () => {
  it('asks for the code, then signs in and rotates the session id at each stage', async () => {
    const agent = new Agent(t);
    const first = await agent.post('/api/v1/auth/sign-in', { email: clinician.email.toUpperCase(), password: PASSWORD });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ stage: 'second-factor', user: { email: clinician.email, roles: ['clinician'], secondFactorEnabled: true } });
    const pendingCookie = agent.cookie('candor_session')!;
    expect(first.cookies.find((c) => c.name === 'candor_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    // Not yet signed in: protected routes refuse the half-finished session.
    expect((await agent.get('/api/v1/clients')).statusCode).toBe(401);

    t.clock.advance(30_000);
    const second = await agent.post('/api/v1/auth/second-factor', { code: await agent.totpCode() });
    expect(second.statusCode).toBe(200);
    expect(second.json().stage).toBe('signed-in');
    const fullCookie = agent.cookie('candor_session')!;
    expect(fullCookie).not.toBe(pendingCookie);
    expect((await agent.get('/api/v1/clients')).statusCode).toBe(200);

    // The pre-second-factor session id no longer works.
    const stale = new Agent(t);
    stale.setCookie('candor_session', pendingCookie);
    expect((await stale.get('/api/v1/auth/session')).statusCode).toBe(401);
    // Only the one full session remains.
    expect(await countRows(t, 'sessions')).toBe(1);
  });

  it('refuses a wrong code with a clear message naming the field, and a replayed code', async () => {
    const agent = new Agent(t);
    await agent.post('/api/v1/auth/sign-in', { email: clinician.email, password: PASSWORD });
    t.clock.advance(30_000);
    const correct = await agent.totpCode();
    const wrong = correct === '000000' ? '111111' : '000000';
    const res = await agent.post('/api/v1/auth/second-factor', { code: wrong });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 401, detail: "That code didn't work. Check your authenticator app and try again.", errors: [{ field: 'code' }] });

    expect((await agent.post('/api/v1/auth/second-factor', { code: correct })).statusCode).toBe(200);

    // Someone who saw that code cannot use it again within its 30-second window.
    const thief = new Agent(t);
    await thief.post('/api/v1/auth/sign-in', { email: clinician.email, password: PASSWORD });
    const replay = await thief.post('/api/v1/auth/second-factor', { code: correct });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().errors).toEqual([{ field: 'code', message: 'is not a current code' }]);
  });

  it('accepts a recovery code once only', async () => {
    // Enrol a fresh staff member to obtain recovery codes.
    const seeded = await seedPractice(t, 'Other', [{ key: 'newbie', roles: ['clinician'], totp: false }]);
    const newbie = seeded.users.newbie!;
    const agent = new Agent(t);
    const signIn = await agent.post('/api/v1/auth/sign-in', { email: newbie.email, password: PASSWORD });
    expect(signIn.json().stage).toBe('enroll-second-factor');
    expect((await agent.get('/api/v1/clients')).statusCode).toBe(401);
    const enroll = await agent.post('/api/v1/auth/totp/enroll', {});
    expect(enroll.statusCode).toBe(200);
    const { secret, otpauthUri, qrCodeDataUrl } = enroll.json();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Candor:.+secret=/);
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const { generate } = await import('otplib');
    const code = await generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    const confirm = await agent.post('/api/v1/auth/totp/confirm', { code });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes } = confirm.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const again = new Agent(t);
    await again.post('/api/v1/auth/sign-in', { email: newbie.email, password: PASSWORD });
    expect((await again.post('/api/v1/auth/second-factor', { code: recoveryCodes[0] })).statusCode).toBe(200);
    const third = new Agent(t);
    await third.post('/api/v1/auth/sign-in', { email: newbie.email, password: PASSWORD });
    expect((await third.post('/api/v1/auth/second-factor', { code: recoveryCodes[0] })).statusCode).toBe(401);
  });

  it('lets clients sign in without a second factor', async () => {
    const agent = new Agent(t);
    const res = await agent.post('/api/v1/auth/sign-in', { email: client.email, password: PASSWORD });
    expect(res.json().stage).toBe('signed-in');
  });
});

describe('wrong passwords and lockout', () => {
  it('answers an unknown email exactly like a wrong password, and writes no session', async () => {
    const agent = new Agent(t);
    const wrong = await agent.post('/api/v1/auth/sign-in', { email: clinician.email, password: 'not the password' });
    const unknown = await agent.post('/api/v1/auth/sign-in', { email: 'nobody@example.test', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
    expect(await countRows(t, 'sessions')).toBe(0);
  });

  it('locks an address for a while after five failures, whether or not the account exists', async () => {
    for (const email of [clinician.email, 'ghost@example.test']) {
      for (let i = 0; i < 5; i++) {
        const agent = new Agent(t); // a new address each time: the lockout is per account, not per IP
        expect((await agent.post('/api/v1/auth/sign-in', { email, password: `wrong-${i}` })).statusCode).toBe(401);
      }
      const locked = await new Agent(t).post('/api/v1/auth/sign-in', { email, password: email === clinician.email ? PASSWORD : 'x' });
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({ status: 429, title: 'Too many attempts', retryAfterSeconds: 900 });
      expect(locked.headers['retry-after']).toBe('900');
    }
    t.clock.advance(15 * 60_000 + 1000);
    expect((await new Agent(t).post('/api/v1/auth/sign-in', { email: clinician.email, password: PASSWORD })).statusCode).toBe(200);
  });

  it('rate-limits a burst of sign-ins from one address with 429', async () => {
    const agent = new Agent(t);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await agent.post('/api/v1/auth/sign-in', { email: `burst${i}@example.test`, password: 'x' })).statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe('sessions', () => {
  it('rejects a forged session cookie', async () => {
    const agent = new Agent(t);
    agent.setCookie('candor_session', 'forged-session-value-that-was-never-issued');
    const res = await agent.get('/api/v1/clients');
    expect(res.statusCode).toBe(401);
    expect(res.json().type).toBe('https://candor.dev/problems/unauthenticated');
  });

  it('ends a session after the idle timeout and after the absolute lifetime', async () => {
    const idle = new Agent(t);
    await idle.signIn(clinician);
    t.clock.advance(29 * 60_000);
    expect((await idle.get('/api/v1/clients')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await idle.get('/api/v1/clients')).statusCode).toBe(401);

    const busy = new Agent(t);
    await busy.signIn(clinician);
    for (let hour = 0; hour < 12; hour++) {
      t.clock.advance(20 * 60_000);
      expect((await busy.get('/api/v1/clients')).statusCode).toBe(200);
      t.clock.advance(20 * 60_000);
      await busy.get('/api/v1/clients');
      t.clock.advance(20 * 60_000);
      await busy.get('/api/v1/clients');
    }
    expect((await busy.get('/api/v1/clients')).statusCode).toBe(401);
  });

  it('signs out: the cookie is cleared and the old id no longer works', async () => {
    const agent = new Agent(t);
    await agent.signIn(clinician);
    const token = agent.cookie('candor_session')!;
    expect((await agent.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
    const replay = new Agent(t);
    replay.setCookie('candor_session', token);
    expect((await replay.get('/api/v1/clients')).statusCode).toBe(401);
    expect(await countRows(t, 'sessions')).toBe(0);
  });
});

describe('changing a password', () => {
  it('needs the current password, ends every other session and keeps this one under a new id', async () => {
    const laptop = new Agent(t);
    await laptop.signIn(clinician);
    const phone = new Agent(t);
    await phone.signIn(clinician);
    const before = laptop.cookie('candor_session')!;

    const wrong = await laptop.post('/api/v1/auth/password', { currentPassword: 'not my password', newPassword: 'a brand new passphrase' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ field: 'currentPassword', message: 'is not your current password' }]);
    const short = await laptop.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.json().errors).toEqual([{ field: 'newPassword', message: 'must be at least 12 characters' }]);
    expect((await phone.get('/api/v1/clients')).statusCode).toBe(200);

    const changed = await laptop.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().stage).toBe('signed-in');
    expect(laptop.cookie('candor_session')).not.toBe(before);
    expect((await laptop.get('/api/v1/clients')).statusCode).toBe(200);
    expect((await phone.get('/api/v1/clients')).statusCode).toBe(401);
    const stale = new Agent(t);
    stale.setCookie('candor_session', before);
    expect((await stale.get('/api/v1/clients')).statusCode).toBe(401);
    expect(await countRows(t, 'sessions')).toBe(1);

    expect((await new Agent(t).post('/api/v1/auth/sign-in', { email: clinician.email, password: PASSWORD })).statusCode).toBe(401);
    expect((await new Agent(t).post('/api/v1/auth/sign-in', { email: clinician.email, password: 'a brand new passphrase' })).json().stage).toBe('second-factor');
    const audit = await t.app.db.selectFrom('audit_events').select('outcome').where('action', '=', 'auth.password-change').orderBy('id').execute();
    expect(audit.map((a) => a.outcome).sort()).toEqual(['failure', 'success']);
    // Signed out, there is no password to change.
    expect((await new Agent(t).post('/api/v1/auth/password', { currentPassword: 'a brand new passphrase', newPassword: 'another new passphrase' })).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the token and writes nothing', async () => {
    const agent = new Agent(t);
    await agent.signIn(clinician);
    const before = await countRows(t, 'clients');
    const res = await agent.request('POST', '/api/v1/clients', { firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01' }, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toBe('https://candor.dev/problems/csrf');
    expect(await countRows(t, 'clients')).toBe(before);
  });
});

describe('password reset and invitations', () => {
  it('mails a one-time link (token in the fragment) that sets a new password and ends old sessions', async () => {
    const other = new Agent(t);
    await other.signIn(client);
    const anon = new Agent(t);
    expect((await anon.post('/api/v1/auth/password-reset', { email: client.email })).statusCode).toBe(202);
    expect((await anon.post('/api/v1/auth/password-reset', { email: 'nobody@example.test' })).statusCode).toBe(202);
    const mail = await lastMailTo(t, client.email);
    const token = /reset-password#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBeDefined();

    const weak = await anon.post('/api/v1/auth/password-reset/complete', { token, password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([{ field: 'password', message: 'must be at least 12 characters' }]);

    expect((await anon.post('/api/v1/auth/password-reset/complete', { token, password: 'a brand new passphrase' })).statusCode).toBe(204);
    expect((await other.get('/api/v1/portal/me')).statusCode).toBe(401);
    const reused = await anon.post('/api/v1/auth/password-reset/complete', { token, password: 'another new passphrase' });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().errors[0].field).toBe('token');
    expect((await new Agent(t).post('/api/v1/auth/sign-in', { email: client.email, password: 'a brand new passphrase' })).json().stage).toBe('signed-in');
  });

  it('invites staff by email; the invitee sets a password and must enrol a second factor', async () => {
    const ownerAgent = new Agent(t);
    await ownerAgent.signIn(owner);
    const invite = await ownerAgent.post('/api/v1/practice/invitations', { email: 'New.Clinician@example.test', displayName: 'Dr. New', roles: ['clinician'] });
    expect(invite.statusCode).toBe(201);
    const outbox = await ownerAgent.get('/api/v1/outbox');
    expect(outbox.statusCode).toBe(200);
    const message = (outbox.json() as { to: string; text: string; subject: string }[])[0]!;
    expect(message.to).toBe('new.clinician@example.test');
    const token = /accept-invitation#token=([A-Za-z0-9_-]+)/.exec(message.text)![1];

    const invitee = new Agent(t);
    const accepted = await invitee.post('/api/v1/auth/invitations/accept', { token, password: 'a long enough password' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ stage: 'enroll-second-factor', user: { email: 'new.clinician@example.test', roles: ['clinician'] } });
    expect((await invitee.post('/api/v1/auth/invitations/accept', { token, password: 'a long enough password' })).statusCode).toBe(400);

    const dup = await ownerAgent.post('/api/v1/practice/invitations', { email: 'new.clinician@example.test', displayName: 'Again', roles: ['clinician'] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors).toEqual([{ field: 'email', message: 'an account with this email already exists' }]);
  });

  it('lets only the owner read the outbox and invite staff', async () => {
    const agent = new Agent(t);
    await agent.signIn(clinician);
    expect((await agent.get('/api/v1/outbox')).statusCode).toBe(403);
    expect((await agent.post('/api/v1/practice/invitations', { email: 'x@example.test', displayName: 'X', roles: ['billing'] })).statusCode).toBe(403);
  });
});

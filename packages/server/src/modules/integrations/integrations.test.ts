import { createHash, createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demoAgent, type Agent, type TestApp } from '../../test/harness.js';
import { DEMO_CLIENT_LOGIN, seedDemo } from '../demo/seed-demo.js';
import { TOKEN_SCOPES } from './token-scopes.js';
import { deliverDueWebhooks, MAX_ATTEMPTS, RETRY_MINUTES } from './webhooks.service.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
let t: TestApp;
const a: Record<string, Agent> = {};
let alex: string;
let okaforId: string;

/** A receiver on this machine: records each POST and answers with the next queued status (200 when none). */
const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
const answers: number[] = [];
let receiver: Server;
let hookUrl: string;

/** A request with an access token and no cookie, as an integration sends it. */
async function withToken(token: string, method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) {
  return t.server.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { payload: JSON.stringify(body) } : {}) });
}

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.app);
  a.okafor = await demoAgent(t, 'amara.okafor@demo.candor.test');
  a.rivera = await demoAgent(t, 'sam.rivera@demo.candor.test');
  a.owner = await demoAgent(t, 'priya.natarajan@demo.candor.test');
  alex = (await t.app.db.selectFrom('users').select('client_id').where('email', '=', DEMO_CLIENT_LOGIN.email).executeTakeFirstOrThrow()).client_id!;
  okaforId = (await t.app.db.selectFrom('users').select('id').where('email', '=', 'amara.okafor@demo.candor.test').executeTakeFirstOrThrow()).id;
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answers.shift() ?? 200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/candor`;
}, 120_000);
afterAll(async () => {
  receiver?.close();
  await t?.close();
});

describe('personal access tokens', () => {
  let token: string;
  let tokenId: string;

  it('are made with a name, scopes and an expiry, shown once, and kept only as a hash', async () => {
    const res = await a.okafor!.post('/api/v1/access-tokens', { name: 'Billing sync', scopes: ['appointments:read', 'records:export'], expiresInDays: 30 });
    expect(res.statusCode).toBe(201);
    const made = res.json();
    token = made.token;
    tokenId = made.id;
    expect(token).toMatch(/^cndr_[A-Za-z0-9_-]{43}$/);
    expect(made).toMatchObject({ name: 'Billing sync', scopes: ['appointments:read', 'records:export'], status: 'active', userId: okaforId, lastUsedAt: null });
    expect(Date.parse(made.expiresAt) - t.clock.now().getTime()).toBe(30 * 86_400_000);
    const row = await t.app.db.selectFrom('access_tokens').selectAll().where('id', '=', tokenId).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await a.okafor!.get('/api/v1/access-tokens')).json().map((x: any) => x.token)).toEqual([undefined]);
  });

  it('have scopes that name only routes the app has, and never a person’s own business', () => {
    const registered = new Set(t.server.routeTable.map((r) => `${r.method} ${r.url}`));
    const routes = Object.values(TOKEN_SCOPES).flatMap((s) => [...s.routes] as string[]);
    expect(routes.filter((r) => !registered.has(r))).toEqual([]);
    expect(routes.filter((r) => /\/(auth|portal|access-tokens|webhooks|practice)\b/.test(r))).toEqual([]);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('refuse bad input, naming the field', async () => {
    const bad = async (body: unknown) => (await a.okafor!.post('/api/v1/access-tokens', body)).json().errors.map((e: any) => e.field);
    expect(await bad({ name: 'x', scopes: ['everything'], expiresInDays: 30 })).toEqual([expect.stringMatching(/^scopes/)]);
    expect(await bad({ name: 'x', scopes: ['clients:read'], expiresInDays: 400 })).toEqual(['expiresInDays']);
    expect(await bad({ name: 'x', scopes: ['clients:read', 'clients:read'], expiresInDays: 3 })).toEqual(['scopes']);
    expect(await t.app.db.selectFrom('access_tokens').select('id').execute()).toHaveLength(1);
  });

  it('reach their scopes’ routes as their maker, and each use is audited with the request it served', async () => {
    const from = t.clock.now().toISOString().slice(0, 10);
    const viaToken = await withToken(token, 'GET', `/api/v1/appointments?from=${from}&to=2027-12-31`);
    expect(viaToken.statusCode).toBe(200);
    expect(viaToken.json()).toEqual((await a.okafor!.get(`/api/v1/appointments?from=${from}&to=2027-12-31`)).json());
    const fhir = await withToken(token, 'GET', `/api/v1/clients/${alex}/fhir`);
    expect(fhir.statusCode).toBe(200);
    const use = await t.app.db.selectFrom('audit_events').select(['request_id', 'outcome', 'actor_id']).where('action', '=', 'access-token.use').where('resource_id', '=', tokenId).orderBy('occurred_at').orderBy('seq').execute();
    expect(use.map((u) => [u.outcome, u.actor_id])).toEqual([['success', okaforId], ['success', okaforId]]);
    const exported = await t.app.db.selectFrom('audit_events').select('action').where('request_id', '=', use[1]!.request_id).where('action', '=', 'client.export-fhir').execute();
    expect(exported).toHaveLength(1);
    expect((await a.okafor!.get('/api/v1/access-tokens')).json()[0].lastUsedAt).toBe(t.clock.now().toISOString());
  });

  it('are refused outside their scopes, and never manage tokens or act beyond their maker', async () => {
    const before = await t.app.db.selectFrom('appointments').select('id').execute();
    const book = await withToken(token, 'POST', '/api/v1/appointments', { kind: 'individual', attendeeClientIds: [alex], startsAt: '2027-01-05T10:00', durationMinutes: 50, modality: 'in-person' });
    expect(book.statusCode).toBe(403);
    expect(book.json().errors).toEqual([{ field: 'scope', message: 'needs the appointments:write scope' }]);
    expect(await t.app.db.selectFrom('appointments').select('id').execute()).toHaveLength(before.length);
    for (const [method, url] of [['GET', '/api/v1/access-tokens'], ['GET', '/api/v1/clients'], ['POST', '/api/v1/auth/sign-out'], ['GET', '/api/v1/portal/me']] as const) {
      const res = await withToken(token, method, url);
      expect(res.statusCode, url).toBe(403);
    }
    const other = (await a.rivera!.post('/api/v1/access-tokens', { name: 'Rivera export', scopes: ['records:export'], expiresInDays: 1 })).json();
    expect((await withToken(other.token, 'GET', `/api/v1/clients/${alex}/fhir`)).statusCode).toBe(404);
  });

  it('stop when revoked or expired; the maker or the owner revokes, no one else', async () => {
    const second = (await a.okafor!.post('/api/v1/access-tokens', { name: 'Script', scopes: ['appointments:read'], expiresInDays: 1 })).json();
    expect((await a.rivera!.request('DELETE', `/api/v1/access-tokens/${second.id}`)).statusCode).toBe(404);
    expect((await a.owner!.request('DELETE', `/api/v1/access-tokens/${second.id}`)).statusCode).toBe(204);
    const revoked = await withToken(second.token, 'GET', '/api/v1/appointments?from=2026-01-01&to=2026-02-01');
    expect(revoked.statusCode).toBe(401);
    expect((await a.okafor!.get('/api/v1/access-tokens')).json().find((x: any) => x.id === second.id)).toMatchObject({ status: 'revoked' });
    expect((await withToken('cndr_not-a-token', 'GET', '/api/v1/appointments?from=2026-01-01&to=2026-02-01')).statusCode).toBe(401);
    t.clock.advance(31 * 86_400_000);
    expect((await withToken(token, 'GET', '/api/v1/appointments?from=2026-01-01&to=2026-02-01')).statusCode).toBe(401);
    const denied = await t.app.db.selectFrom('audit_events').select('outcome').where('action', '=', 'access-token.use').where('outcome', '=', 'denied').execute();
    expect(denied.length).toBeGreaterThanOrEqual(7);
    a.okafor = await demoAgent(t, 'amara.okafor@demo.candor.test');
    a.owner = await demoAgent(t, 'priya.natarajan@demo.candor.test');
  });
});

describe('webhooks', () => {
  let hook: { id: string; secret: string };

  const deliveriesOf = async () => (await a.owner!.get(`/api/v1/webhooks/${hook.id}/deliveries`)).json() as any[];

  it('are set up by the owner alone, with an https address (or this machine) and known events', async () => {
    expect((await a.okafor!.post('/api/v1/webhooks', { url: hookUrl, events: ['appointment.created'] })).statusCode).toBe(403);
    const badUrl = await a.owner!.post('/api/v1/webhooks', { url: 'http://example.test/candor', events: ['appointment.created'] });
    expect(badUrl.json().errors).toEqual([{ field: 'url', message: 'must start with https:// (http:// only for this machine)' }]);
    const badEvent = await a.owner!.post('/api/v1/webhooks', { url: hookUrl, events: ['client.created'] });
    expect(badEvent.statusCode).toBe(400);
    expect(badEvent.json().errors[0].field).toMatch(/^events/);
    const res = await a.owner!.post('/api/v1/webhooks', { url: hookUrl, description: 'Billing system', events: ['appointment.created', 'appointment.cancelled', 'referral.sent'] });
    expect(res.statusCode).toBe(201);
    hook = res.json();
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const row = await t.app.db.selectFrom('webhooks').select('secret').where('id', '=', hook.id).executeTakeFirstOrThrow();
    expect(row.secret).toMatch(/^v1\./);
    expect((await a.owner!.get('/api/v1/webhooks')).json()).toEqual([expect.not.objectContaining({ secret: expect.anything() })]);
  });

  it('queue an event with the change it reports, and deliver it signed, with ids and times only', async () => {
    const booked = await a.okafor!.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [alex], startsAt: '2027-02-02T10:00', durationMinutes: 50, modality: 'video', videoLink: 'https://video.example.test/room-4', outsideWorkingHours: true });
    expect(booked.statusCode, booked.body).toBe(201);
    const appointmentId = booked.json()[0].id;
    expect((await deliveriesOf()).map((d) => [d.event, d.status, d.attempts])).toEqual([['appointment.created', 'pending', 0]]);
    expect(await deliverDueWebhooks(t.app)).toEqual({ delivered: 1, failed: 0 });
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received;
    const [, timestamp, signature] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['candor-signature']))!;
    expect(Number(timestamp)).toBe(Math.floor(t.clock.now().getTime() / 1000));
    expect(signature).toBe(createHmac('sha256', hook.secret).update(`${timestamp}.${body}`).digest('hex'));
    expect(headers['candor-event']).toBe('appointment.created');
    const payload = JSON.parse(body!);
    expect(payload).toEqual({
      id: headers['candor-delivery'], type: 'appointment.created', createdAt: t.clock.now().toISOString(),
      data: { appointmentId, clinicianId: okaforId, seriesId: null, kind: 'individual', modality: 'video', startsAt: booked.json()[0].startsAt, endsAt: booked.json()[0].endsAt, timeZone: 'America/Chicago', status: 'scheduled' },
    });
    expect(body).not.toMatch(/Alex|Morgan/);
    expect(body).not.toContain(alex);
    expect((await deliveriesOf())[0]).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200, deliveredAt: t.clock.now().toISOString() });
  });

  it('retry a refused delivery after 1, 5, 30, 120 and 720 minutes, then mark it failed', async () => {
    const appointment = (await t.app.db.selectFrom('appointments').select('id').where('status', '=', 'scheduled').where('clinician_id', '=', okaforId).where('starts_at', '>', t.clock.now().toISOString()).executeTakeFirstOrThrow()).id;
    expect((await a.okafor!.post(`/api/v1/appointments/${appointment}/cancel`, {})).statusCode).toBe(200);
    received.length = 0;
    answers.push(...Array.from({ length: MAX_ATTEMPTS }, () => 500));
    expect(await deliverDueWebhooks(t.app)).toEqual({ delivered: 0, failed: 0 });
    // Hours pass here, longer than a session stays idle: read the log from the database, sign in again after.
    const latest = () => t.app.db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', hook.id).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    for (const minutes of RETRY_MINUTES) {
      const pending = await latest();
      expect(pending).toMatchObject({ event: 'appointment.cancelled', status: 'pending', last_status_code: 500, last_error: 'answered 500' });
      expect(Date.parse(pending.next_attempt_at!) - t.clock.now().getTime()).toBe(minutes * 60_000);
      t.clock.advance(minutes * 60_000 - 1_000);
      expect(await deliverDueWebhooks(t.app)).toEqual({ delivered: 0, failed: 0 });
      t.clock.advance(1_000);
      await deliverDueWebhooks(t.app);
    }
    expect(received).toHaveLength(MAX_ATTEMPTS);
    expect(new Set(received.map((r) => r.headers['candor-delivery'])).size).toBe(1);
    a.owner = await demoAgent(t, 'priya.natarajan@demo.candor.test');
    a.okafor = await demoAgent(t, 'amara.okafor@demo.candor.test');
    expect((await deliveriesOf())[0]).toMatchObject({ event: 'appointment.cancelled', status: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: null, lastError: 'answered 500' });
  });

  it('deliver on a later attempt, and log a receiver that cannot be reached', async () => {
    answers.push(503);
    expect((await a.owner!.post(`/api/v1/webhooks/${hook.id}/ping`)).statusCode).toBe(202);
    await deliverDueWebhooks(t.app);
    t.clock.advance(60_000);
    expect(await deliverDueWebhooks(t.app)).toEqual({ delivered: 1, failed: 0 });
    expect((await deliveriesOf())[0]).toMatchObject({ event: 'ping', status: 'delivered', attempts: 2, lastStatusCode: 200 });
    expect((await a.owner!.request('PATCH', `/api/v1/webhooks/${hook.id}`, { url: 'http://127.0.0.1:9/nothing-listens' })).statusCode).toBe(200);
    await a.owner!.post(`/api/v1/webhooks/${hook.id}/ping`);
    await deliverDueWebhooks(t.app);
    expect((await deliveriesOf())[0]).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null, lastError: 'could not connect' });
    expect((await a.owner!.request('PATCH', `/api/v1/webhooks/${hook.id}`, { url: hookUrl })).statusCode).toBe(200);
  });

  it('send only the events asked for, and nothing while paused', async () => {
    const count = async () => (await t.app.db.selectFrom('webhook_deliveries').select('id').execute()).length;
    const before = await count();
    const referral = (await a.okafor!.post(`/api/v1/clients/${alex}/referrals`, { specialty: 'gynecology', urgency: 'soon', reason: 'Pain with penetration.', recipientName: 'Dr. Lena Ortiz' })).json();
    expect(await count()).toBe(before); // referral.created was not asked for
    expect((await a.owner!.request('PATCH', `/api/v1/webhooks/${hook.id}`, { active: false })).json()).toMatchObject({ active: false });
    await a.okafor!.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [alex], startsAt: '2027-02-09T10:00', durationMinutes: 50, modality: 'in-person', outsideWorkingHours: true });
    expect(await count()).toBe(before);
    expect(referral.id).toBeTruthy();
  });

  it('are removed with their log; every change is audited', async () => {
    expect((await a.okafor!.request('DELETE', `/api/v1/webhooks/${hook.id}`)).statusCode).toBe(403);
    expect((await a.owner!.request('DELETE', `/api/v1/webhooks/${hook.id}`)).statusCode).toBe(204);
    expect(await t.app.db.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', hook.id).execute()).toEqual([]);
    expect((await a.owner!.get(`/api/v1/webhooks/${hook.id}/deliveries`)).statusCode).toBe(404);
    const actions = (await t.app.db.selectFrom('audit_events').select('action').where('resource_id', '=', hook.id).where('outcome', '=', 'success').execute()).map((e) => e.action);
    expect(actions.sort()).toEqual(['webhook.create', 'webhook.delete', 'webhook.update', 'webhook.update', 'webhook.update']);
  });
});

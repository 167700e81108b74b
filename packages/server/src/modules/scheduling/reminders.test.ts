import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { openAppContext } from '../../platform/bootstrap.js';
import { Agent, createClientVia, createTestApp, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';
import { sendDueReminders } from './reminders.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let alexId: string;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-12-01T15:00:00Z'));
  ({ users: u } = await seedPractice(t, 'Reminders', [{ key: 'okafor', roles: ['clinician'] }]));
  a.okafor = new Agent(t);
  await a.okafor.signIn(u.okafor!);
  alexId = await createClientVia(a.okafor, { firstName: 'Alex', lastName: 'Morgan', email: 'alex@example.test' });
  await a.okafor.post('/api/v1/appointments', { kind: 'individual', attendeeClientIds: [alexId], startsAt: '2026-12-02T09:00', durationMinutes: 50, modality: 'in-person', room: 'Willow' });
  await a.okafor.post('/api/v1/appointments', { kind: 'intake', attendeeClientIds: [alexId], startsAt: '2026-12-09T09:00', durationMinutes: 80, modality: 'video', videoLink: 'https://video.example/room' });
});
afterAll(async () => t.close());

const reminders = () => t.app.db.selectFrom('mail_outbox').select(['subject', 'body']).where('to_address', '=', 'alex@example.test').where('subject', '=', 'A reminder of your appointment tomorrow').execute();

describe('appointment reminders', () => {
  it('go once, 24 hours ahead, even when the runner ticks again or the server restarts', async () => {
    expect(await sendDueReminders(t.app)).toBe(1);
    expect(await sendDueReminders(t.app)).toBe(0);
    // A restart: a new application context on the same database.
    const { app: restarted } = await openAppContext(t.config, { clock: t.clock, log: pino({ level: 'silent' }), keyring: t.app.keyring, handle: { db: t.app.db, dialect: t.app.dialect, sqlite: null, close: async () => {} } });
    expect(await sendDueReminders(restarted)).toBe(0);
    const mails = await reminders();
    expect(mails).toHaveLength(1);
    expect(t.app.keyring.decrypt(mails[0]!.body)).toContain('Wednesday 2 December at 9:00 AM CST');
    t.clock.advance(7 * 86_400_000);
    expect(await sendDueReminders(t.app)).toBe(1);
    expect(await reminders()).toHaveLength(2);
  });
});

describe('the calendar feed', () => {
  it('serves the clinician’s appointments behind a secret address, titled without names or anything clinical', async () => {
    await a.okafor!.signIn(u.okafor!);
    const { url } = (await a.okafor!.post('/api/v1/calendar-feeds')).json();
    const path = new URL(url).pathname;
    const feed = await new Agent(t).get(path);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body.match(/SUMMARY:.*/g)).toEqual(['SUMMARY:Session', 'SUMMARY:Intake appointment']);
    expect(feed.body).not.toContain('Alex');
    expect(feed.body).not.toContain('Morgan');
    // A new address revokes the old one.
    await a.okafor!.post('/api/v1/calendar-feeds');
    expect((await new Agent(t).get(path)).statusCode).toBe(404);
  });
});

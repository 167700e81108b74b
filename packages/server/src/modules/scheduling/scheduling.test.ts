import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createClientVia, createTestApp, portalAgentFor, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';
import { materializeAll } from '../measures/measures.schedule.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};
let alexId: string, jamieId: string, riveraClient: string, foreign: string, relationshipId: string;

interface Appt { id: string; startsAt: string; endsAt: string; status: string; lateCancellation: boolean; attendees: { clientId: string }[]; seriesId: string | null }

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-10-15T15:00:00Z'));
  ({ users: u } = await seedPractice(t, 'Scheduling', [{ key: 'okafor', roles: ['clinician'] }, { key: 'rivera', roles: ['clinician'] }]));
  const { users: o } = await seedPractice(t, 'Other', [{ key: 'outsider', roles: ['clinician'] }]);
  for (const [k, user] of Object.entries({ ...u, outsider: o.outsider! })) { a[k] = new Agent(t); await a[k].signIn(user); }
  alexId = await createClientVia(a.okafor!, { firstName: 'Alex', lastName: 'Morgan', email: 'alex@example.test' });
  jamieId = await createClientVia(a.okafor!, { firstName: 'Jamie', lastName: 'Chen' });
  riveraClient = await createClientVia(a.rivera!, { firstName: 'Robin', lastName: 'Ellis' });
  foreign = await createClientVia(a.outsider!, { firstName: 'Far', lastName: 'Away' });
  relationshipId = (await a.okafor!.post('/api/v1/relationships', { memberIds: [alexId, jamieId], confidentialityPolicy: 'no-secrets' })).json().id;
});
afterAll(async () => t.close());

const book = (agent: Agent, body: object) => agent.post('/api/v1/appointments', { kind: 'individual', modality: 'in-person', durationMinutes: 50, ...body });

describe('appointments', () => {
  it('keeps a weekly session at 5 pm Chicago time across the end of daylight saving (1 November 2026)', async () => {
    const res = await book(a.okafor!, { kind: 'joint', relationshipId, startsAt: '2026-10-20T17:00', room: 'Willow', recurrence: { everyWeeks: 1, count: 4 } });
    expect(res.statusCode).toBe(201);
    const series = res.json() as Appt[];
    // CDT is UTC−5 until 1 November, CST is UTC−6 after: the UTC hour moves so the local hour does not.
    expect(series.map((x) => x.startsAt)).toEqual(['2026-10-20T22:00:00.000Z', '2026-10-27T22:00:00.000Z', '2026-11-03T23:00:00.000Z', '2026-11-10T23:00:00.000Z']);
    expect(series.map((x) => x.endsAt)[2]).toBe('2026-11-03T23:50:00.000Z');
    expect(series[0]!.attendees.map((x) => x.clientId).sort()).toEqual([alexId, jamieId].sort());
    expect(new Set(series.map((x) => x.seriesId)).size).toBe(1);
  });

  it('refuses overlaps for the clinician, the room and each attendee, naming the field', async () => {
    const clinician = await book(a.okafor!, { attendeeClientIds: [jamieId], startsAt: '2026-10-20T17:30' });
    expect(clinician.statusCode).toBe(409);
    expect(clinician.json().errors).toEqual([{ field: 'startsAt', message: 'overlaps an appointment starting 2026-10-20T22:00:00.000Z' }]);
    const room = await book(a.rivera!, { attendeeClientIds: [riveraClient], startsAt: '2026-10-27T17:10', room: 'Willow' });
    expect(room.json().errors).toEqual([{ field: 'room', message: 'overlaps an appointment starting 2026-10-27T22:00:00.000Z' }]);
    await a.okafor!.request('PUT', `/api/v1/clients/${alexId}/care-team`, { userIds: [u.okafor!.id, u.rivera!.id] });
    const attendee = await book(a.rivera!, { attendeeClientIds: [alexId], startsAt: '2026-11-03T16:30' });
    expect(attendee.json().errors).toEqual([{ field: 'attendeeClientIds', message: 'overlaps an appointment starting 2026-11-03T23:00:00.000Z' }]);
    // Back to back is fine.
    expect((await book(a.okafor!, { attendeeClientIds: [jamieId], startsAt: '2026-10-20T17:50' })).statusCode).toBe(201);
  });

  it('refuses an appointment that ends before it starts, or names clients of another practice', async () => {
    expect((await book(a.okafor!, { attendeeClientIds: [jamieId], startsAt: '2026-10-21T09:00', durationMinutes: -30 })).json().errors).toEqual([{ field: 'durationMinutes', message: 'the appointment must end after it starts' }]);
    expect((await book(a.okafor!, { attendeeClientIds: [foreign], startsAt: '2026-10-21T09:00' })).json().errors).toEqual([{ field: 'attendeeClientIds.0', message: 'is not a client of this practice' }]);
    expect((await book(a.okafor!, { attendeeClientIds: [riveraClient], startsAt: '2026-10-21T09:00' })).json().errors).toEqual([{ field: 'attendeeClientIds.0', message: 'is not on this clinician’s caseload' }]);
    expect((await book(a.okafor!, { kind: 'joint', attendeeClientIds: [jamieId], startsAt: '2026-10-21T09:00' })).json().errors[0].field).toBe('attendeeClientIds');
    expect((await book(a.okafor!, { attendeeClientIds: [jamieId], startsAt: '2026-10-21T09:00', modality: 'video' })).json().errors).toEqual([{ field: 'videoLink', message: 'add the video link for a video appointment' }]);
  });

  it('lists a week in the practice’s days, and shows clients only their own upcoming sessions', async () => {
    const week = (await a.okafor!.get('/api/v1/appointments?from=2026-10-19&to=2026-10-26')).json() as Appt[];
    expect(week.map((x) => x.startsAt)).toEqual(['2026-10-20T22:00:00.000Z', '2026-10-20T22:50:00.000Z']);
    expect((await a.okafor!.get('/api/v1/appointments?from=2026-10-26&to=2026-10-19')).json().errors).toEqual([{ field: 'query.to', message: 'must be after from' }]);
    const alex = await portalAgentFor(t, a.okafor!, alexId, 'alex@example.test');
    const mine = (await alex.get('/api/v1/portal/appointments')).json() as { startsAt: string; withPartner: boolean }[];
    expect(mine.map((x) => [x.startsAt, x.withPartner])).toEqual([
      ['2026-10-20T22:00:00.000Z', true], ['2026-10-27T22:00:00.000Z', true], ['2026-11-03T23:00:00.000Z', true], ['2026-11-10T23:00:00.000Z', true],
    ]);
  });

  it('flags a cancellation within 24 hours as late, and a no-show only after the start', async () => {
    const [appt] = (await book(a.okafor!, { attendeeClientIds: [jamieId], startsAt: '2026-10-16T09:00' })).json() as Appt[];
    const early = await a.okafor!.post(`/api/v1/appointments/${appt!.id}/no-show`);
    expect(early.json().errors).toEqual([{ field: 'status', message: 'an appointment can be marked a no-show only after it starts' }]);
    const cancelled = (await a.okafor!.post(`/api/v1/appointments/${appt!.id}/cancel`, {})).json() as Appt[];
    expect(cancelled[0]).toMatchObject({ status: 'cancelled', lateCancellation: true });
    const [later] = (await book(a.okafor!, { attendeeClientIds: [jamieId], startsAt: '2026-10-30T09:00' })).json() as Appt[];
    expect(((await a.okafor!.post(`/api/v1/appointments/${later!.id}/cancel`, {})).json() as Appt[])[0]!.lateCancellation).toBe(false);
    expect((await a.rivera!.post(`/api/v1/appointments/${later!.id}/cancel`, {})).statusCode).toBe(404);
  });

  it('asks for a questionnaire the day before every 2nd session', async () => {
    await a.okafor!.post(`/api/v1/clients/${alexId}/measures/assignments`, { instrumentId: 'csi-4', schedule: 'before-every-nth-session', everyNthSession: 2 });
    const dueDays = async () => (await t.app.db.selectFrom('measure_requests').select(['due_on', 'status']).where('client_id', '=', alexId).orderBy('due_on').execute()).map((r) => [r.due_on, r.status]);
    expect(await dueDays()).toEqual([]);
    t.clock.set(new Date('2026-10-19T14:00:00Z'));
    await materializeAll(t.app);
    expect(await dueDays()).toEqual([['2026-10-19', 'due']]); // before session 1 (20 Oct)
    t.clock.set(new Date('2026-10-26T14:00:00Z'));
    await materializeAll(t.app);
    expect(await dueDays()).toEqual([['2026-10-19', 'due']]); // session 2 is not asked for
    t.clock.set(new Date('2026-11-02T14:00:00Z'));
    await materializeAll(t.app);
    expect(await dueDays()).toEqual([['2026-10-19', 'missed'], ['2026-11-02', 'due']]); // before session 3 (3 Nov)
  });
});

describe('working hours and time off', () => {
  beforeAll(async () => {
    t.clock.set(new Date('2026-11-01T15:00:00Z'));
    for (const k of ['okafor', 'rivera']) await a[k]!.signIn(u[k]!);
  });

  it('sets weekly hours (own or by an owner only) and refuses overlapping or inverted hours', async () => {
    expect((await a.rivera!.request('PUT', `/api/v1/clinicians/${u.okafor!.id}/working-hours`, { hours: [] })).statusCode).toBe(404);
    const inverted = await a.okafor!.request('PUT', `/api/v1/clinicians/${u.okafor!.id}/working-hours`, { hours: [{ weekday: 1, starts: '17:00', ends: '09:00' }] });
    expect(inverted.json().errors).toEqual([{ field: 'hours.0.ends', message: 'must be after the start' }]);
    const overlapping = await a.okafor!.request('PUT', `/api/v1/clinicians/${u.okafor!.id}/working-hours`, { hours: [{ weekday: 2, starts: '09:00', ends: '13:00' }, { weekday: 2, starts: '12:00', ends: '18:00' }] });
    expect(overlapping.json().errors).toEqual([{ field: 'hours.1.starts', message: 'overlaps other hours on the same day' }]);
    const hours = [1, 2, 3, 4].map((weekday) => ({ weekday, starts: '09:00', ends: '18:00' }));
    const res = await a.okafor!.request('PUT', `/api/v1/clinicians/${u.okafor!.id}/working-hours`, { timeZone: 'America/Chicago', hours });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ timeZone: 'America/Chicago', hours });
  });

  it('refuses a booking outside working hours unless the clinician says so, and always refuses time off', async () => {
    // Friday 6 November 2026 is not a working day.
    const friday = await book(a.okafor!, { attendeeClientIds: [alexId], startsAt: '2026-11-06T10:00' });
    expect(friday.statusCode).toBe(409);
    expect(friday.json().errors).toEqual([{ field: 'startsAt', message: 'is outside working hours; set outsideWorkingHours to book it anyway' }]);
    const evening = await book(a.okafor!, { attendeeClientIds: [alexId], startsAt: '2026-11-05T17:30' });
    expect(evening.statusCode).toBe(409);
    expect((await book(a.okafor!, { attendeeClientIds: [alexId], startsAt: '2026-11-05T17:30', outsideWorkingHours: true })).statusCode).toBe(201);

    const off = await a.okafor!.post(`/api/v1/clinicians/${u.okafor!.id}/time-off`, { startsAt: '2026-11-09T00:00', endsAt: '2026-11-11T00:00', label: 'Conference' });
    expect(off.statusCode).toBe(201);
    const away = await book(a.okafor!, { attendeeClientIds: [alexId], startsAt: '2026-11-10T11:00', outsideWorkingHours: true });
    expect(away.statusCode).toBe(409);
    expect(away.json().errors[0]).toEqual({ field: 'startsAt', message: 'falls in time off (2026-11-09T06:00:00.000Z to 2026-11-11T06:00:00.000Z)' });
    // A weekly series that runs into the time off is refused whole: nothing is written.
    const before = await t.app.db.selectFrom('appointments').select('id').execute();
    expect((await book(a.okafor!, { attendeeClientIds: [jamieId], startsAt: '2026-11-03T11:00', recurrence: { everyWeeks: 1, count: 3 } })).statusCode).toBe(409);
    expect(await t.app.db.selectFrom('appointments').select('id').execute()).toHaveLength(before.length);

    const inverted = await a.okafor!.post(`/api/v1/clinicians/${u.okafor!.id}/time-off`, { startsAt: '2026-12-01T10:00', endsAt: '2026-12-01T09:00' });
    expect(inverted.json().errors).toEqual([{ field: 'endsAt', message: 'must be after the start' }]);
    const timeOffId = (off.json() as { timeOff: { id: string; label: string }[] }).timeOff.find((x) => x.label === 'Conference')!.id;
    expect((await a.rivera!.request('DELETE', `/api/v1/time-off/${timeOffId}`)).statusCode).toBe(404);
    expect((await a.okafor!.request('DELETE', `/api/v1/time-off/${timeOffId}`)).statusCode).toBe(204);
    expect((await book(a.okafor!, { attendeeClientIds: [alexId], startsAt: '2026-11-10T11:00' })).statusCode).toBe(201);
  });
});

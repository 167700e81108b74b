import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, seedPractice, type SeededUser, type TestApp } from '../../test/harness.js';
import { pdfText } from '../../test/pdf-text.js';

let t: TestApp;
let u: Record<string, SeededUser>;
const a: Record<string, Agent> = {};

interface Activity { id: string; kind: string; date: string; hours: number; title: string | null; supervisorUserId: string | null; supervisorName: string | null; supervisorCertified: boolean; confirmedAt: string | null; confirmedByName: string | null }
interface Cap { id: string; label: string; max: number; logged: number; counted: number; excess: number }
interface HourProgress { id: string; required: number; logged: number; counted: number; remaining: number; met: boolean; capsApplied: Cap[]; pendingConfirmation: number; futureDated: number }

const ids = { coreOnline: '', group: '', individual: '', lee: '' };
const HYPERLINK = '=HYPERLINK("http://evil.test/claim","Claim CE")';

async function log(agent: Agent, body: Record<string, unknown>): Promise<Activity> {
  const res = await agent.post('/api/v1/certification/activities', body);
  if (res.statusCode !== 201) throw new Error(`logging failed: ${res.statusCode} ${res.body}`);
  return res.json() as Activity;
}

async function requirement(agent: Agent, id: string): Promise<HourProgress> {
  const res = await agent.get('/api/v1/certification/progress');
  expect(res.statusCode).toBe(200);
  return (res.json().certification.hourRequirements as HourProgress[]).find((h) => h.id === id)!;
}

async function activityCount(): Promise<number> {
  return (await t.app.db.selectFrom('activity_logs').select('id').execute()).length;
}

const education = (over: Record<string, unknown>) => ({ kind: 'education', date: '2026-03-02', hours: 1, title: 'A course', provider: 'Institute for Sexual Health', category: 'core-knowledge', delivery: 'online', ...over });

beforeAll(async () => {
  t = await createTestApp();
  ({ users: u } = await seedPractice(t, 'Certification', [
    { key: 'kim', roles: ['clinician'] }, { key: 'rivera', roles: ['clinician', 'supervisor'] }, { key: 'lee', roles: ['supervisor'] }, { key: 'other', roles: ['clinician'] },
    { key: 'owner', roles: ['owner'] }, { key: 'billing', roles: ['billing'] }, { key: 'renewer', roles: ['clinician'] },
  ]));
  for (const [k, user] of Object.entries(u)) { a[k] = new Agent(t); await a[k].signIn(user); }
  // Rivera is an AASECT Certified Supervisor (their own credential); Lee is a supervisor without it.
  expect((await a.rivera!.post('/api/v1/credentials', { kind: 'certification', type: 'aasect-supervisor', issuer: 'AASECT', expiresOn: '2028-06-30' })).statusCode).toBe(201);
  // Kim is licensed in Illinois only.
  expect((await a.kim!.post('/api/v1/credentials', { kind: 'licence', type: 'social-work', jurisdiction: 'IL', number: 'LCSW-149.000222', expiresOn: '2028-11-30' })).statusCode).toBe(201);
});
afterAll(async () => t.close());

describe('who keeps a certification log', () => {
  it('refuses billing and owner-only users with 403', async () => {
    for (const who of ['owner', 'billing'] as const) {
      expect((await a[who]!.get('/api/v1/certification/progress')).statusCode).toBe(403);
      expect((await a[who]!.get('/api/v1/certification/activities')).statusCode).toBe(403);
      expect((await a[who]!.post('/api/v1/certification/activities', education({}))).statusCode).toBe(403);
      expect((await a[who]!.get('/api/v1/certification/log.csv')).statusCode).toBe(403);
      expect((await a[who]!.get('/api/v1/certification/log.pdf')).statusCode).toBe(403);
      expect((await a[who]!.request('PUT', '/api/v1/certification/track', { requirementSet: 'aasect-cst', version: '2025.T.1' })).statusCode).toBe(403);
    }
    expect(await activityCount()).toBe(0);
    expect((await new Agent(t).get('/api/v1/certification/progress')).statusCode).toBe(401);
  });

  it('refuses a bad entry naming the field, and writes nothing', async () => {
    const cases: [Record<string, unknown>, { field: string; message: string }[]][] = [
      [education({ modality: 'in-person' }), [{ field: 'modality', message: 'does not apply to education hours' }]],
      [{ kind: 'clinical', date: '2026-03-02', hours: 2, modality: 'in-person', provider: 'Clinic' }, [{ field: 'provider', message: 'does not apply to clinical hours' }]],
      [{ kind: 'supervision', date: '2026-03-02', hours: 1, format: 'individual', supervisorUserId: u.rivera!.id, category: 'sar' }, [{ field: 'category', message: 'does not apply to supervision hours' }]],
      [education({ date: '2026-11-26' }), [{ field: 'date', message: 'cannot be in the future: log hours once they have happened' }]],
      [education({ date: '2026-02-30' }), [{ field: 'date', message: 'must be a real date written YYYY-MM-DD' }]],
      [education({ hours: 0.3 }), [{ field: 'hours', message: 'must be multiple of 0.25' }]],
      [education({ hours: 0 }), [{ field: 'hours', message: 'must be > 0' }]],
      [education({ title: null, category: undefined }), [{ field: 'title', message: 'name the course or event' }, { field: 'category', message: 'choose one of: core-knowledge, sex-therapy, sar, other' }]],
      [{ kind: 'clinical', date: '2026-03-02', hours: 2, modality: 'telehealth', jurisdiction: 'WI' }, [{ field: 'jurisdiction', message: 'you have no current licence recorded in WI; telehealth hours count only where you are licensed' }]],
      [{ kind: 'clinical', date: '2026-03-02', hours: 2, modality: 'telehealth' }, [{ field: 'jurisdiction', message: 'telehealth hours count only with clients in a state where you are licensed: give the clients’ state' }]],
      [{ kind: 'clinical', date: '2026-03-02', hours: 2, modality: 'in-person', jurisdiction: 'IL' }, [{ field: 'jurisdiction', message: 'applies only to telehealth hours' }]],
      [{ kind: 'supervision', date: '2026-03-02', hours: 1, format: 'individual', supervisorUserId: u.other!.id }, [{ field: 'supervisorUserId', message: 'is not a supervisor in this practice' }]],
      [{ kind: 'supervision', date: '2026-03-02', hours: 1, format: 'individual', supervisorUserId: u.rivera!.id, supervisorCertified: true }, [{ field: 'supervisorCertified', message: 'comes from the supervisor’s own credentials in this practice' }]],
      [{ kind: 'supervision', date: '2026-03-02', hours: 1, format: 'individual' }, [{ field: 'supervisorUserId', message: 'choose your supervisor, or give their name if they are outside this practice' }]],
      [{ kind: 'supervision', date: '2026-03-02', hours: 1, format: 'individual', role: 'provided', supervisorName: 'Dr Someone' }, [{ field: 'supervisorUserId', message: 'applies only to supervision you received' }]],
    ];
    for (const [body, errors] of cases) {
      const res = await a.kim!.post('/api/v1/certification/activities', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors, JSON.stringify(body)).toEqual(errors);
    }
    // A licence that has expired by the session date does not cover telehealth then.
    expect((await a.kim!.post('/api/v1/credentials', { kind: 'licence', type: 'social-work', jurisdiction: 'WI', number: 'WI-1', expiresOn: '2026-01-31' })).statusCode).toBe(201);
    expect((await a.kim!.post('/api/v1/certification/activities', { kind: 'clinical', date: '2026-03-02', hours: 2, modality: 'telehealth', jurisdiction: 'WI' })).json().errors[0].field).toBe('jurisdiction');
    expect((await a.rivera!.post('/api/v1/certification/activities', { kind: 'supervision', date: '2026-03-02', hours: 1, format: 'individual', supervisorUserId: u.rivera!.id })).json().errors)
      .toEqual([{ field: 'supervisorUserId', message: 'you cannot supervise yourself' }]);
    expect((await a.kim!.request('PUT', '/api/v1/certification/track', { requirementSet: 'aasect-cst', version: '1999.T.9' })).json().errors[0].field).toBe('version');
    expect((await a.kim!.request('PUT', '/api/v1/certification/track', { requirementSet: 'aasect-cst', version: '2025.T.1', renewalCycleStartsOn: '2025-02-29' })).json().errors)
      .toEqual([{ field: 'renewalCycleStartsOn', message: 'must be a real date written YYYY-MM-DD' }]);
    expect(await activityCount()).toBe(0);
    expect(await t.app.db.selectFrom('certification_tracks').select('user_id').execute()).toEqual([]);
  });
});

describe('progress toward AASECT CST 2025.T.1 with every cap', () => {
  it('counts at most 75 online core-knowledge hours', async () => {
    ids.coreOnline = (await log(a.kim!, education({ date: '2026-01-10', hours: 80, title: 'Human sexuality across the lifespan (online)' }))).id;
    await log(a.kim!, education({ date: '2026-01-20', hours: 5, title: 'Sexual health weekend', delivery: 'in-person', aasectApproved: true }));
    expect(await requirement(a.kim!, 'core-knowledge')).toMatchObject({
      required: 90, logged: 85, counted: 80, remaining: 10, met: false, pendingConfirmation: 0, futureDated: 0,
      capsApplied: [{ id: 'online', label: 'eLearning (online) hours', max: 75, logged: 80, counted: 75, excess: 5 }],
    });
  });

  it('counts at most 30 online sex-therapy hours and 5 didactic hours given by a supervisor', async () => {
    await log(a.kim!, education({ date: '2026-02-01', hours: 35, title: 'Sex therapy foundations (online)', category: 'sex-therapy' }));
    expect(await requirement(a.kim!, 'sex-therapy')).toMatchObject({ logged: 35, counted: 30, capsApplied: [{ id: 'online', logged: 35, counted: 30, excess: 5 }, { id: 'provided-by-supervisor', logged: 0, counted: 0, excess: 0 }] });
    await log(a.kim!, education({ date: '2026-02-15', hours: 8, title: 'Didactic with my supervisor', provider: 'rivera', category: 'sex-therapy', delivery: 'in-person', providedBySupervisor: true }));
    expect(await requirement(a.kim!, 'sex-therapy')).toMatchObject({
      required: 60, logged: 43, counted: 35, remaining: 25, met: false,
      capsApplied: [
        { id: 'online', label: 'eLearning (online) hours', max: 30, logged: 35, counted: 30, excess: 5 },
        { id: 'provided-by-supervisor', label: 'Didactic hours given by your supervisor', max: 5, logged: 8, counted: 5, excess: 3 },
      ],
    });
  });

  it('counts at most 150 telehealth clinical hours, with clients only in a state where the clinician is licensed', async () => {
    await log(a.kim!, { kind: 'clinical', date: '2026-10-31', hours: 160, modality: 'telehealth', jurisdiction: 'IL', note: 'October total' });
    await log(a.kim!, { kind: 'clinical', date: '2026-11-01', hours: 10, modality: 'in-person' });
    expect(await requirement(a.kim!, 'clinical')).toMatchObject({
      required: 300, logged: 170, counted: 160, remaining: 140, met: false,
      capsApplied: [{ id: 'telehealth', label: 'Telehealth hours', max: 150, logged: 160, counted: 150, excess: 10 }],
    });
  });

  it('counts supervision only once the named certified supervisor confirms it, and at most 25 group hours', async () => {
    ids.group = (await log(a.kim!, { kind: 'supervision', date: '2026-06-30', hours: 30, format: 'group', supervisorUserId: u.rivera!.id })).id;
    const individual = await log(a.kim!, { kind: 'supervision', date: '2026-07-31', hours: 10, format: 'individual', modality: 'telehealth', supervisorUserId: u.rivera!.id });
    ids.individual = individual.id;
    expect(individual).toMatchObject({ supervisorName: 'rivera', supervisorCertified: true, confirmedAt: null, confirmedByName: null });
    // Lee supervises but is not an AASECT Certified Supervisor: those hours never count.
    const uncertified = await log(a.kim!, { kind: 'supervision', date: '2026-08-31', hours: 5, format: 'individual', supervisorUserId: u.lee!.id });
    ids.lee = uncertified.id;
    expect(uncertified.supervisorCertified).toBe(false);
    expect(await requirement(a.kim!, 'supervision')).toMatchObject({ required: 50, logged: 0, counted: 0, remaining: 50, met: false, pendingConfirmation: 40 });
    expect((await a.rivera!.get('/api/v1/today')).json().supervisionToConfirm).toBe(2);

    const queue = (await a.rivera!.get('/api/v1/certification/confirmations')).json() as { id: string; superviseeId: string; superviseeName: string; hours: number; format: string; confirmedAt: string | null }[];
    expect(queue).toEqual([
      { id: ids.individual, superviseeId: u.kim!.id, superviseeName: 'kim', date: '2026-07-31', hours: 10, format: 'individual', modality: 'telehealth', confirmedAt: null },
      { id: ids.group, superviseeId: u.kim!.id, superviseeName: 'kim', date: '2026-06-30', hours: 30, format: 'group', modality: null, confirmedAt: null },
    ]);
    // Only the named supervisor confirms: another supervisor gets 404, a non-supervisor 403.
    expect((await a.lee!.post(`/api/v1/certification/activities/${ids.group}/confirmation`)).statusCode).toBe(404);
    expect((await a.lee!.get('/api/v1/certification/confirmations')).json().map((c: { id: string }) => c.id)).toEqual([ids.lee]);
    expect((await a.kim!.post(`/api/v1/certification/activities/${ids.group}/confirmation`)).statusCode).toBe(403);
    expect((await a.other!.post(`/api/v1/certification/activities/${ids.group}/confirmation`)).statusCode).toBe(403);
    expect((await a.rivera!.post(`/api/v1/certification/activities/${ids.coreOnline}/confirmation`)).statusCode).toBe(404);
    expect((await t.app.db.selectFrom('activity_logs').select('confirmed_at').where('id', '=', ids.group).executeTakeFirstOrThrow()).confirmed_at).toBeNull();

    expect((await a.rivera!.post(`/api/v1/certification/activities/${ids.group}/confirmation`)).statusCode).toBe(204);
    expect(await requirement(a.kim!, 'supervision')).toMatchObject({ logged: 30, counted: 25, pendingConfirmation: 10, capsApplied: [{ id: 'group', logged: 30, counted: 25, excess: 5 }] });
    expect((await a.rivera!.post(`/api/v1/certification/activities/${ids.individual}/confirmation`)).statusCode).toBe(204);
    expect(await requirement(a.kim!, 'supervision')).toMatchObject({
      required: 50, logged: 40, counted: 35, remaining: 15, met: false, pendingConfirmation: 0,
      capsApplied: [{ id: 'group', label: 'Group supervision hours', max: 25, logged: 30, counted: 25, excess: 5 }],
    });
    expect((await a.rivera!.get('/api/v1/today')).json().supervisionToConfirm).toBe(0);
    const confirmed = ((await a.kim!.get('/api/v1/certification/activities')).json() as Activity[]).find((x) => x.id === ids.group)!;
    expect(confirmed).toMatchObject({ confirmedAt: t.clock.now().toISOString(), confirmedByName: 'rivera' });
  });

  it('will not let a confirmed entry be changed or removed until the supervisor withdraws the confirmation', async () => {
    const body = { kind: 'supervision', date: '2026-07-31', hours: 12, format: 'individual', modality: 'telehealth', supervisorUserId: u.rivera!.id };
    const edit = await a.kim!.request('PUT', `/api/v1/certification/activities/${ids.individual}`, body);
    expect(edit.statusCode).toBe(409);
    expect((await a.kim!.request('DELETE', `/api/v1/certification/activities/${ids.individual}`)).statusCode).toBe(409);
    expect((await t.app.db.selectFrom('activity_logs').select('minutes').where('id', '=', ids.individual).executeTakeFirstOrThrow()).minutes).toBe(600);

    expect((await a.lee!.request('DELETE', `/api/v1/certification/activities/${ids.individual}/confirmation`)).statusCode).toBe(404);
    expect((await a.rivera!.request('DELETE', `/api/v1/certification/activities/${ids.individual}/confirmation`)).statusCode).toBe(204);
    expect(await requirement(a.kim!, 'supervision')).toMatchObject({ logged: 30, counted: 25, pendingConfirmation: 10 });
    const edited = await a.kim!.request('PUT', `/api/v1/certification/activities/${ids.individual}`, body);
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ hours: 12, confirmedAt: null });
    expect((await a.kim!.request('PUT', `/api/v1/certification/activities/${ids.individual}`, { ...body, hours: 10 })).statusCode).toBe(200);
    expect((await a.rivera!.post(`/api/v1/certification/activities/${ids.individual}/confirmation`)).statusCode).toBe(204);
    // A bad edit is refused like a bad entry.
    expect((await a.kim!.request('PUT', `/api/v1/certification/activities/${ids.lee}`, { kind: 'supervision', date: '2026-08-31', hours: 5, format: 'individual', supervisorUserId: u.lee!.id, delivery: 'online' })).json().errors)
      .toEqual([{ field: 'delivery', message: 'does not apply to supervision hours' }]);
    // An unconfirmed entry can be removed.
    const extra = await log(a.kim!, education({ date: '2026-04-01', title: 'Logged twice by mistake' }));
    expect((await a.kim!.request('DELETE', `/api/v1/certification/activities/${extra.id}`)).statusCode).toBe(204);
    expect(await t.app.db.selectFrom('activity_logs').select('id').where('id', '=', extra.id).executeTakeFirst()).toBeUndefined();
  });

  it('lists the practice’s supervisors a clinician can name, with their AASECT supervisor certification', async () => {
    expect((await a.kim!.get('/api/v1/certification/supervisors')).json()).toEqual([
      { id: u.lee!.id, displayName: 'lee', aasectCertified: false },
      { id: u.rivera!.id, displayName: 'rivera', aasectCertified: true },
    ]);
    // A supervisor is not offered themself.
    expect(((await a.rivera!.get('/api/v1/certification/supervisors')).json() as { id: string }[]).map((s) => s.id)).toEqual([u.lee!.id]);
  });

  it('keeps the log private: another clinician cannot see or change it', async () => {
    expect((await a.other!.get('/api/v1/certification/activities')).json()).toEqual([]);
    expect((await a.other!.request('PUT', `/api/v1/certification/activities/${ids.coreOnline}`, education({ hours: 90 }))).statusCode).toBe(404);
    expect((await a.other!.request('DELETE', `/api/v1/certification/activities/${ids.coreOnline}`)).statusCode).toBe(404);
    expect((await a.rivera!.request('PUT', `/api/v1/certification/activities/${ids.coreOnline}`, education({ hours: 90 }))).statusCode).toBe(404);
    expect((await a.rivera!.get('/api/v1/certification/activities')).json()).toEqual([]);
    expect(await requirement(a.other!, 'core-knowledge')).toMatchObject({ logged: 0, counted: 0 });
    expect((await t.app.db.selectFrom('activity_logs').select('minutes').where('id', '=', ids.coreOnline).executeTakeFirstOrThrow()).minutes).toBe(80 * 60);
    const csv = (await a.other!.get('/api/v1/certification/log.csv')).body;
    expect(csv.trim().split('\n')).toHaveLength(1);
  });

  it('shows the whole certification: the hour requirements, the licence and the degree rule', async () => {
    const progress = (await a.kim!.get('/api/v1/certification/progress')).json();
    expect(progress.track).toEqual({ requirementSet: 'aasect-cst', version: '2025.T.1', title: 'AASECT Certified Sex Therapist (requirements 2025.T.1)', supervisionContractOn: null, renewalCycleStartsOn: null });
    expect((progress.certification.hourRequirements as HourProgress[]).map((h) => [h.id, h.counted])).toEqual([['core-knowledge', 80], ['sex-therapy', 35], ['sar', 0], ['clinical', 160], ['supervision', 35]]);
    expect(progress.certification.licence).toEqual({ met: true, verified: false, detail: 'A current social work licence is recorded but not yet verified.' });
    expect(progress.certification.degreeExperience.met).toBe(false);
    expect(progress.certification.complete).toBe(false);
    expect(progress.renewal).toBeNull();
  });
});

describe('exports', () => {
  it('writes the log as CSV, one row per entry with exact hours, and a formula-looking title as text', async () => {
    await log(a.kim!, education({ date: '2026-11-20', hours: 1.5, title: HYPERLINK, provider: '+Provider', category: 'other', delivery: 'in-person' }));
    const res = await a.kim!.get('/api/v1/certification/log.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="certification-log.csv"');
    expect(res.body.split('\n')[0]).toBe('date,kind,hours,title,provider,category,delivery,aasect_approved,given_by_supervisor,modality,client_state,format,role,supervisor,supervisor_certified,confirmed_at,confirmed_by,note');
    const rows = parse(res.body, { columns: true }) as Record<string, string>[];
    const entries = (await a.kim!.get('/api/v1/certification/activities')).json() as Activity[];
    expect(rows).toHaveLength(entries.length);
    expect(rows).toHaveLength(await t.app.db.selectFrom('activity_logs').select('id').where('user_id', '=', u.kim!.id).execute().then((r) => r.length));
    expect(rows.map((r) => r.date)).toEqual(['2026-01-10', '2026-01-20', '2026-02-01', '2026-02-15', '2026-06-30', '2026-07-31', '2026-08-31', '2026-10-31', '2026-11-01', '2026-11-20']);
    expect(rows[0]).toMatchObject({ kind: 'education', hours: '80.00', category: 'core-knowledge', delivery: 'online', aasect_approved: 'no', given_by_supervisor: 'no' });
    expect(rows[1]).toMatchObject({ hours: '5.00', delivery: 'in-person', aasect_approved: 'yes' });
    expect(rows[3]).toMatchObject({ hours: '8.00', given_by_supervisor: 'yes' });
    expect(rows[5]).toMatchObject({ kind: 'supervision', hours: '10.00', format: 'individual', modality: 'telehealth', role: 'received', supervisor: 'rivera', supervisor_certified: 'yes', confirmed_by: 'rivera', aasect_approved: '' });
    expect(rows[6]).toMatchObject({ supervisor: 'lee', supervisor_certified: 'no', confirmed_at: '', confirmed_by: '' });
    expect(rows[7]).toMatchObject({ kind: 'clinical', hours: '160.00', modality: 'telehealth', client_state: 'IL', note: 'October total' });
    expect(rows[9]).toMatchObject({ hours: '1.50', title: `'${HYPERLINK}`, provider: "'+Provider", category: 'other' });
    expect(res.body).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('writes the log and progress as a PDF', async () => {
    const res = await a.kim!.get('/api/v1/certification/log.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(res.rawPayload).split('\n');
    const at = text.indexOf('Human sexuality core knowledge');
    expect(at).toBeGreaterThan(-1);
    expect(text.slice(at, at + 5)).toEqual(['Human sexuality core knowledge', '90', '85.00', '80.00', '10.00']);
    const clinical = text.indexOf('Clinical sex-therapy hours');
    expect(text.slice(clinical, clinical + 5)).toEqual(['Clinical sex-therapy hours', '300', '170.00', '160.00', '140.00']);
    expect(text).toContain('Not yet confirmed');
    expect(text).toContain(`rivera ${t.clock.now().toISOString().slice(0, 10)}`);
    expect(text).toContain('Human sexuality across the lifespan (online)');
  });
});

describe('renewal', () => {
  it('counts renewal credits in the cycle, by the alternative route once supervision received is confirmed', async () => {
    const r = a.renewer!;
    const track = await r.request('PUT', '/api/v1/certification/track', { requirementSet: 'aasect-cst', version: '2025.T.1', renewalCycleStartsOn: '2025-01-01' });
    expect(track.statusCode).toBe(200);
    expect(track.json().renewal).toMatchObject({ cycleStartsOn: '2025-01-01', cycleEndsOn: '2027-12-31', aasectCredits: 0, totalCredits: 0, met: false, route: null, shortBy: 20 });
    await log(r, education({ date: '2025-06-01', hours: 5, title: 'AASECT-approved CE', category: 'sex-therapy', delivery: 'in-person', aasectApproved: true }));
    await log(r, education({ date: '2025-09-01', hours: 10, title: 'Sexuality CE elsewhere', category: 'core-knowledge' }));
    // Neither counts: CE outside sexuality, and hours before the cycle.
    await log(r, education({ date: '2025-10-01', hours: 4, title: 'Practice management', category: 'other', aasectApproved: true }));
    await log(r, education({ date: '2024-12-31', hours: 3, title: 'Before the cycle', category: 'sar', aasectApproved: true }));
    const received = await log(r, { kind: 'supervision', date: '2026-01-10', hours: 5, format: 'individual', supervisorUserId: u.rivera!.id });
    await log(r, { kind: 'supervision', date: '2026-02-10', hours: 5, format: 'group', role: 'provided' });

    const before = (await r.get('/api/v1/certification/progress')).json().renewal;
    expect(before).toMatchObject({ aasectCredits: 5, totalCredits: 15, required: 20, met: false, route: null, shortBy: 5, pendingConfirmationHours: 5 });
    expect((await a.rivera!.post(`/api/v1/certification/activities/${received.id}/confirmation`)).statusCode).toBe(204);
    const progress = (await r.get('/api/v1/certification/progress')).json();
    expect(progress.track.renewalCycleStartsOn).toBe('2025-01-01');
    expect(progress.renewalVersion).toBe('2025.R.1');
    expect(progress.renewal).toMatchObject({
      cycleStartsOn: '2025-01-01', cycleEndsOn: '2027-12-31', aasectCredits: 5,
      otherCredits: {
        nonAasectCe: { id: 'non-aasect-ce', loggedHours: 10, credits: 5, maxCredits: 5, capped: false },
        supervisionReceived: { id: 'supervision-received', loggedHours: 5, credits: 5, maxCredits: 5, capped: false },
        supervisionProvided: { id: 'supervision-provided', loggedHours: 5, credits: 5, maxCredits: 5, capped: false },
      },
      totalCredits: 20, required: 20, met: true, route: 'alternative', shortBy: 0, pendingConfirmationHours: 0,
    });
    // Supervision given does not count toward the clinician's own supervision requirement.
    expect((progress.certification.hourRequirements as HourProgress[]).find((h) => h.id === 'supervision')).toMatchObject({ logged: 5, counted: 5 });
  });
});

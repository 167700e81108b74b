import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_LOGIN, seedDemo } from '../modules/demo/seed-demo.js';
import { demoAgent, createTestApp, lastMailTo, TEST_DIALECT, type TestApp } from '../test/harness.js';
import { SQLITE_FILE } from './bootstrap.js';
import { ENCRYPTED_COLUMNS } from './encrypted-columns.js';

/**
 * Issue 9's encryption proof, for every encrypted field: a canary written through the API (as
 * the clinician, the client, the owner or a member of the public would write it) is stored in
 * that column — decrypting the column shows it — and appears nowhere in the raw database bytes.
 * Columns the server fills itself (a TOTP secret, a screening rule's evidence, a diagnosis
 * evaluation, questionnaire answers and scores, mail) carry no free text a caller can choose; for
 * them, and for every other encrypted value in the database, the decrypted plaintext itself is
 * the canary: none of it may be found in the raw bytes either.
 */
let t: TestApp;
const C = `CANARY${randomBytes(6).toString('hex')}`;
/** The columns the API wrote the canary into. */
const canaried = new Set<string>();

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.app);
  const okafor = await demoAgent(t, 'amara.okafor@demo.candor.test');
  const owner = await demoAgent(t, 'priya.natarajan@demo.candor.test');
  const alex = await demoAgent(t, DEMO_CLIENT_LOGIN.email, false);
  const alexId = ((await alex.get('/api/v1/portal/me')).json() as { client: { id: string } }).client.id;
  const ok = async (what: string, res: Promise<{ statusCode: number; body: string; json(): unknown }>, columns: string[] = []) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(`${what}: ${r.statusCode} ${r.body.slice(0, 300)}`);
    for (const c of columns) canaried.add(c);
    return r.json() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  // The client record: presenting concern, identity, contact details.
  await ok('client', okafor.patch(`/api/v1/clients/${alexId}`, { presentingConcern: `Concern ${C}`, genderIdentity: `${C} identity`, emergencyContact: { name: `${C} contact`, relationship: 'Sister', phone: '(312) 555-0188' } }),
    ['clients.presenting_concern', 'clients.identity', 'clients.contact']);
  // A history taken in session.
  const intake = await ok('intake', okafor.post(`/api/v1/clients/${alexId}/intakes`));
  const intakeId = (intake.intake ?? intake).id as string;
  await ok('intake answers', okafor.request('PUT', `/api/v1/clients/${alexId}/intakes/${intakeId}`, { answers: { concerns: [{ kind: 'low-desire', inOwnWords: `${C} in her words` }] }, revision: 0 }), ['intakes.answers']);
  // Screening: a suggestion set aside, with the reason.
  const suggestion = await t.app.db.selectFrom('screening_suggestions').select('id').where('status', '=', 'open').executeTakeFirstOrThrow();
  await ok('dismiss', okafor.post(`/api/v1/screening-suggestions/${suggestion.id}/dismiss`, { reason: `${C} already seen by her physician` }), ['screening_suggestions.decision_reason']);
  // A referral: reason, notes, the letter sent under a signed release, the outcome.
  const release = await ok('release', okafor.post(`/api/v1/clients/${alexId}/releases`, { recipientName: 'Dr. Lena Ortiz', purpose: 'Coordinate care', allowed: ['identification', 'referral-reason'], expiresOn: '2027-06-01' }));
  await ok('release signature', alex.post(`/api/v1/portal/releases/${release.id}/signature`, { typedName: 'Alex Morgan' }));
  const referral = await ok('referral', okafor.post(`/api/v1/clients/${alexId}/referrals`, { specialty: 'gynecology', urgency: 'soon', reason: `${C} pain since childbirth`, recipientName: 'Dr. Lena Ortiz' }), ['referrals.reason']);
  await ok('referral notes', okafor.patch(`/api/v1/referrals/${referral.id}`, { notes: `${C} phoned the clinic` }), ['referrals.notes']);
  await ok('send', okafor.post(`/api/v1/referrals/${referral.id}/send`, { releaseId: release.id }), ['referrals.sent_letter']);
  await ok('close', okafor.post(`/api/v1/referrals/${referral.id}/transition`, { to: 'closed', outcome: `${C} no physical cause` }), ['referrals.outcome']);
  // A diagnosis recorded against the criteria, with the clinician's reason.
  await ok('diagnosis', okafor.post(`/api/v1/clients/${alexId}/diagnoses`, { diagnosisId: 'erectile-disorder', findings: {}, status: 'provisional', diagnosedOn: '2026-11-20', override: { reason: `${C} clinical judgement` } }),
    ['diagnoses.override_reason']);
  // Questionnaires: a draft, a submission whose ninth item raises a safety alert, and what was done about it.
  await ok('assign', okafor.post(`/api/v1/clients/${alexId}/measures/assignments`, { instrumentId: 'gad-7', schedule: 'once' }));
  const due = (await alex.get('/api/v1/portal/measures')).json() as { requestId: string; instrumentId: string }[];
  await ok('draft', alex.request('PUT', `/api/v1/portal/measures/${due.find((r) => r.instrumentId === 'gad-7')!.requestId}/draft`, { answers: [1, 2, null, null, null, null, null] }));
  await ok('submit', alex.post(`/api/v1/portal/measures/${due.find((r) => r.instrumentId === 'phq-9')!.requestId}/submit`, { answers: [1, 1, 1, 1, 1, 1, 1, 1, 1] }));
  const alert = await t.app.db.selectFrom('safety_alerts').select('id').where('status', '=', 'open').executeTakeFirstOrThrow();
  await ok('acknowledge', okafor.post(`/api/v1/safety-alerts/${alert.id}/acknowledge`, { actionTaken: `${C} called her the same day` }), ['safety_alerts.action_taken']);
  // A progress note, signed and amended; a process note.
  const appointment = await t.app.db.selectFrom('appointments').select('id').where('status', 'in', ['scheduled', 'completed']).where('starts_at', '<=', t.clock.now().toISOString())
    .where('clinician_id', '=', (await t.app.db.selectFrom('users').select('id').where('email', '=', 'amara.okafor@demo.candor.test').executeTakeFirstOrThrow()).id).orderBy('starts_at', 'desc').executeTakeFirstOrThrow();
  const note = await ok('note', okafor.post(`/api/v1/appointments/${appointment.id}/notes`, { template: 'soap' }));
  await ok('note save', okafor.request('PUT', `/api/v1/notes/${note.id}`, { content: { fields: { subjective: `${C} less pressure` }, interventions: [], risk: { level: 'none-indicated' } }, version: 0 }), ['notes.content']);
  await ok('sign', okafor.post(`/api/v1/notes/${note.id}/sign`, { version: 1 }));
  await ok('addendum', okafor.post(`/api/v1/notes/${note.id}/addenda`, { content: `${C} correction` }), ['note_addenda.content']);
  await ok('process note', okafor.post(`/api/v1/clients/${alexId}/psychotherapy-notes`, { content: `${C} my own reactions` }), ['psychotherapy_notes.content']);
  // A plan with progress; homework the client logs and reflects on.
  const plan = await ok('plan', okafor.post('/api/v1/treatment-plans', {
    clientId: alexId, sessionsPlanned: 8, reviewOn: '2027-01-15', plissit: 'limited-information',
    content: { problems: [{ id: 'p', description: `${C} problem`, diagnosisIds: [] }], goals: [{ id: 'g', description: `${C} goal`, problemIds: ['p'], measureInstrumentIds: [], objectives: [{ id: 'o', description: `${C} objective`, targetDate: null }] }], interventionIds: [] },
  }), ['treatment_plan_versions.content']);
  await ok('progress', okafor.post(`/api/v1/treatment-plans/${plan.id}/progress`, { objectiveId: 'o', status: 'in-progress', note: `${C} progress` }), ['objective_progress.note']);
  const homework = await ok('homework', okafor.post('/api/v1/homework', { interventionId: 'stop-start', clientIds: [alexId], title: `${C} title`, instructions: `${C} instructions` }), ['homework.title', 'homework.instructions']);
  await ok('log', alex.post(`/api/v1/portal/homework/${homework.id}/logs`, { practicedOn: '2026-11-25', done: true, howItWent: `${C} went slowly`, reflection: `${C} felt closer` }), ['homework_logs.how_it_went', 'homework_logs.reflection']);
  // A licence scan; an inquiry from the public directory.
  const credential = ((await okafor.get('/api/v1/credentials')).json() as { id: string }[])[0]!;
  await ok('document', okafor.post(`/api/v1/credentials/${credential.id}/documents`, { filename: 'licence.pdf', contentType: 'application/pdf', dataBase64: Buffer.from(`%PDF-1.4\n% ${C}\n%%EOF\n`).toString('base64') }), ['credential_documents.content']);
  const slug = (await t.app.db.selectFrom('directory_profiles').select('slug').where('listed', '=', 1).executeTakeFirstOrThrow()).slug;
  const { Agent } = await import('../test/harness.js');
  await ok('inquiry', new Agent(t).post(`/api/v1/public/therapists/${slug}/contact`, { name: 'Sam Doe', email: 'sam.doe@example.test', preferredContact: 'email', message: `${C} looking for help`, adult: true }), ['directory_inquiries.message']);
  // The client asks for her record twice: declined once (with a reason), then released (a copy holding the canaries above).
  const [declined] = await ok('record requests', okafor.get(`/api/v1/clients/${alexId}/record-requests`)) as unknown as { id: string }[];
  await ok('decline', okafor.post(`/api/v1/record-requests/${declined!.id}/decline`, { reason: `${C} released last week; ask me what is missing` }), ['record_requests.decision_note']);
  const released = await ok('record request', alex.post('/api/v1/portal/record-requests'));
  await ok('release', okafor.post(`/api/v1/record-requests/${released.id}/release`));
  // A webhook's signing secret is made by the server.
  await ok('webhook', owner.post('/api/v1/webhooks', { url: 'https://hooks.example.test/candor', events: ['appointment.created'] }));
  // Mail is composed by the server (a time, a link with a one-time token): its plaintext is the canary.
  await ok('invitation', owner.post('/api/v1/practice/invitations', { email: 'new.colleague@example.test', displayName: 'New Colleague', roles: ['clinician'] }));
  expect((await lastMailTo(t, 'new.colleague@example.test')).text).toMatch(/accept-invitation#token=/);
}, 120_000);
afterAll(async () => t.close());

const TABLES = [...new Set(ENCRYPTED_COLUMNS.map((c) => c.table))];

/** Whether any of the needles is in the database's bytes on disk (or, on PostgreSQL, any row's text). */
async function rawBytesContaining(needles: string[]): Promise<string[]> {
  const found = new Set<string>();
  if (TEST_DIALECT === 'sqlite') {
    await sql`PRAGMA wal_checkpoint(FULL)`.execute(t.app.db);
    for (const file of [SQLITE_FILE, `${SQLITE_FILE}-wal`].map((f) => path.join(t.dataDir, f)).filter((f) => fs.existsSync(f))) {
      const bytes = fs.readFileSync(file);
      for (const n of needles) if (bytes.includes(n)) found.add(n);
    }
    return [...found];
  }
  // PostgreSQL: each table's heap and TOAST pages read through the server (the test user is a
  // superuser), and each row as text (which a compressed TOAST value would hide from the pages).
  await sql`CHECKPOINT`.execute(t.app.db);
  for (const table of [...TABLES, 'audit_events']) {
    const { rows } = await sql<{ bytes: Buffer | null; toast: Buffer | null }>`select pg_read_binary_file(pg_relation_filepath(${table}::regclass)) as bytes,
      (select pg_read_binary_file(pg_relation_filepath(reltoastrelid)) from pg_class where oid = ${table}::regclass and reltoastrelid <> 0) as toast`.execute(t.app.db);
    const text = (await sql<{ t: string | null }>`select string_agg(x::text, ' ') as t from ${sql.table(table)} x`.execute(t.app.db)).rows[0]?.t ?? '';
    for (const n of needles) if (rows[0]!.bytes?.includes(n) || rows[0]!.toast?.includes(n) || text.includes(n)) found.add(n);
  }
  return [...found];
}

describe('encryption at rest, for every encrypted field', () => {
  it('stores each canary in its column, as ciphertext, and leaves none of it in the raw database bytes', async () => {
    const missing: string[] = [];
    const plaintexts = new Set<string>();
    for (const { table, column } of ENCRYPTED_COLUMNS) {
      const rows = await t.app.db.selectFrom(table as 'users').select(`${column} as value` as 'id').where(column as 'id', 'is not', null).execute();
      const values = rows.map((r) => t.app.keyring.decrypt((r as unknown as { value: string }).value));
      expect(values.length, `${table}.${column} holds nothing`).toBeGreaterThan(0);
      // A canary column shows the canary once decrypted (a document is stored as base64).
      const name = `${table}.${column}`;
      if (canaried.has(name) && !values.some((v) => v.includes(C) || Buffer.from(v, 'base64').toString('latin1').includes(C))) missing.push(name);
      // Every plaintext long enough to be told apart is a needle of its own.
      for (const v of values) if (v.length >= 16) plaintexts.add(v.slice(0, 64));
    }
    expect(missing).toEqual([]);
    const serverFilled = ENCRYPTED_COLUMNS.map((c) => `${c.table}.${c.column}`).filter((c) => !canaried.has(c));
    expect(serverFilled).toEqual(['users.totp_secret', 'screening_suggestions.details', 'diagnoses.evaluation', 'measure_requests.draft', 'measure_responses.answers', 'measure_responses.score', 'mail_outbox.body',
      'record_requests.record_fhir', 'record_requests.record_pdf', 'webhooks.secret']);

    // The control: plain columns are found by the same search, so a canary would be too.
    expect(await rawBytesContaining(['Riverside Center for Sexual Health'])).toEqual(['Riverside Center for Sexual Health']);
    expect(await rawBytesContaining([C])).toEqual([]);
    expect(await rawBytesContaining([...plaintexts])).toEqual([]);
    process.stdout.write(`encryption canary: ${canaried.size} columns written through the API, ${ENCRYPTED_COLUMNS.length - canaried.size} filled by the server; ${plaintexts.size} plaintexts absent from the raw bytes\n`);
  });
});

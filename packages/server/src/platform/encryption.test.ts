import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, seedPractice, TEST_DIALECT, type TestApp } from '../test/harness.js';
import { runCli } from '../test/cli.js';
import { SQLITE_FILE } from './bootstrap.js';

/** Clinical free text never reaches the disk in the clear. */
let t: TestApp;
let agent: Agent;
const canary = `CANARY-${randomBytes(8).toString('hex')}`;

beforeAll(async () => {
  t = await createTestApp();
  const { users } = await seedPractice(t, 'Encrypted', [{ key: 'clinician', roles: ['clinician'] }]);
  agent = new Agent(t);
  await agent.signIn(users.clinician!);
});
afterAll(async () => t.close());

async function rawDatabaseContains(needle: string): Promise<boolean> {
  if (TEST_DIALECT === 'sqlite') {
    await sql`PRAGMA wal_checkpoint(FULL)`.execute(t.app.db);
    const files = [SQLITE_FILE, `${SQLITE_FILE}-wal`].map((f) => path.join(t.dataDir, f)).filter((f) => fs.existsSync(f));
    return files.some((f) => fs.readFileSync(f).includes(needle));
  }
  // PostgreSQL: the table's on-disk pages, read through the server (the test user is a superuser).
  await sql`CHECKPOINT`.execute(t.app.db);
  for (const table of ['clients', 'mail_outbox', 'users', 'intakes']) {
    const { rows } = await sql<{ bytes: Buffer }>`select pg_read_binary_file(pg_relation_filepath(${table}::regclass)) as bytes`.execute(t.app.db);
    if (rows[0]!.bytes.includes(Buffer.from(needle))) return true;
    const text = await sql<{ t: string }>`select string_agg(x::text, ' ') as t from ${sql.table(table)} x`.execute(t.app.db);
    if ((text.rows[0]?.t ?? '').includes(needle)) return true;
  }
  return false;
}

describe('encryption at rest', () => {

  it('keeps a canary written through the API out of the raw database bytes', async () => {
    // One canary per kind of clinical free text: a note, identity and contact details, a history narrative.
    const created = await agent.post('/api/v1/clients', {
      firstName: 'Canary', lastName: 'Client', dateOfBirth: '1990-01-01', presentingConcern: `Concern ${canary} end`,
      genderIdentity: `${canary}-identity`, emergencyContact: { name: `${canary}-contact`, phone: '1' },
    });
    expect(created.statusCode).toBe(201);
    const clientId = created.json().id;
    expect((await agent.get(`/api/v1/clients/${clientId}`)).json()).toMatchObject({ presentingConcern: `Concern ${canary} end`, genderIdentity: `${canary}-identity` });
    const intake = (await agent.post(`/api/v1/clients/${clientId}/intakes`)).json();
    const saved = await agent.request('PUT', `/api/v1/clients/${clientId}/intakes/${intake.id}`, {
      answers: { concerns: [{ kind: 'orgasm', inOwnWords: `${canary}-narrative` }], medications: [{ name: `${canary}-medicine` }] }, revision: 0,
    });
    expect(saved.statusCode).toBe(200);
    expect((await agent.get(`/api/v1/clients/${clientId}/intakes/${intake.id}`)).json().answers.concerns[0].inOwnWords).toBe(`${canary}-narrative`);
    // A treatment plan, its progress notes and homework instructions.
    const plan = await agent.post('/api/v1/treatment-plans', {
      clientId, sessionsPlanned: 6, reviewOn: '2027-01-01', plissit: 'permission',
      content: { problems: [{ description: `${canary}-problem`, diagnosisIds: [] }], goals: [{ id: 'g', description: `${canary}-goal`, problemIds: [], measureInstrumentIds: [], objectives: [{ id: 'o', description: `${canary}-objective`, targetDate: null }] }], interventionIds: [] },
    });
    expect(plan.statusCode).toBe(201);
    expect((await agent.post(`/api/v1/treatment-plans/${plan.json().id}/progress`, { objectiveId: 'o', status: 'in-progress', note: `${canary}-progress` })).statusCode).toBe(201);
    expect((await agent.post('/api/v1/homework', { interventionId: 'stop-start', clientIds: [clientId], title: `${canary}-title`, instructions: `${canary}-instructions` })).statusCode).toBe(201);
    // The control: the plaintext name is found, so the search would find the canary if it were there.
    expect(await rawDatabaseContains('Canary')).toBe(true);
    expect(await rawDatabaseContains(canary)).toBe(false);
    // Embedded mode: the database file itself is owner-only from its first byte.
    if (TEST_DIALECT === 'sqlite') expect(fs.statSync(path.join(t.dataDir, SQLITE_FILE)).mode & 0o777).toBe(0o600);
  });

  it('`candor keys rotate` re-encrypts every value under the new key and the data still reads', async () => {
    const created = await agent.post('/api/v1/clients', { firstName: 'Rotate', lastName: 'Me', dateOfBirth: '1990-01-01', presentingConcern: 'before rotation' });
    const newKey = `t2:${randomBytes(32).toString('base64')}`;
    const env = { CANDOR_DATA_DIR: t.dataDir, CANDOR_MASTER_KEY: `${newKey},${t.masterKey}`, ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}) };
    const result = await runCli(['keys', 'rotate'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Re-encrypted \d+ values under key t2\.\n$/);
    const rows = await t.app.db.selectFrom('clients').select('presenting_concern').where('presenting_concern', 'is not', null).execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.presenting_concern!.startsWith('v1.t2.')).toBe(true);
    const outbox = await t.app.db.selectFrom('users').select('totp_secret').where('totp_secret', 'is not', null).execute();
    for (const row of outbox) expect(row.totp_secret!.startsWith('v1.t2.')).toBe(true);
    // The running app only knows the old key: it fails closed with a clear problem, not garbage.
    const read = await agent.get(`/api/v1/clients/${created.json().id}`);
    expect(read.statusCode).toBe(500);
    expect(read.json()).toMatchObject({ type: 'https://candor.dev/problems/encryption-key', title: 'Encrypted data is unavailable' });
    expect(read.body).not.toContain('before rotation');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Agent, createTestApp, seedPractice, type TestApp } from '../test/harness.js';
import { verifyAuditChain } from './audit.js';
import { runCli } from '../test/cli.js';

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
  const { users } = await seedPractice(t, 'Audited', [{ key: 'clinician', roles: ['clinician'] }]);
  const agent = new Agent(t);
  await agent.signIn(users.clinician!);
  for (let i = 0; i < 3; i++) {
    const created = await agent.post('/api/v1/clients', { firstName: `Client${i}`, lastName: 'Audit', dateOfBirth: '1990-01-01' });
    await agent.get(`/api/v1/clients/${created.json().id}`);
  }
});
afterEach(async () => t.close());

async function chainRows() {
  return t.app.db.selectFrom('audit_events').selectAll().where('chain_id', '!=', 'system').orderBy('seq').execute();
}

describe('the audit chain', () => {
  it('is intact after normal use, with each row linked to the one before', async () => {
    const result = await verifyAuditChain(t.app.db);
    expect(result.ok).toBe(true);
    const rows = await chainRows();
    expect(rows.map((r) => r.action)).toEqual([
      'auth.sign-in', 'auth.second-factor',
      'client.create', 'client.read',
      'client.create', 'client.read',
      'client.create', 'client.read',
    ]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
  });

  it('names the first row whose contents were changed', async () => {
    const rows = await chainRows();
    await t.app.db.updateTable('audit_events').set({ outcome: 'denied' }).where('id', '=', rows[4]!.id).execute();
    const result = await verifyAuditChain(t.app.db);
    expect(result.ok).toBe(false);
    expect(result.problem).toMatchObject({ seq: 5, rowId: rows[4]!.id, reason: 'its contents were changed after it was written' });
  });

  it('names the gap where a row was removed', async () => {
    const rows = await chainRows();
    await t.app.db.deleteFrom('audit_events').where('id', '=', rows[2]!.id).execute();
    expect((await verifyAuditChain(t.app.db)).problem).toMatchObject({ seq: 4, reason: 'row 3 is missing (found 4 next)' });
  });

  it('detects rows reordered (sequence numbers swapped)', async () => {
    const rows = await chainRows();
    await t.app.db.updateTable('audit_events').set({ seq: -1 }).where('id', '=', rows[5]!.id).execute();
    await t.app.db.updateTable('audit_events').set({ seq: 6 }).where('id', '=', rows[6]!.id).execute();
    await t.app.db.updateTable('audit_events').set({ seq: 7 }).where('id', '=', rows[5]!.id).execute();
    const result = await verifyAuditChain(t.app.db);
    expect(result.ok).toBe(false);
    expect(result.problem).toMatchObject({ seq: 6, rowId: rows[6]!.id });
  });

  it('detects rows removed from the end', async () => {
    const rows = await chainRows();
    await t.app.db.deleteFrom('audit_events').where('id', '=', rows.at(-1)!.id).execute();
    expect((await verifyAuditChain(t.app.db)).problem?.reason).toBe(`the chain ends at row ${rows.length - 1} but its head records row ${rows.length} (rows were removed from the end)`);
  });

  it('`candor audit verify` exits 0 on an intact chain and 1 naming the changed row', async () => {
    const env = { CANDOR_DATA_DIR: t.dataDir, CANDOR_MASTER_KEY: t.masterKey, ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}) };
    const ok = await runCli(['audit', 'verify'], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^audit chain intact: \d+ rows in \d+ chains\n$/);
    const rows = await chainRows();
    await sql`update audit_events set action = 'client.delete' where id = ${rows[1]!.id}`.execute(t.app.db);
    const broken = await runCli(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`at row 2 (id ${rows[1]!.id}): its contents were changed after it was written`);
  });
});

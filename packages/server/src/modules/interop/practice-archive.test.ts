import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit.js';
import { ValidationError } from '../../platform/errors.js';
import { freshProcessEnvironment, runCli } from '../../test/cli.js';
import { Agent, createTestApp, demoAgent, type TestApp } from '../../test/harness.js';
import { DEMO_CLIENT_LOGIN, DEMO_PASSWORD, seedDemo } from '../demo/seed-demo.js';
import { ARCHIVE_TABLES, importPractice, openArchive, readPractice } from './practice-archive.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const PASSPHRASE = 'a long and private passphrase';
let from: TestApp;
let to: TestApp;
let archive: Buffer;
let practiceId: string;
let alex: string;

/** The owner's download of the practice archive. */
async function exportVia(t: TestApp): Promise<Buffer> {
  const owner = await demoAgent(t, 'priya.natarajan@demo.candor.test');
  const res = await owner.post('/api/v1/practice/archive', { passphrase: PASSPHRASE });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/octet-stream');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="candor-practice-\d{4}-\d{2}-\d{2}\.candor"$/);
  return res.rawPayload;
}

const fhirOf = async (t: TestApp) => (await (await demoAgent(t, 'amara.okafor@demo.candor.test')).get(`/api/v1/clients/${alex}/fhir`)).json();

beforeAll(async () => {
  from = await createTestApp();
  ({ practiceId } = await seedDemo(from.app));
  alex = (await from.app.db.selectFrom('users').select('client_id').where('email', '=', DEMO_CLIENT_LOGIN.email).executeTakeFirstOrThrow()).client_id!;
  // Alex's record released (the largest encrypted values), then the archive.
  const okafor = await demoAgent(from, 'amara.okafor@demo.candor.test');
  const [request] = (await okafor.get(`/api/v1/clients/${alex}/record-requests`)).json() as { id: string }[];
  expect((await okafor.post(`/api/v1/record-requests/${request!.id}/release`)).statusCode).toBe(200);
  archive = await exportVia(from);
  to = await createTestApp();
  // The new deployment's clock runs on from the old one's (the archive carries each account's last second-factor step).
  to.clock.advance(from.clock.now().getTime() - to.clock.now().getTime() + 60_000);
}, 180_000);
afterAll(async () => {
  await from?.close();
  await to?.close();
});

describe('moving a whole practice to another deployment', () => {
  it('is for the owner alone, signed in; the passphrase must be long; the export is audited', async () => {
    const okafor = await demoAgent(from, 'amara.okafor@demo.candor.test');
    expect((await okafor.post('/api/v1/practice/archive', { passphrase: PASSPHRASE })).statusCode).toBe(403);
    const owner = await demoAgent(from, 'priya.natarajan@demo.candor.test');
    const short = await owner.post('/api/v1/practice/archive', { passphrase: 'short' });
    expect(short.json().errors.map((e: any) => e.field)).toEqual(['passphrase']);
    const audit = await from.app.db.selectFrom('audit_events').select('outcome').where('action', '=', 'practice.export').execute();
    expect(audit.map((a) => a.outcome)).toEqual(['success']);
  });

  it('seals clinical text with the passphrase: none of it is readable in the file, and a wrong passphrase or a changed byte opens nothing', async () => {
    const concern = (await from.app.db.selectFrom('clients').select('presenting_concern').where('id', '=', alex).executeTakeFirstOrThrow()).presenting_concern!;
    const plain = from.app.keyring.decrypt(concern);
    expect(archive.includes(Buffer.from(plain.slice(0, 40)))).toBe(false);
    expect(archive.includes(Buffer.from('Alexandra'))).toBe(false);
    const wrong = (() => { try { openArchive(archive, 'not the passphrase at all'); } catch (e) { return e; } })() as ValidationError;
    expect(wrong).toBeInstanceOf(ValidationError);
    expect(wrong.errors).toEqual([{ field: 'passphrase', message: 'does not open this archive (or the file was changed after it was made)' }]);
    const changed = Buffer.from(archive);
    changed[changed.length - 10] ^= 1;
    expect(() => openArchive(changed, PASSPHRASE)).toThrow(/passphrase: does not open this archive/);
    expect(() => openArchive(Buffer.from('{"resourceType":"Bundle"}'), PASSPHRASE)).toThrow(/archive: is not a Candor practice archive/);
    const content = openArchive(archive, PASSPHRASE);
    expect(content.practiceId).toBe(practiceId);
    expect(Object.keys(content.tables)).toEqual(ARCHIVE_TABLES);
    for (const left of ['sessions', 'one_time_tokens', 'mail_outbox', 'access_tokens', 'webhooks']) expect(content.tables[left]).toBeUndefined();
  });

  it('imports into a fresh deployment in one go: the same rows, under that deployment’s key, the audit chain intact', async () => {
    expect(from.masterKey).not.toBe(to.masterKey);
    const result = await importPractice(to.app, archive, PASSPHRASE);
    const content = openArchive(archive, PASSPHRASE);
    expect(result.rows).toEqual(Object.fromEntries(ARCHIVE_TABLES.map((t) => [t, content.tables[t]!.length])));
    expect(result.rows.clients).toBeGreaterThan(3);
    const stored = (await to.app.db.selectFrom('clients').select('presenting_concern').where('id', '=', alex).executeTakeFirstOrThrow()).presenting_concern!;
    expect(stored).toMatch(/^v1\./);
    expect(() => from.app.keyring.decrypt(stored)).toThrow();
    expect(await verifyAuditChain(to.app.db)).toMatchObject({ ok: true });
    const imported = await readPractice(to.app, to.app.db, practiceId);
    for (const table of ARCHIVE_TABLES) {
      if (table === 'audit_events' || table === 'audit_heads') continue;
      expect(imported[table], table).toEqual(content.tables[table]);
    }
    // The chain as it was, and one more row: the import.
    const before = new Set(content.tables.audit_events!.map((r) => r.hash));
    expect(imported.audit_events!.filter((r) => !before.has(r.hash)).map((r) => r.action)).toEqual(['practice.import']);
  });

  it('round trip: the same people sign in, and export → import → export gives the same resources', async () => {
    const alexAgent = new Agent(to);
    expect((await alexAgent.post('/api/v1/auth/sign-in', { email: DEMO_CLIENT_LOGIN.email, password: DEMO_PASSWORD })).statusCode).toBe(200);
    expect((await alexAgent.get('/api/v1/portal/record-requests')).json()[0]).toMatchObject({ status: 'released' });
    const [bundleFrom, bundleTo] = [await fhirOf(from), await fhirOf(to)];
    expect(bundleTo.entry).toEqual(bundleFrom.entry);
    const again = openArchive(await exportVia(to), PASSPHRASE);
    const first = openArchive(archive, PASSPHRASE);
    // Signing in since moves each account's last second-factor step, and nothing else.
    const steady = (rows: Record<string, unknown>[]) => rows.map(({ totp_last_step: _step, ...rest }) => rest);
    for (const table of ARCHIVE_TABLES) {
      if (table === 'audit_events' || table === 'audit_heads') continue;
      expect(steady(again.tables[table]!), table).toEqual(steady(first.tables[table]!));
    }
    // The released copy opens there too (read after the comparison: a download is counted).
    expect((await alexAgent.get(`/api/v1/portal/record-requests/${(await alexAgent.get('/api/v1/portal/record-requests')).json()[0].id}/record.pdf`)).statusCode).toBe(200);
    const firstHashes = first.tables.audit_events!.map((r) => r.hash);
    expect(again.tables.audit_events!.filter((r) => firstHashes.includes(r.hash))).toHaveLength(firstHashes.length);
  });

  it('refuses a second import of the same practice, and writes nothing when a row clashes', async () => {
    const clients = async (t: TestApp) => (await t.app.db.selectFrom('clients').select('id').execute()).length;
    const before = await clients(to);
    await expect(importPractice(to.app, archive, PASSPHRASE)).rejects.toMatchObject({ status: 409, errors: [{ field: 'archive', message: 'holds a practice that is already here' }] });
    expect(await clients(to)).toBe(before);
    // A third deployment where one of the practice's staff emails is already taken.
    const third = await createTestApp();
    try {
      await seedDemo(third.app);
      const practicesBefore = (await third.app.db.selectFrom('practices').select('id').execute()).length;
      await expect(importPractice(third.app, archive, PASSPHRASE)).rejects.toMatchObject({ status: 409, errors: [{ field: 'archive.tables.users', message: 'clashes with a row already in this deployment' }] });
      const practices = await third.app.db.selectFrom('practices').select('id').execute();
      expect(practices).toHaveLength(practicesBefore);
    } finally {
      await third.close();
    }
  });

  it('`candor practice import` reads the passphrase from standard input and says what it brought', async () => {
    const env = await freshProcessEnvironment();
    try {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'candor-archive-')), 'practice.candor');
      fs.writeFileSync(file, archive);
      const wrong = await runCli(['practice', 'import', file], env.env, 'the wrong passphrase\n');
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('passphrase: does not open this archive');
      const ok = await runCli(['practice', 'import', file], env.env, `${PASSPHRASE}\n`);
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      const content = openArchive(archive, PASSPHRASE);
      expect(ok.stdout).toBe(`Imported practice ${practiceId}: ${Object.values(content.tables).reduce((n, rows) => n + rows.length, 0)} rows in ${ARCHIVE_TABLES.length} tables (${content.tables.clients!.length} clients, ${content.tables.users!.length} accounts).\n`);
    } finally {
      await env.cleanUp();
    }
  }, 60_000);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshProcessEnvironment, runCli } from './test/cli.js';
import { TEST_DIALECT } from './test/harness.js';

let env: Record<string, string>;
let dataDir: string;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  ({ env, dataDir, cleanUp } = await freshProcessEnvironment());
});
afterAll(async () => cleanUp());

describe('the candor CLI', () => {
  it('describes every command in --help', async () => {
    const res = await runCli(['--help'], {});
    expect(res.code).toBe(0);
    for (const command of ['start', 'migrate', 'seed-demo', 'create-user', 'backup <file>', 'restore <file>', 'audit verify', 'site-admin grant|revoke <email>', 'keys rotate']) {
      expect(res.stdout).toContain(`  ${command}`);
    }
  });

  it('rejects an unknown command and a bad setting with exit code 2', async () => {
    expect(await runCli(['frobnicate'], env)).toMatchObject({ code: 2, stderr: 'candor: unknown command "frobnicate" (see candor --help)\n' });
    expect(await runCli(['migrate'], { ...env, PORT: 'eighty' })).toMatchObject({ code: 2, stderr: 'candor: PORT must be a whole number from 0 to 65535 (got "eighty")\n' });
  });

  it('migrates, creates a user and seeds the demo', async () => {
    expect(await runCli(['migrate'], env)).toMatchObject({ code: 0, stdout: `Database is up to date (${TEST_DIALECT}).\n` });
    const created = await runCli(['create-user', '--email', 'Owner@Example.test', '--name', 'Dr. Owner', '--roles', 'owner,clinician', '--practice', 'New Practice'], env);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created Owner@Example\.test \(owner, clinician\) in practice [0-9a-f-]{36}\.\nPassword \(shown once\): [A-Za-z0-9_-]{20}\n$/);
    const dup = await runCli(['create-user', '--email', 'owner@example.test', '--name', 'X', '--roles', 'owner', '--practice', 'Again'], env);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('email: an account with this email already exists');
    const badRole = await runCli(['create-user', '--email', 'c@example.test', '--name', 'C', '--roles', 'client', '--practice', 'P'], env);
    expect(badRole).toMatchObject({ code: 2 });
    const seeded = await runCli(['seed-demo'], env);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain('amara.okafor@demo.candor.test');

    // The operator makes an account the site administrator, and takes it away.
    expect(await runCli(['site-admin', 'grant', 'owner@example.test'], env)).toMatchObject({ code: 0, stdout: 'owner@example.test is now the site administrator.\n' });
    expect(await runCli(['site-admin', 'grant', 'nobody@example.test'], env)).toMatchObject({ code: 1, stderr: 'candor: no staff account has the email nobody@example.test\n' });
    expect(await runCli(['site-admin', 'promote', 'owner@example.test'], env)).toMatchObject({ code: 2 });
    expect(await runCli(['site-admin', 'revoke', 'owner@example.test'], env)).toMatchObject({ code: 0, stdout: 'owner@example.test is no longer the site administrator.\n' });
  }, 90_000);

  it('refuses to start with a key that cannot read the stored data, and says so', async () => {
    const wrongKey = `k1:${Buffer.alloc(32, 7).toString('base64')}`;
    const refused = await runCli(['start'], { ...env, CANDOR_MASTER_KEY: wrongKey, PORT: '0', CANDOR_DEMO: 'false' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('candor: the configured encryption key cannot read the data already stored here (value could not be decrypted with key "k1" (wrong key or altered data)); start Candor with the key the data was written with (see docs/operations.md, "Keys")\n');
    expect(refused.stdout).not.toContain('Candor is ready');
    const otherId = await runCli(['start'], { ...env, CANDOR_MASTER_KEY: `k9:${Buffer.alloc(32, 7).toString('base64')}`, PORT: '0', CANDOR_DEMO: 'false' });
    expect(otherId).toMatchObject({ code: 2, stderr: expect.stringContaining('(encryption key "k1" is not configured)') });
  });

  it('backs up and restores the embedded database, or explains pg_dump on PostgreSQL', async () => {
    const file = path.join(dataDir, 'backup.sqlite');
    const backup = await runCli(['backup', file], env);
    if (TEST_DIALECT === 'postgres') {
      expect(backup.code).toBe(2);
      expect(backup.stderr).toContain('pg_dump --format=custom');
      return;
    }
    expect(backup.code).toBe(0);
    const restoredDir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-restored-'));
    const restoredEnv = { ...env, CANDOR_DATA_DIR: restoredDir };
    expect((await runCli(['restore', file], restoredEnv)).code).toBe(0);
    expect(await runCli(['restore', file], restoredEnv)).toMatchObject({ code: 2 });
    expect(await runCli(['audit', 'verify'], restoredEnv)).toMatchObject({ code: 0 });
    expect((await runCli(['audit', 'verify'], env)).stdout).toBe((await runCli(['audit', 'verify'], restoredEnv)).stdout);
    fs.writeFileSync(path.join(dataDir, 'garbage.sqlite'), 'not a database');
    const bad = await runCli(['restore', path.join(dataDir, 'garbage.sqlite'), '--force'], restoredEnv);
    expect(bad.code).toBe(1);
    fs.rmSync(restoredDir, { recursive: true, force: true });
  });
});

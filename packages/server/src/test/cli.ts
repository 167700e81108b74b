import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_DIALECT } from './harness.js';
import { createTestDatabase } from './postgres.js';

/** The built CLI (npm test builds first): tests run it exactly as an operator would. */
export const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');

export function runCli(args: string[], env: Record<string, string>, stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/**
 * Settings for a CLI or server child process on a fresh database of the dialect under test:
 * a temporary data directory, a new master key and, on PostgreSQL, a database of its own.
 */
export async function freshProcessEnvironment(extra: Record<string, string> = {}): Promise<{ env: Record<string, string>; dataDir: string; cleanUp: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-process-'));
  const env: Record<string, string> = { CANDOR_DATA_DIR: dataDir, CANDOR_MASTER_KEY: `k1:${randomBytes(32).toString('base64')}`, ...extra };
  let drop: (() => Promise<void>) | null = null;
  if (TEST_DIALECT === 'postgres') {
    const pg = await createTestDatabase();
    env.DATABASE_URL = pg.url;
    drop = pg.drop;
  }
  return { env, dataDir, cleanUp: async () => { await drop?.(); fs.rmSync(dataDir, { recursive: true, force: true }); } };
}

import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../modules/demo/seed-demo.js';
import { freshProcessEnvironment, runCli } from '../test/cli.js';
import { TEST_DIALECT } from '../test/harness.js';
import { HttpClient, ServerProcess } from '../test/server-process.js';
import { SQLITE_FILE } from './bootstrap.js';

/**
 * Nothing acknowledged is lost: writes stream at a real server process, which is killed with
 * SIGKILL mid-stream and restarted; every write that got a 201 must be there afterwards.
 */
const CYCLES = 3;
let env: Record<string, string>;
let dataDir: string;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  ({ env, dataDir, cleanUp } = await freshProcessEnvironment({ CANDOR_DEMO: 'true' }));
});
afterAll(async () => cleanUp());

describe('crash safety', () => {
  it(`keeps every acknowledged write across ${CYCLES} SIGKILLs`, async () => {
    const server = new ServerProcess(env);
    await server.start();
    const http = new HttpClient(server.url);
    await http.signIn('amara.okafor@demo.candor.test', DEMO_PASSWORD, DEMO_TOTP_SECRET);
    const acknowledged = new Map<string, string>();

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      let stop = false;
      const writer = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const lastName = `Crash${cycle}w${w}n${i}`;
          try {
            const res = await http.request('POST', '/api/v1/clients', { firstName: 'Kill', lastName, dateOfBirth: '1990-01-01', presentingConcern: `note ${lastName}` });
            if (res.status === 201) acknowledged.set((res.json() as { id: string }).id, lastName);
            else if (res.status >= 400) throw new Error(`unexpected ${res.status}`);
          } catch (error) {
            if (!stop) throw error;
          }
        }
      };
      const writers = Array.from({ length: 4 }, (_, w) => writer(w).catch((e: unknown) => (stop ? undefined : Promise.reject(e))));
      const target = acknowledged.size + 25;
      while (acknowledged.size < target) await new Promise((r) => setTimeout(r, 5));
      stop = true;
      await server.kill();
      await Promise.all(writers);
      await server.start();
      http.baseUrl = server.url; // the session lives in the database and survives the crash
    }

    for (const [id, lastName] of acknowledged) {
      const res = await http.request('GET', `/api/v1/clients/${id}`);
      expect(res.status, `acknowledged client ${lastName} is missing`).toBe(200);
      expect(res.json()).toMatchObject({ lastName, presentingConcern: `note ${lastName}` });
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(CYCLES * 25);
    await server.stop();

    const verify = await runCli(['audit', 'verify'], env);
    expect(verify.code).toBe(0);
    if (TEST_DIALECT === 'sqlite') {
      const db = new SQLite(path.join(dataDir, SQLITE_FILE), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  });
});

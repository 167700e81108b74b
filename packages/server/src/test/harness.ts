import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import pino from 'pino';
import { buildApp } from '../app.js';
import { createLogger, openAppContext, SQLITE_FILE } from '../platform/bootstrap.js';
import { ManualClock } from '../platform/clock.js';
import { loadConfig, type Config } from '../platform/config.js';
import type { AppContext, Role } from '../platform/context.js';
import { createKeyring } from '../platform/crypto.js';
import { openDatabase, type DatabaseHandle } from '../platform/db.js';
import { createActiveUser } from '../modules/auth/auth.service.js';
import { createPractice } from '../modules/practice/practice.service.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../modules/demo/seed-demo.js';
import { createTestDatabase } from './postgres.js';

export type TestDialect = 'sqlite' | 'postgres';
export const TEST_DIALECT: TestDialect = process.env.CANDOR_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
export const PASSWORD = 'correct horse battery staple';
export const TOTP_SECRET = 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD';

/** A fresh database of the dialect under test; `drop` removes it. */
export async function freshDatabase(): Promise<{ handle: DatabaseHandle; dataDir: string; databaseUrl: string | null; drop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-test-'));
  if (TEST_DIALECT === 'postgres') {
    const pgdb = await createTestDatabase();
    const handle = openDatabase({ databaseUrl: pgdb.url, sqlitePath: '', poolSize: 5 });
    return { handle, dataDir, databaseUrl: pgdb.url, drop: async () => { await handle.close(); await pgdb.drop(); fs.rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const handle = openDatabase({ databaseUrl: null, sqlitePath: path.join(dataDir, SQLITE_FILE) });
  return { handle, dataDir, databaseUrl: null, drop: async () => { await handle.close(); fs.rmSync(dataDir, { recursive: true, force: true }); } };
}

export interface TestApp {
  app: AppContext;
  server: FastifyInstance;
  clock: ManualClock;
  config: Config;
  dataDir: string;
  databaseUrl: string | null;
  masterKey: string;
  close(): Promise<void>;
}

/** Builds the whole app on a fresh database, with a clock the test controls. */
export async function createTestApp(env: Record<string, string> = {}, logLines?: string[]): Promise<TestApp> {
  const db = await freshDatabase();
  const masterKey = `t1:${randomBytes(32).toString('base64')}`;
  const config = loadConfig({ CANDOR_DATA_DIR: db.dataDir, PUBLIC_URL: 'http://candor.test', CANDOR_MASTER_KEY: masterKey, ...env });
  const clock = new ManualClock(new Date('2026-11-25T15:00:00Z'));
  const { app } = await openAppContext(config, {
    clock, handle: db.handle, keyring: createKeyring([{ id: 't1', key: Buffer.from(masterKey.slice(3), 'base64') }]), log: logLines ? createLogger({ logLevel: 'trace' }, { write: (line: string) => void logLines.push(line) }) : pino({ level: 'silent' }),
  });
  const server = await buildApp(app);
  await server.ready();
  return {
    app, server, clock, config, dataDir: db.dataDir, databaseUrl: db.databaseUrl, masterKey,
    close: async () => { await server.close(); await db.drop(); },
  };
}

export interface SeededUser {
  id: string;
  email: string;
  roles: Role[];
  totp: boolean;
}

/** A practice with the given people (all active; staff with TOTP unless `totp: false`). */
export async function seedPractice(
  t: TestApp,
  name: string,
  people: { key: string; roles: Role[]; totp?: boolean; clientId?: string }[],
): Promise<{ practiceId: string; users: Record<string, SeededUser> }> {
  return t.app.db.transaction().execute(async (tx) => {
    const practiceId = await createPractice(t.app, tx, { name, timeZone: 'America/Chicago' });
    const users: Record<string, SeededUser> = {};
    for (const p of people) {
      const email = `${p.key}.${randomBytes(3).toString('hex')}@example.test`;
      const totp = p.totp ?? !p.roles.includes('client');
      const id = await createActiveUser(t.app, tx, {
        practiceId, email, displayName: p.key, roles: p.roles, clientId: p.clientId ?? null, password: PASSWORD, ...(totp ? { totpSecret: TOTP_SECRET } : {}),
      });
      users[p.key] = { id, email, roles: p.roles, totp };
    }
    return { practiceId, users };
  });
}

let ipCounter = 1;

/** A browser-like caller: keeps cookies, fetches the CSRF token, signs in through the API. */
export class Agent {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;
  readonly ip = `10.9.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
  constructor(private readonly t: TestApp) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async request(method: InjectOptions['method'], url: string, body?: unknown, options: { csrf?: boolean; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
    const unsafe = method !== 'GET' && method !== 'HEAD';
    if (unsafe && options.csrf !== false && !this.csrf) {
      const res = await this.raw('GET', '/api/v1/auth/csrf');
      this.csrf = (res.json() as { token: string }).token;
    }
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (unsafe && options.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    return this.raw(method, url, body, headers);
  }

  private async raw(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const cookieHeader = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.t.server.inject({
      method, url, remoteAddress: this.ip,
      headers: { ...(cookieHeader ? { cookie: cookieHeader } : {}), ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get(url: string) { return this.request('GET', url); }
  post(url: string, body: unknown = {}) { return this.request('POST', url, body); }
  patch(url: string, body: unknown) { return this.request('PATCH', url, body); }

  /** The current TOTP code at the test clock's time. */
  async totpCode(offsetSteps = 0): Promise<string> {
    return generate({ secret: TOTP_SECRET, epoch: Math.floor(this.t.clock.now().getTime() / 1000) + offsetSteps * 30 });
  }

  /** Signs in fully (password, then TOTP where the account has it). */
  async signIn(user: SeededUser): Promise<void> {
    const res = await this.post('/api/v1/auth/sign-in', { email: user.email, password: PASSWORD });
    if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
    if (user.totp) {
      // Each test sign-in moves the clock one step on, so the code is never a replay.
      this.t.clock.advance(30_000);
      const second = await this.post('/api/v1/auth/second-factor', { code: await this.totpCode() });
      if (second.statusCode !== 200) throw new Error(`second factor failed: ${second.statusCode} ${second.body}`);
    }
  }
}

/** An agent signed in as one of the demo practice's people (staff with the demo second factor). */
export async function demoAgent(t: TestApp, email: string, secondFactor = true): Promise<Agent> {
  const agent = new Agent(t);
  const first = await agent.post('/api/v1/auth/sign-in', { email, password: DEMO_PASSWORD });
  if (first.statusCode !== 200) throw new Error(`demo sign-in failed: ${first.statusCode} ${first.body}`);
  if (secondFactor) {
    t.clock.advance(30_000);
    const code = await generate({ secret: DEMO_TOTP_SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    const second = await agent.post('/api/v1/auth/second-factor', { code });
    if (second.statusCode !== 200) throw new Error(`demo second factor failed: ${second.statusCode} ${second.body}`);
  }
  return agent;
}

/** Reads the newest outbox message to an address (through the database: what the owner sees). */
export async function lastMailTo(t: TestApp, to: string): Promise<{ subject: string; text: string }> {
  const row = await t.app.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirstOrThrow();
  return { subject: row.subject, text: t.app.keyring.decrypt(row.body) };
}

export async function countRows(t: TestApp, table: 'clients' | 'users' | 'sessions' | 'audit_events' | 'mail_outbox' | 'care_team' | 'practices'): Promise<number> {
  const row = await t.app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A client created through the API by a clinician's agent; returns its id. */
export async function createClientVia(agent: Agent, body: Record<string, unknown>): Promise<string> {
  const res = await agent.post('/api/v1/clients', { dateOfBirth: '1990-01-01', ...body });
  if (res.statusCode !== 201) throw new Error(`client creation failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** Invites a client to the portal and accepts as them; returns their signed-in agent. */
export async function portalAgentFor(t: TestApp, clinician: Agent, clientId: string, email: string): Promise<Agent> {
  const invite = await clinician.post(`/api/v1/clients/${clientId}/portal-invitation`);
  if (invite.statusCode !== 201) throw new Error(`invitation failed: ${invite.statusCode} ${invite.body}`);
  const mail = await lastMailTo(t, email);
  const token = /accept-invitation#token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  const agent = new Agent(t);
  const res = await agent.post('/api/v1/auth/invitations/accept', { token, password: 'a private passphrase' });
  if (res.statusCode !== 200) throw new Error(`accept failed: ${res.statusCode} ${res.body}`);
  return agent;
}

import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_LOGIN, DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../modules/demo/seed-demo.js';
import { freshProcessEnvironment, runCli } from '../test/cli.js';
import { TEST_DIALECT } from '../test/harness.js';
import { HttpClient, ServerProcess } from '../test/server-process.js';
import { SQLITE_FILE } from './bootstrap.js';
import { openDatabase } from './db.js';

/**
 * Nothing acknowledged is lost, nothing half-written is seen: bursts of writes — new clients,
 * appointments, saved session notes, questionnaire answers sent from the portal — stream at a
 * real server process, which is killed with SIGKILL at a random moment and restarted, CYCLES
 * times. Every write that was acknowledged must be there afterwards, whole; every row must be
 * whole (an appointment with its attendees, an answered questionnaire with exactly one
 * response); the database must pass its integrity check and the audit chain must verify.
 */
const CYCLES = 50;
let env: Record<string, string>;
let dataDir: string;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  ({ env, dataDir, cleanUp } = await freshProcessEnvironment({ CANDOR_DEMO: 'true' }));
});
afterAll(async () => cleanUp());

const NOTE = (tag: string) => ({ fields: { subjective: `Said ${tag}`, objective: 'Calm', assessment: 'Improving', plan: 'Continue' }, interventions: [], risk: { level: 'none-indicated' } });

describe('crash safety', () => {
  it(`keeps every acknowledged write, whole, across ${CYCLES} SIGKILLs at random moments`, async () => {
    const server = new ServerProcess(env);
    await server.start();
    const clinician = new HttpClient(server.url);
    await clinician.signIn('amara.okafor@demo.candor.test', DEMO_PASSWORD, DEMO_TOTP_SECRET);
    const portal = new HttpClient(server.url);
    expect((await portal.request('POST', '/api/v1/auth/sign-in', { email: DEMO_CLIENT_LOGIN.email, password: DEMO_PASSWORD })).status).toBe(200);
    const clientId = ((await portal.request('GET', '/api/v1/portal/me')).json() as { client: { id: string } }).client.id;

    const clients = new Map<string, string>();
    const appointments = new Map<string, string>();
    const notes = new Map<string, string>();
    const answered = new Set<string>();
    const acknowledged = () => clients.size + appointments.size + notes.size + answered.size;
    let slot = 0;

    const writes: (() => Promise<void>)[] = [
      async () => {
        const lastName = `Crash${slot++}`;
        const res = await clinician.request('POST', '/api/v1/clients', { firstName: 'Kill', lastName, dateOfBirth: '1990-01-01', presentingConcern: `concern ${lastName}` });
        if (res.status !== 201) throw new Error(`client: ${res.status}`);
        clients.set((res.json() as { id: string }).id, lastName);
      },
      async () => {
        // An hour of its own, far ahead, so no two overlap; then its note, started and saved.
        const hour = slot++;
        const startsAt = new Date(Date.UTC(2030, 0, 1, 0, 0) + hour * 3_600_000).toISOString().slice(0, 16);
        const res = await clinician.request('POST', '/api/v1/appointments', { kind: 'individual', attendeeClientIds: [clientId], startsAt, durationMinutes: 50, modality: 'video', videoLink: 'https://meet.example.test/okafor', outsideWorkingHours: true });
        if (res.status !== 201) throw new Error(`appointment: ${res.status} ${JSON.stringify(res.json())}`);
        const appointmentId = (res.json() as { id: string }[])[0]!.id;
        appointments.set(appointmentId, startsAt);
        const started = await clinician.request('POST', `/api/v1/appointments/${appointmentId}/notes`, { template: 'soap' });
        if (started.status !== 201) throw new Error(`note: ${started.status}`);
        const noteId = (started.json() as { id: string }).id;
        const tag = `n${hour}`;
        const saved = await clinician.request('PUT', `/api/v1/notes/${noteId}`, { content: NOTE(tag), version: 0 });
        if (saved.status !== 200) throw new Error(`note save: ${saved.status}`);
        notes.set(noteId, tag);
      },
      async () => {
        // The therapist asks for a questionnaire; the client answers it from the portal.
        const assigned = await clinician.request('POST', `/api/v1/clients/${clientId}/measures/assignments`, { instrumentId: 'gad-7', schedule: 'once' });
        if (assigned.status !== 201) throw new Error(`assignment: ${assigned.status}`);
        const due = (await portal.request('GET', '/api/v1/portal/measures')).json() as { requestId: string; instrumentId: string }[];
        const request = due.find((r) => r.instrumentId === 'gad-7' && !answered.has(r.requestId));
        if (!request) return;
        const sent = await portal.request('POST', `/api/v1/portal/measures/${request.requestId}/submit`, { answers: [1, 1, 1, 1, 1, 1, 1] });
        if (sent.status === 200) answered.add(request.requestId);
        else if (sent.status !== 409) throw new Error(`submit: ${sent.status}`);
      },
    ];

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      let stop = false;
      let failure: unknown = null;
      const writer = async (w: number) => {
        for (let i = 0; !stop; i++) {
          try {
            await writes[(w + i) % writes.length]!();
          } catch (error) {
            // A refused write while the server is up is a failure; an error once it is killed is the crash.
            if (!stop) failure ??= error;
            return;
          }
        }
      };
      const writers = Array.from({ length: 3 }, (_, w) => writer(w));
      // A random moment: once this burst has had a couple of writes acknowledged, up to 400 ms
      // later (long enough, often enough, for the three-request questionnaire round to finish).
      const target = acknowledged() + 2;
      while (acknowledged() < target && !failure) await new Promise((r) => setTimeout(r, 2));
      if (failure) throw failure;
      await new Promise((r) => setTimeout(r, Math.random() * 400));
      stop = true;
      await server.kill();
      await Promise.all(writers);
      await server.start();
      // The sessions live in the database and survive the crash.
      clinician.baseUrl = server.url;
      portal.baseUrl = server.url;
    }

    for (const [id, lastName] of clients) {
      const res = await clinician.request('GET', `/api/v1/clients/${id}`);
      expect(res.status, `acknowledged client ${lastName} is missing`).toBe(200);
      expect(res.json()).toMatchObject({ lastName, presentingConcern: `concern ${lastName}` });
    }
    for (const [id, tag] of notes) {
      const res = await clinician.request('GET', `/api/v1/notes/${id}`);
      expect(res.status, `acknowledged note ${tag} is missing`).toBe(200);
      expect((res.json() as { content: unknown }).content).toMatchObject(NOTE(tag));
    }
    await server.stop();

    const total = clients.size + appointments.size + notes.size + answered.size;
    process.stdout.write(`crash safety (${TEST_DIALECT}): ${CYCLES} SIGKILLs survived, ${total} acknowledged writes verified (${clients.size} clients, ${appointments.size} appointments, ${notes.size} notes, ${answered.size} questionnaire answers)\n`);
    expect(Math.min(clients.size, appointments.size, notes.size, answered.size)).toBeGreaterThan(0);

    // Nothing half-written, read straight from the database: every appointment has its attendee,
    // every answered questionnaire exactly one response, every response an answered questionnaire.
    const handle = openDatabase({ databaseUrl: env.DATABASE_URL ?? null, sqlitePath: path.join(dataDir, SQLITE_FILE) });
    try {
      const db = handle.db;
      const attendees = await db.selectFrom('appointments as a').leftJoin('appointment_attendees as t', 't.appointment_id', 'a.id')
        .select(['a.id', (eb) => eb.fn.count<number>('t.client_id').as('n')]).groupBy('a.id').execute();
      expect(attendees.filter((a) => Number(a.n) < 1)).toEqual([]);
      const stored = new Set(attendees.map((a) => a.id));
      for (const [id, startsAt] of appointments) expect(stored.has(id), `acknowledged appointment at ${startsAt}`).toBe(true);
      const responses = await db.selectFrom('measure_requests as r').leftJoin('measure_responses as s', 's.request_id', 'r.id')
        .select(['r.id', 'r.status', (eb) => eb.fn.count<number>('s.id').as('n')]).groupBy(['r.id', 'r.status']).execute();
      expect(responses.filter((r) => (r.status === 'completed') !== (Number(r.n) === 1) || Number(r.n) > 1)).toEqual([]);
      const completed = new Set(responses.filter((r) => r.status === 'completed').map((r) => r.id));
      for (const id of answered) expect(completed.has(id), `answered questionnaire ${id}`).toBe(true);
    } finally {
      await handle.close();
    }

    const verify = await runCli(['audit', 'verify'], env);
    expect(verify.code).toBe(0);
    if (TEST_DIALECT === 'sqlite') {
      const sqlite = new SQLite(path.join(dataDir, SQLITE_FILE), { readonly: true });
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      sqlite.close();
    }
  }, 300_000);
});

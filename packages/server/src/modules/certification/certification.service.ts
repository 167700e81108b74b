import { stringify } from 'csv-stringify/sync';
import {
  AASECT_RENEWAL_2025_R_1, CE_CATEGORIES, MAX_HOURS_PER_ENTRY, REQUIREMENT_SETS, certificationProgress, renewalProgress, requirementSet, type ActivityEntry,
  type DegreeLevel, type LicensedProfession,
} from '@candor/clinical';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireRole } from '../../platform/authz.js';
import { addDays, isRealDay } from '../../platform/clock.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import { spreadsheetCell as cell } from '../../platform/csv.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { renderPdf, type PdfBlock } from '../../platform/pdf.js';
import { credentialFactsOf } from '../credentials/credentials.service.js';
import { getPracticeRecord, practiceClinicians, practiceToday, staffDisplayName, userIdsWithRole } from '../practice/practice.service.js';
import * as repo from './certification.repository.js';
import type { ActivityRow } from './certification.repository.js';
import type { Activity, ActivityInput } from './certification.schemas.js';

/**
 * The certification log: continuing education, supervised clinical hours and supervision hours,
 * and progress toward AASECT certification against the versioned requirement set the clinician
 * works under (applicants are held to the version in force when they sign their supervision
 * contract), with every cap applied by `@candor/clinical`. Only the clinician sees their log; a
 * supervisor sees and confirms the supervision hours that name them. Entries hold no client
 * information — hours, dates and the client's state for telehealth only.
 */
function requireClinician(rc: RequestContext): Actor {
  return requireRole(rc, 'clinician', 'supervisor');
}

async function names(db: DbOrTx, practiceId: string, ids: (string | null)[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of new Set(ids.filter((i): i is string => i !== null))) out.set(id, await staffDisplayName(db, practiceId, id));
  return out;
}

function toActivity(row: ActivityRow, certified: boolean, nameOf: Map<string, string>): Activity {
  return {
    id: row.id, userId: row.user_id, kind: row.kind as Activity['kind'], date: row.occurred_on, hours: row.minutes / 60, title: row.title, provider: row.provider,
    // Stored as validated on the way in (ActivityBody): the same vocabularies.
    category: row.category as Activity['category'], delivery: row.delivery as Activity['delivery'], aasectApproved: row.aasect_approved === 1, providedBySupervisor: row.provided_by_supervisor === 1,
    modality: row.modality as Activity['modality'], jurisdiction: row.jurisdiction, format: row.format as Activity['format'], role: row.role as Activity['role'], supervisorUserId: row.supervisor_user_id,
    supervisorName: row.supervisor_user_id ? nameOf.get(row.supervisor_user_id) ?? row.supervisor_name : row.supervisor_name,
    supervisorCertified: certified, confirmedAt: row.confirmed_at, confirmedByName: row.confirmed_by ? nameOf.get(row.confirmed_by) ?? null : null, note: row.note, createdAt: row.created_at,
  };
}

/** Supervisors in the practice who hold an AASECT Certified Supervisor credential that has not expired. */
async function certifiedSupervisors(db: DbOrTx, practiceId: string, supervisorIds: string[], day: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (const id of new Set(supervisorIds)) {
    const facts = await credentialFactsOf(db, practiceId, id);
    if (facts.some((c) => c.kind === 'certification' && c.type === 'aasect-supervisor' && (!c.expires_on || c.expires_on >= day))) out.add(id);
  }
  return out;
}

async function describeAll(app: AppContext, practiceId: string, rows: ActivityRow[], day: string): Promise<Activity[]> {
  const supervisors = rows.map((r) => r.supervisor_user_id).filter((s): s is string => s !== null);
  const certified = await certifiedSupervisors(app.db, practiceId, supervisors, day);
  const nameOf = await names(app.db, practiceId, [...supervisors, ...rows.map((r) => r.confirmed_by)]);
  return rows.map((r) => toActivity(r, r.supervisor_user_id ? certified.has(r.supervisor_user_id) : r.supervisor_certified === 1, nameOf));
}

const NOT_FOR: Record<string, (keyof ActivityInput)[]> = {
  education: ['modality', 'jurisdiction', 'format', 'role', 'supervisorUserId', 'supervisorName', 'supervisorCertified'],
  clinical: ['category', 'delivery', 'aasectApproved', 'providedBySupervisor', 'format', 'role', 'supervisorUserId', 'supervisorName', 'supervisorCertified', 'provider'],
  supervision: ['category', 'delivery', 'aasectApproved', 'providedBySupervisor', 'jurisdiction'],
};

async function checkActivity(app: AppContext, actor: Actor, input: ActivityInput, day: string): Promise<void> {
  const problems: { field: string; message: string }[] = [];
  if (!(input.hours > 0 && input.hours <= MAX_HOURS_PER_ENTRY && Number.isInteger(input.hours * 4))) {
    problems.push({ field: 'hours', message: `must be more than 0 and at most ${MAX_HOURS_PER_ENTRY}, in quarter hours` });
  }
  for (const field of NOT_FOR[input.kind]!) if (input[field] !== undefined && input[field] !== null) problems.push({ field, message: `does not apply to ${input.kind} hours` });
  if (!isRealDay(input.date)) problems.push({ field: 'date', message: 'must be a real date written YYYY-MM-DD' });
  else if (input.date > day) problems.push({ field: 'date', message: 'cannot be in the future: log hours once they have happened' });
  if (input.kind === 'education') {
    if (!input.title) problems.push({ field: 'title', message: 'name the course or event' });
    if (!input.provider) problems.push({ field: 'provider', message: 'name who provided it' });
    if (!input.category) problems.push({ field: 'category', message: `choose one of: ${CE_CATEGORIES.map((c) => c.id).join(', ')}` });
    if (!input.delivery) problems.push({ field: 'delivery', message: 'say whether it was online or in person' });
  }
  if (input.kind === 'clinical') {
    if (!input.modality) problems.push({ field: 'modality', message: 'say whether the sessions were in person or by telehealth' });
    if (input.modality === 'telehealth') {
      if (!input.jurisdiction) problems.push({ field: 'jurisdiction', message: 'telehealth hours count only with clients in a state where you are licensed: give the clients’ state' });
      else {
        const licences = (await credentialFactsOf(app.db, actor.practiceId, actor.userId)).filter((c) => c.kind === 'licence' && (!c.expires_on || c.expires_on >= input.date));
        // https://cs.aasect.org/content/certification-committee-update-0 [V]: telehealth hours only with clients where the supervisee is licensed.
        if (!licences.some((l) => l.jurisdiction === input.jurisdiction)) problems.push({ field: 'jurisdiction', message: `you have no current licence recorded in ${input.jurisdiction}; telehealth hours count only where you are licensed` });
      }
    } else if (input.jurisdiction) problems.push({ field: 'jurisdiction', message: 'applies only to telehealth hours' });
  }
  if (input.kind === 'supervision') {
    if (!input.format) problems.push({ field: 'format', message: 'say whether it was individual or group supervision' });
    const role = input.role ?? 'received';
    if (role === 'received') {
      if (!input.supervisorUserId && !input.supervisorName) problems.push({ field: 'supervisorUserId', message: 'choose your supervisor, or give their name if they are outside this practice' });
      if (input.supervisorUserId) {
        if (input.supervisorUserId === actor.userId) problems.push({ field: 'supervisorUserId', message: 'you cannot supervise yourself' });
        else if (!(await userIdsWithRole(app.db, actor.practiceId, [input.supervisorUserId], 'supervisor')).has(input.supervisorUserId)) {
          problems.push({ field: 'supervisorUserId', message: 'is not a supervisor in this practice' });
        }
        if (input.supervisorCertified !== undefined) problems.push({ field: 'supervisorCertified', message: 'comes from the supervisor’s own credentials in this practice' });
      }
    } else if (input.supervisorUserId || input.supervisorName) problems.push({ field: 'supervisorUserId', message: 'applies only to supervision you received' });
  }
  if (problems.length) throw new ValidationError(problems);
}

function rowFrom(input: ActivityInput): Omit<ActivityRow, 'id' | 'practice_id' | 'user_id' | 'created_at' | 'updated_at' | 'confirmed_at' | 'confirmed_by'> {
  const supervision = input.kind === 'supervision';
  return {
    kind: input.kind, occurred_on: input.date, minutes: Math.round(input.hours * 60), title: input.title?.trim() || null, provider: input.provider?.trim() || null,
    category: input.category ?? null, delivery: input.delivery ?? null, aasect_approved: input.aasectApproved ? 1 : 0, provided_by_supervisor: input.providedBySupervisor ? 1 : 0,
    modality: input.modality ?? null, jurisdiction: input.jurisdiction ?? null, format: input.format ?? null, role: supervision ? input.role ?? 'received' : null,
    supervisor_user_id: input.supervisorUserId ?? null, supervisor_name: input.supervisorUserId ? null : input.supervisorName?.trim() || null,
    supervisor_certified: input.supervisorCertified ? 1 : 0, note: input.note?.trim() || null,
  };
}

export async function listActivities(app: AppContext, rc: RequestContext): Promise<Activity[]> {
  const actor = requireClinician(rc);
  const rows = await repo.listActivities(app.db, actor.practiceId, actor.userId);
  return describeAll(app, actor.practiceId, rows, await practiceToday(app, actor.practiceId));
}

export async function logActivity(app: AppContext, rc: RequestContext, input: ActivityInput): Promise<Activity> {
  const actor = requireClinician(rc);
  const day = await practiceToday(app, actor.practiceId);
  await checkActivity(app, actor, input, day);
  const now = app.clock.now().toISOString();
  const id = newId();
  await app.db.transaction().execute(async (tx) => {
    await repo.insertActivity(tx, { id, practice_id: actor.practiceId, user_id: actor.userId, ...rowFrom(input), confirmed_at: null, confirmed_by: null, created_at: now, updated_at: now });
    await appendAudit(tx, auditEntry(rc, 'certification.log', 'activity', id), app.clock.now());
  });
  return (await describeAll(app, actor.practiceId, [(await repo.findActivity(app.db, actor.practiceId, id))!], day))[0]!;
}

async function ownActivity(app: AppContext, actor: Actor, id: string): Promise<ActivityRow> {
  const row = await repo.findActivity(app.db, actor.practiceId, id);
  if (!row || row.user_id !== actor.userId) throw new NotFoundError();
  return row;
}

export async function updateActivity(app: AppContext, rc: RequestContext, id: string, input: ActivityInput): Promise<Activity> {
  const actor = requireClinician(rc);
  const row = await ownActivity(app, actor, id);
  if (row.confirmed_at) throw new ConflictError('Your supervisor has confirmed these hours; ask them to withdraw the confirmation before changing them.');
  const day = await practiceToday(app, actor.practiceId);
  await checkActivity(app, actor, input, day);
  await app.db.transaction().execute(async (tx) => {
    await repo.updateActivity(tx, id, { ...rowFrom(input), updated_at: app.clock.now().toISOString() });
    await appendAudit(tx, auditEntry(rc, 'certification.update', 'activity', id), app.clock.now());
  });
  return (await describeAll(app, actor.practiceId, [(await repo.findActivity(app.db, actor.practiceId, id))!], day))[0]!;
}

export async function deleteActivity(app: AppContext, rc: RequestContext, id: string): Promise<void> {
  const actor = requireClinician(rc);
  const row = await ownActivity(app, actor, id);
  if (row.confirmed_at) throw new ConflictError('Your supervisor has confirmed these hours; ask them to withdraw the confirmation before removing them.');
  await app.db.transaction().execute(async (tx) => {
    await repo.deleteActivity(tx, id);
    await appendAudit(tx, auditEntry(rc, 'certification.delete', 'activity', id), app.clock.now());
  });
}

/** The practice's supervisors a clinician may name for supervision hours, and whether each holds an AASECT supervisor certification. */
export async function practiceSupervisors(app: AppContext, rc: RequestContext): Promise<{ id: string; displayName: string; aasectCertified: boolean }[]> {
  const actor = requireClinician(rc);
  const staff = (await practiceClinicians(app.db, actor.practiceId)).filter((c) => c.id !== actor.userId);
  const supervisors = await userIdsWithRole(app.db, actor.practiceId, staff.map((c) => c.id), 'supervisor');
  const certified = await certifiedSupervisors(app.db, actor.practiceId, [...supervisors], await practiceToday(app, actor.practiceId));
  return staff.filter((c) => supervisors.has(c.id)).map((c) => ({ id: c.id, displayName: c.displayName, aasectCertified: certified.has(c.id) }));
}

/** The supervision hours that name the signed-in supervisor, newest first. */
export async function supervisionToConfirm(app: AppContext, rc: RequestContext) {
  const actor = requireRole(rc, 'supervisor');
  const rows = await repo.listNamingSupervisor(app.db, actor.practiceId, actor.userId);
  const nameOf = await names(app.db, actor.practiceId, rows.map((r) => r.user_id));
  return rows.map((r) => ({
    id: r.id, superviseeId: r.user_id, superviseeName: nameOf.get(r.user_id) ?? '', date: r.occurred_on, hours: r.minutes / 60, format: r.format as Activity['format'],
    modality: r.modality as Activity['modality'], confirmedAt: r.confirmed_at,
  }));
}

/** For Today, unguarded: how many supervision entries await this supervisor's confirmation. */
export async function pendingConfirmationCount(app: AppContext, actor: Actor): Promise<number> {
  if (!actor.roles.includes('supervisor')) return 0;
  return (await repo.listNamingSupervisor(app.db, actor.practiceId, actor.userId)).filter((r) => !r.confirmed_at).length;
}

export async function setConfirmation(app: AppContext, rc: RequestContext, id: string, confirmed: boolean): Promise<void> {
  const actor = requireRole(rc, 'supervisor');
  const row = await repo.findActivity(app.db, actor.practiceId, id);
  if (!row || row.kind !== 'supervision' || row.supervisor_user_id !== actor.userId) throw new NotFoundError();
  await app.db.transaction().execute(async (tx) => {
    await repo.updateActivity(tx, id, confirmed ? { confirmed_at: app.clock.now().toISOString(), confirmed_by: actor.userId } : { confirmed_at: null, confirmed_by: null });
    await appendAudit(tx, auditEntry(rc, confirmed ? 'certification.confirm' : 'certification.unconfirm', 'activity', id), app.clock.now());
  });
}

export async function setTrack(app: AppContext, rc: RequestContext, input: { requirementSet: string; version: string; supervisionContractOn?: string | null; renewalCycleStartsOn?: string | null }) {
  const actor = requireClinician(rc);
  const dateProblems = (['supervisionContractOn', 'renewalCycleStartsOn'] as const).filter((f) => input[f] && !isRealDay(input[f]))
    .map((field) => ({ field, message: 'must be a real date written YYYY-MM-DD' }));
  if (dateProblems.length) throw new ValidationError(dateProblems);
  if (!requirementSet(input.requirementSet, input.version)) {
    throw ValidationError.field('version', `is not a known version; known: ${REQUIREMENT_SETS.map((s) => `${s.id} ${s.version}`).join(', ')}`);
  }
  await app.db.transaction().execute(async (tx) => {
    await repo.upsertTrack(tx, {
      user_id: actor.userId, practice_id: actor.practiceId, requirement_set: input.requirementSet, version: input.version, supervision_contract_on: input.supervisionContractOn ?? null,
      renewal_cycle_starts_on: input.renewalCycleStartsOn ?? null, updated_at: app.clock.now().toISOString(),
    });
    await appendAudit(tx, auditEntry(rc, 'certification.track', 'user', actor.userId), app.clock.now());
  });
  return progress(app, rc);
}

function entriesOf(activities: Activity[]): ActivityEntry[] {
  return activities.map((a): ActivityEntry => {
    if (a.kind === 'education') {
      return { id: a.id, kind: 'education', date: a.date, hours: a.hours, category: a.category as ActivityEntry & { kind: 'education' } extends { category: infer C } ? C : never, delivery: a.delivery === 'online' ? 'online' : 'in-person', aasectApproved: a.aasectApproved, providedBySupervisor: a.providedBySupervisor };
    }
    if (a.kind === 'clinical') return { id: a.id, kind: 'clinical', date: a.date, hours: a.hours, modality: a.modality === 'telehealth' ? 'telehealth' : 'in-person' };
    return {
      id: a.id, kind: 'supervision', date: a.date, hours: a.hours, format: a.format === 'group' ? 'group' : 'individual', supervisorCertified: a.supervisorCertified,
      confirmed: a.confirmedAt !== null, role: a.role === 'provided' ? 'provided' : 'received',
    };
  });
}

/** Progress toward the clinician's certification (with every cap applied) and, once certified, toward renewal. */
export async function progress(app: AppContext, rc: RequestContext) {
  const actor = requireClinician(rc);
  const day = await practiceToday(app, actor.practiceId);
  const track = await repo.findTrack(app.db, actor.userId);
  const set = (track && requirementSet(track.requirement_set, track.version)) || REQUIREMENT_SETS[0]!;
  const activities = await describeAll(app, actor.practiceId, await repo.listActivities(app.db, actor.practiceId, actor.userId), day);
  const credentials = await credentialFactsOf(app.db, actor.practiceId, actor.userId);
  const entries = entriesOf(activities);
  const certification = certificationProgress(set, entries, {
    today: day,
    degrees: credentials.filter((c) => c.kind === 'degree' && c.year !== null).map((c) => ({ level: c.type as DegreeLevel, year: c.year! })),
    licences: credentials.filter((c) => c.kind === 'licence').map((c) => ({ profession: c.type as LicensedProfession, expiresOn: c.expires_on, verified: c.verified_at !== null })),
  });
  const cycleStartsOn = track?.renewal_cycle_starts_on ?? null;
  const renewalSet = AASECT_RENEWAL_2025_R_1;
  const cycleEndsOn = cycleStartsOn ? addDays(`${Number(cycleStartsOn.slice(0, 4)) + renewalSet.cycleYears}${cycleStartsOn.slice(4)}`, -1) : null;
  const renewal = cycleStartsOn && cycleEndsOn ? { cycleStartsOn, cycleEndsOn, ...renewalProgress(renewalSet, entries, { cycleStartsOn, cycleEndsOn }) } : null;
  await recordAudit(app.db, auditEntry(rc, 'certification.progress', 'user', actor.userId), app.clock.now());
  return {
    track: { requirementSet: set.id, version: set.version, title: set.title, supervisionContractOn: track?.supervision_contract_on ?? null, renewalCycleStartsOn: cycleStartsOn },
    certification, renewal, renewalVersion: renewalSet.version,
  };
}

const CSV_COLUMNS = ['date', 'kind', 'hours', 'title', 'provider', 'category', 'delivery', 'aasect_approved', 'given_by_supervisor', 'modality', 'client_state', 'format', 'role', 'supervisor', 'supervisor_certified', 'confirmed_at', 'confirmed_by', 'note'];

/** The whole log as CSV, for an application. */
export async function exportCsv(app: AppContext, rc: RequestContext): Promise<string> {
  const activities = await listActivities(app, rc);
  await recordAudit(app.db, auditEntry(rc, 'certification.export-csv', 'user', rc.actor!.userId), app.clock.now());
  const rows = [...activities].reverse().map((a) => [
    a.date, a.kind, a.hours.toFixed(2), a.title ?? '', a.provider ?? '', a.category ?? '', a.delivery ?? '', a.kind === 'education' ? (a.aasectApproved ? 'yes' : 'no') : '',
    a.kind === 'education' ? (a.providedBySupervisor ? 'yes' : 'no') : '', a.modality ?? '', a.jurisdiction ?? '', a.format ?? '', a.role ?? '', a.supervisorName ?? '',
    a.kind === 'supervision' ? (a.supervisorCertified ? 'yes' : 'no') : '', a.confirmedAt ?? '', a.confirmedByName ?? '', a.note ?? '',
  ].map((v) => cell(String(v))));
  return stringify(rows, { header: true, columns: CSV_COLUMNS });
}

const KIND_HEADINGS: Record<string, string> = { education: 'Continuing education', clinical: 'Supervised clinical hours', supervision: 'Supervision' };

/** The log and the progress summary as a PDF, for an application (supervision rows show who confirmed them). */
export async function exportPdf(app: AppContext, rc: RequestContext): Promise<Uint8Array> {
  const actor = requireClinician(rc);
  const activities = [...(await listActivities(app, rc))].reverse();
  const summary = await progress(app, rc);
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const blocks: PdfBlock[] = [
    { kind: 'letterhead', text: practice.name },
    { kind: 'heading', text: `Certification log — ${await staffDisplayName(app.db, actor.practiceId, actor.userId)}` },
    { kind: 'text', text: `${summary.track.title}. Prepared ${await practiceToday(app, actor.practiceId)}.` },
    { kind: 'heading', text: 'Progress (caps applied)' },
    { kind: 'row', cells: ['Requirement', 'Required', 'Logged', 'Counted', 'Remaining'], widths: [220, 70, 70, 70, 70], bold: true },
    ...summary.certification.hourRequirements.map((h): PdfBlock => ({ kind: 'row', cells: [h.label, String(h.required), h.logged.toFixed(2), h.counted.toFixed(2), h.remaining.toFixed(2)], widths: [220, 70, 70, 70, 70] })),
  ];
  for (const kind of ['education', 'clinical', 'supervision'] as const) {
    const own = activities.filter((a) => a.kind === kind);
    blocks.push({ kind: 'heading', text: KIND_HEADINGS[kind]! });
    if (own.length === 0) { blocks.push({ kind: 'text', text: 'None logged.' }); continue; }
    if (kind === 'education') {
      blocks.push({ kind: 'row', cells: ['Date', 'Hours', 'Course', 'Provider', 'Category', 'Format'], widths: [65, 40, 150, 110, 80, 55], bold: true });
      for (const a of own) blocks.push({ kind: 'row', cells: [a.date, a.hours.toFixed(2), a.title ?? '', a.provider ?? '', CE_CATEGORIES.find((c) => c.id === a.category)?.label ?? '', a.delivery ?? ''], widths: [65, 40, 150, 110, 80, 55] });
    } else if (kind === 'clinical') {
      blocks.push({ kind: 'row', cells: ['Date', 'Hours', 'Modality', 'Clients’ state'], widths: [80, 60, 120, 120], bold: true });
      for (const a of own) blocks.push({ kind: 'row', cells: [a.date, a.hours.toFixed(2), a.modality ?? '', a.jurisdiction ?? ''], widths: [80, 60, 120, 120] });
    } else {
      blocks.push({ kind: 'row', cells: ['Date', 'Hours', 'Format', 'Supervisor', 'Confirmed'], widths: [70, 45, 75, 150, 160], bold: true });
      for (const a of own) {
        blocks.push({ kind: 'row', cells: [a.date, a.hours.toFixed(2), a.format ?? '', a.role === 'provided' ? '(supervision I gave)' : a.supervisorName ?? '', a.confirmedAt ? `${a.confirmedByName ?? ''} ${a.confirmedAt.slice(0, 10)}` : 'Not yet confirmed'], widths: [70, 45, 75, 150, 160] });
      }
    }
  }
  await recordAudit(app.db, auditEntry(rc, 'certification.export-pdf', 'user', actor.userId), app.clock.now());
  return renderPdf('Certification log', blocks);
}

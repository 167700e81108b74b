import { createHash } from 'node:crypto';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, isClinical, requireActor, requireRole } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { isOnCareTeam, requireCareTeamClient } from '../clients/clients.service.js';
import { clinicianIdsAmong, staffDisplayName, userIdsWithRole } from '../practice/practice.service.js';
import { appointmentWithAttendees, markCompleted, sessionSummaryOf } from '../scheduling/scheduling.service.js';
import { BUILT_IN_TEMPLATES, customTemplate, type TemplateDefinition } from './note-templates.js';
import * as repo from './notes.repository.js';
import type { NoteRow } from './notes.repository.js';
import type { Note, NoteContent } from './notes.schemas.js';
import type { Static } from 'typebox';
import type { NoteSummarySchema } from './notes.schemas.js';

/**
 * Progress notes: drafts save with a version check (409, nothing overwritten); signing locks
 * the note and stores the SHA-256 of its content; corrections are signed addenda beside the
 * unchanged original. A supervisee's signed note waits for a supervisor's co-signature.
 * Psychotherapy notes (the clinician's private process notes) live apart and only their author
 * ever sees them.
 */
export function hashContent(noteId: string, content: NoteContent | string): string {
  return createHash('sha256').update(JSON.stringify([noteId, content])).digest('hex');
}

async function toNote(app: AppContext, row: NoteRow, db: DbOrTx = app.db): Promise<Note> {
  const content = JSON.parse(app.keyring.decrypt(row.content)) as NoteContent;
  const addenda = await repo.listAddenda(db, row.id);
  const found = (await sessionSummaryOf(db, row.practice_id, row.appointment_id))!;
  const session = { ...found, kind: found.kind as Note['session']['kind'] };
  return {
    id: row.id, appointmentId: row.appointment_id, session, clientId: row.client_id, author: { id: row.author_id, displayName: await staffDisplayName(db, row.practice_id, row.author_id) },
    template: row.template, content, version: row.version, status: row.status as Note['status'], contentHash: row.content_hash,
    hashVerified: row.content_hash === null ? null : hashContent(row.id, content) === row.content_hash,
    signedAt: row.signed_at, cosignedBy: row.cosigned_by, cosignedAt: row.cosigned_at,
    addenda: addenda.map((a) => ({ id: a.id, authorId: a.author_id, content: app.keyring.decrypt(a.content), contentHash: a.content_hash, signedAt: a.signed_at })),
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** The author, a clinician on the care team of the note's client(s), or the author's supervisor may read; others get 404. */
async function loadNote(app: AppContext, rc: RequestContext, id: string, action: string): Promise<{ actor: Actor; row: NoteRow }> {
  const actor = requireActor(rc);
  const row = await repo.findNote(app.db, actor.practiceId, id);
  const allowed = row ? await mayReadNote(app, actor, row, (await appointmentWithAttendees(app.db, actor.practiceId, row.appointment_id))?.clientIds ?? []) : false;
  if (!row || !allowed) {
    await recordAudit(app.db, auditEntry(rc, action, 'note', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return { actor, row };
}

/**
 * Who may read a note: its author, a supervisor of the author, or a clinician on the care team of
 * everyone it is about — the one client of a per-client note, every attendee of a joint one (a
 * joint note tells about each partner, so one partner's own therapist does not read it unless on
 * the other's care team too).
 */
async function mayReadNote(app: AppContext, actor: Actor, row: Pick<NoteRow, 'author_id' | 'client_id'>, attendeeIds: string[]): Promise<boolean> {
  if (!isClinical(actor)) return false;
  if (row.author_id === actor.userId) return true;
  if ((await repo.supervisorsOf(app.db, actor.practiceId, row.author_id)).includes(actor.userId)) return true;
  const about = row.client_id ? [row.client_id] : attendeeIds;
  if (!about.length) return false;
  for (const clientId of about) if (!(await isOnCareTeam(app.db, actor.practiceId, clientId, actor.userId))) return false;
  return true;
}

function requireAuthor(actor: Actor, row: NoteRow, what: string): void {
  if (row.author_id !== actor.userId) throw new ConflictError(`Only the note's author can ${what}.`, [{ field: 'author', message: `only the author can ${what}` }]);
}

/** A built-in template or one of the practice's own (archived ones still resolve, for old notes). */
async function resolveTemplate(db: DbOrTx, practiceId: string, id: string): Promise<TemplateDefinition | null> {
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (builtIn) return builtIn;
  const row = await repo.findTemplate(db, practiceId, id);
  return row ? customTemplate(row.id, row.label, JSON.parse(row.fields) as [string, string][]) : null;
}

async function checkContent(db: DbOrTx, practiceId: string, templateId: string, content: NoteContent): Promise<void> {
  const template = await resolveTemplate(db, practiceId, templateId);
  const allowed = new Set(template?.fields.map((f) => f.id) ?? []);
  const unknown = Object.keys(content.fields).find((k) => !allowed.has(k));
  if (unknown) throw ValidationError.field(`content.fields.${unknown}`, `is not a field of the ${template?.label ?? templateId} template`);
}

/** Starts a note for an appointment the author held; a no-show must be declared, a cancelled one cannot be documented. */
export async function startNote(app: AppContext, rc: RequestContext, appointmentId: string, input: { template: string; clientId?: string; noShow?: boolean }): Promise<Note> {
  const actor = requireRole(rc, 'clinician', 'supervisor');
  const template = await resolveTemplate(app.db, actor.practiceId, input.template);
  if (!template) throw ValidationError.field('template', 'is not one of this practice’s note templates');
  const appointment = await appointmentWithAttendees(app.db, actor.practiceId, appointmentId);
  if (!appointment || appointment.row.clinician_id !== actor.userId) {
    await recordAudit(app.db, auditEntry(rc, 'note.create', 'appointment', appointmentId, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  if (appointment.row.status === 'cancelled') throw ValidationError.field('appointmentId', 'this appointment was cancelled, so there is no session to document');
  if (appointment.row.status === 'no-show' && input.noShow !== true) throw ValidationError.field('noShow', 'this appointment was a no-show; set noShow to document it as one');
  if (input.clientId && !appointment.clientIds.includes(input.clientId)) throw ValidationError.field('clientId', 'is not an attendee of this appointment');
  const now = app.clock.now().toISOString();
  const content: NoteContent = { fields: input.noShow ? { [template.fields[0]!.id]: 'Client did not attend (no-show).' } : {}, interventions: [], risk: null };
  const row: NoteRow = {
    id: newId(), practice_id: actor.practiceId, appointment_id: appointmentId, client_id: input.clientId ?? null, author_id: actor.userId, template: input.template,
    content: app.keyring.encrypt(JSON.stringify(content)), version: 0, status: 'draft', content_hash: null, signed_at: null, cosigned_by: null, cosigned_at: null,
    created_at: now, updated_at: now,
  };
  await app.db.transaction().execute(async (tx) => {
    await repo.insertNote(tx, row);
    await appendAudit(tx, auditEntry(rc, 'note.create', 'note', row.id), app.clock.now());
  });
  return toNote(app, row);
}

export async function getNote(app: AppContext, rc: RequestContext, id: string): Promise<Note> {
  const { row } = await loadNote(app, rc, id, 'note.read');
  await recordAudit(app.db, auditEntry(rc, 'note.read', 'note', id), app.clock.now());
  return toNote(app, row);
}

/** Autosave: written only at the version the editor loaded (else 409, nothing overwritten); a signed note cannot change. */
export async function saveNote(app: AppContext, rc: RequestContext, id: string, input: { content: NoteContent; version: number }): Promise<Note> {
  const { actor, row } = await loadNote(app, rc, id, 'note.save');
  requireAuthor(actor, row, 'edit it');
  if (row.status !== 'draft') throw new ConflictError('A signed note cannot be edited; add an addendum instead.', [{ field: 'status', message: `is ${row.status}` }]);
  await checkContent(app.db, actor.practiceId, row.template, input.content);
  const at = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    if (!(await repo.saveDraft(tx, id, input.version, app.keyring.encrypt(JSON.stringify(input.content)), at))) {
      throw new ConflictError('This note was saved elsewhere since you opened it; reload to see the latest.', [{ field: 'version', message: 'is out of date' }]);
    }
    await appendAudit(tx, auditEntry(rc, 'note.save', 'note', id), app.clock.now());
    return toNote(app, (await repo.findNote(tx, actor.practiceId, id))!, tx);
  });
}

/** Signs and locks the note; a supervisee's note then waits for co-signature. */
export async function signNote(app: AppContext, rc: RequestContext, id: string, version: number): Promise<Note> {
  const { actor, row } = await loadNote(app, rc, id, 'note.sign');
  requireAuthor(actor, row, 'sign it');
  if (row.status !== 'draft') throw new ConflictError('This note is already signed.', [{ field: 'status', message: `is ${row.status}` }]);
  const content = JSON.parse(app.keyring.decrypt(row.content)) as NoteContent;
  const supervisors = await repo.supervisorsOf(app.db, actor.practiceId, actor.userId);
  const at = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    if (!(await repo.signNote(tx, id, version, supervisors.length ? 'awaiting-cosign' : 'signed', hashContent(id, content), at))) {
      throw new ConflictError('This note changed since you opened it; reload before signing.', [{ field: 'version', message: 'is out of date' }]);
    }
    // A signed note documents a session that took place.
    await markCompleted(tx, actor.practiceId, row.appointment_id, at);
    await appendAudit(tx, auditEntry(rc, 'note.sign', 'note', id), app.clock.now());
    return toNote(app, (await repo.findNote(tx, actor.practiceId, id))!, tx);
  });
}

export async function cosignNote(app: AppContext, rc: RequestContext, id: string): Promise<Note> {
  const { actor, row } = await loadNote(app, rc, id, 'note.cosign');
  if (!(await repo.supervisorsOf(app.db, actor.practiceId, row.author_id)).includes(actor.userId)) {
    throw new ConflictError('Only a supervisor of the note’s author can co-sign it.', [{ field: 'supervisor', message: 'you do not supervise this author' }]);
  }
  const at = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    if (!(await repo.cosignNote(tx, id, actor.userId, at))) throw new ConflictError('This note is not waiting for a co-signature.', [{ field: 'status', message: `is ${row.status}` }]);
    await appendAudit(tx, auditEntry(rc, 'note.cosign', 'note', id), app.clock.now());
    return toNote(app, (await repo.findNote(tx, actor.practiceId, id))!, tx);
  });
}

/** A correction: a signed addendum beside the original, which stays as it was. */
export async function addAddendum(app: AppContext, rc: RequestContext, id: string, content: string): Promise<Note> {
  const { actor, row } = await loadNote(app, rc, id, 'note.addendum');
  requireAuthor(actor, row, 'add an addendum');
  if (row.status === 'draft') throw new ConflictError('A draft can still be edited; addenda are for signed notes.', [{ field: 'status', message: 'is draft' }]);
  const addendumId = newId();
  const at = app.clock.now().toISOString();
  await app.db.transaction().execute(async (tx) => {
    await repo.insertAddendum(tx, { id: addendumId, practice_id: actor.practiceId, note_id: id, author_id: actor.userId, content: app.keyring.encrypt(content), content_hash: hashContent(addendumId, content), signed_at: at });
    await appendAudit(tx, auditEntry(rc, 'note.addendum', 'note', id), app.clock.now());
  });
  return toNote(app, row);
}

/** The supervisor's queue: supervisees' notes waiting for co-signature. */
export async function cosignQueue(app: AppContext, rc: RequestContext): Promise<Note[]> {
  const actor = requireRole(rc, 'supervisor');
  const rows = await repo.listAwaitingCosign(app.db, actor.practiceId, await repo.superviseesOf(app.db, actor.practiceId, actor.userId));
  await recordAudit(app.db, auditEntry(rc, 'note.cosign-queue', 'note', null), app.clock.now());
  return Promise.all(rows.map((r) => toNote(app, r)));
}

/** For Today: the clinician's unsigned drafts. */
export async function unsignedNotes(app: AppContext, rc: RequestContext): Promise<{ id: string; appointmentId: string; createdAt: string }[]> {
  const actor = requireRole(rc, 'clinician', 'supervisor');
  const rows = await repo.listUnsignedOfAuthor(app.db, actor.practiceId, actor.userId);
  return rows.map((r) => ({ id: r.id, appointmentId: r.appointment_id, createdAt: r.created_at }));
}

/** The owner assigns one or more supervisors (users with the supervisor role) to a clinician. */
export async function setSupervisors(app: AppContext, rc: RequestContext, superviseeId: string, supervisorIds: string[]): Promise<{ superviseeId: string; supervisorIds: string[] }> {
  const actor = requireRole(rc, 'owner');
  if (!(await clinicianIdsAmong(app.db, actor.practiceId, [superviseeId])).has(superviseeId)) throw ValidationError.field('superviseeId', 'is not a clinician of this practice');
  const unique = [...new Set(supervisorIds)];
  const supervisors = await userIdsWithRole(app.db, actor.practiceId, unique, 'supervisor');
  const bad = unique.findIndex((id) => !supervisors.has(id) || id === superviseeId);
  if (bad !== -1) throw ValidationError.field(`supervisorIds.${bad}`, 'is not a supervisor of this practice (or is the clinician themself)');
  await app.db.transaction().execute(async (tx) => {
    await repo.replaceSupervisors(tx, actor.practiceId, superviseeId, unique, app.clock.now().toISOString());
    await appendAudit(tx, auditEntry(rc, 'supervision.set', 'user', superviseeId), app.clock.now());
  });
  return { superviseeId, supervisorIds: unique };
}

/** Psychotherapy notes: kept apart from the record, seen only by their author, never exported or released. */
export async function addPsychotherapyNote(app: AppContext, rc: RequestContext, clientId: string, input: { content: string; appointmentId?: string }) {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'psychotherapy-note.create');
  const now = app.clock.now().toISOString();
  const row = { id: newId(), practice_id: actor.practiceId, author_id: actor.userId, client_id: clientId, appointment_id: input.appointmentId ?? null, content: app.keyring.encrypt(input.content), created_at: now, updated_at: now };
  await app.db.transaction().execute(async (tx) => {
    await repo.insertPsychotherapyNote(tx, row);
    await appendAudit(tx, auditEntry(rc, 'psychotherapy-note.create', 'psychotherapy-note', row.id), app.clock.now());
  });
  return { id: row.id, clientId, appointmentId: row.appointment_id, content: input.content, createdAt: now };
}

export async function listOwnPsychotherapyNotes(app: AppContext, rc: RequestContext, clientId: string) {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'psychotherapy-note.read');
  const rows = await repo.listPsychotherapyNotes(app.db, actor.practiceId, actor.userId, clientId);
  await recordAudit(app.db, auditEntry(rc, 'psychotherapy-note.read', 'client', clientId), app.clock.now());
  return rows.map((r) => ({ id: r.id, clientId: r.client_id, appointmentId: r.appointment_id, content: app.keyring.decrypt(r.content), createdAt: r.created_at }));
}

export async function getPsychotherapyNote(app: AppContext, rc: RequestContext, id: string) {
  const actor = requireActor(rc);
  const row = await repo.findPsychotherapyNote(app.db, actor.practiceId, id);
  if (!row || row.author_id !== actor.userId) {
    await recordAudit(app.db, auditEntry(rc, 'psychotherapy-note.read', 'psychotherapy-note', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  await recordAudit(app.db, auditEntry(rc, 'psychotherapy-note.read', 'psychotherapy-note', id), app.clock.now());
  return { id: row.id, clientId: row.client_id, appointmentId: row.appointment_id, content: app.keyring.decrypt(row.content), createdAt: row.created_at };
}

export async function listTemplates(app: AppContext, rc: RequestContext): Promise<TemplateDefinition[]> {
  const actor = requireRole(rc, 'clinician', 'supervisor', 'owner');
  const own = await repo.listTemplates(app.db, actor.practiceId);
  return [...BUILT_IN_TEMPLATES, ...own.map((t) => customTemplate(t.id, t.label, JSON.parse(t.fields) as [string, string][]))];
}

/** The practice's own template (owners): its fields, then the common homework and measures fields. */
export async function createTemplate(app: AppContext, rc: RequestContext, input: { label: string; fields: { id: string; label: string }[] }): Promise<TemplateDefinition> {
  const actor = requireRole(rc, 'owner');
  const seen = new Set<string>();
  for (const [i, f] of input.fields.entries()) {
    if (seen.has(f.id)) throw ValidationError.field(`fields.${i}.id`, 'is used twice in this template');
    seen.add(f.id);
  }
  const row = { id: newId(), practice_id: actor.practiceId, label: input.label, fields: JSON.stringify(input.fields.map((f) => [f.id, f.label])), archived: 0, created_by: actor.userId, created_at: app.clock.now().toISOString() };
  await app.db.transaction().execute(async (tx) => {
    await repo.insertTemplate(tx, row);
    await appendAudit(tx, auditEntry(rc, 'note-template.create', 'note-template', row.id), app.clock.now());
  });
  return customTemplate(row.id, row.label, input.fields.map((f) => [f.id, f.label]));
}

/** The notes of one appointment the reader may see (the same rule as reading one note). */
export async function listAppointmentNotes(app: AppContext, rc: RequestContext, appointmentId: string): Promise<Note[]> {
  const actor = requireRole(rc, 'clinician', 'supervisor');
  const appointment = await appointmentWithAttendees(app.db, actor.practiceId, appointmentId);
  let allowed = appointment?.row.clinician_id === actor.userId;
  for (const clientId of appointment?.clientIds ?? []) if (!allowed && (await isOnCareTeam(app.db, actor.practiceId, clientId, actor.userId))) allowed = true;
  if (!appointment || !allowed) {
    await recordAudit(app.db, auditEntry(rc, 'note.list', 'appointment', appointmentId, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  // Only the notes this caller may read: a per-client note about the other partner stays with that partner's care team.
  const rows = [];
  for (const r of await repo.listNotesOfAppointments(app.db, actor.practiceId, [appointmentId])) if (await mayReadNote(app, actor, r, appointment.clientIds)) rows.push(r);
  await recordAudit(app.db, auditEntry(rc, 'note.list', 'appointment', appointmentId), app.clock.now());
  return Promise.all(rows.map((r) => toNote(app, r)));
}

/** The chart's list of progress notes for a client: no content, just what each note is and where it stands. */
export async function listClientNotes(app: AppContext, rc: RequestContext, clientId: string): Promise<Static<typeof NoteSummarySchema>[]> {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'note.list');
  const rows = await repo.listNotesForClient(app.db, actor.practiceId, clientId);
  const addenda = await repo.countAddenda(app.db, rows.map((r) => r.id));
  const names = new Map<string, string>();
  for (const r of rows) if (!names.has(r.author_id)) names.set(r.author_id, await staffDisplayName(app.db, actor.practiceId, r.author_id));
  await recordAudit(app.db, auditEntry(rc, 'note.list', 'client', clientId), app.clock.now());
  return rows.map((r) => ({
    id: r.id, appointmentId: r.appointment_id, clientId: r.client_id, startsAt: r.starts_at, appointmentKind: r.appointment_kind as Note['session']['kind'], template: r.template,
    status: r.status as Note['status'], author: { id: r.author_id, displayName: names.get(r.author_id)! }, signedAt: r.signed_at, addendumCount: addenda.get(r.id) ?? 0,
  }));
}

/** For Today, unguarded: each appointment's notes and where they stand. */
export async function noteStatusesOf(app: AppContext, practiceId: string, appointmentIds: string[]): Promise<Map<string, { id: string; status: Note['status'] }[]>> {
  const rows = await repo.listNotesOfAppointments(app.db, practiceId, appointmentIds);
  const out = new Map<string, { id: string; status: Note['status'] }[]>();
  for (const r of rows) out.set(r.appointment_id, [...(out.get(r.appointment_id) ?? []), { id: r.id, status: r.status as Note['status'] }]);
  return out;
}

import { ADULT_AGE, ageOn } from '@candor/clinical';
import { Value } from 'typebox/value';
import { appendAudit, appendAuditEntries, recordAudit } from '../../platform/audit.js';
import { auditEntry, hasRole, isClinical, requireActor, requireRole } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { NotFoundError, ValidationError, type FieldProblem } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { createInvitation } from '../auth/auth.service.js';
import { clinicianIdsAmong, getPracticeRecord } from '../practice/practice.service.js';
import { listRelationshipsOfClient } from '../relationships/relationships.service.js';
import * as repo from './clients.repository.js';
import type { ClientRow } from './clients.repository.js';
import {
  ADMINISTRATIVE_PATCH_KEYS, CONTACT_KEYS, IDENTITY_KEYS, NARRATIVE_MAX, NewClientBody,
  type ClientPatch, type ClientRecord, type ClientStatus, type ClientSummary, type NewClient, type StoredContact, type StoredIdentity,
} from './clients.schemas.js';

export type { ClientRecord, ClientSummary } from './clients.schemas.js';

export function displayName(row: Pick<ClientRow, 'first_name' | 'last_name' | 'preferred_name'>): string {
  return `${row.preferred_name ?? row.first_name} ${row.last_name}`;
}

/** Clinicians and supervisors see their care team's clients; owners and billing see all, administratively. */
function listScope(actor: Actor): string | null {
  if (hasRole(actor, 'owner', 'billing')) return null;
  return actor.userId;
}

export async function listClients(app: AppContext, rc: RequestContext, query: string | null): Promise<ClientSummary[]> {
  const actor = requireRole(rc, 'owner', 'billing', 'clinician', 'supervisor');
  const rows = await repo.listClients(app.db, { practiceId: actor.practiceId, careTeamUserId: listScope(actor), query: query?.trim() || null, limit: 200 });
  await recordAudit(app.db, auditEntry(rc, 'client.list', 'client', null), app.clock.now());
  return rows.map((r) => ({ id: r.id, displayName: displayName(r), status: r.status as ClientStatus }));
}

type Access = 'clinical' | 'administrative' | 'self';

/** A clinician on the care team, an owner or billing user (administrative), or the client themself; else 404, audited. */
async function loadVisibleClient(app: AppContext, rc: RequestContext, clientId: string, action = 'client.read'): Promise<{ actor: Actor; row: ClientRow; access: Access }> {
  const actor = requireActor(rc);
  const row = await repo.findClient(app.db, actor.practiceId, clientId);
  let access: Access | null = null;
  if (row) {
    if (isClinical(actor) && (await repo.isOnCareTeam(app.db, actor.practiceId, clientId, actor.userId))) access = 'clinical';
    else if (hasRole(actor, 'owner', 'billing')) access = 'administrative';
    else if (actor.clientId === clientId) access = 'self';
  }
  if (!row || !access) {
    await recordAudit(app.db, auditEntry(rc, action, 'client', clientId, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return { actor, row, access };
}

/**
 * For other modules: the client, when the caller is a clinician on its care team. Anyone else
 * gets the same 404 as a missing id, and the attempt is audited.
 */
export async function requireCareTeamClient(app: AppContext, rc: RequestContext, clientId: string, action: string): Promise<{ actor: Actor; client: ClientRow }> {
  const { actor, row, access } = await loadVisibleClient(app, rc, clientId, action);
  if (access !== 'clinical') {
    await recordAudit(app.db, auditEntry(rc, action, 'client', clientId, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return { actor, client: row };
}

/** Billing: owners and billing users (administratively) or the client's care team; others 404, audited. */
export async function requireBillableClient(app: AppContext, rc: RequestContext, clientId: string, action: string): Promise<{ actor: Actor; client: ClientRow }> {
  const { actor, row, access } = await loadVisibleClient(app, rc, clientId, action);
  if (access !== 'clinical' && access !== 'administrative') {
    await recordAudit(app.db, auditEntry(rc, action, 'client', clientId, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return { actor, client: row };
}

/** For other modules, unguarded: a client row of the practice (callers have checked access). */
export function findClientRecord(db: DbOrTx, practiceId: string, clientId: string): Promise<ClientRow | undefined> {
  return repo.findClient(db, practiceId, clientId);
}

export function isOnCareTeam(db: DbOrTx, practiceId: string, clientId: string, userId: string): Promise<boolean> {
  return repo.isOnCareTeam(db, practiceId, clientId, userId);
}

export function addToCareTeams(db: DbOrTx, practiceId: string, clientIds: string[], userIds: string[], at: string): Promise<void> {
  return repo.addCareTeamMembersIfMissing(db, practiceId, clientIds, userIds, at);
}

function decryptJson<T>(app: AppContext, value: string | null): T {
  return (value === null ? {} : JSON.parse(app.keyring.decrypt(value))) as T;
}

async function toRecord(app: AppContext, db: DbOrTx, row: ClientRow, access: Access): Promise<ClientRecord> {
  const identity = decryptJson<StoredIdentity>(app, row.identity);
  const contact = decryptJson<StoredContact>(app, row.contact);
  const careTeam = await repo.listCareTeam(db, row.practice_id, row.id);
  const record: ClientRecord = {
    id: row.id, displayName: displayName(row), status: row.status as ClientStatus, firstName: row.first_name, lastName: row.last_name,
    preferredName: row.preferred_name, pronouns: identity.pronouns ?? null, email: row.email, dateOfBirth: row.date_of_birth,
    phone: contact.phone ?? null, address: contact.address ?? null,
    emergencyContact: contact.emergencyContact ? { name: contact.emergencyContact.name, relationship: contact.emergencyContact.relationship ?? null, phone: contact.emergencyContact.phone } : null,
    preferredContactMethod: contact.preferredContactMethod ?? null, okToLeaveMessage: contact.okToLeaveMessage ?? null, okToLeaveVoicemail: contact.okToLeaveVoicemail ?? null,
    careTeam: careTeam.map((m) => ({ id: m.id, displayName: m.display_name })),
  };
  if (access !== 'clinical') return record;
  const relationships = await listRelationshipsOfClient(db, row.practice_id, row.id);
  return {
    ...record,
    genderIdentity: identity.genderIdentity ?? null, sexAssignedAtBirth: identity.sexAssignedAtBirth ?? null, sexualOrientation: identity.sexualOrientation ?? null,
    relationshipStatus: identity.relationshipStatus ?? null, relationshipStructure: identity.relationshipStructure ?? null,
    relationshipStructureOther: identity.relationshipStructureOther ?? null,
    relationships,
    presentingConcern: row.presenting_concern === null ? null : app.keyring.decrypt(row.presenting_concern),
  };
}

export async function getClient(app: AppContext, rc: RequestContext, clientId: string): Promise<ClientRecord> {
  const { row, access } = await loadVisibleClient(app, rc, clientId);
  const record = await toRecord(app, app.db, row, access);
  await recordAudit(app.db, auditEntry(rc, access === 'clinical' ? 'client.read' : 'client.read-administrative', 'client', clientId), app.clock.now());
  return record;
}

/** What is wrong with a client's date of birth (a real YYYY-MM-DD day, not in the future, an adult's), or null. */
export function dateOfBirthProblem(app: AppContext, dateOfBirth: string): string | null {
  const age = ageOn(dateOfBirth, app.clock.now());
  if (age === null) return 'must be a real date written YYYY-MM-DD';
  if (age < 0) return 'cannot be in the future';
  if (age < ADULT_AGE) return `Candor is for adults: the client must be at least ${ADULT_AGE} years old`;
  return null;
}

function checkDateOfBirth(app: AppContext, dateOfBirth: string): void {
  const problem = dateOfBirthProblem(app, dateOfBirth);
  if (problem) throw ValidationError.field('dateOfBirth', problem);
}

function concernProblem(actor: Actor, concern: string | null | undefined): string | null {
  if (concern && !isClinical(actor)) return 'only a clinician can record clinical notes';
  if (concern && concern.length > NARRATIVE_MAX) return `must be at most ${NARRATIVE_MAX} characters`;
  return null;
}

function checkConcern(actor: Actor, concern: string | null | undefined): void {
  const problem = concernProblem(actor, concern);
  if (problem) throw ValidationError.field('presentingConcern', problem);
}

function pick<T extends object>(source: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (key in source && (source as Record<string, unknown>)[key] !== undefined) out[key] = (source as Record<string, unknown>)[key];
  return out;
}

async function checkCareTeam(app: AppContext, practiceId: string, userIds: Set<string>, field: string): Promise<void> {
  if (userIds.size === 0) throw ValidationError.field(field, 'choose at least one clinician');
  const clinicians = await clinicianIdsAmong(app.db, practiceId, [...userIds]);
  if (clinicians.size !== userIds.size) throw ValidationError.field(field, 'every member must be a clinician of this practice');
}

export async function createClient(app: AppContext, rc: RequestContext, input: NewClient): Promise<ClientRecord> {
  const actor = requireRole(rc, 'owner', 'clinician', 'supervisor');
  checkDateOfBirth(app, input.dateOfBirth);
  checkConcern(actor, input.presentingConcern);
  const identity = pick(input, IDENTITY_KEYS);
  if (!isClinical(actor) && Object.keys(identity).some((k) => k !== 'pronouns' && identity[k] !== null)) {
    throw ValidationError.field(Object.keys(identity).find((k) => k !== 'pronouns')!, 'only a clinician can record identity details');
  }
  const careTeam = new Set(input.careTeam ?? []);
  if (isClinical(actor)) careTeam.add(actor.userId);
  await checkCareTeam(app, actor.practiceId, careTeam, 'careTeam');

  const now = app.clock.now().toISOString();
  const id = newId();
  const row = newClientRow(app, actor, input, { id, status: 'prospective', now });
  return app.db.transaction().execute(async (tx) => {
    await repo.insertClient(tx, row);
    await repo.addCareTeamMembersIfMissing(tx, actor.practiceId, [id], [...careTeam], now);
    await appendAudit(tx, auditEntry(rc, 'client.create', 'client', id), app.clock.now());
    return toRecord(app, tx, row, isClinical(actor) ? 'clinical' : 'administrative');
  });
}

/** A new client's row: identity, contact details and the concern encrypted, never stored as plain text. */
function newClientRow(app: AppContext, actor: Actor, input: NewClient, at: { id: string; status: ClientStatus; now: string }): ClientRow {
  const identity = pick(input, IDENTITY_KEYS);
  const contact = pick(input, CONTACT_KEYS);
  return {
    id: at.id, practice_id: actor.practiceId, first_name: input.firstName.trim(), last_name: input.lastName.trim(),
    preferred_name: input.preferredName?.trim() || null, email: input.email?.trim().toLowerCase() || null, date_of_birth: input.dateOfBirth,
    status: at.status, presenting_concern: input.presentingConcern ? app.keyring.encrypt(input.presentingConcern) : null,
    identity: Object.keys(identity).length ? app.keyring.encrypt(JSON.stringify(identity)) : null,
    contact: Object.keys(contact).length ? app.keyring.encrypt(JSON.stringify(contact)) : null,
    created_by: actor.userId, created_at: at.now, updated_at: at.now,
  };
}

/** A schema issue as the API's problem+json words it (platform/problem.ts), one per field. */
function schemaProblems(input: NewClient): FieldProblem[] {
  const byField = new Map<string, string>();
  for (const issue of Value.Errors(NewClientBody, input)) {
    const field = issue.instancePath.split('/').filter(Boolean).join('.') || 'body';
    const params = issue.params as { limit?: number; format?: string; allowedValues?: unknown[] };
    const message = issue.keyword === 'maxLength' ? `must be at most ${params.limit} characters`
      : issue.keyword === 'minLength' ? 'must not be empty'
        : issue.keyword === 'format' ? (params.format === 'email' ? 'must be an email address' : `must be a valid ${params.format}`)
          : issue.keyword === 'enum' ? `must be one of: ${(params.allowedValues ?? []).join(', ')}`
            : null;
    // `x | null` answers with one issue per branch; the specific one says it, else the first.
    if (message) byField.set(field, message);
    else if (!byField.has(field) && issue.keyword !== 'anyOf' && issue.keyword !== 'type') byField.set(field, 'is not valid');
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

/**
 * Every problem createClient would refuse a new client for, by field, without stopping at the
 * first: for checking many at once (the CSV import). The care team is the caller's to check.
 */
export function newClientProblems(app: AppContext, actor: Actor, input: NewClient): FieldProblem[] {
  const problems = schemaProblems(input);
  const has = (field: string) => problems.some((p) => p.field === field);
  const dateOfBirth = has('dateOfBirth') ? null : dateOfBirthProblem(app, input.dateOfBirth);
  if (dateOfBirth) problems.push({ field: 'dateOfBirth', message: dateOfBirth });
  const concern = concernProblem(actor, input.presentingConcern);
  if (concern && !has('presentingConcern')) problems.push({ field: 'presentingConcern', message: concern });
  if (!isClinical(actor)) {
    for (const key of IDENTITY_KEYS) if (key !== 'pronouns' && input[key] != null) problems.push({ field: key, message: 'only a clinician can record identity details' });
  }
  return problems;
}

/**
 * For the CSV import, inside the caller's transaction: creates clients the caller has checked
 * (newClientProblems, and a care team of the practice's clinicians), each audited as
 * client.create. Rows go in batches (SQLite binds at most 32,766 values a statement).
 */
export async function createClientsInTx(
  app: AppContext, tx: DbOrTx, rc: RequestContext, actor: Actor, clients: readonly { input: NewClient; status: ClientStatus; careTeam: readonly string[] }[],
): Promise<string[]> {
  const now = app.clock.now().toISOString();
  const rows = clients.map((c) => newClientRow(app, actor, c.input, { id: newId(), status: c.status, now }));
  const team = clients.flatMap((c, i) => [...new Set(c.careTeam)].map((userId) => ({ practice_id: actor.practiceId, client_id: rows[i]!.id, user_id: userId, created_at: now })));
  for (let i = 0; i < rows.length; i += 500) await repo.insertClient(tx, rows.slice(i, i + 500));
  for (let i = 0; i < team.length; i += 1_000) await repo.insertCareTeam(tx, team.slice(i, i + 1_000));
  await appendAuditEntries(tx, rows.map((row) => ({ entry: auditEntry(rc, 'client.create', 'client', row.id), at: app.clock.now() })));
  return rows.map((r) => r.id);
}

/** For the CSV import, unguarded: what identifies each client of the practice (or of one clinician's care team), to match rows to. */
export async function clientIdentities(db: DbOrTx, practiceId: string, careTeamUserId: string | null): Promise<{ id: string; firstName: string; lastName: string; preferredName: string | null; email: string | null; dateOfBirth: string }[]> {
  const rows = await repo.listClientIdentities(db, practiceId, careTeamUserId);
  return rows.map((r) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name, preferredName: r.preferred_name, email: r.email, dateOfBirth: r.date_of_birth }));
}

/**
 * For the public directory, unguarded: a prospective client who asked a clinician for help. They
 * gave only a name and a way to reach them; the date of birth stays empty ('') until the
 * clinician records it at the first contact.
 */
export async function createProspectiveClient(
  app: AppContext, tx: DbOrTx, input: { practiceId: string; clinicianId: string; firstName: string; lastName: string; email: string | null; phone: string | null; preferredContactMethod: 'email' | 'phone' },
): Promise<string> {
  const now = app.clock.now().toISOString();
  const id = newId();
  const contact = { ...(input.phone ? { phone: input.phone } : {}), preferredContactMethod: input.preferredContactMethod };
  await repo.insertClient(tx, {
    id, practice_id: input.practiceId, first_name: input.firstName, last_name: input.lastName, preferred_name: null, email: input.email?.toLowerCase() ?? null,
    date_of_birth: '', status: 'prospective', presenting_concern: null, identity: null, contact: app.keyring.encrypt(JSON.stringify(contact)),
    created_by: input.clinicianId, created_at: now, updated_at: now,
  });
  await repo.addCareTeamMembersIfMissing(tx, input.practiceId, [id], [input.clinicianId], now);
  return id;
}

/** Care-team clinicians change any field; owners change administrative fields only. */
export async function updateClient(app: AppContext, rc: RequestContext, clientId: string, patch: ClientPatch): Promise<ClientRecord> {
  const { actor, row, access } = await loadVisibleClient(app, rc, clientId, 'client.update');
  if (access === 'self' || (access === 'administrative' && !hasRole(actor, 'owner'))) {
    await recordAudit(app.db, auditEntry(rc, 'client.update', 'client', clientId, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  if (access === 'administrative') {
    const forbidden = Object.keys(patch).find((k) => !(ADMINISTRATIVE_PATCH_KEYS as readonly string[]).includes(k));
    if (forbidden) throw ValidationError.field(forbidden, 'only a clinician on the care team can change this');
  }
  if (patch.dateOfBirth !== undefined) checkDateOfBirth(app, patch.dateOfBirth);
  if (patch.status && patch.status !== 'prospective' && patch.dateOfBirth === undefined && row.date_of_birth === '') {
    throw ValidationError.field('dateOfBirth', 'record the date of birth before care begins');
  }
  checkConcern(actor, patch.presentingConcern);
  const identity = { ...decryptJson<StoredIdentity>(app, row.identity), ...pick(patch, IDENTITY_KEYS) };
  const contact = { ...decryptJson<StoredContact>(app, row.contact), ...pick(patch, CONTACT_KEYS) };
  const now = app.clock.now().toISOString();
  const changes: Partial<ClientRow> = {
    ...(patch.firstName !== undefined ? { first_name: patch.firstName.trim() } : {}),
    ...(patch.lastName !== undefined ? { last_name: patch.lastName.trim() } : {}),
    ...(patch.preferredName !== undefined ? { preferred_name: patch.preferredName?.trim() || null } : {}),
    ...(patch.email !== undefined ? { email: patch.email?.trim().toLowerCase() || null } : {}),
    ...(patch.dateOfBirth !== undefined ? { date_of_birth: patch.dateOfBirth } : {}),
    ...(patch.status !== undefined ? { status: patch.status } : {}),
    ...(patch.presentingConcern !== undefined ? { presenting_concern: patch.presentingConcern ? app.keyring.encrypt(patch.presentingConcern) : null } : {}),
    identity: app.keyring.encrypt(JSON.stringify(identity)),
    contact: app.keyring.encrypt(JSON.stringify(contact)),
    updated_at: now,
  };
  return app.db.transaction().execute(async (tx) => {
    await repo.updateClient(tx, actor.practiceId, clientId, changes);
    await appendAudit(tx, auditEntry(rc, 'client.update', 'client', clientId), app.clock.now());
    return toRecord(app, tx, { ...row, ...changes }, access);
  });
}

/** Replaces the care team (care-team clinicians and owners). */
export async function setCareTeam(app: AppContext, rc: RequestContext, clientId: string, userIds: string[]): Promise<ClientRecord> {
  const { actor, row, access } = await loadVisibleClient(app, rc, clientId, 'client.care-team');
  if (!(access === 'clinical' || (access === 'administrative' && hasRole(actor, 'owner')))) {
    await recordAudit(app.db, auditEntry(rc, 'client.care-team', 'client', clientId, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  const team = new Set(userIds);
  await checkCareTeam(app, actor.practiceId, team, 'userIds');
  return app.db.transaction().execute(async (tx) => {
    await repo.replaceCareTeam(tx, actor.practiceId, clientId, [...team], app.clock.now().toISOString());
    await appendAudit(tx, auditEntry(rc, 'client.care-team', 'client', clientId), app.clock.now());
    return toRecord(app, tx, row, access);
  });
}

/** Invites a client to the portal inside the caller's transaction (used here and by relationships). */
export async function inviteClientInTx(app: AppContext, tx: DbOrTx, rc: RequestContext, row: ClientRow): Promise<string> {
  if (!row.email) throw ValidationError.field('email', 'add the client’s email address before inviting them');
  const practice = await getPracticeRecord(tx, row.practice_id);
  return createInvitation(
    app, tx, rc,
    { practiceId: row.practice_id, email: row.email, displayName: row.preferred_name ?? row.first_name, roles: ['client'], clientId: row.id },
    practice.name,
  );
}

/** A care-team clinician invites the client to the portal (an email through the outbox). */
export async function inviteClientToPortal(app: AppContext, rc: RequestContext, clientId: string): Promise<{ userId: string }> {
  const { client } = await requireCareTeamClient(app, rc, clientId, 'client.invite');
  return app.db.transaction().execute(async (tx) => ({ userId: await inviteClientInTx(app, tx, rc, client) }));
}

/** For the portal: the signed-in client's own row. */
export async function requireOwnClient(app: AppContext, rc: RequestContext): Promise<{ actor: Actor; client: ClientRow }> {
  const actor = requireRole(rc, 'client');
  const row = actor.clientId ? await repo.findClient(app.db, actor.practiceId, actor.clientId) : undefined;
  if (!row) throw new NotFoundError();
  return { actor, client: row };
}

export async function getOwnClientSummary(app: AppContext, rc: RequestContext): Promise<ClientSummary> {
  const { client } = await requireOwnClient(app, rc);
  await recordAudit(app.db, auditEntry(rc, 'client.read-own', 'client', client.id), app.clock.now());
  return { id: client.id, displayName: displayName(client), status: client.status as ClientStatus };
}

/** For screening, unguarded: the facts about a client that some rules depend on. */
export function screeningContextOf(app: AppContext, client: ClientRow): { ageYears: number | null; sexAssignedAtBirth: string | null } {
  const identity = decryptJson<StoredIdentity>(app, client.identity);
  return { ageYears: ageOn(client.date_of_birth, app.clock.now()), sexAssignedAtBirth: identity.sexAssignedAtBirth ?? null };
}

const normalizeName = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[\s.'’-]+/g, ' ').trim();

/**
 * An electronic signature by typed name: it must be the client's first or preferred name and
 * last name, ignoring case, spacing and punctuation. Throws naming `typedName` otherwise.
 */
export function requireTypedName(client: ClientRow, typedName: string): string {
  const accepted = [client.first_name, client.preferred_name].filter((n): n is string => !!n).map((first) => normalizeName(`${first} ${client.last_name}`));
  if (!accepted.includes(normalizeName(typedName))) throw ValidationError.field('typedName', `type your full name as your therapist has it (${displayName(client)})`);
  return typedName.trim();
}

/** For notifications, unguarded: the care team's names and email addresses. */
export async function careTeamContacts(db: DbOrTx, practiceId: string, clientId: string): Promise<{ id: string; displayName: string; email: string }[]> {
  const rows = await repo.listCareTeam(db, practiceId, clientId);
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, email: r.email }));
}

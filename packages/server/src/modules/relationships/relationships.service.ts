import type { HistorySummary } from '@candor/clinical';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, hasRole, isClinical, requireActor, requireRole } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { hasPortalAccount } from '../auth/auth.service.js';
import { addToCareTeams, displayName, findClientRecord, inviteClientInTx, isOnCareTeam, requireOwnClient } from '../clients/clients.service.js';
import { latestSubmittedSummary } from '../intake/intake.service.js';
import { clinicianIdsAmong } from '../practice/practice.service.js';
import * as repo from './relationships.repository.js';
import type { RelationshipRow } from './relationships.repository.js';
import type { ConfidentialityPolicy, NewRelationship, Relationship } from './relationships.schemas.js';

/** For the client record, unguarded: the relationships a client belongs to. */
export async function listRelationshipsOfClient(db: DbOrTx, practiceId: string, clientId: string): Promise<{ id: string; name: string }[]> {
  const rows = await repo.listRelationshipsOfClient(db, practiceId, clientId);
  return rows.map((r) => ({ id: r.id, name: r.name }));
}

/** For consents, unguarded: each relationship of a client with its confidentiality policy. */
export async function relationshipPoliciesOfClient(db: DbOrTx, practiceId: string, clientId: string): Promise<{ id: string; name: string; policy: ConfidentialityPolicy }[]> {
  const rows = await repo.listRelationshipsOfClient(db, practiceId, clientId);
  return rows.map((r) => ({ id: r.id, name: r.name, policy: r.confidentiality_policy as ConfidentialityPolicy }));
}

async function describe(db: DbOrTx, rows: RelationshipRow[]): Promise<Relationship[]> {
  if (rows.length === 0) return [];
  const practiceId = rows[0]!.practice_id;
  const ids = rows.map((r) => r.id);
  const [members, clinicians] = await Promise.all([repo.listMembers(db, practiceId, ids), repo.listClinicians(db, practiceId, ids)]);
  return rows.map((r) => ({
    id: r.id, name: r.name, confidentialityPolicy: r.confidentiality_policy as ConfidentialityPolicy, createdAt: r.created_at,
    members: members.filter((m) => m.relationship_id === r.id).map((m) => ({ clientId: m.id, displayName: displayName(m) })),
    clinicians: clinicians.filter((c) => c.relationship_id === r.id).map((c) => ({ id: c.id, displayName: c.display_name })),
  }));
}

/** A clinician of the relationship (or, with `allowOwner`, the practice owner); else 404, audited. */
async function loadRelationship(app: AppContext, rc: RequestContext, id: string, action: string, allowOwner: boolean): Promise<{ actor: Actor; row: RelationshipRow }> {
  const actor = requireActor(rc);
  const row = await repo.findRelationship(app.db, actor.practiceId, id);
  const allowed = row !== undefined && ((isClinical(actor) && (await repo.isRelationshipClinician(app.db, actor.practiceId, id, actor.userId))) || (allowOwner && hasRole(actor, 'owner')));
  if (!row || !allowed) {
    await recordAudit(app.db, auditEntry(rc, action, 'relationship', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return { actor, row };
}

async function checkClinicians(app: AppContext, practiceId: string, ids: string[]): Promise<void> {
  const clinicians = await clinicianIdsAmong(app.db, practiceId, ids);
  const bad = ids.findIndex((id) => !clinicians.has(id));
  if (bad !== -1) throw ValidationError.field(`clinicianIds.${bad}`, 'is not a clinician of this practice');
}

export async function createRelationship(app: AppContext, rc: RequestContext, input: NewRelationship): Promise<Relationship> {
  const actor = requireRole(rc, 'clinician', 'supervisor');
  const seen = new Set<string>();
  const members = [];
  for (const [i, clientId] of input.memberIds.entries()) {
    if (seen.has(clientId)) throw ValidationError.field(`memberIds.${i}`, 'is listed twice');
    seen.add(clientId);
    const client = await findClientRecord(app.db, actor.practiceId, clientId);
    if (!client || !(await isOnCareTeam(app.db, actor.practiceId, clientId, actor.userId))) throw ValidationError.field(`memberIds.${i}`, 'is not one of your clients');
    members.push(client);
  }
  const clinicianIds = [...new Set([actor.userId, ...(input.clinicianIds ?? [])])];
  await checkClinicians(app, actor.practiceId, clinicianIds.filter((id) => id !== actor.userId));
  const now = app.clock.now().toISOString();
  const row: RelationshipRow = {
    id: newId(), practice_id: actor.practiceId, name: input.name?.trim() || members.map((m) => m.preferred_name ?? m.first_name).join(' & '),
    confidentiality_policy: input.confidentialityPolicy, created_by: actor.userId, created_at: now, updated_at: now,
  };
  return app.db.transaction().execute(async (tx) => {
    await repo.insertRelationship(tx, row, input.memberIds, clinicianIds);
    // The couple's therapists see each partner's chart: they join every member's care team.
    await addToCareTeams(tx, actor.practiceId, input.memberIds, clinicianIds, now);
    await appendAudit(tx, auditEntry(rc, 'relationship.create', 'relationship', row.id), app.clock.now());
    return (await describe(tx, [row]))[0]!;
  });
}

export async function listRelationships(app: AppContext, rc: RequestContext): Promise<Relationship[]> {
  const actor = requireRole(rc, 'clinician', 'supervisor', 'owner');
  const rows = await repo.listRelationships(app.db, actor.practiceId, isClinical(actor) ? actor.userId : null);
  await recordAudit(app.db, auditEntry(rc, 'relationship.list', 'relationship', null), app.clock.now());
  return describe(app.db, rows);
}

export async function getRelationship(app: AppContext, rc: RequestContext, id: string): Promise<Relationship> {
  const { row } = await loadRelationship(app, rc, id, 'relationship.read', true);
  await recordAudit(app.db, auditEntry(rc, 'relationship.read', 'relationship', id), app.clock.now());
  return (await describe(app.db, [row]))[0]!;
}

export async function updateRelationship(app: AppContext, rc: RequestContext, id: string, patch: { name?: string; confidentialityPolicy?: ConfidentialityPolicy }): Promise<Relationship> {
  const { actor, row } = await loadRelationship(app, rc, id, 'relationship.update', false);
  const changes: Partial<RelationshipRow> = {
    ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
    ...(patch.confidentialityPolicy !== undefined ? { confidentiality_policy: patch.confidentialityPolicy } : {}),
    updated_at: app.clock.now().toISOString(),
  };
  return app.db.transaction().execute(async (tx) => {
    await repo.updateRelationship(tx, actor.practiceId, id, changes);
    await appendAudit(tx, auditEntry(rc, 'relationship.update', 'relationship', id), app.clock.now());
    return (await describe(tx, [{ ...row, ...changes }]))[0]!;
  });
}

export async function addMember(app: AppContext, rc: RequestContext, id: string, clientId: string): Promise<Relationship> {
  const { actor, row } = await loadRelationship(app, rc, id, 'relationship.add-member', false);
  const client = await findClientRecord(app.db, actor.practiceId, clientId);
  if (!client || !(await isOnCareTeam(app.db, actor.practiceId, clientId, actor.userId))) throw ValidationError.field('clientId', 'is not one of your clients');
  const current = await repo.listMembers(app.db, actor.practiceId, [id]);
  if (current.some((m) => m.id === clientId)) throw ValidationError.field('clientId', 'is already in this relationship');
  if (current.length >= 8) throw ValidationError.field('clientId', 'a relationship can have at most 8 members');
  const now = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    await repo.addMember(tx, actor.practiceId, id, clientId, now);
    const clinicians = await repo.listClinicians(tx, actor.practiceId, [id]);
    await addToCareTeams(tx, actor.practiceId, [clientId], clinicians.map((c) => c.id), now);
    await appendAudit(tx, auditEntry(rc, 'relationship.add-member', 'relationship', id), app.clock.now());
    return (await describe(tx, [row]))[0]!;
  });
}

/** Invites every member who has an email and no portal account yet. */
export async function inviteMembers(app: AppContext, rc: RequestContext, id: string): Promise<{ invited: string[]; skipped: { clientId: string; reason: string }[] }> {
  const { actor } = await loadRelationship(app, rc, id, 'relationship.invite', false);
  const members = await repo.listMembers(app.db, actor.practiceId, [id]);
  const invited: string[] = [];
  const skipped: { clientId: string; reason: string }[] = [];
  await app.db.transaction().execute(async (tx) => {
    for (const member of members) {
      if (!member.email) { skipped.push({ clientId: member.id, reason: 'no email address on file' }); continue; }
      if (await hasPortalAccount(tx, member.id)) { skipped.push({ clientId: member.id, reason: 'already has a portal account' }); continue; }
      const client = (await findClientRecord(tx, actor.practiceId, member.id))!;
      await inviteClientInTx(app, tx, rc, client);
      invited.push(member.id);
    }
  });
  return { invited, skipped };
}

export interface PartnerHistory {
  client: { id: string; displayName: string };
  privateTo: { clientId: string; displayName: string };
  intake: { id: string; version: number; submittedAt: string; completedBy: string } | null;
  summary: HistorySummary | null;
}

/**
 * Each partner's history side by side, for the relationship's clinicians only. Everything in a
 * partner's column came from their own private history, so each column is marked private to
 * that partner — it must not be disclosed to the other partner by accident.
 */
/**
 * A relationship's clinical work (each partner's history, scores, shared homework, the couple's
 * plan) is for a relationship clinician who is on every partner's care team: one taken off a
 * partner's care team no longer sees that partner's private data through the relationship.
 */
async function loadRelationshipForCare(app: AppContext, rc: RequestContext, id: string, action: string): Promise<{ actor: Actor; row: RelationshipRow; members: Awaited<ReturnType<typeof repo.listMembers>> }> {
  const { actor, row } = await loadRelationship(app, rc, id, action, false);
  const members = await repo.listMembers(app.db, actor.practiceId, [id]);
  for (const member of members) {
    if (!(await isOnCareTeam(app.db, actor.practiceId, member.id, actor.userId))) {
      await recordAudit(app.db, auditEntry(rc, action, 'relationship', id, 'denied'), app.clock.now());
      throw new NotFoundError();
    }
  }
  return { actor, row, members };
}

export async function relationshipHistorySummary(app: AppContext, rc: RequestContext, id: string): Promise<{ relationship: Relationship; partners: PartnerHistory[] }> {
  const { actor, row, members } = await loadRelationshipForCare(app, rc, id, 'relationship.history-read');
  const relationship = (await describe(app.db, [row]))[0]!;
  const partners: PartnerHistory[] = [];
  for (const member of members) {
    const name = displayName(member);
    const latest = await latestSubmittedSummary(app, app.db, actor.practiceId, member.id, member.date_of_birth);
    partners.push({ client: { id: member.id, displayName: name }, privateTo: { clientId: member.id, displayName: name }, intake: latest?.intake ?? null, summary: latest?.summary ?? null });
  }
  await app.db.transaction().execute(async (tx) => {
    for (const member of members) await appendAudit(tx, auditEntry(rc, 'intake.read-summary', 'client', member.id), app.clock.now());
  });
  return { relationship, partners };
}

/** For the portal: the client's relationships with their partners' names — nothing else of theirs. */
export async function listOwnRelationships(app: AppContext, rc: RequestContext): Promise<{ id: string; name: string; confidentialityPolicy: ConfidentialityPolicy; partners: { displayName: string }[] }[]> {
  const { actor, client } = await requireOwnClient(app, rc);
  const rows = await repo.listRelationshipsOfClient(app.db, actor.practiceId, client.id);
  const members = await repo.listMembers(app.db, actor.practiceId, rows.map((r) => r.id));
  await recordAudit(app.db, auditEntry(rc, 'relationship.read-own', 'client', client.id), app.clock.now());
  return rows.map((r) => ({
    id: r.id, name: r.name, confidentialityPolicy: r.confidentiality_policy as ConfidentialityPolicy,
    partners: members.filter((m) => m.relationship_id === r.id && m.id !== client.id).map((m) => ({ displayName: m.preferred_name ?? m.first_name })),
  }));
}

/** For other services: a relationship's members, for one of its clinicians (anyone else: 404, audited). */
export async function relationshipMembersForClinician(app: AppContext, rc: RequestContext, id: string, action: string): Promise<{ actor: Actor; relationship: Relationship; members: { id: string; displayName: string; dateOfBirth: string }[] }> {
  const { actor, row, members } = await loadRelationshipForCare(app, rc, id, action);
  const relationship = (await describe(app.db, [row]))[0]!;
  return { actor, relationship, members: members.map((m) => ({ id: m.id, displayName: displayName(m), dateOfBirth: m.date_of_birth })) };
}

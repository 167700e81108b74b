import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireRole } from '../../platform/authz.js';
import { localDay } from '../../platform/clock.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { displayName, findClientRecord, requireCareTeamClient, requireOwnClient } from '../clients/clients.service.js';
import { practiceInterventions } from '../plans/interventions.service.js';
import { planBelongsTo } from '../plans/plans.service.js';
import { getPracticeRecord } from '../practice/practice.service.js';
import { relationshipMembersForClinician } from '../relationships/relationships.service.js';
import * as repo from './homework.repository.js';
import type { HomeworkRow, LogRow } from './homework.repository.js';
import type { AssignHomework, Homework, LogInput, PortalHomework } from './homework.schemas.js';

/**
 * Homework between sessions. The clinician assigns an exercise from the practice's library to a
 * client or to partners; each client logs practice in the portal. The clinician sees whether it
 * was done and how it went; a client's reflection is private to them until they choose to share
 * it, and then their partner(s) and clinician see it. A partner never sees the other's
 * unshared reflection or how it went.
 */
function staffView(app: AppContext, row: HomeworkRow, assignees: { id: string; displayName: string }[], logs: LogRow[]): Homework {
  return {
    id: row.id, interventionId: row.intervention_id, relationshipId: row.relationship_id, planId: row.plan_id, title: app.keyring.decrypt(row.title),
    instructions: app.keyring.decrypt(row.instructions), frequency: row.frequency, startsOn: row.starts_on, endsOn: row.ends_on, status: row.status as Homework['status'],
    assignedBy: row.assigned_by, createdAt: row.created_at,
    assignees: assignees.map((a) => {
      const own = logs.filter((l) => l.homework_id === row.id && l.client_id === a.id);
      return {
        clientId: a.id, displayName: a.displayName, timesDone: own.filter((l) => l.done === 1).length, timesLogged: own.length,
        lastPracticedOn: own.filter((l) => l.done === 1).at(-1)?.practiced_on ?? null,
        logs: own.map((l) => ({
          practicedOn: l.practiced_on, done: l.done === 1, howItWent: l.how_it_went === null ? null : app.keyring.decrypt(l.how_it_went),
          sharedReflection: l.reflection !== null && l.reflection_shared === 1 ? app.keyring.decrypt(l.reflection) : null,
        })),
      };
    }),
  };
}

async function describe(app: AppContext, db: DbOrTx, practiceId: string, rows: HomeworkRow[]): Promise<Homework[]> {
  const assignees = await repo.assigneesOf(db, rows.map((r) => r.id));
  const logs = await repo.listLogs(db, rows.map((r) => r.id));
  const names = new Map<string, string>();
  for (const a of assignees) {
    if (!names.has(a.client_id)) names.set(a.client_id, displayName((await findClientRecord(db, practiceId, a.client_id))!));
  }
  return rows.map((r) => staffView(app, r, assignees.filter((a) => a.homework_id === r.id).map((a) => ({ id: a.client_id, displayName: names.get(a.client_id)! })), logs));
}

export async function assignHomework(app: AppContext, rc: RequestContext, input: AssignHomework): Promise<Homework> {
  requireRole(rc, 'clinician', 'supervisor');
  let actor: Actor;
  let clientIds: string[];
  if (input.relationshipId) {
    const rel = await relationshipMembersForClinician(app, rc, input.relationshipId, 'homework.assign');
    actor = rel.actor;
    const members = rel.members.map((m) => m.id);
    clientIds = input.clientIds ?? members;
    clientIds.forEach((id, i) => { if (!members.includes(id)) throw ValidationError.field(`clientIds.${i}`, 'is not a partner in this relationship'); });
  } else {
    if (!input.clientIds || input.clientIds.length !== 1) throw ValidationError.field('clientIds', 'choose one client, or a relationship for partners');
    actor = (await requireCareTeamClient(app, rc, input.clientIds[0]!, 'homework.assign')).actor;
    clientIds = input.clientIds;
  }
  const intervention = (await practiceInterventions(app.db, actor.practiceId)).find((i) => i.id === input.interventionId);
  if (!intervention || intervention.archived) throw ValidationError.field('interventionId', 'is not in this practice’s intervention library');
  if (input.planId && !(await planBelongsTo(app.db, actor.practiceId, input.planId, { clientIds, relationshipId: input.relationshipId ?? null }))) {
    throw ValidationError.field('planId', 'is not a treatment plan of these clients');
  }
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const today = localDay(app.clock.now(), practice.time_zone);
  if (input.endsOn && input.endsOn < today) throw ValidationError.field('endsOn', 'must be today or later');
  const now = app.clock.now().toISOString();
  const row: HomeworkRow = {
    id: newId(), practice_id: actor.practiceId, relationship_id: input.relationshipId ?? null, plan_id: input.planId ?? null, intervention_id: intervention.id,
    title: app.keyring.encrypt(input.title ?? intervention.clientTitle), instructions: app.keyring.encrypt(input.instructions ?? intervention.clientInstructions),
    frequency: input.frequency ?? intervention.suggestedFrequency, starts_on: today, ends_on: input.endsOn ?? null, status: 'active', assigned_by: actor.userId, created_at: now, updated_at: now,
  };
  return app.db.transaction().execute(async (tx) => {
    await repo.insertHomework(tx, row, [...new Set(clientIds)]);
    await appendAudit(tx, auditEntry(rc, 'homework.assign', 'homework', row.id), app.clock.now());
    return (await describe(app, tx, actor.practiceId, [row]))[0]!;
  });
}

/** The clinician's view of a client's (or a relationship's) homework, with completion. */
export async function listHomework(app: AppContext, rc: RequestContext, who: { clientId?: string; relationshipId?: string }): Promise<Homework[]> {
  if (Boolean(who.clientId) === Boolean(who.relationshipId)) throw ValidationError.field('query.clientId', 'give either clientId or relationshipId');
  let actor: Actor;
  let rows: HomeworkRow[];
  if (who.relationshipId) {
    actor = (await relationshipMembersForClinician(app, rc, who.relationshipId, 'homework.read')).actor;
    rows = await repo.listForRelationship(app.db, actor.practiceId, who.relationshipId);
  } else {
    actor = (await requireCareTeamClient(app, rc, who.clientId!, 'homework.read')).actor;
    rows = await repo.listForClients(app.db, actor.practiceId, [who.clientId!]);
  }
  await recordAudit(app.db, auditEntry(rc, 'homework.read', who.clientId ? 'client' : 'relationship', (who.clientId ?? who.relationshipId)!), app.clock.now());
  const described = await describe(app, app.db, actor.practiceId, rows);
  // A client's chart shows only that client's own completion, even for homework shared with a partner.
  return who.clientId ? described.map((h) => ({ ...h, assignees: h.assignees.filter((a) => a.clientId === who.clientId) })) : described;
}

export async function stopHomework(app: AppContext, rc: RequestContext, id: string): Promise<Homework> {
  const actor = requireRole(rc, 'clinician', 'supervisor');
  const row = await repo.findHomework(app.db, actor.practiceId, id);
  if (!row) throw new NotFoundError();
  if (row.relationship_id) await relationshipMembersForClinician(app, rc, row.relationship_id, 'homework.stop');
  else await requireCareTeamClient(app, rc, (await repo.assigneesOf(app.db, [id]))[0]!.client_id, 'homework.stop');
  if (row.status !== 'active') throw new ConflictError('This homework is already stopped.', [{ field: 'status', message: `is ${row.status}` }]);
  const at = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    await repo.setStatus(tx, id, 'stopped', at);
    await appendAudit(tx, auditEntry(rc, 'homework.stop', 'homework', id), app.clock.now());
    return (await describe(app, tx, actor.practiceId, [{ ...row, status: 'stopped', updated_at: at }]))[0]!;
  });
}

// ---- The client's side (portal) ----

function firstName(row: { first_name: string; preferred_name: string | null }): string {
  return row.preferred_name ?? row.first_name;
}

async function portalView(app: AppContext, practiceId: string, clientId: string, rows: HomeworkRow[]): Promise<PortalHomework[]> {
  const assignees = await repo.assigneesOf(app.db, rows.map((r) => r.id));
  const logs = await repo.listLogs(app.db, rows.map((r) => r.id));
  const names = new Map<string, string>();
  for (const a of assignees) if (a.client_id !== clientId && !names.has(a.client_id)) names.set(a.client_id, firstName((await findClientRecord(app.db, practiceId, a.client_id))!));
  return rows.map((r) => ({
    id: r.id, title: app.keyring.decrypt(r.title), instructions: app.keyring.decrypt(r.instructions), frequency: r.frequency, startsOn: r.starts_on, endsOn: r.ends_on,
    status: r.status as PortalHomework['status'], withPartner: assignees.filter((a) => a.homework_id === r.id).length > 1,
    myLogs: logs.filter((l) => l.homework_id === r.id && l.client_id === clientId).map((l) => ({
      id: l.id, practicedOn: l.practiced_on, done: l.done === 1, howItWent: l.how_it_went === null ? null : app.keyring.decrypt(l.how_it_went),
      reflection: l.reflection === null ? null : app.keyring.decrypt(l.reflection), reflectionShared: l.reflection_shared === 1,
    })),
    // Only what a partner chose to share — never whether they did it or how it went.
    sharedByPartners: logs.filter((l) => l.homework_id === r.id && l.client_id !== clientId && l.reflection_shared === 1 && l.reflection !== null)
      .map((l) => ({ name: names.get(l.client_id)!, practicedOn: l.practiced_on, reflection: app.keyring.decrypt(l.reflection!) })),
  }));
}

export async function listOwnHomework(app: AppContext, rc: RequestContext): Promise<PortalHomework[]> {
  const { actor, client } = await requireOwnClient(app, rc);
  const rows = await repo.listForClients(app.db, actor.practiceId, [client.id]);
  await recordAudit(app.db, auditEntry(rc, 'homework.read-own', 'client', client.id), app.clock.now());
  return portalView(app, actor.practiceId, client.id, rows);
}

async function loadOwnHomework(app: AppContext, rc: RequestContext, id: string, action: string) {
  const { actor, client } = await requireOwnClient(app, rc);
  const row = await repo.findHomework(app.db, actor.practiceId, id);
  if (!row || !(await repo.assigneesOf(app.db, [id])).some((a) => a.client_id === client.id)) {
    await recordAudit(app.db, auditEntry(rc, action, 'homework', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return { actor, client, row };
}

export async function logPractice(app: AppContext, rc: RequestContext, id: string, input: LogInput): Promise<PortalHomework> {
  const { actor, client, row } = await loadOwnHomework(app, rc, id, 'homework.log');
  if (row.status !== 'active') throw new ConflictError('This exercise has been stopped by your therapist.', [{ field: 'status', message: 'is stopped' }]);
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const today = localDay(app.clock.now(), practice.time_zone);
  if (input.practicedOn > today) throw ValidationError.field('practicedOn', 'cannot be in the future');
  if (input.practicedOn < row.starts_on) throw ValidationError.field('practicedOn', 'is before this exercise was given');
  if (input.shareReflection && !input.reflection) throw ValidationError.field('shareReflection', 'write a reflection to share it');
  const now = app.clock.now().toISOString();
  await app.db.transaction().execute(async (tx) => {
    await repo.insertLog(tx, {
      id: newId(), practice_id: actor.practiceId, homework_id: id, client_id: client.id, practiced_on: input.practicedOn, done: input.done ? 1 : 0,
      how_it_went: input.howItWent ? app.keyring.encrypt(input.howItWent) : null, reflection: input.reflection ? app.keyring.encrypt(input.reflection) : null,
      reflection_shared: input.shareReflection ? 1 : 0, created_at: now, updated_at: now,
    });
    await appendAudit(tx, auditEntry(rc, 'homework.log', 'homework', id), app.clock.now());
  });
  return (await portalView(app, actor.practiceId, client.id, [row]))[0]!;
}

/** Share a reflection later, or take the sharing back. */
export async function setReflectionSharing(app: AppContext, rc: RequestContext, id: string, logId: string, share: boolean): Promise<PortalHomework> {
  const { actor, client, row } = await loadOwnHomework(app, rc, id, 'homework.share');
  const log = await repo.findLog(app.db, actor.practiceId, client.id, logId);
  if (!log || log.homework_id !== id) throw new NotFoundError();
  if (share && log.reflection === null) throw ValidationError.field('shareReflection', 'this entry has no reflection to share');
  await app.db.transaction().execute(async (tx) => {
    await repo.setShared(tx, logId, share, app.clock.now().toISOString());
    await appendAudit(tx, auditEntry(rc, share ? 'homework.share' : 'homework.unshare', 'homework', id), app.clock.now());
  });
  return (await portalView(app, actor.practiceId, client.id, [row]))[0]!;
}

/** For Today, unguarded: each active homework of these clients with their completion. */
export async function homeworkCompletionOf(app: AppContext, practiceId: string, clientIds: string[]) {
  if (clientIds.length === 0) return [];
  const rows = (await repo.listForClients(app.db, practiceId, clientIds)).filter((r) => r.status === 'active');
  const described = await describe(app, app.db, practiceId, rows);
  return described.flatMap((h) => h.assignees.filter((a) => clientIds.includes(a.clientId)).map((a) => ({
    homeworkId: h.id, title: h.title, clientId: a.clientId, displayName: a.displayName, timesDone: a.timesDone, timesLogged: a.timesLogged, lastPracticedOn: a.lastPracticedOn,
  })));
}

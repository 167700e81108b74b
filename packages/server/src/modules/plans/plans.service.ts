import { INSTRUMENTS } from '@candor/clinical';
import { DateTime } from 'luxon';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireActor, requireRole } from '../../platform/authz.js';
import { localDay } from '../../platform/clock.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { displayName, requireCareTeamClient } from '../clients/clients.service.js';
import { diagnosesOfClients } from '../diagnoses/diagnoses.service.js';
import { scorePointsFor } from '../measures/measures.service.js';
import { getPracticeRecord, staffDisplayName } from '../practice/practice.service.js';
import { relationshipMembersForClinician } from '../relationships/relationships.service.js';
import { sessionCountsSince } from '../scheduling/scheduling.service.js';
import { practiceInterventions } from './interventions.service.js';
import * as repo from './plans.repository.js';
import type { PlanRow, PlanVersionRow } from './plans.repository.js';
import type { NewPlan, OBJECTIVE_STATUSES, Plan, PlanContent, ReviewPlan } from './plans.schemas.js';

/** A progress entry's status, stored as validated (ProgressBody). */
type ProgressStatus = (typeof OBJECTIVE_STATUSES)[number];

/**
 * Treatment plans for a client or a relationship: problems tied to recorded diagnoses, goals
 * with measurable objectives and the questionnaires that show progress, interventions from the
 * practice's library, the PLISSIT level, the planned number of sessions and a review date. A
 * review writes a new version (from the version the reviewer read, else 409); earlier versions
 * stay readable. Progress is recorded per objective.
 */
interface Subject { actor: Actor; clientId: string | null; relationshipId: string | null; clients: { id: string; displayName: string }[] }

async function subjectOf(app: AppContext, rc: RequestContext, who: { clientId: string | null; relationshipId: string | null }, action: string): Promise<Subject> {
  if (who.relationshipId) {
    const { actor, members } = await relationshipMembersForClinician(app, rc, who.relationshipId, action);
    return { actor, clientId: null, relationshipId: who.relationshipId, clients: members.map((m) => ({ id: m.id, displayName: m.displayName })) };
  }
  const { actor, client } = await requireCareTeamClient(app, rc, who.clientId!, action);
  return { actor, clientId: client.id, relationshipId: null, clients: [{ id: client.id, displayName: displayName(client) }] };
}

async function loadPlan(app: AppContext, rc: RequestContext, id: string, action: string): Promise<{ subject: Subject; plan: PlanRow }> {
  const actor = requireActor(rc);
  const plan = await repo.findPlan(app.db, actor.practiceId, id);
  if (!plan) {
    await recordAudit(app.db, auditEntry(rc, action, 'treatment-plan', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return { subject: await subjectOf(app, rc, { clientId: plan.client_id, relationshipId: plan.relationship_id }, action), plan };
}

/** Checks every reference in the plan and gives each problem, goal and objective a stable id. */
async function normalise(app: AppContext, subject: Subject, content: PlanContent): Promise<PlanContent> {
  const diagnoses = new Set((await diagnosesOfClients(app.db, subject.actor.practiceId, subject.clients.map((c) => c.id))).map((d) => d.id));
  const interventions = new Set((await practiceInterventions(app.db, subject.actor.practiceId)).map((i) => i.id));
  const instruments = new Set<string>(INSTRUMENTS.map((i) => i.id));
  const problems = content.problems.map((p, i) => {
    p.diagnosisIds.forEach((d, j) => { if (!diagnoses.has(d)) throw ValidationError.field(`content.problems.${i}.diagnosisIds.${j}`, 'is not a diagnosis recorded for this client'); });
    return { ...p, id: p.id ?? newId() };
  });
  const problemIds = new Set(problems.map((p) => p.id));
  const seen = new Set<string>();
  const unique = (id: string, field: string) => {
    if (seen.has(id)) throw ValidationError.field(field, 'is used twice in this plan');
    seen.add(id);
    return id;
  };
  problems.forEach((p, i) => unique(p.id, `content.problems.${i}.id`));
  const goals = content.goals.map((g, i) => {
    g.problemIds.forEach((p, j) => { if (!problemIds.has(p)) throw ValidationError.field(`content.goals.${i}.problemIds.${j}`, 'is not a problem of this plan'); });
    g.measureInstrumentIds.forEach((m, j) => { if (!instruments.has(m)) throw ValidationError.field(`content.goals.${i}.measureInstrumentIds.${j}`, 'is not a questionnaire Candor knows'); });
    return {
      ...g, id: unique(g.id ?? newId(), `content.goals.${i}.id`),
      objectives: g.objectives.map((o, j) => ({ ...o, id: unique(o.id ?? newId(), `content.goals.${i}.objectives.${j}.id`) })),
    };
  });
  content.interventionIds.forEach((id, i) => { if (!interventions.has(id)) throw ValidationError.field(`content.interventionIds.${i}`, 'is not in this practice’s intervention library'); });
  return { problems, goals, interventionIds: [...new Set(content.interventionIds)] };
}

async function toPlan(app: AppContext, subject: Subject, plan: PlanRow, version: PlanVersionRow, db: DbOrTx = app.db): Promise<Plan> {
  const content = JSON.parse(app.keyring.decrypt(version.content)) as PlanContent & { reviewSummary?: string };
  const practiceId = plan.practice_id;
  const practice = await getPracticeRecord(db, practiceId);
  const now = app.clock.now();
  const from = DateTime.fromISO(plan.started_on, { zone: practice.time_zone }).toUTC().toISO()!;
  const sessions = await sessionCountsSince(db, practiceId, { clientId: plan.client_id, relationshipId: plan.relationship_id }, from, now.toISOString());
  const diagnoses = await diagnosesOfClients(db, practiceId, subject.clients.map((c) => c.id));
  const interventions = new Map((await practiceInterventions(db, practiceId)).map((i) => [i.id, i.name]));
  const progress = await repo.listProgress(db, plan.id);
  const names = new Map<string, string>();
  const nameOf = async (id: string) => names.get(id) ?? names.set(id, await staffDisplayName(db, practiceId, id)).get(id)!;
  const versions = await repo.listVersions(db, plan.id);
  const progressOf = async (objectiveId: string) => Promise.all(progress.filter((p) => p.objective_id === objectiveId).map(async (p) => ({
    status: p.status as ProgressStatus, rating: p.rating, note: p.note === null ? null : app.keyring.decrypt(p.note), recordedAt: p.recorded_at, recordedBy: await nameOf(p.recorded_by),
  })));
  const goals = [];
  for (const g of content.goals) {
    goals.push({
      id: g.id!, description: g.description, problemIds: g.problemIds, measureInstrumentIds: g.measureInstrumentIds,
      measures: await scorePointsFor(app, db, practiceId, subject.clients, plan.relationship_id, g.measureInstrumentIds),
      objectives: await Promise.all(g.objectives.map(async (o) => ({ id: o.id!, description: o.description, targetDate: o.targetDate, progress: await progressOf(o.id!) }))),
    });
  }
  return {
    id: plan.id, clientId: plan.client_id, relationshipId: plan.relationship_id, status: plan.status as Plan['status'], version: version.version, startedOn: plan.started_on,
    sessionsPlanned: version.sessions_planned, reviewOn: version.review_on, reviewDue: version.review_on <= localDay(now, practice.time_zone), plissit: version.plissit as Plan['plissit'],
    sessions: { ...sessions, planned: version.sessions_planned },
    problems: content.problems.map((p) => ({ id: p.id!, description: p.description, diagnoses: diagnoses.filter((d) => p.diagnosisIds.includes(d.id)).map((d) => ({ id: d.id, icd10: d.icd10, clientId: d.clientId })) })),
    goals, interventions: content.interventionIds.map((id) => ({ id, name: interventions.get(id) ?? id })), reviewSummary: content.reviewSummary ?? null,
    versions: await Promise.all(versions.map(async (v) => ({ version: v.version, createdAt: v.created_at, authorName: await nameOf(v.author_id) }))),
    updatedAt: plan.updated_at,
  };
}

export async function createPlan(app: AppContext, rc: RequestContext, input: NewPlan): Promise<Plan> {
  requireRole(rc, 'clinician', 'supervisor');
  if (Boolean(input.clientId) === Boolean(input.relationshipId)) throw ValidationError.field('clientId', 'give either a client or a relationship');
  const subject = await subjectOf(app, rc, { clientId: input.clientId ?? null, relationshipId: input.relationshipId ?? null }, 'treatment-plan.create');
  const existing = await repo.listPlans(app.db, subject.actor.practiceId, { clientId: input.clientId, relationshipId: input.relationshipId });
  if (existing.some((p) => p.status === 'active')) {
    const field = input.relationshipId ? 'relationshipId' : 'clientId';
    throw new ConflictError('There is already an active plan; review it (a new version) or close it first.', [{ field, message: 'already has an active treatment plan' }]);
  }
  const content = await normalise(app, subject, input.content);
  const practice = await getPracticeRecord(app.db, subject.actor.practiceId);
  const now = app.clock.now().toISOString();
  const today = localDay(app.clock.now(), practice.time_zone);
  if (input.reviewOn < today) throw ValidationError.field('reviewOn', 'choose a review date from today on');
  const plan: PlanRow = {
    id: newId(), practice_id: subject.actor.practiceId, client_id: subject.clientId, relationship_id: subject.relationshipId, current_version: 1,
    sessions_planned: input.sessionsPlanned, review_on: input.reviewOn, plissit: input.plissit, status: 'active', started_on: today, created_by: subject.actor.userId, created_at: now, updated_at: now,
  };
  const version: PlanVersionRow = {
    id: newId(), practice_id: plan.practice_id, plan_id: plan.id, version: 1, author_id: subject.actor.userId, content: app.keyring.encrypt(JSON.stringify(content)),
    sessions_planned: input.sessionsPlanned, review_on: input.reviewOn, plissit: input.plissit, created_at: now,
  };
  return app.db.transaction().execute(async (tx) => {
    await repo.insertPlan(tx, plan, version);
    await appendAudit(tx, auditEntry(rc, 'treatment-plan.create', 'treatment-plan', plan.id), app.clock.now());
    return toPlan(app, subject, plan, version, tx);
  });
}

export async function getPlan(app: AppContext, rc: RequestContext, id: string, versionNumber?: number): Promise<Plan> {
  const { subject, plan } = await loadPlan(app, rc, id, 'treatment-plan.read');
  const version = await repo.findVersion(app.db, id, versionNumber ?? plan.current_version);
  if (!version) throw new NotFoundError();
  await recordAudit(app.db, auditEntry(rc, 'treatment-plan.read', 'treatment-plan', id), app.clock.now());
  return toPlan(app, subject, plan, version);
}

export async function listPlans(app: AppContext, rc: RequestContext, who: { clientId?: string; relationshipId?: string }) {
  if (Boolean(who.clientId) === Boolean(who.relationshipId)) throw ValidationError.field('query.clientId', 'give either clientId or relationshipId');
  const subject = await subjectOf(app, rc, { clientId: who.clientId ?? null, relationshipId: who.relationshipId ?? null }, 'treatment-plan.list');
  const rows = await repo.listPlans(app.db, subject.actor.practiceId, who);
  await recordAudit(app.db, auditEntry(rc, 'treatment-plan.list', who.clientId ? 'client' : 'relationship', (who.clientId ?? who.relationshipId)!), app.clock.now());
  return rows.map((r) => ({
    id: r.id, clientId: r.client_id, relationshipId: r.relationship_id, status: r.status as Plan['status'], version: r.current_version, sessionsPlanned: r.sessions_planned,
    reviewOn: r.review_on, plissit: r.plissit as Plan['plissit'], startedOn: r.started_on,
  }));
}

/** A review: the next version, written only from the version the reviewer read. */
export async function reviewPlan(app: AppContext, rc: RequestContext, id: string, input: ReviewPlan): Promise<Plan> {
  const { subject, plan } = await loadPlan(app, rc, id, 'treatment-plan.review');
  requireRole(rc, 'clinician', 'supervisor');
  if (plan.status !== 'active') throw new ConflictError('This plan is closed.', [{ field: 'status', message: 'is closed' }]);
  const content = await normalise(app, subject, input.content);
  const now = app.clock.now().toISOString();
  const version: PlanVersionRow = {
    id: newId(), practice_id: plan.practice_id, plan_id: plan.id, version: input.basedOnVersion + 1, author_id: subject.actor.userId,
    content: app.keyring.encrypt(JSON.stringify({ ...content, reviewSummary: input.reviewSummary })), sessions_planned: input.sessionsPlanned, review_on: input.reviewOn, plissit: input.plissit, created_at: now,
  };
  return app.db.transaction().execute(async (tx) => {
    if (!(await repo.addVersion(tx, version, input.basedOnVersion))) {
      throw new ConflictError('This plan was reviewed elsewhere since you opened it; reload to see the latest version.', [{ field: 'basedOnVersion', message: 'is not the current version' }]);
    }
    await appendAudit(tx, auditEntry(rc, 'treatment-plan.review', 'treatment-plan', id), app.clock.now());
    return toPlan(app, subject, (await repo.findPlan(tx, plan.practice_id, id))!, version, tx);
  });
}

export async function recordProgress(app: AppContext, rc: RequestContext, id: string, input: { objectiveId: string; status: string; rating?: number; note?: string }): Promise<Plan> {
  const { subject, plan } = await loadPlan(app, rc, id, 'treatment-plan.progress');
  requireRole(rc, 'clinician', 'supervisor');
  const current = (await repo.findVersion(app.db, id, plan.current_version))!;
  const content = JSON.parse(app.keyring.decrypt(current.content)) as PlanContent;
  if (!content.goals.some((g) => g.objectives.some((o) => o.id === input.objectiveId))) throw ValidationError.field('objectiveId', 'is not an objective of this plan’s current version');
  const now = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    await repo.insertProgress(tx, {
      id: newId(), practice_id: plan.practice_id, plan_id: id, objective_id: input.objectiveId, status: input.status, rating: input.rating ?? null,
      note: input.note ? app.keyring.encrypt(input.note) : null, recorded_by: subject.actor.userId, recorded_at: now,
    });
    await appendAudit(tx, auditEntry(rc, 'treatment-plan.progress', 'treatment-plan', id), app.clock.now());
    return toPlan(app, subject, plan, current, tx);
  });
}

export async function closePlan(app: AppContext, rc: RequestContext, id: string): Promise<Plan> {
  const { subject, plan } = await loadPlan(app, rc, id, 'treatment-plan.close');
  requireRole(rc, 'clinician', 'supervisor');
  if (plan.status !== 'active') throw new ConflictError('This plan is already closed.', [{ field: 'status', message: 'is closed' }]);
  const now = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    await repo.closePlan(tx, id, now);
    await appendAudit(tx, auditEntry(rc, 'treatment-plan.close', 'treatment-plan', id), app.clock.now());
    return toPlan(app, subject, { ...plan, status: 'closed', updated_at: now }, (await repo.findVersion(tx, id, plan.current_version))!, tx);
  });
}

/** For homework, unguarded: whether a plan belongs to this client or relationship. */
export async function planBelongsTo(db: DbOrTx, practiceId: string, planId: string, who: { clientIds: string[]; relationshipId: string | null }): Promise<boolean> {
  const plan = await repo.findPlan(db, practiceId, planId);
  if (!plan) return false;
  return plan.relationship_id ? plan.relationship_id === who.relationshipId : who.clientIds.includes(plan.client_id!);
}

/** For Today: the clinician's active plans whose review date has come. */
export async function plansDueForReview(app: AppContext, rc: RequestContext) {
  const actor = requireActor(rc);
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const rows = await repo.listDueForReview(app.db, actor.practiceId, actor.userId, localDay(app.clock.now(), practice.time_zone));
  return rows.map((r) => ({ planId: r.id, clientId: r.client_id, relationshipId: r.relationship_id, reviewOn: r.review_on }));
}

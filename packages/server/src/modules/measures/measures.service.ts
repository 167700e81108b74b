import { reliableChange, requireInstrument, scoreInstrument, toFhirResponse, type InstrumentDefinition, type InstrumentScore, type PositiveRule } from '@candor/clinical';
import { stableUuid, urnOf } from '../../platform/fhir.js';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireActor } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { addDays } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { DateTime } from 'luxon';
import { displayName, requireCareTeamClient } from '../clients/clients.service.js';
import { getPracticeRecord } from '../practice/practice.service.js';
import { relationshipMembersForClinician } from '../relationships/relationships.service.js';
import { materializeForAssignments } from './measures.schedule.js';
import * as repo from './measures.repository.js';
import type { AssignmentRow, ResponseRow } from './measures.repository.js';
import type { AssignInput, Assignment, InstrumentTrend } from './measures.schemas.js';

/**
 * Measurement-based care, the clinician's side: assigning questionnaires once or on a schedule
 * (to one client, or to each partner of a relationship separately), cancelling, and seeing
 * each instrument over time with the change since baseline and whether it is reliable.
 */
export function toAssignment(row: AssignmentRow): Assignment {
  return {
    id: row.id, clientId: row.client_id, relationshipId: row.relationship_id, instrumentId: requireInstrument(row.instrument_id).id, shortName: requireInstrument(row.instrument_id).shortName,
    schedule: row.schedule as Assignment['schedule'], intervalWeeks: row.interval_weeks, everyNthSession: row.every_nth_session, startsOn: row.starts_on, until: row.until,
    status: row.status as Assignment['status'], createdAt: row.created_at,
  };
}

function checkSchedule(app: AppContext, input: AssignInput, timeZone: string): { startsOn: string } {
  // "Today" is the practice's calendar day, not UTC's.
  const today = DateTime.fromJSDate(app.clock.now()).setZone(timeZone).toISODate()!;
  const startsOn = input.startsOn ?? today;
  if (startsOn < today) throw ValidationError.field('startsOn', 'cannot be in the past');
  if (input.schedule === 'every-n-weeks' && input.intervalWeeks === undefined) throw ValidationError.field('intervalWeeks', 'is needed for a schedule every N weeks');
  if (input.schedule === 'before-every-nth-session' && input.everyNthSession === undefined) throw ValidationError.field('everyNthSession', 'is needed for a schedule before every Nth session');
  if (input.schedule === 'once' && input.until !== undefined) throw ValidationError.field('until', 'applies only to repeating schedules');
  if (input.until !== undefined && input.until < startsOn) throw ValidationError.field('until', 'must be on or after the start date');
  return { startsOn };
}

async function createAssignments(app: AppContext, rc: RequestContext, actor: Actor, clientIds: string[], relationshipId: string | null, input: AssignInput): Promise<Assignment[]> {
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const { startsOn } = checkSchedule(app, input, practice.time_zone);
  const now = app.clock.now().toISOString();
  const rows: AssignmentRow[] = clientIds.map((clientId) => ({
    id: newId(), practice_id: actor.practiceId, client_id: clientId, relationship_id: relationshipId, instrument_id: input.instrumentId, schedule: input.schedule,
    interval_weeks: input.schedule === 'every-n-weeks' ? input.intervalWeeks! : null, every_nth_session: input.schedule === 'before-every-nth-session' ? input.everyNthSession! : null,
    starts_on: startsOn, until: input.until ?? null, status: 'active', created_by: actor.userId, created_at: now, cancelled_at: null,
  }));
  await app.db.transaction().execute(async (tx) => {
    for (const row of rows) {
      await repo.insertAssignment(tx, row);
      await appendAudit(tx, auditEntry(rc, 'measure.assign', 'measure-assignment', row.id), app.clock.now());
    }
    // Anything due today is ready in the portal at once, with its reminder queued.
    await materializeForAssignments(app, tx, rows, app.clock.now());
  });
  return rows.map(toAssignment);
}

export async function assignToClient(app: AppContext, rc: RequestContext, clientId: string, input: AssignInput): Promise<Assignment[]> {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'measure.assign');
  return createAssignments(app, rc, actor, [clientId], null, input);
}

/** Each partner answers separately: one assignment per member. */
export async function assignToRelationship(app: AppContext, rc: RequestContext, relationshipId: string, input: AssignInput): Promise<Assignment[]> {
  const { actor, members } = await relationshipMembersForClinician(app, rc, relationshipId, 'measure.assign');
  return createAssignments(app, rc, actor, members.map((m) => m.id), relationshipId, input);
}

export async function cancelAssignment(app: AppContext, rc: RequestContext, id: string): Promise<Assignment> {
  const actor = requireActor(rc);
  const row = await repo.findAssignment(app.db, actor.practiceId, id);
  if (!row) {
    await recordAudit(app.db, auditEntry(rc, 'measure.cancel', 'measure-assignment', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  await requireCareTeamClient(app, rc, row.client_id, 'measure.cancel');
  if (row.status !== 'active') throw new ConflictError(`This assignment is already ${row.status}.`, [{ field: 'status', message: `is ${row.status}` }]);
  await app.db.transaction().execute(async (tx) => {
    await repo.setAssignmentStatus(tx, id, 'cancelled', app.clock.now().toISOString());
    await repo.cancelOpenRequests(tx, id);
    await appendAudit(tx, auditEntry(rc, 'measure.cancel', 'measure-assignment', id), app.clock.now());
  });
  return toAssignment({ ...row, status: 'cancelled' });
}

function cutoffOf(rule: PositiveRule | null, meaning: string | null): { value: number; meaning: string } | null {
  if (!rule || (rule.kind !== 'total-at-least' && rule.kind !== 'total-at-most')) return null;
  return { value: rule.value, meaning: meaning ?? '' };
}

function trendOf(app: AppContext, definition: InstrumentDefinition, responses: ResponseRow[]): InstrumentTrend {
  const series = responses.map((r) => {
    const score = JSON.parse(app.keyring.decrypt(r.score)) as InstrumentScore;
    return { responseId: r.id, completedAt: r.completed_at, total: score.total, severity: score.severity, positive: score.positive, domains: score.domains };
  });
  const scored = series.filter((p) => p.total !== null);
  const baseline = scored[0]?.total ?? null;
  const latest = scored.at(-1)?.total ?? null;
  const change = scored.length >= 2 && baseline !== null && latest !== null ? latest - baseline : null;
  const rc = change === null ? null : reliableChange(definition.id, baseline!, latest!);
  return {
    instrumentId: definition.id, shortName: definition.shortName, title: definition.title, direction: definition.scoring.direction,
    totalRange: { ...definition.scoring.totalRange }, bands: definition.bands.map((b) => ({ id: b.id, label: b.label, min: b.min, max: b.max })),
    cutoff: cutoffOf(definition.positive, definition.positiveMeaning), series, changeSinceBaseline: change,
    reliableChange: rc, reliableChangeNote: definition.reliability.available ? null : definition.reliability.reason,
  };
}

function trendsOf(app: AppContext, responses: ResponseRow[]): InstrumentTrend[] {
  const byInstrument = new Map<string, ResponseRow[]>();
  for (const r of responses) byInstrument.set(r.instrument_id, [...(byInstrument.get(r.instrument_id) ?? []), r]);
  return [...byInstrument].map(([id, rows]) => trendOf(app, requireInstrument(id), rows));
}

/** The chart: assignments, what is due, and each instrument's trend. */
export async function clientMeasures(app: AppContext, rc: RequestContext, clientId: string) {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'measure.read');
  // What is due follows the schedule even between scheduler ticks.
  await app.db.transaction().execute((tx) => materializeForClient(app, tx, clientId));
  const [assignments, due, responses] = await Promise.all([
    repo.listAssignmentsOfClient(app.db, actor.practiceId, clientId),
    repo.listOpenRequestsOfClient(app.db, actor.practiceId, clientId),
    repo.listResponsesOfClient(app.db, actor.practiceId, clientId),
  ]);
  await recordAudit(app.db, auditEntry(rc, 'measure.read', 'client', clientId), app.clock.now());
  return {
    assignments: assignments.map(toAssignment),
    due: due.map((d) => ({ requestId: d.id, instrumentId: requireInstrument(d.instrument_id).id, dueOn: d.due_on })),
    trends: trendsOf(app, responses),
  };
}

/** Both (or all) partners' trends for questionnaires asked of the relationship, side by side per instrument. */
export async function relationshipMeasures(app: AppContext, rc: RequestContext, relationshipId: string) {
  const { actor, members } = await relationshipMembersForClinician(app, rc, relationshipId, 'measure.read');
  const partners = [];
  for (const m of members) {
    partners.push({ clientId: m.id, displayName: m.displayName, trends: trendsOf(app, await repo.listResponsesOfClientForRelationship(app.db, actor.practiceId, m.id, relationshipId)) });
  }
  await app.db.transaction().execute(async (tx) => {
    for (const m of members) await appendAudit(tx, auditEntry(rc, 'measure.read', 'client', m.id), app.clock.now());
  });
  return { partners };
}

/** One response's raw answers and score, for the care team. */
export async function getResponse(app: AppContext, rc: RequestContext, id: string) {
  const actor = requireActor(rc);
  const row = await repo.findResponse(app.db, actor.practiceId, id);
  if (!row) {
    await recordAudit(app.db, auditEntry(rc, 'measure.read-response', 'measure-response', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  await requireCareTeamClient(app, rc, row.client_id, 'measure.read-response');
  await recordAudit(app.db, auditEntry(rc, 'measure.read-response', 'measure-response', id), app.clock.now());
  return {
    id: row.id, clientId: row.client_id, instrumentId: requireInstrument(row.instrument_id).id, completedAt: row.completed_at,
    answers: JSON.parse(app.keyring.decrypt(row.answers)) as (number | null)[], score: JSON.parse(app.keyring.decrypt(row.score)) as InstrumentScore,
  };
}

/** For the scheduler and the portal, unguarded: materialize what is due now for one client. */
export async function materializeForClient(app: AppContext, db: DbOrTx, clientId: string): Promise<void> {
  await materializeForAssignments(app, db, await repo.listActiveAssignments(db, { clientId }), app.clock.now());
}

/** Validates answers against the instrument, naming the item at fault (0-based, as in the body). */
export function scoreOrRefuse(instrumentId: string, answers: (number | null)[]): InstrumentScore {
  try {
    return scoreInstrument(instrumentId, answers);
  } catch (error) {
    if (error instanceof Error && 'item' in error) {
      const item = (error as { item: number | null }).item;
      throw ValidationError.field(item === null ? 'answers' : `answers.${item - 1}`, error.message);
    }
    throw error;
  }
}

/** One response as a FHIR R4 Bundle: the QuestionnaireResponse and an Observation per score. */
export async function getResponseFhir(app: AppContext, rc: RequestContext, id: string) {
  const response = await getResponse(app, rc, id);
  // Ids and references as in a client's full export (platform/fhir.ts), so the two agree.
  const { questionnaireResponse, observations } = toFhirResponse(requireInstrument(response.instrumentId), response.answers, response.score, {
    responseId: response.id, subject: urnOf(response.clientId), authored: response.completedAt,
    observationId: (key) => stableUuid(`score:${response.id}:${key}`), responseReference: urnOf(response.id),
  });
  return {
    resourceType: 'Bundle', type: 'collection', timestamp: app.clock.now().toISOString(),
    entry: [questionnaireResponse, ...observations].map((resource) => ({ fullUrl: urnOf(String(resource.id)), resource })),
  };
}

/**
 * For treatment plans, unguarded (callers have checked access): each instrument's scored points
 * for the clients — within a relationship, only what was asked of the relationship.
 */
export async function scorePointsFor(app: AppContext, db: DbOrTx, practiceId: string, clients: { id: string; displayName: string }[], relationshipId: string | null, instrumentIds: string[]) {
  const wanted = new Set(instrumentIds);
  const points = new Map<string, { clientId: string; displayName: string; completedAt: string; total: number | null; severity: string | null }[]>();
  for (const client of clients) {
    const responses = relationshipId ? await repo.listResponsesOfClientForRelationship(db, practiceId, client.id, relationshipId) : await repo.listResponsesOfClient(db, practiceId, client.id);
    for (const r of responses.filter((x) => wanted.has(x.instrument_id))) {
      const score = JSON.parse(app.keyring.decrypt(r.score)) as InstrumentScore;
      points.set(r.instrument_id, [...(points.get(r.instrument_id) ?? []), { clientId: client.id, displayName: client.displayName, completedAt: r.completed_at, total: score.total, severity: score.severity }]);
    }
  }
  return instrumentIds.map((id) => {
    const definition = requireInstrument(id);
    return { instrumentId: id, shortName: definition.shortName, direction: definition.scoring.direction, points: (points.get(id) ?? []).sort((a, b) => a.completedAt.localeCompare(b.completedAt)) };
  });
}

/** How far ahead Today looks for questionnaires: those due within the coming week, and any overdue. */
export const DUE_SOON_DAYS = 7;

/**
 * For Today: what the clinician's clients have been asked to answer and have not yet, due by
 * `day` + DUE_SOON_DAYS (a questionnaire scheduled for next month is not today's business).
 */
export async function measuresDue(app: AppContext, rc: RequestContext, day: string) {
  const actor = requireActor(rc);
  const rows = await repo.listDueForClinician(app.db, actor.practiceId, actor.userId, addDays(day, DUE_SOON_DAYS));
  return rows.map((r) => ({ requestId: r.id, clientId: r.client_id, clientName: displayName(r), instrumentId: r.instrument_id, shortName: requireInstrument(r.instrument_id).shortName, dueOn: r.due_on }));
}

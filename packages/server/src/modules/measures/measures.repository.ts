import { sql, type Selectable } from 'kysely';
import type { MeasureAssignmentTable, MeasureRequestTable, MeasureResponseTable, SafetyAlertTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type AssignmentRow = Selectable<MeasureAssignmentTable>;
export type RequestRow = Selectable<MeasureRequestTable>;
export type ResponseRow = Selectable<MeasureResponseTable>;
export type SafetyAlertRow = Selectable<SafetyAlertTable>;

export async function insertAssignment(db: DbOrTx, row: AssignmentRow | readonly AssignmentRow[]): Promise<void> {
  await db.insertInto('measure_assignments').values(row).execute();
}

export function findAssignment(db: DbOrTx, practiceId: string, id: string): Promise<AssignmentRow | undefined> {
  return db.selectFrom('measure_assignments').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export function listAssignmentsOfClient(db: DbOrTx, practiceId: string, clientId: string): Promise<AssignmentRow[]> {
  return db.selectFrom('measure_assignments').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).orderBy('created_at', 'desc').execute();
}

export function listActiveAssignments(db: DbOrTx, filter: { clientId?: string }): Promise<AssignmentRow[]> {
  let q = db.selectFrom('measure_assignments').selectAll().where('status', '=', 'active');
  if (filter.clientId) q = q.where('client_id', '=', filter.clientId);
  return q.execute();
}

export async function setAssignmentStatus(db: DbOrTx, id: string, status: string, at: string | null): Promise<void> {
  await db.updateTable('measure_assignments').set({ status, ...(status === 'cancelled' ? { cancelled_at: at } : {}) }).where('id', '=', id).execute();
}

/** Inserts a request unless the assignment already has one for that day; true when inserted. */
export async function insertRequestIfNew(db: DbOrTx, row: RequestRow): Promise<boolean> {
  const result = await db.insertInto('measure_requests').values(row).onConflict((oc) => oc.columns(['assignment_id', 'due_on']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Many requests at once (the bench): those whose assignment already has one due that day are skipped; returns the ids inserted. */
export async function insertRequests(db: DbOrTx, rows: readonly RequestRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('measure_requests').values(rows).onConflict((oc) => oc.columns(['assignment_id', 'due_on']).doNothing()).returning('id').execute();
  return inserted.map((r) => r.id);
}

/** Earlier open requests of an assignment, overtaken by a newer one, become missed. */
export async function markEarlierMissed(db: DbOrTx, assignmentId: string, beforeDay: string): Promise<void> {
  await db.updateTable('measure_requests').set({ status: 'missed' }).where('assignment_id', '=', assignmentId).where('status', '=', 'due').where('due_on', '<', beforeDay).execute();
}

export async function cancelOpenRequests(db: DbOrTx, assignmentId: string): Promise<void> {
  await db.updateTable('measure_requests').set({ status: 'cancelled' }).where('assignment_id', '=', assignmentId).where('status', '=', 'due').execute();
}

export function listOpenRequestsOfClient(db: DbOrTx, practiceId: string, clientId: string): Promise<RequestRow[]> {
  return db.selectFrom('measure_requests').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).where('status', '=', 'due').orderBy('due_on').execute();
}

export function findRequest(db: DbOrTx, practiceId: string, clientId: string, id: string): Promise<RequestRow | undefined> {
  return db.selectFrom('measure_requests').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).where('id', '=', id).executeTakeFirst();
}

export async function saveRequestDraft(db: DbOrTx, id: string, draft: string): Promise<void> {
  await db.updateTable('measure_requests').set({ draft }).where('id', '=', id).where('status', '=', 'due').execute();
}

/** Completes a due request once; false when it was not due (already done, cancelled or missed). */
export async function completeRequest(db: DbOrTx, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('measure_requests').set({ status: 'completed', completed_at: at, draft: null }).where('id', '=', id).where('status', '=', 'due').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markReminded(db: DbOrTx, id: string, at: string): Promise<void> {
  await db.updateTable('measure_requests').set({ reminded_at: at }).where('id', '=', id).execute();
}

export async function insertResponse(db: DbOrTx, row: ResponseRow | readonly ResponseRow[]): Promise<void> {
  await db.insertInto('measure_responses').values(row).execute();
}

export function listResponsesOfClient(db: DbOrTx, practiceId: string, clientId: string): Promise<ResponseRow[]> {
  return db.selectFrom('measure_responses').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).orderBy('completed_at').orderBy('id').execute();
}

export function findResponse(db: DbOrTx, practiceId: string, id: string): Promise<ResponseRow | undefined> {
  return db.selectFrom('measure_responses').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export async function insertSafetyAlert(db: DbOrTx, row: SafetyAlertRow): Promise<void> {
  await db.insertInto('safety_alerts').values(row).execute();
}

export function findSafetyAlert(db: DbOrTx, practiceId: string, id: string): Promise<SafetyAlertRow | undefined> {
  return db.selectFrom('safety_alerts').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export async function acknowledgeSafetyAlert(db: DbOrTx, id: string, changes: Pick<SafetyAlertRow, 'action_taken' | 'acknowledged_by' | 'acknowledged_at'>): Promise<boolean> {
  const result = await db.updateTable('safety_alerts').set({ ...changes, status: 'acknowledged' }).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open alerts for the clients on a clinician's care team. */
export function listOpenAlertsForClinician(db: DbOrTx, practiceId: string, userId: string) {
  return db
    .selectFrom('safety_alerts')
    .innerJoin('clients', 'clients.id', 'safety_alerts.client_id')
    .selectAll('safety_alerts')
    .select(['clients.first_name', 'clients.last_name', 'clients.preferred_name'])
    .where('safety_alerts.practice_id', '=', practiceId)
    .where('safety_alerts.status', '=', 'open')
    .where((eb) => eb.exists(eb.selectFrom('care_team').select('care_team.user_id').whereRef('care_team.client_id', '=', 'safety_alerts.client_id').where('care_team.user_id', '=', userId)))
    .orderBy('safety_alerts.created_at')
    .execute();
}

export async function upsertWording(db: DbOrTx, row: { practice_id: string; instrument_id: string; wording: string; imported_by: string; imported_at: string }): Promise<void> {
  await db.insertInto('instrument_wordings').values(row).onConflict((oc) => oc.columns(['practice_id', 'instrument_id']).doUpdateSet({ wording: row.wording, imported_by: row.imported_by, imported_at: row.imported_at })).execute();
}

export async function listWordings(db: DbOrTx, practiceId: string): Promise<Map<string, Record<string, string>>> {
  const rows = await db.selectFrom('instrument_wordings').select(['instrument_id', 'wording']).where('practice_id', '=', practiceId).execute();
  return new Map(rows.map((r) => [r.instrument_id, JSON.parse(r.wording) as Record<string, string>]));
}

/** A client's responses to questionnaires assigned through one relationship. */
export function listResponsesOfClientForRelationship(db: DbOrTx, practiceId: string, clientId: string, relationshipId: string): Promise<ResponseRow[]> {
  return db
    .selectFrom('measure_responses')
    .innerJoin('measure_requests', 'measure_requests.id', 'measure_responses.request_id')
    .innerJoin('measure_assignments', 'measure_assignments.id', 'measure_requests.assignment_id')
    .selectAll('measure_responses')
    .where('measure_responses.practice_id', '=', practiceId)
    .where('measure_responses.client_id', '=', clientId)
    .where('measure_assignments.relationship_id', '=', relationshipId)
    .orderBy('measure_responses.completed_at')
    .orderBy('measure_responses.id')
    .execute();
}

/**
 * Questionnaires the clinician's clients have been asked for and not yet answered. Driven from
 * the clinician's care team (index on user_id), then each client's open requests, so the cost
 * follows the clinician's caseload, not the practice's history of requests.
 */
/** Requests still to be answered by the clinician's clients, due on or before `dueBy`, soonest first. */
export function listDueForClinician(db: DbOrTx, practiceId: string, userId: string, dueBy: string) {
  return db
    .selectFrom('care_team')
    .innerJoin('measure_requests', 'measure_requests.client_id', 'care_team.client_id')
    .innerJoin('clients', 'clients.id', 'measure_requests.client_id')
    .select(['measure_requests.id', 'measure_requests.client_id', 'measure_requests.instrument_id', 'measure_requests.due_on', 'clients.first_name', 'clients.last_name', 'clients.preferred_name'])
    .where('care_team.user_id', '=', userId)
    .where('care_team.practice_id', '=', practiceId)
    .where('measure_requests.practice_id', '=', practiceId)
    // A literal, not a parameter: SQLite's planner then knows how few rows are due and fetches
    // the names only for those (0.94 instead of 1.4 ms for the largest caseloads).
    .where('measure_requests.status', '=', sql.lit('due'))
    .where('measure_requests.due_on', '<=', dueBy)
    .orderBy('measure_requests.due_on')
    .limit(200)
    .execute();
}

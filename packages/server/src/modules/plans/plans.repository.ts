import type { Selectable } from 'kysely';
import type { InterventionTable, ObjectiveProgressTable, TreatmentPlanTable, TreatmentPlanVersionTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type PlanRow = Selectable<TreatmentPlanTable>;
export type PlanVersionRow = Selectable<TreatmentPlanVersionTable>;
export type ProgressRow = Selectable<ObjectiveProgressTable>;
export type InterventionRow = Selectable<InterventionTable>;

export async function insertPlan(db: DbOrTx, plan: PlanRow, version: PlanVersionRow): Promise<void> {
  await db.insertInto('treatment_plans').values(plan).execute();
  await db.insertInto('treatment_plan_versions').values(version).execute();
}

export function findPlan(db: DbOrTx, practiceId: string, id: string): Promise<PlanRow | undefined> {
  return db.selectFrom('treatment_plans').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export function listPlans(db: DbOrTx, practiceId: string, filter: { clientId?: string; relationshipId?: string }): Promise<PlanRow[]> {
  let q = db.selectFrom('treatment_plans').selectAll().where('practice_id', '=', practiceId);
  if (filter.clientId) q = q.where('client_id', '=', filter.clientId);
  if (filter.relationshipId) q = q.where('relationship_id', '=', filter.relationshipId);
  return q.orderBy('created_at', 'desc').execute();
}

export function listVersions(db: DbOrTx, planId: string): Promise<PlanVersionRow[]> {
  return db.selectFrom('treatment_plan_versions').selectAll().where('plan_id', '=', planId).orderBy('version').execute();
}

export function findVersion(db: DbOrTx, planId: string, version: number): Promise<PlanVersionRow | undefined> {
  return db.selectFrom('treatment_plan_versions').selectAll().where('plan_id', '=', planId).where('version', '=', version).executeTakeFirst();
}

/** Moves the plan to a new version only from the version the reviewer read; false when someone reviewed first. */
export async function addVersion(db: DbOrTx, version: PlanVersionRow, basedOn: number): Promise<boolean> {
  const result = await db.updateTable('treatment_plans')
    .set({ current_version: version.version, sessions_planned: version.sessions_planned, review_on: version.review_on, plissit: version.plissit, updated_at: version.created_at })
    .where('id', '=', version.plan_id).where('current_version', '=', basedOn).where('status', '=', 'active').executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await db.insertInto('treatment_plan_versions').values(version).execute();
  return true;
}

export async function closePlan(db: DbOrTx, id: string, at: string): Promise<void> {
  await db.updateTable('treatment_plans').set({ status: 'closed', updated_at: at }).where('id', '=', id).execute();
}

export async function insertProgress(db: DbOrTx, row: ProgressRow): Promise<void> {
  await db.insertInto('objective_progress').values(row).execute();
}

export function listProgress(db: DbOrTx, planId: string): Promise<ProgressRow[]> {
  return db.selectFrom('objective_progress').selectAll().where('plan_id', '=', planId).orderBy('recorded_at').execute();
}

export function listInterventions(db: DbOrTx, practiceId: string): Promise<InterventionRow[]> {
  return db.selectFrom('interventions').selectAll().where('practice_id', '=', practiceId).orderBy('name').execute();
}

export function findIntervention(db: DbOrTx, practiceId: string, id: string): Promise<InterventionRow | undefined> {
  return db.selectFrom('interventions').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export async function upsertIntervention(db: DbOrTx, row: InterventionRow): Promise<void> {
  await db.insertInto('interventions').values(row)
    .onConflict((oc) => oc.columns(['practice_id', 'id']).doUpdateSet({
      name: row.name, summary: row.summary, client_title: row.client_title, client_instructions: row.client_instructions,
      suggested_frequency: row.suggested_frequency, archived: row.archived, updated_by: row.updated_by, updated_at: row.updated_at,
    }))
    .execute();
}

/** Active plans whose review date has come, for clients on the clinician's care team or relationships they see. */
export function listDueForReview(db: DbOrTx, practiceId: string, userId: string, today: string) {
  return db.selectFrom('treatment_plans').select(['id', 'client_id', 'relationship_id', 'review_on'])
    .where('practice_id', '=', practiceId).where('status', '=', 'active').where('review_on', '<=', today)
    .where((eb) => eb.or([
      eb.exists(eb.selectFrom('care_team').select('care_team.user_id').whereRef('care_team.client_id', '=', 'treatment_plans.client_id').where('care_team.user_id', '=', userId)),
      eb.exists(eb.selectFrom('relationship_clinicians').select('relationship_clinicians.user_id').whereRef('relationship_clinicians.relationship_id', '=', 'treatment_plans.relationship_id').where('relationship_clinicians.user_id', '=', userId)),
    ]))
    .orderBy('review_on').execute();
}

import type { Selectable } from 'kysely';
import type { ReferralTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type ReferralRow = Selectable<ReferralTable>;

export async function insertReferral(db: DbOrTx, row: ReferralRow | readonly ReferralRow[]): Promise<void> {
  await db.insertInto('referrals').values(row).execute();
}

export function findReferral(db: DbOrTx, practiceId: string, id: string): Promise<ReferralRow | undefined> {
  return db.selectFrom('referrals').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export function listReferralsOfClient(db: DbOrTx, practiceId: string, clientId: string): Promise<ReferralRow[]> {
  return db.selectFrom('referrals').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

/** Updates a referral only if it is still in `fromStatus`; false when someone moved it first. */
export async function updateReferral(db: DbOrTx, practiceId: string, id: string, fromStatus: string, changes: Partial<ReferralRow>): Promise<boolean> {
  const result = await db.updateTable('referrals').set(changes).where('practice_id', '=', practiceId).where('id', '=', id).where('status', '=', fromStatus).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sent or acknowledged referrals past their due day without an outcome, for one clinician's clients. */
export function listOverdueForClinician(db: DbOrTx, practiceId: string, userId: string, today: string) {
  return db
    .selectFrom('referrals')
    .innerJoin('clients', 'clients.id', 'referrals.client_id')
    .select(['referrals.id', 'referrals.client_id', 'referrals.specialty', 'referrals.urgency', 'referrals.due_on', 'referrals.status', 'clients.first_name', 'clients.last_name', 'clients.preferred_name'])
    .where('referrals.practice_id', '=', practiceId)
    .where('referrals.status', 'in', ['sent', 'acknowledged'])
    .where('referrals.due_on', '<', today)
    .where((eb) => eb.exists(eb.selectFrom('care_team').select('care_team.user_id').whereRef('care_team.client_id', '=', 'referrals.client_id').where('care_team.user_id', '=', userId)))
    .orderBy('referrals.due_on')
    .limit(100)
    .execute();
}

/** Whether a client has a medical referral still waiting for its outcome. */
export async function hasPendingMedicalReferral(db: DbOrTx, practiceId: string, clientId: string, nonMedical: string[]): Promise<boolean> {
  const row = await db
    .selectFrom('referrals')
    .select('id')
    .where('practice_id', '=', practiceId)
    .where('client_id', '=', clientId)
    .where('status', 'in', ['drafted', 'sent', 'acknowledged'])
    .where('specialty', 'not in', nonMedical)
    .executeTakeFirst();
  return row !== undefined;
}

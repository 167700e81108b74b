import type { Insertable, Selectable } from 'kysely';
import type { PracticeTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type PracticeRow = Selectable<PracticeTable>;

export function findPractice(db: DbOrTx, practiceId: string): Promise<PracticeRow | undefined> {
  return db.selectFrom('practices').selectAll().where('id', '=', practiceId).executeTakeFirst();
}

export async function insertPractice(db: DbOrTx, row: Insertable<PracticeTable> | readonly Insertable<PracticeTable>[]): Promise<void> {
  await db.insertInto('practices').values(row).execute();
}

export async function updatePractice(db: DbOrTx, practiceId: string, changes: Partial<Omit<PracticeRow, 'id'>>): Promise<void> {
  // An empty PATCH changes nothing (and an UPDATE without a SET is not SQL).
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('practices').set(changes).where('id', '=', practiceId).execute();
}

export function listPracticeUsers(db: DbOrTx, practiceId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'roles', 'status', 'totp_enabled'])
    .where('practice_id', '=', practiceId)
    .where('client_id', 'is', null)
    .orderBy('display_name')
    .execute();
}

export function findUserContact(db: DbOrTx, userId: string) {
  return db.selectFrom('users').select(['email', 'display_name', 'status', 'client_id']).where('id', '=', userId).executeTakeFirst();
}

export function findUsersInPractice(db: DbOrTx, practiceId: string, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'roles', 'display_name']).where('practice_id', '=', practiceId).where('id', 'in', userIds).execute();
}

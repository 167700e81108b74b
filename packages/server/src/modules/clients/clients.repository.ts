import type { Selectable } from 'kysely';
import type { CareTeamTable, ClientTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type ClientRow = Selectable<ClientTable>;

/** One client, or many at once (the bench dataset generator). */
export async function insertClient(db: DbOrTx, row: ClientRow | readonly ClientRow[]): Promise<void> {
  await db.insertInto('clients').values(row).execute();
}

/** Care-team rows as given, across clients (the bench dataset generator). */
export async function insertCareTeam(db: DbOrTx, rows: readonly Selectable<CareTeamTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('care_team').values(rows).execute();
}

/** Adds each user to each client's care team, skipping pairs already there. */
export async function addCareTeamMembersIfMissing(db: DbOrTx, practiceId: string, clientIds: string[], userIds: string[], at: string): Promise<void> {
  const values = clientIds.flatMap((clientId) => userIds.map((userId) => ({ practice_id: practiceId, client_id: clientId, user_id: userId, created_at: at })));
  if (values.length === 0) return;
  await db.insertInto('care_team').values(values).onConflict((oc) => oc.columns(['client_id', 'user_id']).doNothing()).execute();
}

export async function replaceCareTeam(db: DbOrTx, practiceId: string, clientId: string, userIds: string[], at: string): Promise<void> {
  await db.deleteFrom('care_team').where('practice_id', '=', practiceId).where('client_id', '=', clientId).execute();
  await addCareTeamMembersIfMissing(db, practiceId, [clientId], userIds, at);
}

export async function updateClient(db: DbOrTx, practiceId: string, clientId: string, changes: Partial<ClientRow>): Promise<void> {
  await db.updateTable('clients').set(changes).where('practice_id', '=', practiceId).where('id', '=', clientId).execute();
}


export function findClient(db: DbOrTx, practiceId: string, clientId: string): Promise<ClientRow | undefined> {
  return db.selectFrom('clients').selectAll().where('practice_id', '=', practiceId).where('id', '=', clientId).executeTakeFirst();
}

export async function isOnCareTeam(db: DbOrTx, practiceId: string, clientId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('care_team')
    .select('user_id')
    .where('practice_id', '=', practiceId)
    .where('client_id', '=', clientId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export function listCareTeam(db: DbOrTx, practiceId: string, clientId: string) {
  return db
    .selectFrom('care_team')
    .innerJoin('users', 'users.id', 'care_team.user_id')
    .select(['users.id', 'users.display_name', 'users.email'])
    .where('care_team.practice_id', '=', practiceId)
    .where('care_team.client_id', '=', clientId)
    .orderBy('users.display_name')
    .execute();
}

export interface ClientListFilter {
  practiceId: string;
  /** When set, only clients on this user's care team. */
  careTeamUserId: string | null;
  query: string | null;
  limit: number;
}

export function listClients(db: DbOrTx, filter: ClientListFilter) {
  let q = db
    .selectFrom('clients')
    .select(['clients.id', 'clients.first_name', 'clients.last_name', 'clients.preferred_name', 'clients.status'])
    .where('clients.practice_id', '=', filter.practiceId);
  if (filter.careTeamUserId !== null) {
    const userId = filter.careTeamUserId;
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('care_team').select('care_team.user_id').whereRef('care_team.client_id', '=', 'clients.id').where('care_team.user_id', '=', userId),
      ),
    );
  }
  if (filter.query) {
    const pattern = `%${filter.query.toLowerCase().replace(/[\\%_]/g, '')}%`; // wildcards dropped: LIKE escaping differs by database
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['clients.first_name']), 'like', eb.val(pattern)),
        eb(eb.fn('lower', ['clients.last_name']), 'like', eb.val(pattern)),
        eb(eb.fn('lower', ['clients.preferred_name']), 'like', eb.val(pattern)),
      ]),
    );
  }
  return q.orderBy('clients.last_name').orderBy('clients.first_name').orderBy('clients.id').limit(filter.limit).execute();
}

/** Every client of the practice, or of one user's care team, with the fields that identify a person (the CSV import matches rows to them). */
export function listClientIdentities(db: DbOrTx, practiceId: string, careTeamUserId: string | null) {
  let q = db.selectFrom('clients').select(['clients.id', 'clients.first_name', 'clients.last_name', 'clients.preferred_name', 'clients.email', 'clients.date_of_birth'])
    .where('clients.practice_id', '=', practiceId);
  if (careTeamUserId !== null) {
    q = q.where((eb) => eb.exists(eb.selectFrom('care_team').select('care_team.user_id').whereRef('care_team.client_id', '=', 'clients.id').where('care_team.user_id', '=', careTeamUserId)));
  }
  return q.orderBy('clients.id').execute();
}

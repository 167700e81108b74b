import type { Selectable } from 'kysely';
import type { RelationshipTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type RelationshipRow = Selectable<RelationshipTable>;

export async function insertRelationship(db: DbOrTx, row: RelationshipRow, memberIds: string[], clinicianIds: string[]): Promise<void> {
  await db.insertInto('relationships').values(row).execute();
  await db.insertInto('relationship_members').values(memberIds.map((clientId) => ({ practice_id: row.practice_id, relationship_id: row.id, client_id: clientId, joined_at: row.created_at }))).execute();
  await db.insertInto('relationship_clinicians').values(clinicianIds.map((userId) => ({ practice_id: row.practice_id, relationship_id: row.id, user_id: userId }))).execute();
}

/** Many relationships with their members and clinicians at once (the bench dataset generator). */
export async function insertRelationships(db: DbOrTx, items: readonly { row: RelationshipRow; memberIds: readonly string[]; clinicianIds: readonly string[] }[]): Promise<void> {
  if (items.length === 0) return;
  await db.insertInto('relationships').values(items.map((i) => i.row)).execute();
  await db.insertInto('relationship_members').values(items.flatMap((i) => i.memberIds.map((clientId) => ({ practice_id: i.row.practice_id, relationship_id: i.row.id, client_id: clientId, joined_at: i.row.created_at })))).execute();
  await db.insertInto('relationship_clinicians').values(items.flatMap((i) => i.clinicianIds.map((userId) => ({ practice_id: i.row.practice_id, relationship_id: i.row.id, user_id: userId })))).execute();
}

export function findRelationship(db: DbOrTx, practiceId: string, id: string): Promise<RelationshipRow | undefined> {
  return db.selectFrom('relationships').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

export async function updateRelationship(db: DbOrTx, practiceId: string, id: string, changes: Partial<RelationshipRow>): Promise<void> {
  await db.updateTable('relationships').set(changes).where('practice_id', '=', practiceId).where('id', '=', id).execute();
}

export async function addMember(db: DbOrTx, practiceId: string, relationshipId: string, clientId: string, at: string): Promise<void> {
  await db.insertInto('relationship_members').values({ practice_id: practiceId, relationship_id: relationshipId, client_id: clientId, joined_at: at }).execute();
}

export function listMembers(db: DbOrTx, practiceId: string, relationshipIds: string[]) {
  if (relationshipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('relationship_members')
    .innerJoin('clients', 'clients.id', 'relationship_members.client_id')
    .select(['relationship_members.relationship_id', 'clients.id', 'clients.first_name', 'clients.last_name', 'clients.preferred_name', 'clients.email', 'clients.date_of_birth'])
    .where('relationship_members.practice_id', '=', practiceId)
    .where('relationship_members.relationship_id', 'in', relationshipIds)
    .orderBy('relationship_members.joined_at')
    .orderBy('clients.last_name')
    .orderBy('clients.first_name')
    .execute();
}

export function listClinicians(db: DbOrTx, practiceId: string, relationshipIds: string[]) {
  if (relationshipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('relationship_clinicians')
    .innerJoin('users', 'users.id', 'relationship_clinicians.user_id')
    .select(['relationship_clinicians.relationship_id', 'users.id', 'users.display_name'])
    .where('relationship_clinicians.practice_id', '=', practiceId)
    .where('relationship_clinicians.relationship_id', 'in', relationshipIds)
    .orderBy('users.display_name')
    .execute();
}

export async function isRelationshipClinician(db: DbOrTx, practiceId: string, relationshipId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('relationship_clinicians')
    .select('user_id')
    .where('practice_id', '=', practiceId)
    .where('relationship_id', '=', relationshipId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Relationships of the practice, or only those a clinician works with. */
export function listRelationships(db: DbOrTx, practiceId: string, clinicianId: string | null) {
  let q = db.selectFrom('relationships').selectAll('relationships').where('relationships.practice_id', '=', practiceId);
  if (clinicianId !== null) {
    q = q.where((eb) => eb.exists(eb.selectFrom('relationship_clinicians').select('user_id').whereRef('relationship_clinicians.relationship_id', '=', 'relationships.id').where('relationship_clinicians.user_id', '=', clinicianId)));
  }
  return q.orderBy('relationships.name').orderBy('relationships.id').limit(500).execute();
}

export function listRelationshipsOfClient(db: DbOrTx, practiceId: string, clientId: string) {
  return db
    .selectFrom('relationship_members')
    .innerJoin('relationships', 'relationships.id', 'relationship_members.relationship_id')
    .select(['relationships.id', 'relationships.name', 'relationships.confidentiality_policy'])
    .where('relationship_members.practice_id', '=', practiceId)
    .where('relationship_members.client_id', '=', clientId)
    .orderBy('relationships.name')
    .execute();
}

import type { Selectable } from 'kysely';
import type { ScreeningSuggestionTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type SuggestionRow = Selectable<ScreeningSuggestionTable>;

/** Inserts a suggestion unless this intake already has one for the rule; true when inserted. */
export async function insertSuggestion(db: DbOrTx, row: SuggestionRow): Promise<boolean> {
  const result = await db.insertInto('screening_suggestions').values(row).onConflict((oc) => oc.columns(['intake_id', 'rule_id']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function listSuggestions(db: DbOrTx, practiceId: string, clientId: string): Promise<SuggestionRow[]> {
  return db.selectFrom('screening_suggestions').selectAll().where('practice_id', '=', practiceId).where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id').execute();
}

/** Rule ids with a suggestion still open or already accepted for this client (not to be suggested again). */
export async function activeRuleIds(db: DbOrTx, practiceId: string, clientId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('screening_suggestions')
    .select('rule_id')
    .where('practice_id', '=', practiceId)
    .where('client_id', '=', clientId)
    .where('status', 'in', ['open', 'accepted'])
    .execute();
  return new Set(rows.map((r) => r.rule_id));
}

export function findSuggestion(db: DbOrTx, practiceId: string, id: string): Promise<SuggestionRow | undefined> {
  return db.selectFrom('screening_suggestions').selectAll().where('practice_id', '=', practiceId).where('id', '=', id).executeTakeFirst();
}

/** Records the clinician's decision on an open suggestion; false if it was already decided. */
export async function decideSuggestion(db: DbOrTx, id: string, changes: Pick<SuggestionRow, 'status' | 'decision_reason' | 'decided_by' | 'decided_at' | 'referral_id'>): Promise<boolean> {
  const result = await db.updateTable('screening_suggestions').set(changes).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listAliases(db: DbOrTx, practiceId: string): Promise<Record<string, string>> {
  const rows = await db.selectFrom('medicine_aliases').select(['name', 'class_id']).where('practice_id', '=', practiceId).execute();
  return Object.fromEntries(rows.map((r) => [r.name, r.class_id]));
}

export async function upsertAlias(db: DbOrTx, row: { practice_id: string; name: string; class_id: string; created_by: string; created_at: string }): Promise<void> {
  await db.insertInto('medicine_aliases').values(row).onConflict((oc) => oc.columns(['practice_id', 'name']).doUpdateSet({ class_id: row.class_id, created_by: row.created_by, created_at: row.created_at })).execute();
}

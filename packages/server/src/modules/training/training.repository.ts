import { sql, type Selectable } from 'kysely';
import type { TrainingProgrammeTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';
import { likeEscape } from '../../platform/sql.js';

export type ProgrammeRow = Selectable<TrainingProgrammeTable>;

export async function insertProgramme(db: DbOrTx, row: ProgrammeRow): Promise<void> {
  await db.insertInto('training_programmes').values(row).execute();
}

export function findProgramme(db: DbOrTx, id: string): Promise<ProgrammeRow | undefined> {
  return db.selectFrom('training_programmes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateProgramme(db: DbOrTx, id: string, row: ProgrammeRow): Promise<void> {
  await db.updateTable('training_programmes').set(row).where('id', '=', id).execute();
}

/** False when there was no such programme. */
export async function deleteProgramme(db: DbOrTx, id: string): Promise<boolean> {
  const result = await db.deleteFrom('training_programmes').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function listProgrammes(db: DbOrTx): Promise<ProgrammeRow[]> {
  return db.selectFrom('training_programmes').selectAll().orderBy('name').execute();
}

export interface ProgrammeFilters { words: string[]; kind?: string; format?: string; countsToward?: string; state?: string }

export function searchProgrammes(db: DbOrTx, f: ProgrammeFilters): Promise<ProgrammeRow[]> {
  let q = db.selectFrom('training_programmes').selectAll();
  for (const word of f.words) q = q.where(sql<boolean>`search_text like ${`%${likeEscape(word)}%`} escape '\\'`);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.format) q = q.where('format', '=', f.format);
  if (f.countsToward) q = q.where('counts_toward', 'like', `%"${likeEscape(f.countsToward)}"%`);
  if (f.state) q = q.where('state', '=', f.state);
  return q.execute();
}

import type { Insertable, Selectable } from 'kysely';
import type { DirectoryInquiryTable, DirectoryProfileTable } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';

export type ProfileRow = Selectable<DirectoryProfileTable>;
export type InquiryRow = Selectable<DirectoryInquiryTable>;
export type ListedRow = Omit<ProfileRow, 'photo'> & { practice_name: string };

export function findProfile(db: DbOrTx, userId: string): Promise<ProfileRow | undefined> {
  return db.selectFrom('directory_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function slugTaken(db: DbOrTx, slug: string): Promise<boolean> {
  return (await db.selectFrom('directory_profiles').select('user_id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

export async function upsertProfile(db: DbOrTx, row: Insertable<DirectoryProfileTable>): Promise<void> {
  const { user_id: _u, slug: _s, created_at: _c, photo: _p, photo_type: _t, ...changes } = row;
  await db.insertInto('directory_profiles').values(row).onConflict((oc) => oc.column('user_id').doUpdateSet(changes)).execute();
}

/** Many new profiles at once (the bench dataset generator). */
export async function insertProfiles(db: DbOrTx, rows: readonly Insertable<DirectoryProfileTable>[]): Promise<void> {
  if (rows.length) await db.insertInto('directory_profiles').values(rows).execute();
}

export async function setPhoto(db: DbOrTx, userId: string, photo: string | null, type: string | null, at: string): Promise<void> {
  await db.updateTable('directory_profiles').set({ photo, photo_type: type, updated_at: at }).where('user_id', '=', userId).execute();
}

/**
 * Public profiles: listed by the clinician, in a practice that opted in, of an active clinician
 * holding a verified licence that has not expired — so nothing unverified or unlisted can be
 * reached from the public pages. Searching filters these in memory (directory.index.ts); a slug
 * asks for one.
 */
export function listPublic(db: DbOrTx, day: string, f: { slug?: string }): Promise<ListedRow[]> {
  let q = db.selectFrom('directory_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .innerJoin('practices as pr', 'pr.id', 'p.practice_id')
    .select([
      'p.user_id', 'p.practice_id', 'p.slug', 'p.listed', 'p.display_name', 'p.pronouns', 'p.bio', 'p.photo_type', 'p.specialties', 'p.populations', 'p.approaches', 'p.languages',
      'p.insurance', 'p.fee_min', 'p.fee_max', 'p.sliding_scale', 'p.in_person', 'p.street', 'p.city', 'p.state', 'p.zip', 'p.address_precision', 'p.latitude', 'p.longitude',
      'p.telehealth', 'p.telehealth_states', 'p.accepting', 'p.search_text', 'p.created_at', 'p.updated_at', 'pr.name as practice_name',
    ])
    .where('p.listed', '=', 1).where('pr.directory_listed', '=', 1).where('u.status', '=', 'active').whereRef('u.practice_id', '=', 'p.practice_id')
    .where((eb) => eb.or([eb('u.roles', 'like', '%"clinician"%'), eb('u.roles', 'like', '%"supervisor"%')]))
    .where((eb) => eb.exists(eb.selectFrom('credentials as c').select('c.id')
      .whereRef('c.user_id', '=', 'p.user_id').whereRef('c.practice_id', '=', 'p.practice_id').where('c.kind', '=', 'licence').where('c.archived_at', 'is', null)
      .where('c.verified_at', 'is not', null).where((e) => e.or([e('c.expires_on', 'is', null), e('c.expires_on', '>=', day)]))));
  if (f.slug) q = q.where('p.slug', '=', f.slug);
  return q.execute();
}

export function findPhoto(db: DbOrTx, userId: string): Promise<{ photo: string | null; photo_type: string | null } | undefined> {
  return db.selectFrom('directory_profiles').select(['photo', 'photo_type']).where('user_id', '=', userId).executeTakeFirst();
}

export async function insertInquiry(db: DbOrTx, row: InquiryRow): Promise<void> {
  await db.insertInto('directory_inquiries').values(row).execute();
}

export function listInquiries(db: DbOrTx, practiceId: string, clinicianId: string): Promise<InquiryRow[]> {
  return db.selectFrom('directory_inquiries').selectAll().where('practice_id', '=', practiceId).where('clinician_id', '=', clinicianId).orderBy('created_at', 'desc').execute();
}

export async function markInquiryRead(db: DbOrTx, practiceId: string, clinicianId: string, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('directory_inquiries').set({ read_at: at }).where('practice_id', '=', practiceId).where('clinician_id', '=', clinicianId)
    .where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setPracticeListed(db: DbOrTx, practiceId: string, listed: boolean): Promise<void> {
  await db.updateTable('practices').set({ directory_listed: listed ? 1 : 0 }).where('id', '=', practiceId).execute();
}

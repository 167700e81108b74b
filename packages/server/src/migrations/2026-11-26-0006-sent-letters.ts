import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Encrypted JSON: the letter exactly as it was sent, so it stays readable after its release lapses.
  await db.schema.alterTable('referrals').addColumn('sent_letter', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('referrals').dropColumn('sent_letter').execute();
}

import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Set in the same transaction that queues the reminder emails: a reminder goes once, even across restarts.
  await db.schema.alterTable('appointments').addColumn('reminded_at', 'text').execute();
  await db.schema.createIndex('appointments_reminder_idx').on('appointments').columns(['status', 'reminded_at', 'starts_at']).execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_feeds').execute();
  await db.schema.dropIndex('appointments_reminder_idx').execute();
  await db.schema.alterTable('appointments').dropColumn('reminded_at').execute();
}

import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('screening_suggestions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('intake_id', 'text', (c) => c.notNull().references('intakes.id'))
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('specialty', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    // Encrypted JSON: { reason, evidence, source } — the evidence quotes the client.
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('referral_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('screening_suggestions_intake_rule_uq', ['intake_id', 'rule_id'])
    .execute();
  await db.schema.createIndex('screening_suggestions_client_idx').on('screening_suggestions').columns(['client_id', 'status']).execute();

  await db.schema
    .createTable('medicine_aliases')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('class_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('medicine_aliases_pk', ['practice_id', 'name'])
    .execute();

  await db.schema
    .createTable('releases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('recipient_organization', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    // JSON array of what may be shared (identification, referral-reason, concerns, medications, …).
    .addColumn('allowed', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('typed_name', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('ip', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('releases_client_idx').on('releases').columns(['client_id']).execute();

  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('suggestion_id', 'text')
    .addColumn('specialty', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text')
    .addColumn('recipient_organization', 'text')
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('release_id', 'text', (c) => c.references('releases.id'))
    .addColumn('notes', 'text')
    .addColumn('outcome', 'text')
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('seen_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('declined_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('referrals_client_idx').on('referrals').columns(['client_id']).execute();
  await db.schema.createIndex('referrals_due_idx').on('referrals').columns(['practice_id', 'status', 'due_on']).execute();

  await db.schema
    .createTable('diagnoses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('diagnosis_id', 'text', (c) => c.notNull())
    .addColumn('icd10_code', 'text', (c) => c.notNull())
    .addColumn('specifiers', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('diagnosed_on', 'text', (c) => c.notNull())
    // Encrypted JSON: the findings and the evaluation they produced.
    .addColumn('evaluation', 'text', (c) => c.notNull())
    .addColumn('criteria_met', 'integer', (c) => c.notNull())
    .addColumn('override_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('diagnoses_client_idx').on('diagnoses').columns(['client_id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['diagnoses', 'referrals', 'releases', 'medicine_aliases', 'screening_suggestions']) {
    await db.schema.dropTable(table).execute();
  }
}

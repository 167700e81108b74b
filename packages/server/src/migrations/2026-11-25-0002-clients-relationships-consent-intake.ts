import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Identity (pronouns, gender identity, sex assigned at birth, orientation, relationship
  // status/structure) and contact details are stored as encrypted JSON: they can out a person.
  await db.schema.alterTable('clients').addColumn('identity', 'text').execute();
  await db.schema.alterTable('clients').addColumn('contact', 'text').execute();
  await db.schema.createIndex('users_client_idx').on('users').columns(['client_id']).execute();

  await db.schema
    .createTable('relationships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('confidentiality_policy', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('relationships_practice_idx').on('relationships').columns(['practice_id']).execute();

  await db.schema
    .createTable('relationship_members')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('relationship_id', 'text', (c) => c.notNull().references('relationships.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('relationship_members_pk', ['relationship_id', 'client_id'])
    .execute();
  await db.schema.createIndex('relationship_members_client_idx').on('relationship_members').columns(['client_id']).execute();

  await db.schema
    .createTable('relationship_clinicians')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('relationship_id', 'text', (c) => c.notNull().references('relationships.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('relationship_clinicians_pk', ['relationship_id', 'user_id'])
    .execute();
  await db.schema.createIndex('relationship_clinicians_user_idx').on('relationship_clinicians').columns(['user_id']).execute();

  await db.schema
    .createTable('consent_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('applies_to', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('consent_documents_kind_uq', ['practice_id', 'kind'])
    .execute();

  await db.schema
    .createTable('consent_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('consent_documents.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('consent_versions_document_version_uq', ['document_id', 'version'])
    .execute();

  await db.schema
    .createTable('consent_signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('consent_versions.id'))
    .addColumn('relationship_id', 'text', (c) => c.references('relationships.id'))
    .addColumn('typed_name', 'text', (c) => c.notNull())
    .addColumn('version_hash', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('consent_signatures_client_version_uq', ['client_id', 'version_id'])
    .execute();

  await db.schema
    .createTable('intakes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('version', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('completed_by', 'text', (c) => c.notNull())
    .addColumn('completed_by_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('progress_completed', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addUniqueConstraint('intakes_client_version_uq', ['client_id', 'version'])
    .execute();
  await db.schema.createIndex('intakes_client_idx').on('intakes').columns(['client_id', 'created_at']).execute();
  // At most one open draft per client (a partial unique index, on both databases).
  await db.schema
    .createIndex('intakes_one_draft_uq')
    .on('intakes')
    .column('client_id')
    .unique()
    .where(sql.ref('status'), '=', sql.lit('draft'))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['intakes', 'consent_signatures', 'consent_versions', 'consent_documents', 'relationship_clinicians', 'relationship_members', 'relationships']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('users_client_idx').execute();
  await db.schema.alterTable('clients').dropColumn('contact').execute();
  await db.schema.alterTable('clients').dropColumn('identity').execute();
}

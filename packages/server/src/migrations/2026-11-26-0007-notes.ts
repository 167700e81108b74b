import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('supervision_links')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('supervisee_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('supervisor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('supervision_links_pk', ['supervisee_id', 'supervisor_id'])
    .execute();
  await db.schema.createIndex('supervision_links_supervisor_idx').on('supervision_links').columns(['supervisor_id']).execute();

  await db.schema
    .createTable('notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id'))
    // The attendee the note is about; null for one note covering a whole joint session.
    .addColumn('client_id', 'text', (c) => c.references('clients.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('template', 'text', (c) => c.notNull())
    // Encrypted JSON: the note's fields.
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('cosigned_by', 'text')
    .addColumn('cosigned_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notes_appointment_idx').on('notes').columns(['appointment_id']).execute();
  await db.schema.createIndex('notes_author_status_idx').on('notes').columns(['author_id', 'status']).execute();

  await db.schema
    .createTable('note_addenda')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('note_id', 'text', (c) => c.notNull().references('notes.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('note_addenda_note_idx').on('note_addenda').columns(['note_id']).execute();

  await db.schema
    .createTable('psychotherapy_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('appointment_id', 'text', (c) => c.references('appointments.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('psychotherapy_notes_author_client_idx').on('psychotherapy_notes').columns(['author_id', 'client_id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['psychotherapy_notes', 'note_addenda', 'notes', 'supervision_links']) await db.schema.dropTable(table).execute();
}

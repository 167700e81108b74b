import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('appointments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('series_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('room', 'text')
    .addColumn('video_link', 'text')
    .addColumn('relationship_id', 'text', (c) => c.references('relationships.id'))
    // UTC instants, plus the IANA zone the appointment was booked in (recurrences keep local time).
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('late_cancellation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cancelled_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('appointments_clinician_time_idx').on('appointments').columns(['clinician_id', 'starts_at']).execute();
  await db.schema.createIndex('appointments_practice_time_idx').on('appointments').columns(['practice_id', 'starts_at']).execute();
  await db.schema.createIndex('appointments_series_idx').on('appointments').columns(['series_id']).execute();

  await db.schema
    .createTable('appointment_attendees')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addPrimaryKeyConstraint('appointment_attendees_pk', ['appointment_id', 'client_id'])
    .execute();
  await db.schema.createIndex('appointment_attendees_client_idx').on('appointment_attendees').columns(['client_id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('appointment_attendees').execute();
  await db.schema.dropTable('appointments').execute();
}

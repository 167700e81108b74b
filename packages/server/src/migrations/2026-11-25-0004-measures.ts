import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('measure_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    // Set when assigned to a relationship: one assignment per partner, answered separately.
    .addColumn('relationship_id', 'text', (c) => c.references('relationships.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('schedule', 'text', (c) => c.notNull())
    .addColumn('interval_weeks', 'integer')
    .addColumn('every_nth_session', 'integer')
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('until', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .execute();
  await db.schema.createIndex('measure_assignments_client_idx').on('measure_assignments').columns(['client_id']).execute();
  await db.schema.createIndex('measure_assignments_status_idx').on('measure_assignments').columns(['status']).execute();

  await db.schema
    .createTable('measure_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('measure_assignments.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // Encrypted JSON: answers saved so far (resume on any device).
    .addColumn('draft', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('measure_requests_assignment_due_uq', ['assignment_id', 'due_on'])
    .execute();
  await db.schema.createIndex('measure_requests_client_idx').on('measure_requests').columns(['client_id', 'status']).execute();

  await db.schema
    .createTable('measure_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('measure_requests.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    // Encrypted JSON: the raw answers in item order.
    .addColumn('answers', 'text', (c) => c.notNull())
    // Encrypted JSON: { total, severity, domains, positive, alerts } as scored.
    .addColumn('score', 'text', (c) => c.notNull())
    .addColumn('completed_by', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('measure_responses_request_uq', ['request_id'])
    .execute();
  await db.schema.createIndex('measure_responses_client_idx').on('measure_responses').columns(['client_id', 'instrument_id', 'completed_at']).execute();

  await db.schema
    .createTable('safety_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('response_id', 'text', (c) => c.notNull().references('measure_responses.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('action_taken', 'text')
    .addColumn('acknowledged_by', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safety_alerts_practice_status_idx').on('safety_alerts').columns(['practice_id', 'status']).execute();

  await db.schema
    .createTable('instrument_wordings')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('wording', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('instrument_wordings_pk', ['practice_id', 'instrument_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['instrument_wordings', 'safety_alerts', 'measure_responses', 'measure_requests', 'measure_assignments']) {
    await db.schema.dropTable(table).execute();
  }
}

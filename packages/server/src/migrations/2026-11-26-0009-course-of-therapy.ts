import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// Treatment plans, the intervention library's practice edits, homework, the practice's own note
// templates, clinician working hours and time off, and billing (fees, charges, payments).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('note_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    // JSON: [[fieldId, label], ...]
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('note_templates_practice_idx').on('note_templates').columns(['practice_id']).execute();

  // A practice's edits to library interventions (id = the library key) and its own (id = a new id).
  await db.schema
    .createTable('interventions')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('client_title', 'text', (c) => c.notNull())
    .addColumn('client_instructions', 'text', (c) => c.notNull())
    .addColumn('suggested_frequency', 'text')
    .addColumn('homework', 'integer', (c) => c.notNull())
    .addColumn('for_partners', 'integer', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('interventions_pk', ['practice_id', 'id'])
    .execute();

  await db.schema
    .createTable('treatment_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    // Exactly one of client_id / relationship_id.
    .addColumn('client_id', 'text', (c) => c.references('clients.id'))
    .addColumn('relationship_id', 'text', (c) => c.references('relationships.id'))
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('sessions_planned', 'integer', (c) => c.notNull())
    .addColumn('review_on', 'text', (c) => c.notNull())
    .addColumn('plissit', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('treatment_plans_client_idx').on('treatment_plans').columns(['client_id']).execute();
  await db.schema.createIndex('treatment_plans_relationship_idx').on('treatment_plans').columns(['relationship_id']).execute();

  await db.schema
    .createTable('treatment_plan_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('treatment_plans.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    // Encrypted JSON: problems, goals with objectives and linked measures, interventions, and the review summary.
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('sessions_planned', 'integer', (c) => c.notNull())
    .addColumn('review_on', 'text', (c) => c.notNull())
    .addColumn('plissit', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('treatment_plan_versions_plan_version_uq', ['plan_id', 'version'])
    .execute();

  await db.schema
    .createTable('objective_progress')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('treatment_plans.id'))
    .addColumn('objective_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer')
    // Encrypted.
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('objective_progress_plan_idx').on('objective_progress').columns(['plan_id', 'recorded_at']).execute();

  await db.schema
    .createTable('homework')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('relationship_id', 'text', (c) => c.references('relationships.id'))
    .addColumn('plan_id', 'text', (c) => c.references('treatment_plans.id'))
    .addColumn('intervention_id', 'text', (c) => c.notNull())
    // Encrypted: the title and instructions as given to the client(s).
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('instructions', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text')
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('homework_assignees')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('homework_id', 'text', (c) => c.notNull().references('homework.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addPrimaryKeyConstraint('homework_assignees_pk', ['homework_id', 'client_id'])
    .execute();
  await db.schema.createIndex('homework_assignees_client_idx').on('homework_assignees').columns(['client_id']).execute();

  await db.schema
    .createTable('homework_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('homework_id', 'text', (c) => c.notNull().references('homework.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('practiced_on', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull())
    // Encrypted: how it went (seen by the clinician) and a reflection private to this client unless shared.
    .addColumn('how_it_went', 'text')
    .addColumn('reflection', 'text')
    .addColumn('reflection_shared', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('homework_logs_homework_idx').on('homework_logs').columns(['homework_id', 'practiced_on']).execute();

  await db.schema
    .createTable('working_hours')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id'))
    // ISO weekday, 1 = Monday; local times in time_zone.
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('starts', 'text', (c) => c.notNull())
    .addColumn('ends', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('working_hours_pk', ['clinician_id', 'weekday', 'starts'])
    .execute();

  await db.schema
    .createTable('time_off')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('time_off_clinician_idx').on('time_off').columns(['clinician_id', 'starts_at']).execute();

  await db.schema
    .createTable('billing_settings')
    .addColumn('practice_id', 'text', (c) => c.primaryKey().references('practices.id'))
    .addColumn('billing_name', 'text')
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('tax_id', 'text')
    .addColumn('npi', 'text')
    // JSON: { "90834": 15000, ... } fees in cents per CPT code.
    .addColumn('fees', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('provider_numbers')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('npi', 'text')
    .addColumn('license', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('client_billing')
    .addColumn('client_id', 'text', (c) => c.primaryKey().references('clients.id'))
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    // The share of the fee this client pays, in percent (sliding scale); null = the full fee.
    .addColumn('sliding_scale_percent', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('charges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('appointment_id', 'text', (c) => c.notNull().unique().references('appointments.id'))
    .addColumn('billed_client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('service_date', 'text', (c) => c.notNull())
    .addColumn('cpt_code', 'text', (c) => c.notNull())
    .addColumn('place_of_service', 'text', (c) => c.notNull())
    .addColumn('modifier', 'text')
    // JSON array of ICD-10-CM codes.
    .addColumn('diagnosis_codes', 'text', (c) => c.notNull())
    .addColumn('fee_cents', 'integer', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('charges_client_date_idx').on('charges').columns(['billed_client_id', 'service_date']).execute();
  await db.schema.createIndex('charges_practice_date_idx').on('charges').columns(['practice_id', 'service_date']).execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('payments_client_idx').on('payments').columns(['client_id', 'received_on']).execute();
  await db.schema.createIndex('payments_practice_date_idx').on('payments').columns(['practice_id', 'received_on']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['payments', 'charges', 'client_billing', 'provider_numbers', 'billing_settings', 'time_off', 'working_hours', 'homework_logs', 'homework_assignees', 'homework',
    'objective_progress', 'treatment_plan_versions', 'treatment_plans', 'interventions', 'note_templates']) await db.schema.dropTable(table).execute();
}

import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// Clinicians' credentials (degrees, licences, certifications) with their documents and
// verification, the certification-progress log (continuing education, clinical hours,
// supervision), the public directory's profiles and contact requests, and the deployment's
// training-programme catalogue.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // The deployment's operator curates the training catalogue; the flag is per user, not per practice.
  await db.schema.alterTable('users').addColumn('site_admin', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // A practice opts in to the shared public directory (its owner decides); then each clinician opts in.
  await db.schema.alterTable('practices').addColumn('directory_listed', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    // degree | licence | certification
    .addColumn('kind', 'text', (c) => c.notNull())
    // degree level, licensed profession or certification type
    .addColumn('type', 'text', (c) => c.notNull())
    // field of study, licence title or the certification's name
    .addColumn('title', 'text')
    // institution, licensing board or certifying body
    .addColumn('issuer', 'text')
    .addColumn('jurisdiction', 'text')
    .addColumn('number', 'text')
    .addColumn('year', 'integer')
    .addColumn('issued_on', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('verified_by', 'text')
    .addColumn('verification_method', 'text')
    .addColumn('verification_note', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('credentials_user_idx').on('credentials').columns(['practice_id', 'user_id']).execute();
  await db.schema.createIndex('credentials_expiry_idx').on('credentials').columns(['expires_on']).execute();

  await db.schema
    .createTable('credential_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('credential_id', 'text', (c) => c.notNull().references('credentials.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    // base64 of the file, encrypted
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('credential_documents_credential_idx').on('credential_documents').columns(['credential_id']).execute();

  // One row per expiry alert sent, so each threshold is mailed once per expiry date.
  await db.schema
    .createTable('credential_alerts')
    .addColumn('credential_id', 'text', (c) => c.notNull().references('credentials.id'))
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('days_before', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('credential_alerts_pk', ['credential_id', 'expires_on', 'days_before'])
    .execute();

  await db.schema
    .createTable('activity_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    // education | clinical | supervision
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    // whole minutes: exact arithmetic for quarter hours
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('provider', 'text')
    .addColumn('category', 'text')
    .addColumn('delivery', 'text')
    .addColumn('aasect_approved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('provided_by_supervisor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('modality', 'text')
    // telehealth clinical hours: the client's state, which must be one the clinician is licensed in
    .addColumn('jurisdiction', 'text')
    .addColumn('format', 'text')
    // received | provided (supervision)
    .addColumn('role', 'text')
    .addColumn('supervisor_user_id', 'text')
    .addColumn('supervisor_name', 'text')
    .addColumn('supervisor_certified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activity_logs_user_idx').on('activity_logs').columns(['practice_id', 'user_id', 'occurred_on']).execute();
  await db.schema.createIndex('activity_logs_supervisor_idx').on('activity_logs').columns(['supervisor_user_id', 'confirmed_at']).execute();

  // Which requirement-set version a clinician works toward, and their renewal cycle.
  await db.schema
    .createTable('certification_tracks')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('requirement_set', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('supervision_contract_on', 'text')
    .addColumn('renewal_cycle_starts_on', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('directory_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('listed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('pronouns', 'text')
    .addColumn('bio', 'text', (c) => c.notNull())
    .addColumn('photo', 'text')
    .addColumn('photo_type', 'text')
    // JSON arrays of vocabulary ids
    .addColumn('specialties', 'text', (c) => c.notNull())
    .addColumn('populations', 'text', (c) => c.notNull())
    .addColumn('approaches', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('insurance', 'text', (c) => c.notNull())
    .addColumn('fee_min', 'integer')
    .addColumn('fee_max', 'integer')
    .addColumn('sliding_scale', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('in_person', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('street', 'text')
    .addColumn('city', 'text')
    .addColumn('state', 'text')
    .addColumn('zip', 'text')
    // street | city | zip: how much of the address the public page shows
    .addColumn('address_precision', 'text', (c) => c.notNull())
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('telehealth', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('telehealth_states', 'text', (c) => c.notNull())
    .addColumn('accepting', 'integer', (c) => c.notNull().defaultTo(1))
    // lower-cased words for search (name, bio, approaches, labels)
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('directory_profiles_listed_idx').on('directory_profiles').columns(['listed', 'latitude', 'longitude']).execute();
  await db.schema.createIndex('directory_profiles_practice_idx').on('directory_profiles').columns(['practice_id']).execute();

  await db.schema
    .createTable('directory_inquiries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    // encrypted
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('preferred_contact', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('directory_inquiries_clinician_idx').on('directory_inquiries').columns(['practice_id', 'clinician_id', 'created_at']).execute();

  // Deployment-wide: the operator's catalogue belongs to no practice.
  await db.schema
    .createTable('training_programmes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // degree | certificate | continuing-education | sar
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    // online | in-person | hybrid
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('city', 'text')
    .addColumn('state', 'text')
    .addColumn('country', 'text')
    .addColumn('length', 'text')
    .addColumn('cost_min', 'integer')
    .addColumn('cost_max', 'integer')
    // JSON array of requirement ids, e.g. "core-knowledge"
    .addColumn('counts_toward', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new migration instead.
// A client's requests for their own record (HIPAA right of access, 45 CFR 164.524) with the
// clinician's review and the released copy; personal access tokens for integrations; webhooks
// and their delivery log.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('record_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    // the date by which the practice must act (30 days, 45 CFR 164.524(b)(2))
    .addColumn('due_on', 'text', (c) => c.notNull())
    // pending-review | released | declined
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    // encrypted: the clinician's reason for declining, shown to the client
    .addColumn('decision_note', 'text')
    // encrypted: the released record as a FHIR Bundle (JSON) and as a PDF (base64)
    .addColumn('record_fhir', 'text')
    .addColumn('record_pdf', 'text')
    .addColumn('first_downloaded_at', 'text')
    .addColumn('download_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('record_requests_client_idx').on('record_requests').columns(['practice_id', 'client_id']).execute();

  await db.schema
    .createTable('access_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // SHA-256 of the token; the token itself is shown once and never stored
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    // JSON list of scopes
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .execute();
  await db.schema.createIndex('access_tokens_user_idx').on('access_tokens').columns(['practice_id', 'user_id']).execute();

  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    // encrypted: the signing secret (needed to sign, so kept reversibly)
    .addColumn('secret', 'text', (c) => c.notNull())
    // JSON list of event names
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
    .addColumn('webhook_id', 'text', (c) => c.notNull().references('webhooks.id'))
    .addColumn('event', 'text', (c) => c.notNull())
    // the JSON body sent: the event, its time and record ids, never clinical content or names
    .addColumn('payload', 'text', (c) => c.notNull())
    // pending | delivered | failed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .execute();
  await db.schema.createIndex('webhook_deliveries_due_idx').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('webhook_deliveries_hook_idx').on('webhook_deliveries').columns(['webhook_id', 'created_at']).execute();
}


import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { appendAudit } from '../../platform/audit.js';
import { auditEntry, requireInPerson, requireRole } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { Database } from '../../platform/database.js';
import type { DbOrTx } from '../../platform/db.js';
import { ENCRYPTED_COLUMNS } from '../../platform/encrypted-columns.js';
import { ConflictError, ValidationError } from '../../platform/errors.js';
import * as repo from './practice-archive.repository.js';

/*
 * The whole practice in one file, to move it to another Candor deployment: every table's rows
 * for the practice, clinical text decrypted from this deployment's key and the whole sealed with
 * a passphrase the owner chooses (scrypt, then AES-256-GCM with the header as associated data,
 * so a changed byte anywhere is refused). The operator of the new deployment imports it with
 * `candor practice import` in one transaction: all of it, re-encrypted under that deployment's
 * key, or nothing. The audit chain travels whole and still verifies.
 *
 * Left behind on purpose: sessions, sign-in attempts and one-time links (they belong to this
 * deployment's moment), the mail outbox, and access tokens and webhooks (integrations are set
 * up again, so a stolen archive cannot call anyone's systems). The deployment-wide training
 * catalogue is not the practice's.
 */

const MAGIC = 'CANDOR-PRACTICE-ARCHIVE-1\n';
const FORMAT = 'candor-practice-archive';
const LEFT_BEHIND = new Set<keyof Database>(['sessions', 'sign_in_attempts', 'one_time_tokens', 'mail_outbox', 'access_tokens', 'webhooks', 'webhook_deliveries', 'training_programmes']);
const SCRYPT = { N: 32768, r: 8, p: 1 } as const;
export const MIN_PASSPHRASE = 12;

/**
 * The practice's tables in the order they may be written (each after the tables it refers to):
 * the order of the Database interface, which follows the migrations.
 */
export const ARCHIVE_TABLES: (keyof Database)[] = ([
  'practices', 'users', 'recovery_codes', 'audit_events', 'audit_heads', 'clients', 'care_team', 'relationships', 'relationship_members', 'relationship_clinicians',
  'consent_documents', 'consent_versions', 'consent_signatures', 'intakes', 'screening_suggestions', 'medicine_aliases', 'releases', 'referrals', 'diagnoses',
  'measure_assignments', 'measure_requests', 'measure_responses', 'safety_alerts', 'instrument_wordings', 'appointments', 'appointment_attendees', 'supervision_links',
  'notes', 'note_addenda', 'psychotherapy_notes', 'calendar_feeds', 'note_templates', 'interventions', 'treatment_plans', 'treatment_plan_versions', 'objective_progress',
  'homework', 'homework_assignees', 'homework_logs', 'working_hours', 'time_off', 'billing_settings', 'provider_numbers', 'client_billing', 'charges', 'payments',
  'credentials', 'credential_documents', 'credential_alerts', 'activity_logs', 'certification_tracks', 'directory_profiles', 'directory_inquiries', 'record_requests',
] as (keyof Database)[]).filter((t) => !LEFT_BEHIND.has(t));

type Row = Record<string, unknown>;
export interface ArchiveContent {
  format: typeof FORMAT;
  version: 1;
  exportedAt: string;
  practiceId: string;
  tables: Record<string, Row[]>;
}

const encryptedOf = (table: string) => ENCRYPTED_COLUMNS.filter((c) => c.table === table).map((c) => c.column as string);

/** Every row, clinical text decrypted, in a stable order (so two exports of the same practice compare equal). */
export async function readPractice(app: AppContext, db: DbOrTx, practiceId: string): Promise<Record<string, Row[]>> {
  const tables: Record<string, Row[]> = {};
  for (const table of ARCHIVE_TABLES) {
    const encrypted = encryptedOf(table);
    const rows = (await repo.rowsOfPractice(db, table, practiceId)).map((row) => {
      const plain: Row = {};
      for (const [column, value] of Object.entries(row)) plain[column] = encrypted.includes(column) && typeof value === 'string' ? app.keyring.decrypt(value) : normalise(value);
      return plain;
    });
    rows.sort((a, b) => stableKey(a).localeCompare(stableKey(b)));
    tables[table] = rows;
  }
  return tables;
}

/** Numbers as numbers (PostgreSQL's bigint count columns come back as strings), everything else as stored. */
function normalise(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  return value;
}

const stableKey = (row: Row) => JSON.stringify(Object.keys(row).sort().map((k) => row[k]));

function seal(content: ArchiveContent, passphrase: string): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header = JSON.stringify({ format: FORMAT, version: 1, kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') }, cipher: 'aes-256-gcm', iv: iv.toString('base64') });
  const key = scryptSync(passphrase, salt, 32, { ...SCRYPT, maxmem: 64 * 1024 * 1024 });
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(header));
  const body = Buffer.concat([cipher.update(gzipSync(Buffer.from(JSON.stringify(content)))), cipher.final()]);
  return Buffer.concat([Buffer.from(MAGIC), Buffer.from(`${header}\n`), cipher.getAuthTag(), body]);
}

/** The archive's content; a clear error (naming `archive` or `passphrase`) for anything that is not a whole, unaltered archive opened with its passphrase. */
export function openArchive(bytes: Buffer, passphrase: string): ArchiveContent {
  if (bytes.subarray(0, MAGIC.length).toString() !== MAGIC) throw ValidationError.field('archive', 'is not a Candor practice archive');
  const headerEnd = bytes.indexOf(0x0a, MAGIC.length);
  let header: { format?: string; version?: number; kdf?: { salt?: string }; iv?: string };
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length, headerEnd).toString()) as typeof header;
  } catch {
    throw ValidationError.field('archive', 'is damaged: its header cannot be read');
  }
  if (header.format !== FORMAT || header.version !== 1 || !header.kdf?.salt || !header.iv) throw ValidationError.field('archive', 'is of a format or version this Candor cannot read');
  const tag = bytes.subarray(headerEnd + 1, headerEnd + 17);
  const body = bytes.subarray(headerEnd + 17);
  const key = scryptSync(passphrase, Buffer.from(header.kdf.salt, 'base64'), 32, { ...SCRYPT, maxmem: 64 * 1024 * 1024 });
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
    decipher.setAAD(bytes.subarray(MAGIC.length, headerEnd));
    decipher.setAuthTag(tag);
    plain = Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw ValidationError.field('passphrase', 'does not open this archive (or the file was changed after it was made)');
  }
  const content = JSON.parse(gunzipSync(plain).toString()) as ArchiveContent;
  if (content.format !== FORMAT || typeof content.practiceId !== 'string' || typeof content.tables !== 'object') throw ValidationError.field('archive', 'is damaged: its content is not a practice');
  return content;
}

/** The owner, signed in in person, takes the whole practice as a passphrase-sealed file. */
export async function exportPractice(app: AppContext, rc: RequestContext, passphrase: string): Promise<{ bytes: Buffer; filename: string }> {
  const actor = requireInPerson(requireRole(rc, 'owner'), 'export the practice');
  if (passphrase.trim().length < MIN_PASSPHRASE) throw ValidationError.field('passphrase', `must be at least ${MIN_PASSPHRASE} characters`);
  const now = app.clock.now();
  // One consistent reading of every table.
  const tables = await app.db.transaction().execute((tx) => readPractice(app, tx, actor.practiceId));
  const bytes = seal({ format: FORMAT, version: 1, exportedAt: now.toISOString(), practiceId: actor.practiceId, tables }, passphrase);
  await app.db.transaction().execute((tx) => appendAudit(tx, auditEntry(rc, 'practice.export', 'practice', actor.practiceId), app.clock.now()));
  return { bytes, filename: `candor-practice-${now.toISOString().slice(0, 10)}.candor` };
}

/**
 * Writes an archive's practice into this deployment in one transaction, clinical text encrypted
 * under this deployment's key: all of it or nothing. Refused if the practice is here already;
 * a row that clashes with one already here (a staff email in use) is named.
 */
export async function importPractice(app: AppContext, bytes: Buffer, passphrase: string): Promise<{ practiceId: string; rows: Record<string, number> }> {
  const content = openArchive(bytes, passphrase);
  const counts: Record<string, number> = {};
  await app.db.transaction().execute(async (tx) => {
    if (await repo.practiceExists(tx, content.practiceId)) throw new ConflictError('This practice is already in this deployment.', [{ field: 'archive', message: 'holds a practice that is already here' }]);
    for (const table of ARCHIVE_TABLES) {
      const rows = content.tables[table];
      if (!Array.isArray(rows)) throw ValidationError.field(`archive.tables.${table}`, 'is missing');
      const encrypted = encryptedOf(table);
      const sealed = rows.map((row) => {
        if (table !== 'practices' && table !== 'audit_heads' && row.practice_id !== content.practiceId) throw ValidationError.field(`archive.tables.${table}`, 'holds a row of another practice');
        const out: Row = {};
        for (const [column, value] of Object.entries(row)) out[column] = encrypted.includes(column) && typeof value === 'string' ? app.keyring.encrypt(value) : value;
        return out;
      });
      const columns = sealed[0] ? Object.keys(sealed[0]).length : 1;
      const chunk = Math.max(1, Math.floor(30_000 / columns));
      for (let i = 0; i < sealed.length; i += chunk) {
        try {
          await repo.insertRows(tx, table, sealed.slice(i, i + chunk));
        } catch (error) {
          const message = (error as Error).message;
          throw new ConflictError(`The archive's ${table} could not be written here: ${/unique|duplicate/i.test(message) ? 'a row clashes with one already in this deployment' : 'a row does not fit this deployment'}.`, [
            { field: `archive.tables.${table}`, message: /unique|duplicate/i.test(message) ? 'clashes with a row already in this deployment' : 'does not fit this deployment' },
          ]);
        }
      }
      counts[table] = sealed.length;
    }
    await appendAudit(tx, { practiceId: content.practiceId, actorId: null, actorRole: 'system', action: 'practice.import', resourceType: 'practice', resourceId: content.practiceId, outcome: 'success', requestId: null }, app.clock.now());
  });
  return { practiceId: content.practiceId, rows: counts };
}

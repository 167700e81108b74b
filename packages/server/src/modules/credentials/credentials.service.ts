import { CERTIFICATION_TYPES, DEGREE_LEVELS, LICENSED_PROFESSIONS } from '@candor/clinical';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, hasRole, requireRole, requireStaff } from '../../platform/authz.js';
import { addDays, daysBetween, isRealDay, localDay } from '../../platform/clock.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { queueMail } from '../../platform/mail.js';
import { decodeUpload } from '../../platform/uploads.js';
import { activeStaffContact, clinicianIdsAmong, practiceClinicians, practiceToday, staffDisplayName } from '../practice/practice.service.js';
// The public directory shows verified, current licences and credentials: each change drops its index.
import { invalidateDirectory } from '../directory/directory.index.js';
import * as repo from './credentials.repository.js';
import type { CredentialRow } from './credentials.repository.js';
import {
  CREDENTIAL_TYPES, DOCUMENT_MAX_BYTES, JURISDICTIONS, type Credential, type CredentialAlert, type CredentialInput, type CredentialKind, type CredentialPatchInput,
} from './credentials.schemas.js';

/**
 * Clinicians' degrees, licences and certifications. A clinician keeps their own; the practice
 * owner sees everyone's and is the only one who marks a credential verified (who, when, how).
 * Changing what was verified (type, number, jurisdiction, dates…) withdraws the verification, so
 * "verified" always describes exactly what is shown. Expiry alerts go to the Today page 90, 30
 * and 7 days ahead, and by email.
 */
export const EXPIRY_ALERT_DAYS = [90, 30, 7] as const;

const TYPE_LABELS = new Map<string, string>([...DEGREE_LEVELS, ...LICENSED_PROFESSIONS, ...CERTIFICATION_TYPES].map((v) => [v.id, v.label]));

export function credentialLabel(row: Pick<CredentialRow, 'kind' | 'type' | 'title' | 'jurisdiction'>): string {
  const typeLabel = TYPE_LABELS.get(row.type) ?? row.type;
  if (row.kind === 'degree') return row.title ? `${typeLabel}, ${row.title}` : typeLabel;
  if (row.kind === 'licence') return `${row.title ?? `${typeLabel} licence`}${row.jurisdiction ? ` (${row.jurisdiction})` : ''}`;
  return row.type === 'other' && row.title ? row.title : typeLabel;
}

async function describe(app: AppContext, db: DbOrTx, practiceId: string, rows: CredentialRow[], day: string): Promise<Credential[]> {
  const documents = await repo.listDocumentMeta(db, rows.map((r) => r.id));
  const names = new Map<string, string>();
  for (const verifier of new Set(rows.map((r) => r.verified_by).filter((v): v is string => v !== null))) names.set(verifier, await staffDisplayName(db, practiceId, verifier));
  return rows.map((r) => {
    const days = r.expires_on ? daysBetween(day, r.expires_on) : null;
    return {
      id: r.id, userId: r.user_id, kind: r.kind as CredentialKind, type: r.type, typeLabel: TYPE_LABELS.get(r.type) ?? r.type, title: r.title, issuer: r.issuer,
      jurisdiction: r.jurisdiction, number: r.number, year: r.year, issuedOn: r.issued_on, expiresOn: r.expires_on,
      status: days === null ? 'no-expiry' : days < 0 ? 'expired' : days <= EXPIRY_ALERT_DAYS[0] ? 'expiring' : 'current', daysUntilExpiry: days,
      verification: r.verified_at && r.verified_by && r.verification_method
        ? { verifiedAt: r.verified_at, verifiedBy: r.verified_by, verifiedByName: names.get(r.verified_by) ?? '', method: r.verification_method, note: r.verification_note }
        : null,
      documents: documents.filter((d) => d.credential_id === r.id).map((d) => ({ id: d.id, filename: d.filename, contentType: d.content_type, size: d.size, createdAt: d.created_at })),
      createdAt: r.created_at, updatedAt: r.updated_at,
    };
  });
}

/** The clinician themself, or the practice owner, may manage a clinician's credentials. */
async function requireCredentialHolder(app: AppContext, rc: RequestContext, userId: string | undefined): Promise<{ actor: Actor; userId: string }> {
  const actor = requireStaff(rc);
  const target = userId ?? actor.userId;
  if (target !== actor.userId && !hasRole(actor, 'owner')) throw new NotFoundError();
  if (!(await clinicianIdsAmong(app.db, actor.practiceId, [target])).has(target)) {
    if (target === actor.userId) requireRole(rc, 'clinician', 'supervisor');
    throw new NotFoundError();
  }
  return { actor, userId: target };
}

async function requireCredential(app: AppContext, rc: RequestContext, id: string): Promise<{ actor: Actor; row: CredentialRow }> {
  const actor = requireStaff(rc);
  const row = await repo.findCredential(app.db, actor.practiceId, id);
  if (!row || (row.user_id !== actor.userId && !hasRole(actor, 'owner'))) throw new NotFoundError();
  return { actor, row };
}

function checkFields(kind: CredentialKind, input: CredentialPatchInput & { type?: string }): void {
  const problems: { field: string; message: string }[] = [];
  if (input.type !== undefined && !CREDENTIAL_TYPES[kind].includes(input.type)) problems.push({ field: 'type', message: `must be one of: ${CREDENTIAL_TYPES[kind].join(', ')}` });
  if (kind === 'licence' && input.jurisdiction != null && !JURISDICTIONS.includes(input.jurisdiction as (typeof JURISDICTIONS)[number])) {
    problems.push({ field: 'jurisdiction', message: 'must be a US state or territory code such as IL' });
  }
  if (input.issuedOn && input.expiresOn && input.expiresOn < input.issuedOn) problems.push({ field: 'expiresOn', message: 'must be on or after the date issued' });
  for (const field of ['issuedOn', 'expiresOn'] as const) {
    const value = input[field];
    if (value && !isRealDay(value)) problems.push({ field, message: 'must be a real date written YYYY-MM-DD' });
  }
  if (problems.length) throw new ValidationError(problems);
}

function requireKindFields(kind: CredentialKind, input: CredentialInput): void {
  const problems: { field: string; message: string }[] = [];
  if (kind === 'degree') {
    if (!input.title) problems.push({ field: 'title', message: 'the field of study is required for a degree' });
    if (!input.issuer) problems.push({ field: 'issuer', message: 'the institution is required for a degree' });
    if (input.year == null) problems.push({ field: 'year', message: 'the year awarded is required for a degree' });
  }
  if (kind === 'licence') {
    if (!input.jurisdiction) problems.push({ field: 'jurisdiction', message: 'the state that issued the licence is required' });
    if (!input.number) problems.push({ field: 'number', message: 'the licence number is required' });
    if (!input.expiresOn) problems.push({ field: 'expiresOn', message: 'the expiry date is required for a licence' });
  }
  if (kind === 'certification' && input.type === 'other' && !input.title) problems.push({ field: 'title', message: 'name the certification' });
  if (problems.length) throw new ValidationError(problems);
}

export async function listCredentialsFor(app: AppContext, rc: RequestContext, userId?: string): Promise<Credential[]> {
  const { actor, userId: target } = await requireCredentialHolder(app, rc, userId);
  const rows = await repo.listCredentials(app.db, actor.practiceId, [target]);
  await recordAudit(app.db, auditEntry(rc, 'credential.list', 'user', target), app.clock.now());
  return describe(app, app.db, actor.practiceId, rows, await practiceToday(app, actor.practiceId));
}

export async function addCredential(app: AppContext, rc: RequestContext, input: CredentialInput): Promise<Credential> {
  const { actor, userId } = await requireCredentialHolder(app, rc, input.userId);
  checkFields(input.kind, input);
  requireKindFields(input.kind, input);
  const now = app.clock.now().toISOString();
  const id = newId();
  await app.db.transaction().execute(async (tx) => {
    await repo.insertCredential(tx, {
      id, practice_id: actor.practiceId, user_id: userId, kind: input.kind, type: input.type, title: input.title?.trim() || null, issuer: input.issuer?.trim() || null,
      jurisdiction: input.jurisdiction ?? null, number: input.number?.trim() || null, year: input.year ?? null, issued_on: input.issuedOn ?? null, expires_on: input.expiresOn ?? null,
      verified_at: null, verified_by: null, verification_method: null, verification_note: null, archived_at: null, created_at: now, updated_at: now,
    });
    await appendAudit(tx, auditEntry(rc, 'credential.create', 'credential', id), app.clock.now());
  });
  invalidateDirectory(app);
  const row = (await repo.findCredential(app.db, actor.practiceId, id))!;
  return (await describe(app, app.db, actor.practiceId, [row], await practiceToday(app, actor.practiceId)))[0]!;
}

/** Changing a verified fact (type, title, issuer, jurisdiction, number, year, dates) withdraws the verification. */
export async function updateCredential(app: AppContext, rc: RequestContext, id: string, patch: CredentialPatchInput): Promise<Credential> {
  const { actor, row } = await requireCredential(app, rc, id);
  const kind = row.kind as CredentialKind;
  const merged = {
    type: patch.type ?? row.type, title: patch.title !== undefined ? patch.title : row.title, issuer: patch.issuer !== undefined ? patch.issuer : row.issuer,
    jurisdiction: patch.jurisdiction !== undefined ? patch.jurisdiction : row.jurisdiction, number: patch.number !== undefined ? patch.number : row.number,
    year: patch.year !== undefined ? patch.year : row.year, issuedOn: patch.issuedOn !== undefined ? patch.issuedOn : row.issued_on,
    expiresOn: patch.expiresOn !== undefined ? patch.expiresOn : row.expires_on,
  };
  checkFields(kind, merged);
  requireKindFields(kind, { kind, ...merged });
  // Compare what would be stored (trimmed, blanks as null) with what is stored, so saving the same facts keeps the verification.
  const next = {
    type: merged.type, title: merged.title?.trim() || null, issuer: merged.issuer?.trim() || null, jurisdiction: merged.jurisdiction ?? null, number: merged.number?.trim() || null,
    year: merged.year ?? null, issued_on: merged.issuedOn ?? null, expires_on: merged.expiresOn ?? null,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).some((f) => next[f] !== row[f]);
  await app.db.transaction().execute(async (tx) => {
    await repo.updateCredential(tx, id, {
      ...next, updated_at: app.clock.now().toISOString(),
      ...(changed && row.verified_at ? { verified_at: null, verified_by: null, verification_method: null, verification_note: null } : {}),
    });
    await appendAudit(tx, auditEntry(rc, 'credential.update', 'credential', id), app.clock.now());
    if (changed && row.verified_at) await appendAudit(tx, auditEntry(rc, 'credential.verification-withdrawn', 'credential', id), app.clock.now());
  });
  invalidateDirectory(app);
  const updated = (await repo.findCredential(app.db, actor.practiceId, id))!;
  return (await describe(app, app.db, actor.practiceId, [updated], await practiceToday(app, actor.practiceId)))[0]!;
}

export async function archiveCredential(app: AppContext, rc: RequestContext, id: string): Promise<void> {
  await requireCredential(app, rc, id);
  await app.db.transaction().execute(async (tx) => {
    await repo.updateCredential(tx, id, { archived_at: app.clock.now().toISOString() });
    await appendAudit(tx, auditEntry(rc, 'credential.archive', 'credential', id), app.clock.now());
  });
  invalidateDirectory(app);
}

/** Only the practice owner verifies; the record says who, when and how. */
export async function verifyCredential(app: AppContext, rc: RequestContext, id: string, input: { method: string; note?: string | null }): Promise<Credential> {
  requireRole(rc, 'owner');
  const { actor, row } = await requireCredential(app, rc, id);
  if (input.method === 'other' && !input.note) throw ValidationError.field('note', 'say how the credential was checked');
  const day = await practiceToday(app, actor.practiceId);
  if (row.expires_on && row.expires_on < day) throw ValidationError.field('expiresOn', 'an expired credential cannot be marked verified; record the renewed one');
  await app.db.transaction().execute(async (tx) => {
    await repo.updateCredential(tx, id, { verified_at: app.clock.now().toISOString(), verified_by: actor.userId, verification_method: input.method, verification_note: input.note?.trim() || null });
    await appendAudit(tx, auditEntry(rc, 'credential.verify', 'credential', id), app.clock.now());
  });
  invalidateDirectory(app);
  const updated = (await repo.findCredential(app.db, actor.practiceId, id))!;
  return (await describe(app, app.db, actor.practiceId, [updated], day))[0]!;
}

export async function withdrawVerification(app: AppContext, rc: RequestContext, id: string): Promise<Credential> {
  requireRole(rc, 'owner');
  const { actor } = await requireCredential(app, rc, id);
  await app.db.transaction().execute(async (tx) => {
    await repo.updateCredential(tx, id, { verified_at: null, verified_by: null, verification_method: null, verification_note: null });
    await appendAudit(tx, auditEntry(rc, 'credential.verification-withdrawn', 'credential', id), app.clock.now());
  });
  invalidateDirectory(app);
  const updated = (await repo.findCredential(app.db, actor.practiceId, id))!;
  return (await describe(app, app.db, actor.practiceId, [updated], await practiceToday(app, actor.practiceId)))[0]!;
}

export async function attachDocument(app: AppContext, rc: RequestContext, id: string, input: { filename: string; contentType: string; dataBase64: string }): Promise<Credential> {
  const { actor, row } = await requireCredential(app, rc, id);
  const bytes = decodeUpload(input.dataBase64, input.contentType, DOCUMENT_MAX_BYTES);
  const documentId = newId();
  await app.db.transaction().execute(async (tx) => {
    await repo.insertDocument(tx, {
      id: documentId, practice_id: actor.practiceId, credential_id: row.id, filename: input.filename.replace(/[^\w .()-]/g, '_'), content_type: input.contentType,
      size: bytes.length, content: app.keyring.encrypt(bytes.toString('base64')), uploaded_by: actor.userId, created_at: app.clock.now().toISOString(),
    });
    await appendAudit(tx, auditEntry(rc, 'credential.document.attach', 'credential-document', documentId), app.clock.now());
  });
  return (await describe(app, app.db, actor.practiceId, [row], await practiceToday(app, actor.practiceId)))[0]!;
}

export async function readDocument(app: AppContext, rc: RequestContext, id: string, documentId: string): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  const { row } = await requireCredential(app, rc, id);
  const document = await repo.findDocument(app.db, row.id, documentId);
  if (!document) throw new NotFoundError();
  await recordAudit(app.db, auditEntry(rc, 'credential.document.read', 'credential-document', documentId), app.clock.now());
  return { filename: document.filename, contentType: document.content_type, bytes: Buffer.from(app.keyring.decrypt(document.content), 'base64') };
}

export async function removeDocument(app: AppContext, rc: RequestContext, id: string, documentId: string): Promise<void> {
  const { row } = await requireCredential(app, rc, id);
  const document = await repo.findDocument(app.db, row.id, documentId);
  if (!document) throw new NotFoundError();
  await app.db.transaction().execute(async (tx) => {
    await repo.deleteDocument(tx, documentId);
    await appendAudit(tx, auditEntry(rc, 'credential.document.delete', 'credential-document', documentId), app.clock.now());
  });
}

/**
 * For the Today page: the actor's own credentials expiring within 90 days (or expired), and,
 * for the owner, everyone's in the practice.
 */
export async function credentialAlertsFor(app: AppContext, actor: Actor, day: string): Promise<CredentialAlert[]> {
  // The owner sees everyone's in the practice; anyone else only their own (and asks for no more).
  const owner = hasRole(actor, 'owner');
  const visible = await repo.listExpiringBefore(app.db, addDays(day, EXPIRY_ALERT_DAYS[0]), { practiceId: actor.practiceId, ...(owner ? {} : { userId: actor.userId }) });
  if (visible.length === 0) return [];
  const names = new Map((await practiceClinicians(app.db, actor.practiceId)).map((c) => [c.id, c.displayName]));
  return visible.filter((r) => names.has(r.user_id)).map((r) => ({
    credentialId: r.id, userId: r.user_id, clinicianName: names.get(r.user_id)!, kind: r.kind, label: credentialLabel(r), expiresOn: r.expires_on!,
    daysUntilExpiry: daysBetween(day, r.expires_on!),
  }));
}

/**
 * Emails each clinician when a credential of theirs comes within 90, 30 and 7 days of expiry —
 * once per threshold per expiry date, claimed in the same transaction that queues the email, so a
 * restart or a second server never sends it twice. A credential first recorded inside a window
 * gets only the nearest threshold's email.
 */
export async function sendCredentialExpiryAlerts(app: AppContext): Promise<number> {
  const horizon = addDays(localDay(app.clock.now(), 'UTC'), EXPIRY_ALERT_DAYS[0] + 1);
  const rows = await repo.listExpiringBefore(app.db, horizon);
  let sent = 0;
  for (const row of rows) {
    const day = await practiceToday(app, row.practice_id);
    const days = daysBetween(day, row.expires_on!);
    if (days < 0) continue;
    const threshold = [...EXPIRY_ALERT_DAYS].reverse().find((d) => days <= d);
    if (threshold === undefined) continue;
    const user = await activeStaffContact(app.db, row.user_id);
    if (!user) continue;
    await app.db.transaction().execute(async (tx) => {
      if (!(await repo.claimAlert(tx, { credential_id: row.id, practice_id: row.practice_id, expires_on: row.expires_on!, days_before: threshold, sent_at: app.clock.now().toISOString() }))) return;
      await queueMail(tx, app.keyring, app.clock, app.mail, {
        practiceId: row.practice_id, to: user.email, subject: `Your ${row.kind === 'licence' ? 'licence' : row.kind} expires in ${days} day${days === 1 ? '' : 's'}`,
        text: `Hello ${user.displayName},\n\nYour ${credentialLabel(row)} expires on ${row.expires_on}. When it is renewed, add the new expiry date in Candor so your practice owner can verify it.\n\n${app.config.publicUrl}/credentials`,
      });
      await appendAudit(tx, { practiceId: row.practice_id, actorId: null, actorRole: 'system', action: 'credential.expiry-alert', resourceType: 'credential', resourceId: row.id, outcome: 'success', requestId: null }, app.clock.now());
      sent += 1;
    });
  }
  return sent;
}

/** For other services, unguarded: the verified, unexpired credentials of these clinicians (for the public directory). */
export interface PublicCredentialFact { kind: string; type: string; label: string; jurisdiction: string | null; verifiedAt: string }

function verifiedFacts(rows: CredentialRow[], day: string): Map<string, PublicCredentialFact[]> {
  const out = new Map<string, PublicCredentialFact[]>();
  for (const r of rows) {
    if (!r.verified_at || (r.expires_on && r.expires_on < day)) continue;
    const list = out.get(r.user_id) ?? [];
    list.push({ kind: r.kind, type: r.type, label: credentialLabel(r), jurisdiction: r.jurisdiction, verifiedAt: r.verified_at });
    out.set(r.user_id, list);
  }
  return out;
}

export async function verifiedCredentialsOf(db: DbOrTx, practiceId: string, userIds: string[], day: string): Promise<Map<string, PublicCredentialFact[]>> {
  return verifiedFacts(await repo.listCredentials(db, practiceId, userIds), day);
}

/** For the public directory's index: the verified, current credentials of every listed clinician, in one query. */
export async function listedVerifiedCredentials(db: DbOrTx, day: string): Promise<Map<string, PublicCredentialFact[]>> {
  return verifiedFacts(await repo.listVerifiedOfListedProfiles(db, day), day);
}

/** For other services, unguarded: every current credential of a clinician (verified or not) with its verification flag. */
export async function credentialFactsOf(db: DbOrTx, practiceId: string, userId: string): Promise<CredentialRow[]> {
  return repo.listCredentials(db, practiceId, [userId]);
}

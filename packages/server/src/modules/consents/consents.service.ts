import { createHash } from 'node:crypto';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireRole, requireStaff } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { requireCareTeamClient, requireOwnClient, requireTypedName } from '../clients/clients.service.js';
import type { ClientRow } from '../clients/clients.repository.js';
import { relationshipPoliciesOfClient } from '../relationships/relationships.service.js';
import { DEFAULT_DOCUMENTS } from './default-documents.js';
import * as repo from './consents.repository.js';
import type { ConsentDocumentRow, ConsentVersionRow } from './consents.repository.js';

export interface ConsentVersion {
  id: string;
  version: number;
  title: string;
  body: string;
  hash: string;
  createdAt: string;
}

export interface ConsentDocument {
  id: string;
  kind: string;
  title: string;
  appliesTo: 'everyone' | 'relationship';
  currentVersion: ConsentVersion;
}

/** The hash a signature records: SHA-256 over exactly the title and text that were shown. */
export function hashConsentText(title: string, body: string): string {
  return createHash('sha256').update(`${title}\n\n${body}`, 'utf8').digest('hex');
}

function toVersion(row: ConsentVersionRow): ConsentVersion {
  return { id: row.id, version: row.version, title: row.title, body: row.body, hash: row.body_hash, createdAt: row.created_at };
}

/** Gives a practice the default documents it does not have yet (idempotent). */
export async function ensureDefaultConsents(app: AppContext, db: DbOrTx, practiceId: string): Promise<void> {
  const existing = new Set((await repo.listDocuments(db, practiceId)).map((d) => d.kind));
  const now = app.clock.now().toISOString();
  for (const doc of DEFAULT_DOCUMENTS) {
    if (existing.has(doc.kind)) continue;
    const documentId = newId();
    if (!(await repo.insertDocumentIfMissing(db, { id: documentId, practice_id: practiceId, kind: doc.kind, applies_to: doc.appliesTo, created_at: now }))) continue;
    await repo.insertVersion(db, {
      id: newId(), practice_id: practiceId, document_id: documentId, version: 1, title: doc.title, body: doc.body,
      body_hash: hashConsentText(doc.title, doc.body), created_by: null, created_at: now,
    });
  }
}

async function documentsWithCurrent(app: AppContext, practiceId: string): Promise<{ doc: ConsentDocumentRow; current: ConsentVersionRow }[]> {
  let docs = await repo.listDocuments(app.db, practiceId);
  if (docs.length < DEFAULT_DOCUMENTS.length) {
    await app.db.transaction().execute((tx) => ensureDefaultConsents(app, tx, practiceId));
    docs = await repo.listDocuments(app.db, practiceId);
  }
  const current = new Map((await repo.listCurrentVersions(app.db, practiceId)).map((v) => [v.document_id, v]));
  // The order a client reads them in: the defaults' order, then any others by creation.
  const rank = (kind: string) => { const i = DEFAULT_DOCUMENTS.findIndex((d) => d.kind === kind); return i === -1 ? DEFAULT_DOCUMENTS.length : i; };
  return docs.sort((a, b) => rank(a.kind) - rank(b.kind)).map((doc) => ({ doc, current: current.get(doc.id)! }));
}

export async function listDocuments(app: AppContext, rc: RequestContext): Promise<ConsentDocument[]> {
  const actor = requireStaff(rc);
  const docs = await documentsWithCurrent(app, actor.practiceId);
  return docs.map(({ doc, current }) => ({ id: doc.id, kind: doc.kind, title: current.title, appliesTo: doc.applies_to as ConsentDocument['appliesTo'], currentVersion: toVersion(current) }));
}

export async function getDocument(app: AppContext, rc: RequestContext, id: string): Promise<ConsentDocument & { versions: ConsentVersion[] }> {
  const actor = requireStaff(rc);
  const doc = await repo.findDocument(app.db, actor.practiceId, id);
  if (!doc) throw new NotFoundError();
  const versions = await repo.listVersions(app.db, actor.practiceId, id);
  return { id: doc.id, kind: doc.kind, title: versions[0]!.title, appliesTo: doc.applies_to as ConsentDocument['appliesTo'], currentVersion: toVersion(versions[0]!), versions: versions.map(toVersion) };
}

/** The owner publishes a new version; earlier versions and their signatures are kept unchanged. */
export async function publishVersion(app: AppContext, rc: RequestContext, id: string, input: { title: string; body: string }): Promise<ConsentVersion> {
  const actor = requireRole(rc, 'owner');
  const doc = await repo.findDocument(app.db, actor.practiceId, id);
  if (!doc) throw new NotFoundError();
  return app.db.transaction().execute(async (tx) => {
    const versions = await repo.listVersions(tx, actor.practiceId, id);
    const latest = versions[0]!;
    if (latest.title === input.title && latest.body === input.body) throw ValidationError.field('body', 'is the same as the current version');
    const row: ConsentVersionRow = {
      id: newId(), practice_id: actor.practiceId, document_id: id, version: latest.version + 1, title: input.title, body: input.body,
      body_hash: hashConsentText(input.title, input.body), created_by: actor.userId, created_at: app.clock.now().toISOString(),
    };
    await repo.insertVersion(tx, row);
    await appendAudit(tx, auditEntry(rc, 'consent.publish', 'consent-document', id), app.clock.now());
    return toVersion(row);
  });
}

interface RequiredConsent {
  doc: ConsentDocumentRow;
  version: ConsentVersionRow;
  relationship: { id: string; name: string } | null;
}

/** What a client is asked to sign: the current version of each document for everyone, and the secrets policy of each relationship. */
async function requiredConsents(app: AppContext, client: ClientRow): Promise<RequiredConsent[]> {
  const docs = await documentsWithCurrent(app, client.practice_id);
  const relationships = await relationshipPoliciesOfClient(app.db, client.practice_id, client.id);
  const required: RequiredConsent[] = [];
  for (const { doc, current } of docs) {
    if (doc.applies_to === 'everyone') required.push({ doc, version: current, relationship: null });
    const rel = relationships.find((r) => doc.kind === `secrets-${r.policy}`);
    if (doc.applies_to === 'relationship' && rel) required.push({ doc, version: current, relationship: { id: rel.id, name: rel.name } });
  }
  return required;
}

export async function clientConsents(app: AppContext, rc: RequestContext, clientId: string) {
  const { client } = await requireCareTeamClient(app, rc, clientId, 'consent.read');
  const required = await requiredConsents(app, client);
  const signatures = new Map((await repo.listSignaturesOfClient(app.db, client.practice_id, client.id)).map((s) => [s.version_id, s]));
  await recordAudit(app.db, auditEntry(rc, 'consent.read', 'client', clientId), app.clock.now());
  return required.map(({ doc, version, relationship }) => {
    const s = signatures.get(version.id);
    return {
      document: { id: doc.id, kind: doc.kind, title: version.title },
      version: { id: version.id, version: version.version, hash: version.body_hash },
      relationship,
      signature: s ? { typedName: s.typed_name, signedAt: s.signed_at, ip: s.ip, versionHash: s.version_hash } : null,
    };
  });
}

export async function portalConsents(app: AppContext, rc: RequestContext) {
  const { client } = await requireOwnClient(app, rc);
  const required = await requiredConsents(app, client);
  const signatures = new Map((await repo.listSignaturesOfClient(app.db, client.practice_id, client.id)).map((s) => [s.version_id, s]));
  await recordAudit(app.db, auditEntry(rc, 'consent.read-own', 'client', client.id), app.clock.now());
  return required.map(({ doc, version, relationship }) => {
    const s = signatures.get(version.id);
    return {
      versionId: version.id, documentId: doc.id, kind: doc.kind, title: version.title, version: version.version, body: version.body, hash: version.body_hash,
      relationship, signature: s ? { typedName: s.typed_name, signedAt: s.signed_at } : null,
    };
  });
}

/** Whether every required consent is signed (for the portal's next steps). */
export async function consentStatus(app: AppContext, client: ClientRow): Promise<{ title: string; signed: boolean }[]> {
  const required = await requiredConsents(app, client);
  const signed = new Set((await repo.listSignaturesOfClient(app.db, client.practice_id, client.id)).map((s) => s.version_id));
  return required.map((r) => ({ title: r.version.title, signed: signed.has(r.version.id) }));
}

/** The client signs a version by typing their name; the signature keeps the version's hash, the time and the address. */
export async function signConsent(app: AppContext, rc: RequestContext, versionId: string, typedName: string) {
  const { client } = await requireOwnClient(app, rc);
  const required = await requiredConsents(app, client);
  const match = required.find((r) => r.version.id === versionId);
  if (!match) {
    await recordAudit(app.db, auditEntry(rc, 'consent.sign', 'consent-version', versionId, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  const signedName = requireTypedName(client, typedName);
  const signedAt = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    const existing = await repo.listSignaturesOfClient(tx, client.practice_id, client.id);
    if (existing.some((s) => s.version_id === versionId)) {
      throw new ConflictError('You have already signed this version. Signed agreements cannot be changed.', [{ field: 'versionId', message: 'is already signed' }]);
    }
    await repo.insertSignature(tx, {
      id: newId(), practice_id: client.practice_id, client_id: client.id, version_id: versionId, relationship_id: match.relationship?.id ?? null,
      typed_name: signedName, version_hash: match.version.body_hash, ip: rc.ip, signed_at: signedAt,
    });
    await appendAudit(tx, auditEntry(rc, 'consent.sign', 'consent-version', versionId), app.clock.now());
    return { typedName: signedName, signedAt, versionHash: match.version.body_hash };
  });
}

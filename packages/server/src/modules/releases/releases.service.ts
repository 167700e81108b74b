import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { isoDay } from '../../platform/clock.js';
import { requireCareTeamClient, requireOwnClient, requireTypedName } from '../clients/clients.service.js';
import * as repo from './releases.repository.js';
import type { ReleaseRow } from './releases.repository.js';
import { RELEASE_ITEM_LABELS, type NewRelease, type Release, type ReleaseItem } from './releases.schemas.js';

/**
 * Releases of information: the client's written permission for the practice to share named
 * parts of their record with one named recipient, until a date. The clinician drafts one; the
 * client reads and signs it in the portal (or revokes it). Nothing is sent without one.
 */
function status(row: ReleaseRow, today: string): Release['status'] {
  if (row.status === 'signed' && row.expires_on < today) return 'expired';
  return row.status as Release['status'];
}

export function toRelease(row: ReleaseRow, today: string): Release {
  const allowed = JSON.parse(row.allowed) as ReleaseItem[];
  return {
    id: row.id, clientId: row.client_id, recipientName: row.recipient_name, recipientOrganization: row.recipient_organization, purpose: row.purpose,
    allowed: allowed.map((item) => ({ item, label: RELEASE_ITEM_LABELS[item] })), expiresOn: row.expires_on, status: status(row, today),
    signature: row.signed_at ? { typedName: row.typed_name!, signedAt: row.signed_at } : null, createdAt: row.created_at,
  };
}

export async function createRelease(app: AppContext, rc: RequestContext, clientId: string, input: NewRelease): Promise<Release> {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'release.create');
  const today = isoDay(app.clock.now());
  if (input.expiresOn <= today) throw ValidationError.field('expiresOn', 'must be a date after today');
  const row: ReleaseRow = {
    id: newId(), practice_id: actor.practiceId, client_id: clientId, recipient_name: input.recipientName.trim(),
    recipient_organization: input.recipientOrganization?.trim() || null, purpose: input.purpose.trim(), allowed: JSON.stringify(input.allowed),
    expires_on: input.expiresOn, status: 'awaiting-signature', typed_name: null, signed_at: null, ip: null, revoked_at: null,
    created_by: actor.userId, created_at: app.clock.now().toISOString(),
  };
  await app.db.transaction().execute(async (tx) => {
    await repo.insertRelease(tx, row);
    await appendAudit(tx, auditEntry(rc, 'release.create', 'release', row.id), app.clock.now());
  });
  return toRelease(row, today);
}

export async function listClientReleases(app: AppContext, rc: RequestContext, clientId: string): Promise<Release[]> {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'release.read');
  const today = isoDay(app.clock.now());
  const rows = await repo.listReleases(app.db, actor.practiceId, clientId);
  await recordAudit(app.db, auditEntry(rc, 'release.read', 'client', clientId), app.clock.now());
  return rows.map((r) => toRelease(r, today));
}

export async function listOwnReleases(app: AppContext, rc: RequestContext): Promise<Release[]> {
  const { actor, client } = await requireOwnClient(app, rc);
  const today = isoDay(app.clock.now());
  const rows = await repo.listReleases(app.db, actor.practiceId, client.id);
  await recordAudit(app.db, auditEntry(rc, 'release.read-own', 'client', client.id), app.clock.now());
  return rows.map((r) => toRelease(r, today));
}

async function loadOwnRelease(app: AppContext, rc: RequestContext, id: string, action: string) {
  const { actor, client } = await requireOwnClient(app, rc);
  const row = await repo.findRelease(app.db, actor.practiceId, client.id, id);
  if (!row) {
    await recordAudit(app.db, auditEntry(rc, action, 'release', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return { client, row };
}

/** The client signs by typing their name, as for consent documents. */
export async function signOwnRelease(app: AppContext, rc: RequestContext, id: string, typedName: string): Promise<Release> {
  const { client, row } = await loadOwnRelease(app, rc, id, 'release.sign');
  const signedName = requireTypedName(client, typedName);
  if (row.status === 'awaiting-signature' && row.expires_on < isoDay(app.clock.now())) {
    throw new ConflictError('This request has expired; your therapist can ask again if it is still needed.', [{ field: 'expiresOn', message: `passed on ${row.expires_on}` }]);
  }
  const at = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    if (!(await repo.signRelease(tx, id, signedName, rc.ip, at))) throw new ConflictError('This release was already signed or was withdrawn.', [{ field: 'status', message: `is ${row.status}` }]);
    await appendAudit(tx, auditEntry(rc, 'release.sign', 'release', id), app.clock.now());
    return toRelease({ ...row, status: 'signed', typed_name: signedName, ip: rc.ip, signed_at: at }, isoDay(app.clock.now()));
  });
}

/** The client withdraws permission; letters can no longer be sent under it. */
export async function revokeOwnRelease(app: AppContext, rc: RequestContext, id: string): Promise<Release> {
  const { row } = await loadOwnRelease(app, rc, id, 'release.revoke');
  const at = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    if (!(await repo.revokeRelease(tx, id, at))) throw new ConflictError('This release was already withdrawn.', [{ field: 'status', message: 'is revoked' }]);
    await appendAudit(tx, auditEntry(rc, 'release.revoke', 'release', id), app.clock.now());
    return toRelease({ ...row, status: 'revoked', revoked_at: at }, isoDay(app.clock.now()));
  });
}

/** For referrals, unguarded: a release of this client, if it exists. */
export function findClientRelease(db: DbOrTx, practiceId: string, clientId: string, id: string): Promise<ReleaseRow | undefined> {
  return repo.findRelease(db, practiceId, clientId, id);
}

import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireActor, requireRole } from '../../platform/authz.js';
import { addDays, isoDay } from '../../platform/clock.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { displayName, findClientRecord, requireCareTeamClient } from '../clients/clients.service.js';
import { latestSubmittedSummary } from '../intake/intake.service.js';
import { getPracticeRecord, staffDisplayName } from '../practice/practice.service.js';
import { findClientRelease } from '../releases/releases.service.js';
import type { ReleaseItem } from '../releases/releases.schemas.js';
import { buildLetter, renderLetterPdf } from './letter.js';
import * as repo from './referrals.repository.js';
import type { ReferralRow } from './referrals.repository.js';
import { emitEvent } from '../integrations/webhooks.service.js';
import {
  OUTCOME_EXPECTED_DAYS, SPECIALTY_LABELS, type Letter, type NewReferral, type Referral, type ReferralPatch, type ReferralStatus, type Urgency,
} from './referrals.schemas.js';

/**
 * Referrals: suggested (by screening) → drafted → sent → acknowledged → seen → closed, or
 * declined by the client. Sending needs the client's signed, unexpired release naming the
 * recipient; the letter then carries only what that release allows.
 */
const NEXT: Record<ReferralStatus, ReferralStatus[]> = {
  drafted: ['sent', 'declined'],
  sent: ['acknowledged', 'seen', 'closed', 'declined'],
  acknowledged: ['seen', 'closed', 'declined'],
  seen: ['closed'],
  closed: [],
  declined: [],
};
/** Referrals that are not to a medical professional (they do not make a medical cause "pending"). */
const NON_MEDICAL = ['psychiatry', 'crisis-services'];


function toReferral(app: AppContext, row: ReferralRow, today: string): Referral {
  const dec = (v: string | null) => (v === null ? null : app.keyring.decrypt(v));
  return {
    id: row.id, clientId: row.client_id, suggestionId: row.suggestion_id, specialty: row.specialty as Referral['specialty'],
    specialtyLabel: SPECIALTY_LABELS[row.specialty as keyof typeof SPECIALTY_LABELS] ?? row.specialty,
    recipientName: row.recipient_name, recipientOrganization: row.recipient_organization, urgency: row.urgency as Referral['urgency'], reason: app.keyring.decrypt(row.reason),
    status: row.status as ReferralStatus, releaseId: row.release_id, notes: dec(row.notes), outcome: dec(row.outcome), dueOn: row.due_on,
    overdue: (row.status === 'sent' || row.status === 'acknowledged') && row.due_on < today,
    sentAt: row.sent_at, acknowledgedAt: row.acknowledged_at, seenAt: row.seen_at, closedAt: row.closed_at, declinedAt: row.declined_at, createdAt: row.created_at,
  };
}

/** Creates a drafted referral inside the caller's transaction (used here and when a suggestion is accepted). */
export async function createReferralInTx(
  app: AppContext, tx: DbOrTx, rc: RequestContext, actor: Actor, clientId: string, input: NewReferral & { suggestionId?: string | null },
): Promise<ReferralRow> {
  const now = app.clock.now();
  const row: ReferralRow = {
    id: newId(), practice_id: actor.practiceId, client_id: clientId, suggestion_id: input.suggestionId ?? null, specialty: input.specialty,
    recipient_name: input.recipientName?.trim() || null, recipient_organization: input.recipientOrganization?.trim() || null, urgency: input.urgency,
    reason: app.keyring.encrypt(input.reason), status: 'drafted', release_id: null, notes: input.notes ? app.keyring.encrypt(input.notes) : null, outcome: null,
    due_on: addDays(isoDay(now), OUTCOME_EXPECTED_DAYS[input.urgency]), sent_letter: null, sent_at: null, acknowledged_at: null, seen_at: null, closed_at: null, declined_at: null,
    created_by: actor.userId, created_at: now.toISOString(), updated_at: now.toISOString(),
  };
  await repo.insertReferral(tx, row);
  await appendAudit(tx, auditEntry(rc, 'referral.create', 'referral', row.id), now);
  await emitEvent(app, tx, row.practice_id, 'referral.created', referralEvent(row));
  return row;
}

export async function createReferral(app: AppContext, rc: RequestContext, clientId: string, input: NewReferral): Promise<Referral> {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'referral.create');
  const row = await app.db.transaction().execute((tx) => createReferralInTx(app, tx, rc, actor, clientId, input));
  return toReferral(app, row, isoDay(app.clock.now()));
}

export async function listClientReferrals(app: AppContext, rc: RequestContext, clientId: string): Promise<Referral[]> {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'referral.read');
  const rows = await repo.listReferralsOfClient(app.db, actor.practiceId, clientId);
  await recordAudit(app.db, auditEntry(rc, 'referral.list', 'client', clientId), app.clock.now());
  const today = isoDay(app.clock.now());
  return rows.map((r) => toReferral(app, r, today));
}

/** The referral, for a clinician on its client's care team; anyone else gets 404, audited. */
async function loadReferral(app: AppContext, rc: RequestContext, id: string, action: string): Promise<{ actor: Actor; row: ReferralRow }> {
  const actor = requireActor(rc);
  const row = await repo.findReferral(app.db, actor.practiceId, id);
  if (!row) {
    await recordAudit(app.db, auditEntry(rc, action, 'referral', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  await requireCareTeamClient(app, rc, row.client_id, action);
  return { actor, row };
}

export async function getReferral(app: AppContext, rc: RequestContext, id: string): Promise<Referral> {
  const { row } = await loadReferral(app, rc, id, 'referral.read');
  await recordAudit(app.db, auditEntry(rc, 'referral.read', 'referral', id), app.clock.now());
  return toReferral(app, row, isoDay(app.clock.now()));
}

/** What a webhook is told of a referral: ids, the specialty, urgency and state — never the reason, the letter or who it is about. */
function referralEvent(row: Pick<ReferralRow, 'id' | 'client_id' | 'specialty' | 'urgency' | 'status' | 'due_on'>) {
  return { referralId: row.id, clientId: row.client_id, specialty: row.specialty, urgency: row.urgency, status: row.status, dueOn: row.due_on };
}

async function save(app: AppContext, rc: RequestContext, actor: Actor, row: ReferralRow, changes: Partial<ReferralRow>, action: string): Promise<Referral> {
  const updated = { ...changes, updated_at: app.clock.now().toISOString() };
  return app.db.transaction().execute(async (tx) => {
    if (!(await repo.updateReferral(tx, actor.practiceId, row.id, row.status, updated))) {
      throw new ConflictError('This referral was changed by someone else; reload it.', [{ field: 'status', message: 'changed since you loaded it' }]);
    }
    await appendAudit(tx, auditEntry(rc, action, 'referral', row.id), app.clock.now());
    if (updated.status && updated.status !== row.status) {
      await emitEvent(app, tx, row.practice_id, updated.status === 'sent' ? 'referral.sent' : 'referral.status-changed', { ...referralEvent({ ...row, ...updated }), previousStatus: row.status });
    }
    return toReferral(app, { ...row, ...updated }, isoDay(app.clock.now()));
  });
}

export async function updateReferral(app: AppContext, rc: RequestContext, id: string, patch: ReferralPatch): Promise<Referral> {
  const { actor, row } = await loadReferral(app, rc, id, 'referral.update');
  const draftOnly = ['recipientName', 'recipientOrganization', 'urgency', 'reason'] as const;
  const locked = draftOnly.find((k) => patch[k] !== undefined && row.status !== 'drafted');
  if (locked) throw new ConflictError('A sent referral cannot be changed; add a note instead.', [{ field: locked, message: 'cannot change after the referral is sent' }]);
  const changes: Partial<ReferralRow> = {
    ...(patch.recipientName !== undefined ? { recipient_name: patch.recipientName.trim() } : {}),
    ...(patch.recipientOrganization !== undefined ? { recipient_organization: patch.recipientOrganization.trim() } : {}),
    ...(patch.urgency !== undefined ? { urgency: patch.urgency } : {}),
    ...(patch.reason !== undefined ? { reason: app.keyring.encrypt(patch.reason) } : {}),
    ...(patch.notes !== undefined ? { notes: patch.notes ? app.keyring.encrypt(patch.notes) : null } : {}),
    ...(patch.dueOn !== undefined ? { due_on: patch.dueOn } : {}),
  };
  return save(app, rc, actor, row, changes, 'referral.update');
}

const sameName = (a: string, b: string) => a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

/** The release that lets this referral's letter go out, or a field-named refusal. */
async function requireUsableRelease(app: AppContext, row: ReferralRow, releaseId: string) {
  const release = await findClientRelease(app.db, row.practice_id, row.client_id, releaseId);
  const today = isoDay(app.clock.now());
  if (!release) throw ValidationError.field('releaseId', 'no release of information with this id for this client');
  if (release.status !== 'signed') throw ValidationError.field('releaseId', release.status === 'revoked' ? 'the client withdrew this release' : 'the client has not signed this release yet');
  if (release.expires_on < today) throw ValidationError.field('releaseId', `this release expired on ${release.expires_on}`);
  if (!row.recipient_name) throw ValidationError.field('recipientName', 'name the recipient before sending');
  if (!sameName(release.recipient_name, row.recipient_name)) throw ValidationError.field('releaseId', `this release names ${release.recipient_name}, not ${row.recipient_name}`);
  return release;
}

/** Marks the referral sent — only with a signed, current release naming its recipient. */
export async function sendReferral(app: AppContext, rc: RequestContext, id: string, releaseId: string): Promise<Referral> {
  const { actor, row } = await loadReferral(app, rc, id, 'referral.send');
  if (row.status !== 'drafted') throw new ConflictError(`This referral is ${row.status}; only a drafted referral can be sent.`, [{ field: 'status', message: `is ${row.status}` }]);
  const letter = await composeLetter(app, actor, row, releaseId);
  const today = isoDay(app.clock.now());
  return save(app, rc, actor, row, {
    status: 'sent', release_id: releaseId, sent_at: app.clock.now().toISOString(), due_on: addDays(today, OUTCOME_EXPECTED_DAYS[row.urgency as Urgency]),
    sent_letter: app.keyring.encrypt(JSON.stringify(letter)),
  }, 'referral.send');
}

export async function transitionReferral(app: AppContext, rc: RequestContext, id: string, to: Exclude<ReferralStatus, 'drafted' | 'sent'>, outcome?: string): Promise<Referral> {
  const { actor, row } = await loadReferral(app, rc, id, 'referral.transition');
  if (!NEXT[row.status as ReferralStatus].includes(to)) {
    throw new ConflictError(`A referral that is ${row.status} cannot become ${to}.`, [{ field: 'to', message: `cannot follow ${row.status}` }]);
  }
  if (to === 'closed' && !outcome && row.outcome === null) throw ValidationError.field('outcome', 'record what the recipient reported before closing');
  const at = app.clock.now().toISOString();
  const stamp = { acknowledged: 'acknowledged_at', seen: 'seen_at', closed: 'closed_at', declined: 'declined_at' }[to] as 'acknowledged_at' | 'seen_at' | 'closed_at' | 'declined_at';
  return save(app, rc, actor, row, { status: to, [stamp]: at, ...(outcome ? { outcome: app.keyring.encrypt(outcome) } : {}) }, `referral.${to}`);
}

/** Builds the letter under a usable release: only what it allows, about this client only. */
async function composeLetter(app: AppContext, actor: Actor, row: ReferralRow, releaseId: string): Promise<Letter> {
  const release = await requireUsableRelease(app, row, releaseId);
  const client = (await findClientRecord(app.db, actor.practiceId, row.client_id))!;
  const practice = await getPracticeRecord(app.db, actor.practiceId);
  const author = await staffDisplayName(app.db, actor.practiceId, actor.userId);
  const history = await latestSubmittedSummary(app, app.db, actor.practiceId, client.id, client.date_of_birth);
  return buildLetter({
    practiceName: practice.name, clinicianName: author, date: isoDay(app.clock.now()), recipientName: row.recipient_name!, recipientOrganization: row.recipient_organization,
    specialtyLabel: SPECIALTY_LABELS[row.specialty as keyof typeof SPECIALTY_LABELS] ?? row.specialty, urgency: row.urgency,
    client: { name: `${client.first_name} ${client.last_name}`, dateOfBirth: client.date_of_birth }, reason: app.keyring.decrypt(row.reason),
    release: { id: release.id, signedAt: release.signed_at!, expiresOn: release.expires_on, allowed: JSON.parse(release.allowed) as ReleaseItem[] },
    history: history?.summary ?? null,
  });
}

/**
 * The letter: once sent, exactly the letter that went (even if its release has since lapsed);
 * before that, a preview under the chosen release.
 */
export async function referralLetter(app: AppContext, rc: RequestContext, id: string, releaseIdOverride?: string): Promise<Letter> {
  const { actor, row } = await loadReferral(app, rc, id, 'referral.letter');
  let letter: Letter;
  if (row.sent_letter !== null && (releaseIdOverride === undefined || releaseIdOverride === row.release_id)) {
    letter = JSON.parse(app.keyring.decrypt(row.sent_letter)) as Letter;
  } else {
    const releaseId = releaseIdOverride ?? row.release_id;
    if (!releaseId) throw ValidationError.field('releaseId', 'choose the signed release this letter is sent under');
    letter = await composeLetter(app, actor, row, releaseId);
  }
  await recordAudit(app.db, auditEntry(rc, 'referral.letter', 'referral', id), app.clock.now());
  return letter;
}

export async function referralLetterPdf(app: AppContext, rc: RequestContext, id: string, releaseId?: string): Promise<Uint8Array> {
  return renderLetterPdf(await referralLetter(app, rc, id, releaseId));
}

/** For diagnoses, unguarded: whether a medical referral for the client still awaits its outcome. */
export function hasPendingMedicalReferral(db: DbOrTx, practiceId: string, clientId: string): Promise<boolean> {
  return repo.hasPendingMedicalReferral(db, practiceId, clientId, NON_MEDICAL);
}

/** For the Today page: the clinician's overdue referrals (no outcome after the expected time). */
export async function overdueReferrals(app: AppContext, rc: RequestContext) {
  const actor = requireRole(rc, 'clinician', 'supervisor');
  const rows = await repo.listOverdueForClinician(app.db, actor.practiceId, actor.userId, isoDay(app.clock.now()));
  return rows.map((r) => ({
    id: r.id, clientId: r.client_id, clientName: displayName(r), specialty: r.specialty as Referral['specialty'],
    specialtyLabel: SPECIALTY_LABELS[r.specialty as keyof typeof SPECIALTY_LABELS] ?? r.specialty, urgency: r.urgency as Referral['urgency'], dueOn: r.due_on,
    status: r.status as ReferralStatus,
  }));
}

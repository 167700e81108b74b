import { DateTime } from 'luxon';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireActor } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { ConflictError, NotFoundError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { queueMail } from '../../platform/mail.js';
import { renderPdf } from '../../platform/pdf.js';
import { careTeamContacts, requireCareTeamClient, requireOwnClient } from '../clients/clients.service.js';
import type { ClientRow } from '../clients/clients.repository.js';
import { clientHistorySummary } from '../intake/intake.service.js';
import { practiceToday } from '../practice/practice.service.js';
import { buildClientBundle } from './client-bundle.js';
import { gatherClientRecord } from './interop.service.js';
import * as repo from './record-access.repository.js';
import type { RecordRequestRow } from './record-access.repository.js';
import { recordPdfBlocks } from './record-pdf.js';

/*
 * A client's right of access to their own record (HIPAA, 45 CFR 164.524). The client asks in the
 * portal; a clinician on their care team reviews the record and releases it, or declines with the
 * reason the client will read. The practice must act within 30 days of the request
 * (164.524(b)(2)(i): https://www.law.cornell.edu/cfr/text/45/164.524). What is released is a
 * copy made at that moment, as a PDF and as a FHIR R4 Bundle; psychotherapy notes are never part
 * of it (164.524(a)(1)(i)). A decline is only for the grounds the rule allows, and the client may
 * have it reviewed (164.524(a)(3), (a)(4)): the decision note says so. Every request, decision and
 * download is audited.
 */

export const ACT_WITHIN_DAYS = 30;

export interface RecordRequest {
  id: string;
  clientId: string;
  requestedAt: string;
  dueOn: string;
  status: 'pending-review' | 'released' | 'declined';
  reviewedAt: string | null;
  decisionNote: string | null;
  downloads: number;
  firstDownloadedAt: string | null;
}

function toRequest(app: AppContext, row: RecordRequestRow): RecordRequest {
  return {
    id: row.id, clientId: row.client_id, requestedAt: row.requested_at, dueOn: row.due_on, status: row.status as RecordRequest['status'],
    reviewedAt: row.reviewed_at, decisionNote: row.decision_note ? app.keyring.decrypt(row.decision_note) : null,
    downloads: row.download_count, firstDownloadedAt: row.first_downloaded_at,
  };
}

/** The client asks for their record; their care team is told by mail (no name or clinical content in it). One open request at a time. */
export async function requestOwnRecord(app: AppContext, rc: RequestContext): Promise<RecordRequest> {
  const { actor, client } = await requireOwnClient(app, rc);
  const open = (await repo.listRequestsOfClient(app.db, actor.practiceId, client.id)).find((r) => r.status === 'pending-review');
  if (open) throw new ConflictError('You have already asked for your record; your therapist is preparing it.', [{ field: 'request', message: 'a request is already waiting for review' }]);
  const now = app.clock.now();
  const today = await practiceToday(app, actor.practiceId);
  const row = {
    id: newId(), practice_id: actor.practiceId, client_id: client.id, requested_by: actor.userId, requested_at: now.toISOString(),
    due_on: DateTime.fromISO(today).plus({ days: ACT_WITHIN_DAYS }).toISODate()!, status: 'pending-review',
    reviewed_by: null, reviewed_at: null, decision_note: null, record_fhir: null, record_pdf: null, first_downloaded_at: null, download_count: 0,
  };
  const team = await careTeamContacts(app.db, actor.practiceId, client.id);
  await app.db.transaction().execute(async (tx) => {
    await repo.insertRequest(tx, row);
    for (const member of team) {
      await queueMail(tx, app.keyring, app.clock, app.mail, {
        practiceId: actor.practiceId, to: member.email, subject: 'A client has asked for a copy of their record',
        text: `Hello ${member.displayName},\n\nA client on your care team has asked for a copy of their record. Please review and release it, or decline with a reason, by ${row.due_on}.\n\n${app.config.publicUrl}/clients/${client.id}\n`,
      });
    }
    await appendAudit(tx, auditEntry(rc, 'record-request.create', 'record-request', row.id), now);
  });
  return toRequest(app, row);
}

export async function listOwnRecordRequests(app: AppContext, rc: RequestContext): Promise<RecordRequest[]> {
  const { actor, client } = await requireOwnClient(app, rc);
  return (await repo.listRequestsOfClient(app.db, actor.practiceId, client.id)).map((r) => toRequest(app, r));
}

/** The released copy, for the client who asked: counted and audited on every download. */
export async function downloadOwnRecord(app: AppContext, rc: RequestContext, id: string, format: 'pdf' | 'fhir'): Promise<Uint8Array | string> {
  const { actor, client } = await requireOwnClient(app, rc);
  const row = await repo.findRequest(app.db, actor.practiceId, id);
  if (!row || row.client_id !== client.id || row.status !== 'released' || !row.record_fhir || !row.record_pdf) {
    await recordAudit(app.db, auditEntry(rc, 'record-request.download', 'record-request', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  await app.db.transaction().execute(async (tx) => {
    await repo.countDownload(tx, id, app.clock.now().toISOString());
    await appendAudit(tx, auditEntry(rc, `record-request.download-${format}`, 'record-request', id), app.clock.now());
  });
  return format === 'pdf' ? Buffer.from(app.keyring.decrypt(row.record_pdf), 'base64') : app.keyring.decrypt(row.record_fhir);
}

export async function listClientRecordRequests(app: AppContext, rc: RequestContext, clientId: string): Promise<RecordRequest[]> {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'record-request.list');
  await recordAudit(app.db, auditEntry(rc, 'record-request.list', 'client', clientId), app.clock.now());
  return (await repo.listRequestsOfClient(app.db, actor.practiceId, clientId)).map((r) => toRequest(app, r));
}

async function loadForReview(app: AppContext, rc: RequestContext, id: string, action: string): Promise<{ row: RecordRequestRow; client: ClientRow }> {
  const actor = requireActor(rc);
  const row = await repo.findRequest(app.db, actor.practiceId, id);
  if (!row) {
    await recordAudit(app.db, auditEntry(rc, action, 'record-request', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  const { client } = await requireCareTeamClient(app, rc, row.client_id, action);
  if (row.status !== 'pending-review') throw new ConflictError('This request has already been decided.', [{ field: 'status', message: `is already ${row.status}` }]);
  return { row, client };
}

/** A care-team clinician releases the record: a copy is made now (PDF and FHIR), kept encrypted, and the client is told it is ready. */
export async function releaseRecord(app: AppContext, rc: RequestContext, id: string): Promise<RecordRequest> {
  const { row } = await loadForReview(app, rc, id, 'record-request.release');
  const data = await gatherClientRecord(app, rc, row.client_id);
  const history = (await clientHistorySummary(app, rc, row.client_id)).summary;
  const bundle = buildClientBundle(data);
  const pdf = await renderPdf(`Record of ${data.client.displayName}`, recordPdfBlocks(data, history ? {
    concerns: history.concerns.map((c) => ({ label: c.label, inOwnWords: c.inOwnWords ?? null, onset: c.onset ?? null, distress: c.distress ?? null, statusNow: c.statusNow ?? null })),
    timeline: history.timeline.map((e) => ({ when: e.when, label: e.label })),
  } : null), app.clock.now());
  const now = app.clock.now().toISOString();
  const set = {
    status: 'released', reviewed_by: rc.actor!.userId, reviewed_at: now,
    record_fhir: app.keyring.encrypt(JSON.stringify(bundle)), record_pdf: app.keyring.encrypt(Buffer.from(pdf).toString('base64')),
  };
  await app.db.transaction().execute(async (tx) => {
    if (!(await repo.decide(tx, id, set))) throw new ConflictError('This request has already been decided.', [{ field: 'status', message: 'was decided by someone else' }]);
    if (data.client.email) {
      await queueMail(tx, app.keyring, app.clock, app.mail, {
        practiceId: row.practice_id, to: data.client.email, subject: 'Your record is ready',
        text: `Hello ${data.client.preferredName ?? data.client.firstName},\n\nThe copy of your record that you asked for is ready. You can download it in your private space:\n\n${app.config.publicUrl}/portal/record\n`,
      });
    }
    await appendAudit(tx, auditEntry(rc, 'record-request.release', 'record-request', id), app.clock.now());
  });
  return toRequest(app, { ...row, ...set, decision_note: null });
}

/** A care-team clinician declines, with the reason the client will read; the client is told and may ask for the decision to be reviewed. */
export async function declineRecord(app: AppContext, rc: RequestContext, id: string, reason: string): Promise<RecordRequest> {
  const { row, client } = await loadForReview(app, rc, id, 'record-request.decline');
  const now = app.clock.now().toISOString();
  const set = { status: 'declined', reviewed_by: rc.actor!.userId, reviewed_at: now, decision_note: app.keyring.encrypt(reason) };
  await app.db.transaction().execute(async (tx) => {
    if (!(await repo.decide(tx, id, set))) throw new ConflictError('This request has already been decided.', [{ field: 'status', message: 'was decided by someone else' }]);
    if (client.email) {
      await queueMail(tx, app.keyring, app.clock, app.mail, {
        practiceId: row.practice_id, to: client.email, subject: 'About your request for your record',
        text: `Hello ${client.preferred_name ?? client.first_name},\n\nYour therapist has answered your request for a copy of your record. Please read their answer in your private space:\n\n${app.config.publicUrl}/portal/record\n`,
      });
    }
    await appendAudit(tx, auditEntry(rc, 'record-request.decline', 'record-request', id), app.clock.now());
  });
  return toRequest(app, { ...row, ...set });
}

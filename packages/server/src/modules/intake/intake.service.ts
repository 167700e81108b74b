import { checkHistory, historyProgress, summarizeHistory, type HistoryAnswers, type HistorySummary } from '@candor/clinical';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { requireCareTeamClient, requireOwnClient } from '../clients/clients.service.js';
import type { ClientRow } from '../clients/clients.repository.js';
import { staffDisplayName } from '../practice/practice.service.js';
import { screenSubmittedIntake } from '../screening/screening.service.js';
import * as repo from './intake.repository.js';
import type { IntakeRow } from './intake.repository.js';

export type CompletedBy = 'client' | 'clinician';

/** Whose history is being read or written, and in what capacity. */
export interface IntakeSubject {
  actor: Actor;
  client: ClientRow;
  completedBy: CompletedBy;
}

export interface Intake {
  id: string;
  clientId: string;
  version: number | null;
  status: 'draft' | 'submitted';
  revision: number;
  completedBy: CompletedBy;
  completedByName: string;
  answers: HistoryAnswers;
  progress: { completed: number; total: number };
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

/** The portal: the signed-in client's own history. */
export async function portalSubject(app: AppContext, rc: RequestContext): Promise<IntakeSubject> {
  const { actor, client } = await requireOwnClient(app, rc);
  return { actor, client, completedBy: 'client' };
}

/** A care-team clinician completing the history on the client's behalf. */
export async function clinicianSubject(app: AppContext, rc: RequestContext, clientId: string): Promise<IntakeSubject> {
  const { actor, client } = await requireCareTeamClient(app, rc, clientId, 'intake.access');
  return { actor, client, completedBy: 'clinician' };
}

/** Who filled it in: a clinician by name, or the client (their own account's display name). */
function staffOrClientName(db: DbOrTx, row: IntakeRow): Promise<string> {
  return staffDisplayName(db, row.practice_id, row.completed_by_user_id);
}

function readAnswers(app: AppContext, row: IntakeRow): HistoryAnswers {
  return JSON.parse(app.keyring.decrypt(row.answers)) as HistoryAnswers;
}

async function toIntake(app: AppContext, db: DbOrTx, row: IntakeRow): Promise<Intake> {
  const author = await staffOrClientName(db, row);
  const answers = readAnswers(app, row);
  return {
    id: row.id, clientId: row.client_id, version: row.version, status: row.status as Intake['status'], revision: row.revision,
    completedBy: row.completed_by as CompletedBy, completedByName: author, answers, progress: historyProgress(answers),
    createdAt: row.created_at, updatedAt: row.updated_at, submittedAt: row.submitted_at,
  };
}

/** The intake, if it belongs to the subject's client; otherwise the same 404 as a missing id, audited. */
async function loadIntake(app: AppContext, rc: RequestContext, subject: IntakeSubject, id: string, action: string): Promise<IntakeRow> {
  const row = await repo.findIntake(app.db, subject.actor.practiceId, subject.client.id, id);
  if (!row) {
    await recordAudit(app.db, auditEntry(rc, action, 'intake', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  return row;
}

export async function listIntakes(app: AppContext, rc: RequestContext, subject: IntakeSubject) {
  const rows = await repo.listIntakes(app.db, subject.actor.practiceId, subject.client.id);
  await recordAudit(app.db, auditEntry(rc, 'intake.list', 'client', subject.client.id), app.clock.now());
  return rows.map((r) => ({
    id: r.id, version: r.version, status: r.status as Intake['status'], completedBy: r.completed_by as CompletedBy,
    progress: { completed: r.progress_completed, total: historyProgress({}).total }, updatedAt: r.updated_at, submittedAt: r.submitted_at,
  }));
}

export async function getIntake(app: AppContext, rc: RequestContext, subject: IntakeSubject, id: string): Promise<Intake> {
  const row = await loadIntake(app, rc, subject, id, 'intake.read');
  await recordAudit(app.db, auditEntry(rc, 'intake.read', 'intake', id), app.clock.now());
  return toIntake(app, app.db, row);
}

/** The open draft, or a new one pre-filled from the latest submitted version (which stays as it was). */
export async function openDraft(app: AppContext, rc: RequestContext, subject: IntakeSubject): Promise<{ created: boolean; intake: Intake }> {
  const { practiceId } = subject.actor;
  const existing = await repo.findDraft(app.db, practiceId, subject.client.id);
  if (existing) {
    await recordAudit(app.db, auditEntry(rc, 'intake.read', 'intake', existing.id), app.clock.now());
    return { created: false, intake: await toIntake(app, app.db, existing) };
  }
  const latest = await repo.findLatestSubmitted(app.db, practiceId, subject.client.id);
  const answers: HistoryAnswers = latest ? readAnswers(app, latest) : {};
  const now = app.clock.now().toISOString();
  const row: IntakeRow = {
    id: newId(), practice_id: practiceId, client_id: subject.client.id, version: null, status: 'draft', revision: 0,
    completed_by: subject.completedBy, completed_by_user_id: subject.actor.userId, answers: app.keyring.encrypt(JSON.stringify(answers)),
    progress_completed: historyProgress(answers).completed, created_at: now, updated_at: now, submitted_at: null,
  };
  return app.db.transaction().execute(async (tx) => {
    await repo.insertIntake(tx, row);
    await appendAudit(tx, auditEntry(rc, 'intake.start', 'intake', row.id), app.clock.now());
    return { created: true, intake: await toIntake(app, tx, row) };
  });
}

function alreadySubmitted(): ConflictError {
  return new ConflictError('This history was already sent. To change it, start a new version; the one you sent is kept.', [
    { field: 'status', message: 'is already submitted; start a new version to change it' },
  ]);
}

function staleRevision(): ConflictError {
  return new ConflictError('These answers were changed somewhere else (perhaps on another device) since you opened them. Reload to see the latest, then carry on.', [
    { field: 'revision', message: 'is out of date; reload the latest answers' },
  ]);
}

/** Autosave: checks the answers against the history's rules, then writes them if nobody saved since `revision`. */
export async function saveDraft(app: AppContext, rc: RequestContext, subject: IntakeSubject, id: string, input: { answers: HistoryAnswers; revision: number }) {
  const row = await loadIntake(app, rc, subject, id, 'intake.save');
  if (row.status !== 'draft') throw alreadySubmitted();
  const problems = checkHistory(input.answers, { today: app.clock.now(), dateOfBirth: subject.client.date_of_birth });
  if (problems.length > 0) throw new ValidationError(problems.map((p) => ({ field: `answers.${p.field}`, message: p.message })));
  const now = app.clock.now().toISOString();
  const progress = historyProgress(input.answers);
  return app.db.transaction().execute(async (tx) => {
    const saved = await repo.saveDraft(tx, subject.actor.practiceId, id, input.revision, {
      answers: app.keyring.encrypt(JSON.stringify(input.answers)), progress_completed: progress.completed, updated_at: now,
      completed_by: subject.completedBy, completed_by_user_id: subject.actor.userId,
    });
    if (!saved) throw staleRevision();
    await appendAudit(tx, auditEntry(rc, 'intake.save', 'intake', id), app.clock.now());
    return { id, revision: input.revision + 1, progress, updatedAt: now };
  });
}

/** Sends the history: it becomes the next numbered version; earlier versions are kept. */
export async function submitIntake(app: AppContext, rc: RequestContext, subject: IntakeSubject, id: string, revision: number): Promise<Intake> {
  const row = await loadIntake(app, rc, subject, id, 'intake.submit');
  if (row.status !== 'draft') throw alreadySubmitted();
  const problems = checkHistory(readAnswers(app, row), { today: app.clock.now(), dateOfBirth: subject.client.date_of_birth });
  if (problems.length > 0) throw new ValidationError(problems.map((p) => ({ field: `answers.${p.field}`, message: p.message })));
  const now = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    const version = await repo.nextVersion(tx, subject.actor.practiceId, subject.client.id);
    if (!(await repo.markSubmitted(tx, subject.actor.practiceId, id, revision, version, now))) throw staleRevision();
    await appendAudit(tx, auditEntry(rc, 'intake.submit', 'intake', id), app.clock.now());
    // Screening runs with the submission, in the same transaction: suggestions appear on the chart at once.
    await screenSubmittedIntake(app, tx, rc, subject.client, id, readAnswers(app, row));
    return toIntake(app, tx, (await repo.findIntake(tx, subject.actor.practiceId, subject.client.id, id))!);
  });
}

export interface LatestHistory {
  intake: { id: string; version: number; submittedAt: string; completedBy: string };
  summary: HistorySummary;
}

/** For other services, unguarded: the summary of a client's latest submitted history. */
export async function latestSubmittedSummary(app: AppContext, db: DbOrTx, practiceId: string, clientId: string, dateOfBirth: string): Promise<LatestHistory | null> {
  const row = await repo.findLatestSubmitted(db, practiceId, clientId);
  if (!row) return null;
  return {
    intake: { id: row.id, version: row.version!, submittedAt: row.submitted_at!, completedBy: row.completed_by },
    summary: summarizeHistory(readAnswers(app, row), { dateOfBirth }),
  };
}

/** The care team's view of a client's latest history. */
export async function clientHistorySummary(app: AppContext, rc: RequestContext, clientId: string): Promise<{ intake: LatestHistory['intake'] | null; summary: HistorySummary | null }> {
  const { actor, client } = await requireCareTeamClient(app, rc, clientId, 'intake.read-summary');
  const latest = await latestSubmittedSummary(app, app.db, actor.practiceId, client.id, client.date_of_birth);
  await recordAudit(app.db, auditEntry(rc, 'intake.read-summary', 'client', clientId), app.clock.now());
  return { intake: latest?.intake ?? null, summary: latest?.summary ?? null };
}

/** For the portal home, unguarded: whether the client has sent a history yet. */
export async function listIntakeStatus(app: AppContext, client: ClientRow): Promise<{ submitted: boolean }> {
  const latest = await repo.findLatestSubmitted(app.db, client.practice_id, client.id);
  return { submitted: latest !== undefined };
}

/** For other services, unguarded: the latest submitted answers of a client, with the intake's id. */
export async function latestSubmittedAnswers(app: AppContext, db: DbOrTx, practiceId: string, clientId: string): Promise<{ intakeId: string; answers: HistoryAnswers } | null> {
  const row = await repo.findLatestSubmitted(db, practiceId, clientId);
  return row ? { intakeId: row.id, answers: readAnswers(app, row) } : null;
}

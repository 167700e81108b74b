import { MEDICINE_CLASSES, normaliseText, screenHistory, type HistoryAnswers, type ReferralSuggestion, type Specialty, type Urgency } from '@candor/clinical';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireActor } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { screeningContextOf, requireCareTeamClient } from '../clients/clients.service.js';
import type { ClientRow } from '../clients/clients.repository.js';
import { latestSubmittedAnswers } from '../intake/intake.service.js';
import { createReferralInTx } from '../referrals/referrals.service.js';
import * as repo from './screening.repository.js';
import type { SuggestionRow } from './screening.repository.js';

/**
 * Medical-referral screening on the server: when a history is submitted, `screenHistory`
 * (in @candor/clinical) suggests referrals; each appears on the client's chart until the
 * clinician accepts it (creating a drafted referral) or dismisses it with a reason. Suggestions
 * are for the care team only — no portal route ever returns them.
 */
export interface Suggestion {
  id: string;
  ruleId: string;
  specialty: Specialty;
  urgency: Urgency;
  reason: string;
  evidence: { path: string; text: string }[];
  source: string;
  status: 'open' | 'accepted' | 'dismissed';
  decisionReason: string | null;
  decidedAt: string | null;
  referralId: string | null;
  intakeId: string;
  createdAt: string;
}

type Details = Pick<ReferralSuggestion, 'reason' | 'evidence' | 'source'>;

function toSuggestion(app: AppContext, row: SuggestionRow): Suggestion {
  const details = JSON.parse(app.keyring.decrypt(row.details)) as Details;
  return {
    id: row.id, ruleId: row.rule_id, specialty: row.specialty as Specialty, urgency: row.urgency as Urgency, ...details, status: row.status as Suggestion['status'],
    decisionReason: row.decision_reason === null ? null : app.keyring.decrypt(row.decision_reason), decidedAt: row.decided_at, referralId: row.referral_id,
    intakeId: row.intake_id, createdAt: row.created_at,
  };
}

async function runScreening(app: AppContext, db: DbOrTx, client: ClientRow, answers: HistoryAnswers) {
  const aliases = await repo.listAliases(db, client.practice_id);
  return screenHistory(answers, { ...screeningContextOf(app, client), medicineAliases: aliases });
}

/** Screens a just-submitted history in the submitting transaction; suggests only rules not already open or accepted. */
export async function screenSubmittedIntake(app: AppContext, tx: DbOrTx, rc: RequestContext, client: ClientRow, intakeId: string, answers: HistoryAnswers): Promise<number> {
  const result = await runScreening(app, tx, client, answers);
  const active = await repo.activeRuleIds(tx, client.practice_id, client.id);
  const now = app.clock.now().toISOString();
  let added = 0;
  for (const s of result.suggestions) {
    if (active.has(s.ruleId)) continue;
    const inserted = await repo.insertSuggestion(tx, {
      id: newId(), practice_id: client.practice_id, client_id: client.id, intake_id: intakeId, rule_id: s.ruleId, specialty: s.specialty, urgency: s.urgency,
      details: app.keyring.encrypt(JSON.stringify({ reason: s.reason, evidence: s.evidence, source: s.source } satisfies Details)),
      status: 'open', decision_reason: null, decided_by: null, decided_at: null, referral_id: null, created_at: now,
    });
    if (inserted) added += 1;
  }
  await appendAudit(tx, { ...auditEntry(rc, 'screening.run', 'client', client.id, 'success', client.practice_id) }, app.clock.now());
  return added;
}

/** The chart's screening panel: suggestions (newest first) and the medicines no rule recognised. */
export async function getScreening(app: AppContext, rc: RequestContext, clientId: string) {
  const { client } = await requireCareTeamClient(app, rc, clientId, 'screening.read');
  const rows = await repo.listSuggestions(app.db, client.practice_id, clientId);
  const latest = await latestSubmittedAnswers(app, app.db, client.practice_id, clientId);
  const unrecognisedMedicines = latest ? (await runScreening(app, app.db, client, latest.answers)).unrecognisedMedicines : [];
  await recordAudit(app.db, auditEntry(rc, 'screening.read', 'client', clientId), app.clock.now());
  return { suggestions: rows.map((r) => toSuggestion(app, r)), unrecognisedMedicines };
}

async function loadOpenSuggestion(app: AppContext, rc: RequestContext, id: string, action: string): Promise<{ actor: Actor; row: SuggestionRow }> {
  const actor = requireActor(rc);
  const row = await repo.findSuggestion(app.db, actor.practiceId, id);
  if (!row) {
    await recordAudit(app.db, auditEntry(rc, action, 'screening-suggestion', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  await requireCareTeamClient(app, rc, row.client_id, action);
  if (row.status !== 'open') throw new ConflictError(`This suggestion was already ${row.status}.`, [{ field: 'status', message: `is ${row.status}` }]);
  return { actor, row };
}

/** Accepting a suggestion drafts a referral from it (to the suggested specialty, with its reason). */
export async function acceptSuggestion(app: AppContext, rc: RequestContext, id: string, input: { recipientName?: string; recipientOrganization?: string; reason?: string }) {
  const { actor, row } = await loadOpenSuggestion(app, rc, id, 'screening.accept');
  const suggestion = toSuggestion(app, row);
  return app.db.transaction().execute(async (tx) => {
    const referral = await createReferralInTx(app, tx, rc, actor, row.client_id, {
      specialty: suggestion.specialty, urgency: suggestion.urgency, reason: input.reason ?? suggestion.reason, suggestionId: row.id,
      ...(input.recipientName ? { recipientName: input.recipientName } : {}), ...(input.recipientOrganization ? { recipientOrganization: input.recipientOrganization } : {}),
    });
    const at = app.clock.now().toISOString();
    if (!(await repo.decideSuggestion(tx, id, { status: 'accepted', decision_reason: null, decided_by: actor.userId, decided_at: at, referral_id: referral.id }))) {
      throw new ConflictError('This suggestion was decided by someone else.', [{ field: 'status', message: 'changed since you loaded it' }]);
    }
    await appendAudit(tx, auditEntry(rc, 'screening.accept', 'screening-suggestion', id), app.clock.now());
    return { suggestion: { ...suggestion, status: 'accepted' as const, decidedAt: at, referralId: referral.id }, referralId: referral.id };
  });
}

export async function dismissSuggestion(app: AppContext, rc: RequestContext, id: string, reason: string): Promise<Suggestion> {
  const { actor, row } = await loadOpenSuggestion(app, rc, id, 'screening.dismiss');
  if (!reason.trim()) throw ValidationError.field('reason', 'say why this suggestion does not apply');
  const at = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    if (!(await repo.decideSuggestion(tx, id, { status: 'dismissed', decision_reason: app.keyring.encrypt(reason.trim()), decided_by: actor.userId, decided_at: at, referral_id: null }))) {
      throw new ConflictError('This suggestion was decided by someone else.', [{ field: 'status', message: 'changed since you loaded it' }]);
    }
    await appendAudit(tx, auditEntry(rc, 'screening.dismiss', 'screening-suggestion', id), app.clock.now());
    return { ...toSuggestion(app, row), status: 'dismissed', decisionReason: reason.trim(), decidedAt: at };
  });
}

/**
 * The clinician maps a medicine name no rule recognised to a medicine class, for the whole
 * practice; the client's latest history is screened again so the mapping takes effect now.
 */
export async function mapMedicine(app: AppContext, rc: RequestContext, clientId: string, input: { name: string; classId: string }) {
  const { actor, client } = await requireCareTeamClient(app, rc, clientId, 'screening.map-medicine');
  if (!MEDICINE_CLASSES.some((c) => c.id === input.classId)) throw ValidationError.field('classId', 'is not a known medicine class');
  const name = normaliseText(input.name);
  if (!name) throw ValidationError.field('name', 'must contain letters or digits');
  const latest = await latestSubmittedAnswers(app, app.db, client.practice_id, clientId);
  await app.db.transaction().execute(async (tx) => {
    await repo.upsertAlias(tx, { practice_id: actor.practiceId, name, class_id: input.classId, created_by: actor.userId, created_at: app.clock.now().toISOString() });
    await appendAudit(tx, auditEntry(rc, 'screening.map-medicine', 'client', clientId), app.clock.now());
    if (latest) await screenSubmittedIntake(app, tx, rc, client, latest.intakeId, latest.answers);
  });
  return getScreening(app, rc, clientId);
}

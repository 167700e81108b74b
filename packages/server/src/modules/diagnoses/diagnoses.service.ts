import { DIAGNOSES, evaluateCriteria, requireDiagnosis, type CriteriaEvaluation, type DiagnosisId, type Findings } from '@candor/clinical';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireRole } from '../../platform/authz.js';
import { isoDay } from '../../platform/clock.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { requireCareTeamClient } from '../clients/clients.service.js';
import { hasPendingMedicalReferral } from '../referrals/referrals.service.js';
import * as repo from './diagnoses.repository.js';
import type { DiagnosisRow } from './diagnoses.repository.js';
import type { DiagnosisRecord, NewDiagnosis, Specifiers } from './diagnoses.schemas.js';

/**
 * Diagnosis support: the clinician records findings, `evaluateCriteria` (in @candor/clinical)
 * says which DSM-5-TR criteria are met, and a diagnosis whose criteria are not all met can be
 * recorded only with an explicit override and reason, which is audited. A medical referral
 * still awaiting its outcome leaves "another medical condition" unknown.
 */
type Evaluation = CriteriaEvaluation & { medicalReferralPending: boolean };

/** The catalogue the chart's diagnosis form is built from. */
export function diagnosisCatalog(rc: RequestContext) {
  requireRole(rc, 'clinician', 'supervisor');
  return DIAGNOSES.map((d) => ({
    id: d.id, label: d.label, icd10: [...d.icd10], symptoms: { items: d.symptoms.items.map((i) => ({ ...i })), required: d.symptoms.required },
    alsoRequired: d.alsoRequired.map((i) => ({ ...i })), frequencyRequired: d.frequency !== null, durationMonths: d.duration?.months ?? null,
    distressRequired: d.distressRequired, exclusions: [...d.exclusions],
    specifiers: {
      course: [...d.specifiers.course], context: [...d.specifiers.context], severity: d.specifiers.severity ? [...d.specifiers.severity.levels] : [],
      other: d.specifiers.other.map((i) => ({ ...i })),
    },
  }));
}

function checkFindings(diagnosisId: DiagnosisId, findings: Findings): void {
  const diagnosis = requireDiagnosis(diagnosisId);
  const known = new Set([...diagnosis.symptoms.items, ...diagnosis.alsoRequired].map((i) => i.id));
  for (const id of Object.keys(findings.symptoms ?? {})) {
    if (!known.has(id)) throw ValidationError.field(`findings.symptoms.${id}`, 'is not a criterion of this diagnosis');
  }
}

function checkSpecifiers(diagnosisId: DiagnosisId, specifiers: Specifiers): void {
  const s = requireDiagnosis(diagnosisId).specifiers;
  if (specifiers.course && !s.course.includes(specifiers.course)) throw ValidationError.field('specifiers.course', 'does not apply to this diagnosis');
  if (specifiers.context && !s.context.includes(specifiers.context)) throw ValidationError.field('specifiers.context', 'does not apply to this diagnosis');
  if (specifiers.severity && !s.severity?.levels.includes(specifiers.severity)) throw ValidationError.field('specifiers.severity', 'does not apply to this diagnosis');
  const other = new Set(s.other.map((o) => o.id));
  const unknown = (specifiers.other ?? []).find((o) => !other.has(o));
  if (unknown) throw ValidationError.field('specifiers.other', `"${unknown}" does not apply to this diagnosis`);
}

async function evaluate(app: AppContext, practiceId: string, clientId: string, diagnosisId: DiagnosisId, findings: Findings): Promise<Evaluation> {
  checkFindings(diagnosisId, findings);
  const medicalReferralPending = await hasPendingMedicalReferral(app.db, practiceId, clientId);
  return { ...evaluateCriteria(diagnosisId, { ...findings, medicalReferralPending }), medicalReferralPending };
}

/** A dry run for the form: how the criteria stand with these findings. */
export async function evaluateForClient(app: AppContext, rc: RequestContext, clientId: string, diagnosisId: DiagnosisId, findings: Findings): Promise<Evaluation> {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'diagnosis.evaluate');
  return evaluate(app, actor.practiceId, clientId, diagnosisId, findings);
}

function toRecord(app: AppContext, row: DiagnosisRow): DiagnosisRecord {
  const stored = JSON.parse(app.keyring.decrypt(row.evaluation)) as { evaluation: Evaluation };
  return {
    id: row.id, clientId: row.client_id, diagnosisId: row.diagnosis_id as DiagnosisId, label: requireDiagnosis(row.diagnosis_id).label, icd10: row.icd10_code,
    specifiers: JSON.parse(row.specifiers) as Specifiers, status: row.status as DiagnosisRecord['status'], diagnosedOn: row.diagnosed_on,
    criteriaMet: row.criteria_met === 1, overrideReason: row.override_reason === null ? null : app.keyring.decrypt(row.override_reason),
    evaluation: stored.evaluation, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

export async function recordDiagnosis(app: AppContext, rc: RequestContext, clientId: string, input: NewDiagnosis): Promise<DiagnosisRecord> {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'diagnosis.create');
  if (input.diagnosedOn > isoDay(app.clock.now())) throw ValidationError.field('diagnosedOn', 'cannot be in the future');
  const specifiers = input.specifiers ?? {};
  checkSpecifiers(input.diagnosisId, specifiers);
  const evaluation = await evaluate(app, actor.practiceId, clientId, input.diagnosisId, input.findings);
  if (!evaluation.icd10) throw ValidationError.field('findings.substance', 'choose the substance (and any use disorder) to find the ICD-10-CM code');
  if (!evaluation.canDiagnose && !input.override && input.status !== 'ruled-out') {
    throw new ValidationError([{ field: 'override', message: `the criteria are not all met (${evaluation.reasons.join(' ')}); to record it anyway, give an override reason` }]);
  }
  const now = app.clock.now().toISOString();
  const overridden = !evaluation.canDiagnose && input.override !== undefined;
  const row: DiagnosisRow = {
    id: newId(), practice_id: actor.practiceId, client_id: clientId, diagnosis_id: input.diagnosisId, icd10_code: evaluation.icd10,
    specifiers: JSON.stringify(specifiers), status: input.status, diagnosed_on: input.diagnosedOn,
    evaluation: app.keyring.encrypt(JSON.stringify({ findings: input.findings, evaluation })), criteria_met: evaluation.canDiagnose ? 1 : 0,
    override_reason: overridden ? app.keyring.encrypt(input.override!.reason) : null, created_by: actor.userId, created_at: now, updated_at: now,
  };
  return app.db.transaction().execute(async (tx) => {
    await repo.insertDiagnosis(tx, row);
    await appendAudit(tx, auditEntry(rc, overridden ? 'diagnosis.create-override' : 'diagnosis.create', 'diagnosis', row.id), app.clock.now());
    return toRecord(app, row);
  });
}

export async function listClientDiagnoses(app: AppContext, rc: RequestContext, clientId: string): Promise<DiagnosisRecord[]> {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'diagnosis.read');
  const rows = await repo.listDiagnoses(app.db, actor.practiceId, clientId);
  await recordAudit(app.db, auditEntry(rc, 'diagnosis.read', 'client', clientId), app.clock.now());
  return rows.map((r) => toRecord(app, r));
}

export async function updateDiagnosisStatus(app: AppContext, rc: RequestContext, clientId: string, id: string, status: DiagnosisRecord['status']): Promise<DiagnosisRecord> {
  const { actor } = await requireCareTeamClient(app, rc, clientId, 'diagnosis.update');
  const row = await repo.findDiagnosis(app.db, actor.practiceId, clientId, id);
  if (!row) throw new NotFoundError();
  const at = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    await repo.updateDiagnosisStatus(tx, id, status, at);
    await appendAudit(tx, auditEntry(rc, 'diagnosis.update', 'diagnosis', id), app.clock.now());
    return toRecord(app, { ...row, status, updated_at: at });
  });
}

/** For plans and billing, unguarded (callers have checked access): the clients' recorded diagnoses, newest first. */
export async function diagnosesOfClients(db: DbOrTx, practiceId: string, clientIds: string[]): Promise<{ id: string; clientId: string; icd10: string; status: string; diagnosedOn: string }[]> {
  const out = [];
  for (const clientId of clientIds) {
    for (const row of await repo.listDiagnoses(db, practiceId, clientId)) out.push({ id: row.id, clientId, icd10: row.icd10_code, status: row.status, diagnosedOn: row.diagnosed_on });
  }
  return out;
}

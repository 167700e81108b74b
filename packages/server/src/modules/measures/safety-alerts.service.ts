import { requireInstrument } from '@candor/clinical';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry, requireActor, requireRole } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { displayName, requireCareTeamClient } from '../clients/clients.service.js';
import * as repo from './measures.repository.js';
import type { SafetyAlert } from './measures.schemas.js';

function messageFor(code: string, instrumentId: string | null): string {
  const critical = instrumentId ? requireInstrument(instrumentId).criticalItems.find((c) => c.code === code) : undefined;
  return critical?.message ?? 'A critical answer needs your attention.';
}

/** The clinician's open safety alerts (Today page). */
export async function openSafetyAlerts(app: AppContext, rc: RequestContext): Promise<SafetyAlert[]> {
  const actor = requireRole(rc, 'clinician', 'supervisor');
  const rows = await repo.listOpenAlertsForClinician(app.db, actor.practiceId, actor.userId);
  const out: SafetyAlert[] = [];
  for (const r of rows) {
    const response = await repo.findResponse(app.db, actor.practiceId, r.response_id);
    out.push({
      id: r.id, clientId: r.client_id, clientName: displayName(r), code: r.code, message: messageFor(r.code, response?.instrument_id ?? null), status: 'open',
      actionTaken: null, acknowledgedAt: null, createdAt: r.created_at,
    });
  }
  if (out.length) await recordAudit(app.db, auditEntry(rc, 'safety-alert.read', 'safety-alert', null), app.clock.now());
  return out;
}

/** Acknowledging an alert records the action taken; audited. */
export async function acknowledgeSafetyAlert(app: AppContext, rc: RequestContext, id: string, actionTaken: string): Promise<SafetyAlert> {
  const actor = requireActor(rc);
  const row = await repo.findSafetyAlert(app.db, actor.practiceId, id);
  if (!row) {
    await recordAudit(app.db, auditEntry(rc, 'safety-alert.acknowledge', 'safety-alert', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  const { client } = await requireCareTeamClient(app, rc, row.client_id, 'safety-alert.acknowledge');
  if (!actionTaken.trim()) throw ValidationError.field('actionTaken', 'say what you did (for example: called the client, safety plan reviewed)');
  const at = app.clock.now().toISOString();
  return app.db.transaction().execute(async (tx) => {
    if (!(await repo.acknowledgeSafetyAlert(tx, id, { action_taken: app.keyring.encrypt(actionTaken.trim()), acknowledged_by: actor.userId, acknowledged_at: at }))) {
      throw new ConflictError('This alert was already acknowledged.', [{ field: 'status', message: 'is acknowledged' }]);
    }
    await appendAudit(tx, auditEntry(rc, 'safety-alert.acknowledge', 'safety-alert', id), app.clock.now());
    const response = await repo.findResponse(tx, actor.practiceId, row.response_id);
    return {
      id, clientId: row.client_id, clientName: displayName(client), code: row.code, message: messageFor(row.code, response?.instrument_id ?? null),
      status: 'acknowledged', actionTaken: actionTaken.trim(), acknowledgedAt: at, createdAt: row.created_at,
    };
  });
}

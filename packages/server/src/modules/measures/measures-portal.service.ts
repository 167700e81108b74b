import { requireInstrument, type InstrumentDefinition } from '@candor/clinical';
import { appendAudit, recordAudit } from '../../platform/audit.js';
import { auditEntry } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { ConflictError, NotFoundError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { queueMail } from '../../platform/mail.js';
import { careTeamContacts, requireOwnClient } from '../clients/clients.service.js';
import * as repo from './measures.repository.js';
import type { RequestRow } from './measures.repository.js';
import { CRISIS_RESOURCES } from './measures.schemas.js';
import { materializeForClient, scoreOrRefuse } from './measures.service.js';

/**
 * The client's side: questionnaires due in the portal, answered one question at a time with
 * answers saved as they go, scored on the server when sent. A critical answer opens an urgent
 * alert for the care team (email without clinical detail) and shows crisis resources at once.
 */
function itemsFor(definition: InstrumentDefinition, wording: Record<string, string> | undefined) {
  return definition.items.map((item) => ({
    linkId: item.linkId,
    // Free instruments ship their official wording; others show it only once the practice imports its licensed copy.
    text: wording?.[item.linkId] ?? item.text,
    options: item.options.map((o) => ({ value: o.value, label: o.label })),
  }));
}

export async function listOwnMeasures(app: AppContext, rc: RequestContext) {
  const { actor, client } = await requireOwnClient(app, rc);
  await app.db.transaction().execute((tx) => materializeForClient(app, tx, client.id));
  const due = await repo.listOpenRequestsOfClient(app.db, actor.practiceId, client.id);
  const wordings = await repo.listWordings(app.db, actor.practiceId);
  await recordAudit(app.db, auditEntry(rc, 'measure.read-own', 'client', client.id), app.clock.now());
  return due.map((r) => {
    const definition = requireInstrument(r.instrument_id);
    return {
      requestId: r.id, instrumentId: definition.id, shortName: definition.shortName, title: definition.title, dueOn: r.due_on,
      recallPeriod: definition.recallPeriod, instructions: definition.instructions, items: itemsFor(definition, wordings.get(r.instrument_id)),
      draft: r.draft === null ? null : (JSON.parse(app.keyring.decrypt(r.draft)) as (number | null)[]),
    };
  });
}

async function loadOwnRequest(app: AppContext, rc: RequestContext, id: string, action: string): Promise<{ client: Awaited<ReturnType<typeof requireOwnClient>>['client']; row: RequestRow }> {
  const { actor, client } = await requireOwnClient(app, rc);
  const row = await repo.findRequest(app.db, actor.practiceId, client.id, id);
  if (!row) {
    await recordAudit(app.db, auditEntry(rc, action, 'measure-request', id, 'denied'), app.clock.now());
    throw new NotFoundError();
  }
  if (row.status !== 'due') {
    const why = row.status === 'cancelled' ? 'Your therapist has withdrawn this questionnaire, so there is nothing to send.' : `This questionnaire is ${row.status}.`;
    throw new ConflictError(why, [{ field: 'status', message: `is ${row.status}` }]);
  }
  return { client, row };
}

/** Saves the answers so far (resume on any device); each given value must be one the item allows. */
export async function saveOwnDraft(app: AppContext, rc: RequestContext, id: string, answers: (number | null)[]) {
  const { row } = await loadOwnRequest(app, rc, id, 'measure.save');
  scoreOrRefuse(row.instrument_id, answers);
  await app.db.transaction().execute(async (tx) => {
    await repo.saveRequestDraft(tx, id, app.keyring.encrypt(JSON.stringify(answers)));
    await appendAudit(tx, auditEntry(rc, 'measure.save', 'measure-request', id), app.clock.now());
  });
  return { saved: true };
}

export async function submitOwnMeasure(app: AppContext, rc: RequestContext, id: string, answers: (number | null)[]) {
  const { client, row } = await loadOwnRequest(app, rc, id, 'measure.submit');
  const score = scoreOrRefuse(row.instrument_id, answers);
  const definition = requireInstrument(row.instrument_id);
  const critical = score.alerts.filter((a) => definition.criticalItems.some((c) => c.code === a.code));
  const now = app.clock.now().toISOString();
  await app.db.transaction().execute(async (tx) => {
    if (!(await repo.completeRequest(tx, id, now))) throw new ConflictError('This questionnaire was already sent.', [{ field: 'status', message: 'is completed' }]);
    const responseId = newId();
    await repo.insertResponse(tx, {
      id: responseId, practice_id: client.practice_id, client_id: client.id, request_id: id, instrument_id: row.instrument_id,
      answers: app.keyring.encrypt(JSON.stringify(answers)), score: app.keyring.encrypt(JSON.stringify(score)), completed_by: rc.actor!.userId, completed_at: now,
    });
    await appendAudit(tx, auditEntry(rc, 'measure.submit', 'measure-response', responseId), app.clock.now());
    const assignment = await repo.findAssignment(tx, client.practice_id, row.assignment_id);
    if (assignment?.schedule === 'once') await repo.setAssignmentStatus(tx, assignment.id, 'completed', null);
    for (const alert of critical) {
      const alertId = newId();
      await repo.insertSafetyAlert(tx, {
        id: alertId, practice_id: client.practice_id, client_id: client.id, response_id: responseId, code: alert.code, status: 'open',
        action_taken: null, acknowledged_by: null, acknowledged_at: null, created_at: now,
      });
      await appendAudit(tx, auditEntry(rc, 'safety-alert.open', 'safety-alert', alertId), app.clock.now());
      for (const clinician of await careTeamContacts(tx, client.practice_id, client.id)) {
        await queueMail(tx, app.keyring, app.clock, app.mail, {
          practiceId: client.practice_id, to: clinician.email, subject: 'Urgent: a client needs your attention today',
          text: `Hello ${clinician.displayName},\n\nAn answer from one of your clients needs urgent attention today. Please sign in to Candor and open your Today page:\n\n${app.config.publicUrl}/today\n\nFor privacy, this email contains no details.`,
        });
      }
    }
  });
  return { completed: true, crisisResources: critical.length > 0 ? CRISIS_RESOURCES.map((r) => ({ ...r })) : [] };
}

import { fromFhirResponse, INSTRUMENTS, requireInstrument, scoreInstrument } from '@candor/clinical';
import { DateTime } from 'luxon';
import { appendAuditEntries } from '../../platform/audit.js';
import { auditEntry } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { requireCareTeamClient } from '../clients/clients.service.js';
import * as repo from './measures.repository.js';

/*
 * Questionnaires answered elsewhere come into a client's chart: one FHIR R4
 * QuestionnaireResponse, or a Bundle of them (Candor's own export, or another system's for the
 * same instruments, matched by Candor URL or LOINC form and item codes). Each is scored here, as
 * if answered in the portal, and charted at the time it was answered. All of the file, in one
 * transaction, or nothing: every problem is named by the entry and the question. No safety
 * alert is raised for an answer given elsewhere before; the response shows its critical items,
 * and the clinician decides.
 */

export interface ImportedResponse {
  id: string;
  instrumentId: string;
  shortName: string;
  completedAt: string;
  total: number | null;
  severity: string | null;
  criticalItems: string[];
}

export async function importFhirResponses(app: AppContext, rc: RequestContext, clientId: string, resource: unknown): Promise<{ imported: ImportedResponse[] }> {
  const { actor, client } = await requireCareTeamClient(app, rc, clientId, 'measure.import');
  const isBundle = typeof resource === 'object' && resource !== null && (resource as { resourceType?: unknown }).resourceType === 'Bundle';
  const entries: { where: string; resource: unknown }[] = isBundle
    ? ((resource as { entry?: unknown }).entry instanceof Array ? (resource as { entry: { resource?: { resourceType?: unknown } }[] }).entry : [])
      .map((e, i) => ({ where: `resource.entry[${i}]`, resource: e?.resource }))
      .filter((e) => (e.resource as { resourceType?: unknown } | undefined)?.resourceType === 'QuestionnaireResponse')
    : [{ where: 'resource', resource }];
  if (entries.length === 0) throw ValidationError.field('resource', 'holds no QuestionnaireResponse');
  if (entries.length > 500) throw ValidationError.field('resource', 'holds more than 500 responses; split the file');

  const problems: { field: string; message: string }[] = [];
  const read: { instrumentId: string; answers: (number | null)[]; authored: string }[] = [];
  for (const entry of entries) {
    const result = fromFhirResponse(entry.resource, INSTRUMENTS);
    if (!result.ok) problems.push(...result.problems.map((p) => ({ field: p.item === 'item' ? entry.where : `${entry.where}.item[${p.item}]`, message: p.message })));
    else read.push(result);
  }
  const now = app.clock.now();
  for (const [i, r] of read.entries()) {
    if (Date.parse(r.authored) > now.getTime()) problems.push({ field: entries[i]!.where, message: 'was answered in the future (authored)' });
  }
  if (problems.length) throw new ValidationError(problems);

  const imported: ImportedResponse[] = [];
  await app.db.transaction().execute(async (tx) => {
    const audits = [];
    for (const r of read) {
      const definition = requireInstrument(r.instrumentId);
      const score = scoreInstrument(r.instrumentId, r.answers);
      const day = DateTime.fromISO(r.authored, { zone: 'utc' }).toISODate()!;
      const assignmentId = newId();
      const requestId = newId();
      const responseId = newId();
      await repo.insertAssignment(tx, {
        id: assignmentId, practice_id: actor.practiceId, client_id: client.id, relationship_id: null, instrument_id: r.instrumentId, schedule: 'once', interval_weeks: null,
        every_nth_session: null, starts_on: day, until: null, status: 'completed', created_by: actor.userId, created_at: now.toISOString(), cancelled_at: null,
      });
      await repo.insertRequests(tx, [{
        id: requestId, practice_id: actor.practiceId, assignment_id: assignmentId, client_id: client.id, instrument_id: r.instrumentId, due_on: day, status: 'completed',
        draft: null, reminded_at: null, completed_at: r.authored, created_at: now.toISOString(),
      }]);
      await repo.insertResponse(tx, {
        id: responseId, practice_id: actor.practiceId, client_id: client.id, request_id: requestId, instrument_id: r.instrumentId,
        answers: app.keyring.encrypt(JSON.stringify(r.answers)), score: app.keyring.encrypt(JSON.stringify(score)), completed_by: actor.userId, completed_at: r.authored,
      });
      audits.push({ entry: auditEntry(rc, 'measure.import', 'measure-response', responseId), at: now });
      imported.push({
        id: responseId, instrumentId: r.instrumentId, shortName: definition.shortName, completedAt: r.authored, total: score.total, severity: score.severity,
        criticalItems: score.alerts.filter((a) => definition.criticalItems.some((c) => c.code === a.code)).map((a) => a.code),
      });
    }
    await appendAuditEntries(tx, audits);
  });
  return { imported };
}

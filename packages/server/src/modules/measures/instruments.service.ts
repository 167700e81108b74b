import { INSTRUMENTS, LICENCE_STATUSES, checkImportedCsv, checkImportedQuestionnaire, requireInstrument, toFhirQuestionnaire } from '@candor/clinical';
import { parse } from 'csv-parse/sync';
import { appendAudit } from '../../platform/audit.js';
import { auditEntry, requireRole, requireStaff } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/errors.js';
import * as repo from './measures.repository.js';

/** The instruments, each with its licence status and whether the practice has imported licensed wording. */
export async function listInstruments(app: AppContext, rc: RequestContext) {
  const actor = requireStaff(rc);
  const wordings = await repo.listWordings(app.db, actor.practiceId);
  return INSTRUMENTS.map((d) => ({
    id: d.id, shortName: d.shortName, title: d.title, licence: d.licence, licenceLabel: LICENCE_STATUSES.find((l) => l.id === d.licence)!.label,
    wordingImported: wordings.has(d.id), loinc: d.loinc.total, recallPeriod: d.recallPeriod, itemCount: d.items.length,
  }));
}

/** The instrument as a FHIR R4 Questionnaire (with the practice's imported wording, when it has one). */
export async function instrumentQuestionnaire(app: AppContext, rc: RequestContext, id: string) {
  const actor = requireStaff(rc);
  const definition = requireInstrument(id);
  const wording = (await repo.listWordings(app.db, actor.practiceId)).get(id);
  return toFhirQuestionnaire(definition, wording);
}

/**
 * A practice holding a licence imports the official wording — a FHIR Questionnaire or a CSV of
 * `linkId,text` — accepted only if every link id and answer value matches the definition.
 */
export async function importWording(app: AppContext, rc: RequestContext, id: string, input: { questionnaire?: unknown; csv?: string }) {
  const actor = requireRole(rc, 'owner');
  requireInstrument(id);
  if ((input.questionnaire === undefined) === (input.csv === undefined)) throw ValidationError.field('questionnaire', 'send either a FHIR Questionnaire or a CSV, not both or neither');
  let rows: string[][] = [];
  if (input.csv !== undefined) {
    try {
      rows = parse(input.csv, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
    } catch {
      throw ValidationError.field('csv', 'is not valid CSV');
    }
  }
  const result = input.questionnaire !== undefined ? checkImportedQuestionnaire(id, input.questionnaire) : checkImportedCsv(id, rows);
  const field = input.questionnaire !== undefined ? 'questionnaire' : 'csv';
  if (!result.ok) throw new ValidationError(result.problems.map((p) => ({ field: `${field}.${p.item}`, message: p.message })));
  await app.db.transaction().execute(async (tx) => {
    await repo.upsertWording(tx, { practice_id: actor.practiceId, instrument_id: id, wording: JSON.stringify(result.wording), imported_by: actor.userId, imported_at: app.clock.now().toISOString() });
    await appendAudit(tx, auditEntry(rc, 'instrument.import-wording', 'instrument', null), app.clock.now());
  });
  return { instrumentId: id, items: Object.keys(result.wording).length };
}

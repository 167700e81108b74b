import { INTERVENTION_LIBRARY, type LibraryIntervention } from '@candor/clinical';
import { appendAudit } from '../../platform/audit.js';
import { auditEntry, requireRole } from '../../platform/authz.js';
import type { AppContext, RequestContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import * as repo from './plans.repository.js';
import type { InterventionRow } from './plans.repository.js';
import type { Intervention } from './plans.schemas.js';

/**
 * The intervention library: the one that ships with Candor (@candor/clinical, with sources),
 * as this practice has edited it, plus the practice's own. Edits to a library item are kept
 * beside it, so the shipped text stays recoverable.
 */
function fromLibrary(item: LibraryIntervention, edit: InterventionRow | undefined): Intervention {
  return {
    id: item.key, source: 'library', edited: edit !== undefined, name: edit?.name ?? item.name, category: item.category, summary: edit?.summary ?? item.summary,
    clientTitle: edit?.client_title ?? item.clientTitle, clientInstructions: edit?.client_instructions ?? item.clientInstructions,
    suggestedFrequency: edit ? edit.suggested_frequency : item.suggestedFrequency, homework: item.homework, forPartners: item.forPartners,
    archived: edit?.archived === 1, sources: [...item.sources],
  };
}

function fromPractice(row: InterventionRow): Intervention {
  return {
    id: row.id, source: 'practice', edited: false, name: row.name, category: row.category as Intervention['category'], summary: row.summary, clientTitle: row.client_title,
    clientInstructions: row.client_instructions, suggestedFrequency: row.suggested_frequency, homework: row.homework === 1, forPartners: row.for_partners === 1,
    archived: row.archived === 1, sources: [],
  };
}

/** Unguarded, for plans and homework: the practice's whole library, archived items included. */
export async function practiceInterventions(db: DbOrTx, practiceId: string): Promise<Intervention[]> {
  const rows = await repo.listInterventions(db, practiceId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const library = INTERVENTION_LIBRARY.map((item) => fromLibrary(item, byId.get(item.key)));
  const libraryKeys = new Set(INTERVENTION_LIBRARY.map((i) => i.key));
  return [...library, ...rows.filter((r) => !libraryKeys.has(r.id)).map(fromPractice)];
}

export async function listInterventions(app: AppContext, rc: RequestContext): Promise<Intervention[]> {
  const actor = requireRole(rc, 'clinician', 'supervisor', 'owner');
  return practiceInterventions(app.db, actor.practiceId);
}

export async function createIntervention(app: AppContext, rc: RequestContext, input: { name: string; summary: string; clientTitle: string; clientInstructions: string; suggestedFrequency: string | null; category: string; homework: boolean; forPartners: boolean }): Promise<Intervention> {
  const actor = requireRole(rc, 'clinician', 'supervisor', 'owner');
  const now = app.clock.now().toISOString();
  const row: InterventionRow = {
    practice_id: actor.practiceId, id: newId(), name: input.name, category: input.category, summary: input.summary, client_title: input.clientTitle,
    client_instructions: input.clientInstructions, suggested_frequency: input.suggestedFrequency, homework: input.homework ? 1 : 0, for_partners: input.forPartners ? 1 : 0,
    archived: 0, updated_by: actor.userId, created_at: now, updated_at: now,
  };
  await app.db.transaction().execute(async (tx) => {
    await repo.upsertIntervention(tx, row);
    await appendAudit(tx, auditEntry(rc, 'intervention.create', 'intervention', row.id), app.clock.now());
  });
  return fromPractice(row);
}

/** Edits the practice's wording of a library item, or one of its own. */
export async function editIntervention(app: AppContext, rc: RequestContext, id: string, input: { name: string; summary: string; clientTitle: string; clientInstructions: string; suggestedFrequency: string | null; archived?: boolean }): Promise<Intervention> {
  const actor = requireRole(rc, 'clinician', 'supervisor', 'owner');
  const item = INTERVENTION_LIBRARY.find((i) => i.key === id);
  const existing = await repo.findIntervention(app.db, actor.practiceId, id);
  if (!item && !existing) throw new NotFoundError();
  if (input.suggestedFrequency === '') throw ValidationError.field('suggestedFrequency', 'leave it out (null) rather than empty');
  const now = app.clock.now().toISOString();
  const row: InterventionRow = {
    practice_id: actor.practiceId, id, name: input.name, category: item?.category ?? existing!.category, summary: input.summary, client_title: input.clientTitle,
    client_instructions: input.clientInstructions, suggested_frequency: input.suggestedFrequency, homework: item ? (item.homework ? 1 : 0) : existing!.homework,
    for_partners: item ? (item.forPartners ? 1 : 0) : existing!.for_partners, archived: input.archived ? 1 : 0, updated_by: actor.userId,
    created_at: existing?.created_at ?? now, updated_at: now,
  };
  await app.db.transaction().execute(async (tx) => {
    await repo.upsertIntervention(tx, row);
    await appendAudit(tx, auditEntry(rc, 'intervention.edit', 'intervention', id), app.clock.now());
  });
  return item ? fromLibrary(item, row) : fromPractice(row);
}

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { REQUIREMENT_SETS } from '@candor/clinical';
import { appendAudit } from '../../platform/audit.js';
import { auditEntry, requireActor } from '../../platform/authz.js';
import type { Actor, AppContext, RequestContext } from '../../platform/context.js';
import { spreadsheetCell as cell } from '../../platform/csv.js';
import type { DbOrTx } from '../../platform/db.js';
import { ForbiddenError, NotFoundError, ValidationError, type FieldProblem } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import * as repo from './training.repository.js';
import type { ProgrammeRow } from './training.repository.js';
import { PROGRAMME_FORMATS, PROGRAMME_KINDS, type Programme, type ProgrammeInput, type ProgrammeSearch } from './training.schemas.js';

/**
 * The deployment's catalogue of training programmes — graduate degrees, certificate programmes,
 * continuing-education providers and SAR seminars — for people who want to become sex therapists
 * or keep their certification. The operator (a site administrator) curates it, by hand or by CSV;
 * everyone may search it.
 */
type Row = ProgrammeRow;

/** What a programme can count toward: the AASECT CST hour requirements, the degree rule and renewal credits. */
export const COUNTS_TOWARD: readonly { id: string; label: string }[] = [
  { id: 'degree', label: 'The graduate degree' },
  ...REQUIREMENT_SETS[0]!.hourRequirements.map((h) => ({ id: h.id, label: h.label })),
  { id: 'renewal', label: 'Renewal credits (every three years)' },
];
const COUNTS_LABELS = new Map(COUNTS_TOWARD.map((c) => [c.id, c.label]));
const KIND_LABELS = new Map<string, string>(PROGRAMME_KINDS.map((k) => [k.id, k.label]));
const FORMAT_LABELS = new Map<string, string>(PROGRAMME_FORMATS.map((f) => [f.id, f.label]));
export const PAGE_SIZE = 20;

function requireSiteAdmin(rc: RequestContext): Actor {
  const actor = requireActor(rc);
  if (!actor.siteAdmin) throw new ForbiddenError('Only the site administrator curates training programmes.');
  return actor;
}

function toProgramme(r: Row): Programme {
  return {
    id: r.id, kind: r.kind, kindLabel: KIND_LABELS.get(r.kind) ?? r.kind, name: r.name, provider: r.provider, format: r.format, formatLabel: FORMAT_LABELS.get(r.format) ?? r.format,
    city: r.city, state: r.state, country: r.country, length: r.length, costMin: r.cost_min, costMax: r.cost_max,
    countsToward: (JSON.parse(r.counts_toward) as string[]).map((id) => ({ id, label: COUNTS_LABELS.get(id) ?? id })), url: r.url, description: r.description, updatedAt: r.updated_at,
  };
}

/** Every problem with a programme, by field (shared by the form and the CSV import). */
export function programmeProblems(input: ProgrammeInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!KIND_LABELS.has(input.kind)) problems.push({ field: 'kind', message: `must be one of: ${[...KIND_LABELS.keys()].join(', ')}` });
  if (!input.name?.trim()) problems.push({ field: 'name', message: 'is required' });
  if (!input.provider?.trim()) problems.push({ field: 'provider', message: 'is required' });
  if (!FORMAT_LABELS.has(input.format)) problems.push({ field: 'format', message: `must be one of: ${[...FORMAT_LABELS.keys()].join(', ')}` });
  let url: URL | null = null;
  try { url = new URL(input.url); } catch { /* reported below */ }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) problems.push({ field: 'url', message: 'must be a web address starting with https://' });
  for (const id of input.countsToward) if (!COUNTS_LABELS.has(id)) problems.push({ field: 'countsToward', message: `“${id}” is not one of: ${[...COUNTS_LABELS.keys()].join(', ')}` });
  if (input.costMin != null && input.costMax != null && input.costMax < input.costMin) problems.push({ field: 'costMax', message: 'must be at least the lowest cost' });
  if (input.format !== 'online' && !input.city && !input.country) problems.push({ field: 'city', message: 'give a city (or a country) for a programme that meets in person' });
  return problems;
}

function rowFrom(input: ProgrammeInput, actor: Actor, now: string, id: string, createdAt: string): Row {
  const values = {
    kind: input.kind, name: input.name.trim(), provider: input.provider.trim(), format: input.format, city: input.city?.trim() || null, state: input.state?.trim() || null,
    country: input.country?.trim() || null, length: input.length?.trim() || null, cost_min: input.costMin ?? null, cost_max: input.costMax ?? null,
    counts_toward: JSON.stringify(input.countsToward), url: input.url.trim(), description: input.description?.trim() || null,
  };
  const searchText = [values.name, values.provider, values.city, values.state, values.country, values.description, KIND_LABELS.get(values.kind), ...input.countsToward.map((c) => COUNTS_LABELS.get(c))]
    .filter(Boolean).join(' ').toLowerCase();
  return { id, ...values, search_text: searchText, updated_by: actor.userId, created_at: createdAt, updated_at: now };
}

export async function createProgramme(app: AppContext, rc: RequestContext, input: ProgrammeInput): Promise<Programme> {
  const actor = requireSiteAdmin(rc);
  const problems = programmeProblems(input);
  if (problems.length) throw new ValidationError(problems);
  const now = app.clock.now().toISOString();
  const row = rowFrom(input, actor, now, newId(), now);
  await app.db.transaction().execute(async (tx) => {
    await repo.insertProgramme(tx, row);
    await appendAudit(tx, auditEntry(rc, 'training.create', 'training-programme', row.id), app.clock.now());
  });
  return toProgramme(row);
}

export async function updateProgramme(app: AppContext, rc: RequestContext, id: string, input: ProgrammeInput): Promise<Programme> {
  const actor = requireSiteAdmin(rc);
  const existing = await repo.findProgramme(app.db, id);
  if (!existing) throw new NotFoundError();
  const problems = programmeProblems(input);
  if (problems.length) throw new ValidationError(problems);
  const row = rowFrom(input, actor, app.clock.now().toISOString(), id, existing.created_at);
  await app.db.transaction().execute(async (tx) => {
    await repo.updateProgramme(tx, id, row);
    await appendAudit(tx, auditEntry(rc, 'training.update', 'training-programme', id), app.clock.now());
  });
  return toProgramme(row);
}

export async function deleteProgramme(app: AppContext, rc: RequestContext, id: string): Promise<void> {
  requireSiteAdmin(rc);
  await app.db.transaction().execute(async (tx) => {
    if (!(await repo.deleteProgramme(tx, id))) throw new NotFoundError();
    await appendAudit(tx, auditEntry(rc, 'training.delete', 'training-programme', id), app.clock.now());
  });
}

/** Public: search by words, kind, format, what it counts toward and state; 20 a page, by name. */
export async function searchProgrammes(app: AppContext, query: ProgrammeSearch): Promise<{ results: Programme[]; total: number; page: number; pages: number }> {
  if (query.kind && !KIND_LABELS.has(query.kind)) throw ValidationError.field('query.kind', 'is not one of the choices');
  if (query.format && !FORMAT_LABELS.has(query.format)) throw ValidationError.field('query.format', 'is not one of the choices');
  if (query.countsToward && !COUNTS_LABELS.has(query.countsToward)) throw ValidationError.field('query.countsToward', 'is not one of the choices');
  const page = query.page ? Number(query.page) : 1;
  if (!Number.isInteger(page) || page < 1) throw ValidationError.field('query.page', 'must be a whole number from 1');
  const rows = (await repo.searchProgrammes(app.db, {
    words: (query.q ?? '').toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 1).slice(0, 8),
    ...(query.kind ? { kind: query.kind } : {}), ...(query.format ? { format: query.format } : {}),
    ...(query.countsToward ? { countsToward: query.countsToward } : {}), ...(query.state ? { state: query.state } : {}),
  })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  return { results: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(toProgramme), total: rows.length, page, pages };
}

export async function listAllProgrammes(app: AppContext, rc: RequestContext): Promise<Programme[]> {
  requireSiteAdmin(rc);
  return (await repo.listProgrammes(app.db)).map(toProgramme);
}

export const CSV_COLUMNS = ['kind', 'name', 'provider', 'format', 'city', 'state', 'country', 'length', 'cost_min', 'cost_max', 'counts_toward', 'url', 'description'] as const;

export async function exportCsv(app: AppContext, rc: RequestContext): Promise<string> {
  requireSiteAdmin(rc);
  const rows = await repo.listProgrammes(app.db);
  return stringify(rows.map((r) => [
    r.kind, r.name, r.provider, r.format, r.city ?? '', r.state ?? '', r.country ?? '', r.length ?? '', r.cost_min ?? '', r.cost_max ?? '',
    (JSON.parse(r.counts_toward) as string[]).join(';'), r.url, r.description ?? '',
  ].map((v) => cell(String(v)))), { header: true, columns: [...CSV_COLUMNS] });
}

function parseCost(value: string, field: string, problems: FieldProblem[]): number | null {
  if (value.trim() === '') return null;
  const n = Number(value.replace(/[$,\s]/g, ''));
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) { problems.push({ field, message: 'must be a whole number of dollars' }); return null; }
  return n;
}

/**
 * Imports programmes from CSV (the export's columns, and the export itself: a cell it wrote as
 * '=… to keep a spreadsheet from running it is read back as =…). With `mode: 'all'` nothing is written while
 * any row has a problem; with `valid-rows` the good rows are written and the rest reported. Rows
 * are numbered as a spreadsheet shows them (the header is row 1). One transaction either way.
 */
export async function importCsv(app: AppContext, rc: RequestContext, input: { csv: string; mode: 'all' | 'valid-rows'; dryRun?: boolean }) {
  const actor = requireSiteAdmin(rc);
  let records: Record<string, string>[];
  try {
    records = parse(input.csv, { columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: false }) as Record<string, string>[];
  } catch (error) {
    throw ValidationError.field('csv', `could not be read as CSV: ${(error as Error).message.split('\n')[0]}`);
  }
  const header = input.csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (missing.length || unknown.length) {
    throw ValidationError.field('csv', `${missing.length ? `missing columns: ${missing.join(', ')}. ` : ''}${unknown.length ? `unknown columns: ${unknown.join(', ')}. ` : ''}Expected: ${CSV_COLUMNS.join(', ')}`);
  }
  const problems: { row: number; field: string; message: string }[] = [];
  const good: ProgrammeInput[] = [];
  records.forEach((raw, index) => {
    // Undo the export's guard against spreadsheet formulas ('=…, '-…), so an exported file imports as it was.
    const r = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v])) as Record<string, string>;
    const rowProblems: FieldProblem[] = [];
    const programme: ProgrammeInput = {
      kind: r.kind ?? '', name: r.name ?? '', provider: r.provider ?? '', format: r.format ?? '', city: r.city || null, state: r.state || null, country: r.country || null,
      length: r.length || null, costMin: parseCost(r.cost_min ?? '', 'cost_min', rowProblems), costMax: parseCost(r.cost_max ?? '', 'cost_max', rowProblems),
      countsToward: (r.counts_toward ?? '').split(/[;|]/).map((s) => s.trim()).filter(Boolean), url: r.url ?? '', description: r.description || null,
    } as ProgrammeInput;
    for (const [field, max] of [['name', 200], ['provider', 200], ['url', 500], ['description', 2000], ['city', 80], ['state', 40], ['country', 60], ['length', 80]] as const) {
      if ((r[field] ?? '').length > max) rowProblems.push({ field, message: `is longer than ${max} characters` });
    }
    rowProblems.push(...programmeProblems(programme).map((p) => ({ ...p, field: p.field === 'countsToward' ? 'counts_toward' : p.field === 'costMax' ? 'cost_max' : p.field })));
    if (rowProblems.length) problems.push(...rowProblems.map((p) => ({ row: index + 2, ...p })));
    else good.push(programme);
  });
  const writes = input.mode === 'all' && problems.length ? [] : good;
  if (!input.dryRun && writes.length) {
    const now = app.clock.now().toISOString();
    await app.db.transaction().execute(async (tx: DbOrTx) => {
      for (const programme of writes) await repo.insertProgramme(tx, rowFrom(programme, actor, now, newId(), now));
      await appendAudit(tx, auditEntry(rc, 'training.import', 'training-programme', null), app.clock.now());
    });
  }
  return { imported: input.dryRun ? 0 : writes.length, dryRun: input.dryRun ?? false, rows: records.length, problems };
}

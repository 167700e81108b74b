/**
 * Shapes of the training catalogue API (packages/server/src/modules/training): graduate degrees,
 * certificate programmes, continuing-education providers and SAR seminars that a site
 * administrator curates for the whole deployment. Costs are whole dollars.
 */
import { REQUIREMENT_SETS } from '@candor/clinical';
import type { ResponseOf } from './schema';

/** The kinds of programme, as the server names them. */
export const PROGRAMME_KINDS = [
  { id: 'degree', label: 'Graduate degree' },
  { id: 'certificate', label: 'Certificate programme' },
  { id: 'continuing-education', label: 'Continuing-education provider' },
  { id: 'sar', label: 'Sexual attitude reassessment (SAR) seminar' },
] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number]['id'];

export const PROGRAMME_FORMATS = [
  { id: 'online', label: 'Online' },
  { id: 'in-person', label: 'In person' },
  { id: 'hybrid', label: 'Hybrid' },
] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number]['id'];

/**
 * What a programme can count toward: the degree rule, the hour requirements of the current AASECT CST
 * requirement set, and renewal credits — the same list, in the same order, as the server's.
 */
export const COUNTS_TOWARD: readonly { id: string; label: string }[] = [
  { id: 'degree', label: 'The graduate degree' },
  ...(REQUIREMENT_SETS[0]?.hourRequirements ?? []).map((h) => ({ id: h.id, label: h.label })),
  { id: 'renewal', label: 'Renewal credits (every three years)' },
];

/** `POST /admin/training`, `PUT /admin/training/:id`. */
export interface ProgrammeInput {
  kind: ProgrammeKind;
  name: string;
  provider: string;
  format: ProgrammeFormat;
  city: string | null;
  state: string | null;
  country: string | null;
  /** Free text, e.g. "Two years, part time". */
  length: string | null;
  costMin: number | null;
  costMax: number | null;
  /** Ids from COUNTS_TOWARD. */
  countsToward: string[];
  url: string;
  description: string | null;
}

/** A programme as the API returns it, with labels for its kind, format and what it counts toward. */
export type Programme = ResponseOf<'/api/v1/admin/training'>[number];

/** `all`: nothing is imported while any row has a problem; `valid-rows`: the rows that are right are imported, the rest reported. */
export type ImportMode = 'all' | 'valid-rows';

/** `POST /admin/training/import`. */
export interface ImportRequest {
  csv: string;
  mode: ImportMode;
  /** Check only: report the problems and import nothing. */
  dryRun?: boolean;
}

/** A problem with one cell of the CSV; rows are numbered as a spreadsheet shows them (the header is row 1). */
export type ImportProblem = ImportResult['problems'][number];

/** `rows`: rows read, not counting the header. */
export type ImportResult = ResponseOf<'/api/v1/admin/training/import', 'post'>;

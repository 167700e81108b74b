import { Type, type Static } from 'typebox';
import { Id } from '../../platform/schemas.js';

/**
 * The CSV text travels inside JSON, under the app's 1 MiB body limit (app.ts BODY_LIMIT); 900,000
 * characters leaves room for the JSON escaping of quotes and line breaks. MAX_ROWS (csv-layouts.ts)
 * caps the rows.
 */
export const CSV_MAX_CHARACTERS = 900_000;

const Csv = Type.String({ minLength: 1, maxLength: CSV_MAX_CHARACTERS, description: 'The CSV file’s text; its first row names the columns.' });

export const ClientImportBody = Type.Object({
  csv: Csv,
  /** Check only: the report says what would be imported, and nothing is written. */
  dryRun: Type.Boolean(),
  /** Clinicians for every imported client's care team (a clinician importing is always on it). */
  careTeam: Type.Optional(Type.Array(Id, { maxItems: 10 })),
}, { additionalProperties: false });
export type ClientImportInput = Static<typeof ClientImportBody>;

export const AppointmentImportBody = Type.Object({
  csv: Csv,
  dryRun: Type.Boolean(),
}, { additionalProperties: false });
export type AppointmentImportInput = Static<typeof AppointmentImportBody>;

export const ImportReportSchema = Type.Object({
  dryRun: Type.Boolean(),
  /** How the file's columns were read: each recognised header and the Candor field it gives. */
  columns: Type.Array(Type.Object({ header: Type.String(), field: Type.String() })),
  /** Headers no field knows: their values are not imported. */
  ignoredColumns: Type.Array(Type.String()),
  rows: Type.Array(Type.Object({
    /** The line of the file the row starts on (the header is line 1). */
    row: Type.Integer(),
    action: Type.Enum(['create', 'skip']),
    reason: Type.Optional(Type.String()),
    problems: Type.Array(Type.Object({ column: Type.String(), field: Type.String(), message: Type.String() })),
  })),
  /** How many rows were written (0 on a dry run). */
  created: Type.Integer(),
});
export type ImportReport = Static<typeof ImportReportSchema>;
export type RowReport = ImportReport['rows'][number];

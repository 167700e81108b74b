import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/**
 * Importing clients and appointments from another product's CSV export. The routes are newer
 * than the generated API types, so these calls go through the untyped `api`; the shapes below
 * mirror the server's ImportReportSchema (modules/interop/csv-import.schemas.ts).
 */
export type ImportKind = 'clients' | 'appointments';

export interface ImportProblem {
  /** The file's column the problem is in ('' for the whole row). */
  column: string;
  field: string;
  message: string;
}

export interface ImportRow {
  /** The line of the file the row starts on (the header is line 1). */
  row: number;
  action: 'create' | 'skip';
  reason?: string;
  problems: ImportProblem[];
}

export interface ImportReport {
  dryRun: boolean;
  columns: { header: string; field: string }[];
  ignoredColumns: string[];
  rows: ImportRow[];
  created: number;
}

export interface ImportRequest {
  csv: string;
  dryRun: boolean;
  /** Clients only: the clinicians for every imported client's care team. */
  careTeam?: string[];
}

/** Checks (dryRun) or imports a CSV file; a real import refreshes the lists it adds to. */
export function useImportCsv(kind: ImportKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => api.post<ImportReport>(`/imports/${kind}`, request),
    onSuccess: (report) => {
      if (report.dryRun || report.created === 0) return;
      void queryClient.invalidateQueries({ queryKey: [kind] });
    },
  });
}

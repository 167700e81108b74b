import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from './client';
import type { BodyOf, ResponseOf } from './schema';

/** Importing clients and appointments from another product's CSV export (modules/interop/csv-import). */
export type ImportKind = 'clients' | 'appointments';

export type ImportReport = ResponseOf<'/api/v1/imports/clients', 'post'>;
export type ImportRow = ImportReport['rows'][number];
export type ImportProblem = ImportRow['problems'][number];
export type ImportRequest = BodyOf<'/api/v1/imports/clients', 'post'>;

/** Checks (dryRun) or imports a CSV file; a real import refreshes the lists it adds to. */
export function useImportCsv(kind: ImportKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) =>
      kind === 'clients'
        ? data(client.POST('/api/v1/imports/clients', { body: request }))
        : data(client.POST('/api/v1/imports/appointments', { body: { csv: request.csv, dryRun: request.dryRun } })),
    onSuccess: (report) => {
      if (report.dryRun || report.created === 0) return;
      void queryClient.invalidateQueries({ queryKey: [kind] });
    },
  });
}

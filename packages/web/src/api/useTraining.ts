import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { ImportRequest, ProgrammeInput } from './trainingTypes';

const programmesKey = ['admin', 'training'] as const;

/** The whole catalogue, for the site administrator to curate. */
export function useProgrammes() {
  return useQuery({ queryKey: programmesKey, queryFn: () => data(client.GET('/api/v1/admin/training')) });
}

/** The catalogue as CSV, in the columns the import reads (a download, so a plain link rather than a fetch). */
export function trainingCsvUrl(): string {
  return '/api/v1/admin/training.csv';
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (programme: ProgrammeInput) => data(client.POST('/api/v1/admin/training', { body: programme })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}

export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, programme }: { id: string; programme: ProgrammeInput }) => data(client.PUT('/api/v1/admin/training/{id}', { ...byId(id), body: programme })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}

export function useDeleteProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(client.DELETE('/api/v1/admin/training/{id}', byId(id))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}

export function useImportProgrammes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => data(client.POST('/api/v1/admin/training/import', { body: request })),
    onSuccess: (result) => {
      if (result.imported > 0) void queryClient.invalidateQueries({ queryKey: programmesKey });
    },
  });
}

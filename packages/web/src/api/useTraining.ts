import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ImportRequest, ImportResult, Programme, ProgrammeInput } from './trainingTypes';

const programmesKey = ['admin', 'training'] as const;
const programmePath = (id: string) => `/admin/training/${encodeURIComponent(id)}`;

/** The whole catalogue, for the site administrator to curate. */
export function useProgrammes() {
  return useQuery({ queryKey: programmesKey, queryFn: () => api.get<Programme[]>('/admin/training') });
}

/** The catalogue as CSV, in the columns the import reads (a download, so a plain link rather than a fetch). */
export function trainingCsvUrl(): string {
  return '/api/v1/admin/training.csv';
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (programme: ProgrammeInput) => api.post<Programme>('/admin/training', programme),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}

export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, programme }: { id: string; programme: ProgrammeInput }) => api.put<Programme>(programmePath(id), programme),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}

export function useDeleteProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(programmePath(id)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}

export function useImportProgrammes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => api.post<ImportResult>('/admin/training/import', request),
    onSuccess: (result) => {
      if (result.imported > 0) void queryClient.invalidateQueries({ queryKey: programmesKey });
    },
  });
}

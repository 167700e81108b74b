import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DiagnosisId } from '@candor/clinical';
import { byId, client, data } from './client';
import type { DiagnosisStatus, Findings, NewDiagnosis } from './diagnosisTypes';

/** The diagnoses the form offers, with their criteria and allowed specifiers (clinicians). */
export function useDiagnosisCatalog() {
  return useQuery({ queryKey: ['diagnoses', 'catalog'], queryFn: () => data(client.GET('/api/v1/diagnoses/catalog')), staleTime: Infinity });
}

export function useClientDiagnoses(clientId: string) {
  return useQuery({ queryKey: ['diagnoses', 'client', clientId], queryFn: () => data(client.GET('/api/v1/clients/{id}/diagnoses', byId(clientId))) });
}

/**
 * A dry run of the criteria with these findings. It is a POST, but it changes nothing, so it is
 * read like a query: one request per (debounced) set of findings, the last answer kept meanwhile.
 */
export function useEvaluation(clientId: string, diagnosisId: DiagnosisId | null, findings: Findings) {
  return useQuery({
    queryKey: ['diagnoses', 'evaluate', clientId, diagnosisId, findings],
    // Not enabled without a diagnosis, so `diagnosisId` is set whenever this runs.
    queryFn: () => data(client.POST('/api/v1/clients/{id}/diagnoses/evaluate', { ...byId(clientId), body: { diagnosisId: diagnosisId!, findings } })),
    enabled: diagnosisId !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useRecordDiagnosis(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDiagnosis) => data(client.POST('/api/v1/clients/{id}/diagnoses', { ...byId(clientId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['diagnoses', 'client', clientId] }),
  });
}

export function useUpdateDiagnosisStatus(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: DiagnosisStatus }) =>
      data(client.PATCH('/api/v1/clients/{id}/diagnoses/{diagnosisRecordId}', { params: { path: { id: clientId, diagnosisRecordId: id } }, body: { status } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['diagnoses', 'client', clientId] }),
  });
}

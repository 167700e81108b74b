import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DiagnosisId } from '@candor/clinical';
import { api } from './client';
import type { CatalogEntry, DiagnosisRecord, DiagnosisStatus, Evaluation, Findings, NewDiagnosis } from './diagnosisTypes';

const diagnosesPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/diagnoses`;

/** The diagnoses the form offers, with their criteria and allowed specifiers (clinicians). */
export function useDiagnosisCatalog() {
  return useQuery({ queryKey: ['diagnoses', 'catalog'], queryFn: () => api.get<CatalogEntry[]>('/diagnoses/catalog'), staleTime: Infinity });
}

export function useClientDiagnoses(clientId: string) {
  return useQuery({ queryKey: ['diagnoses', 'client', clientId], queryFn: () => api.get<DiagnosisRecord[]>(diagnosesPath(clientId)) });
}

/**
 * A dry run of the criteria with these findings. It is a POST, but it changes nothing, so it is
 * read like a query: one request per (debounced) set of findings, the last answer kept meanwhile.
 */
export function useEvaluation(clientId: string, diagnosisId: DiagnosisId | null, findings: Findings) {
  return useQuery({
    queryKey: ['diagnoses', 'evaluate', clientId, diagnosisId, findings],
    queryFn: () => api.post<Evaluation>(`${diagnosesPath(clientId)}/evaluate`, { diagnosisId, findings }),
    enabled: diagnosisId !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useRecordDiagnosis(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDiagnosis) => api.post<DiagnosisRecord>(diagnosesPath(clientId), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['diagnoses', 'client', clientId] }),
  });
}

export function useUpdateDiagnosisStatus(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: DiagnosisStatus }) =>
      api.patch<DiagnosisRecord>(`${diagnosesPath(clientId)}/${encodeURIComponent(id)}`, { status }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['diagnoses', 'client', clientId] }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/** A client's request for a copy of their record, and where it stands. */
export interface RecordRequest {
  id: string;
  clientId: string;
  requestedAt: string;
  /** The day by which the practice must act (30 days after the request). */
  dueOn: string;
  status: 'pending-review' | 'released' | 'declined';
  reviewedAt: string | null;
  /** The clinician's reason, when they declined. */
  decisionNote: string | null;
  downloads: number;
  firstDownloadedAt: string | null;
}

/** The client's own requests, newest first. */
export function useOwnRecordRequests() {
  return useQuery({ queryKey: ['portal', 'record-requests'], queryFn: () => api.get<RecordRequest[]>('/portal/record-requests'), staleTime: 0 });
}

export function useRequestOwnRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RecordRequest>('/portal/record-requests', {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['portal', 'record-requests'] }),
  });
}

/** The released copy, as a download (so a plain link). */
export function ownRecordUrl(id: string, format: 'pdf' | 'fhir'): string {
  return `/api/v1/portal/record-requests/${encodeURIComponent(id)}/${format === 'pdf' ? 'record.pdf' : 'record.fhir.json'}`;
}

/** For the care team: a client's requests for their record. */
export function useClientRecordRequests(clientId: string) {
  return useQuery({
    queryKey: ['record-requests', clientId],
    queryFn: () => api.get<RecordRequest[]>(`/clients/${encodeURIComponent(clientId)}/record-requests`),
    staleTime: 0,
  });
}

export function useDecideRecordRequest(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: { id: string; release: true } | { id: string; release: false; reason: string }) =>
      decision.release
        ? api.post<RecordRequest>(`/record-requests/${encodeURIComponent(decision.id)}/release`, {})
        : api.post<RecordRequest>(`/record-requests/${encodeURIComponent(decision.id)}/decline`, { reason: decision.reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['record-requests', clientId] }),
  });
}

export interface ImportedResponse {
  id: string;
  instrumentId: string;
  shortName: string;
  completedAt: string;
  total: number | null;
  severity: string | null;
  criticalItems: string[];
}

/** Questionnaires answered elsewhere, from a FHIR file (a QuestionnaireResponse or a Bundle of them), into the client's chart. */
export function useImportQuestionnaireResponses(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resource: unknown) => api.post<{ imported: ImportedResponse[] }>(`/clients/${encodeURIComponent(clientId)}/questionnaire-responses`, { resource }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['measures', 'client', clientId] }),
  });
}

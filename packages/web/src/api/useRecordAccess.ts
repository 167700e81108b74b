import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { ResponseOf } from './schema';

/** A client's request for a copy of their record, and where it stands (dueOn: the day by which the practice must act). */
export type RecordRequest = ResponseOf<'/api/v1/portal/record-requests'>[number];

/** The client's own requests, newest first. */
export function useOwnRecordRequests() {
  return useQuery({ queryKey: ['portal', 'record-requests'], queryFn: () => data(client.GET('/api/v1/portal/record-requests')), staleTime: 0 });
}

export function useRequestOwnRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/api/v1/portal/record-requests')),
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
    queryFn: () => data(client.GET('/api/v1/clients/{id}/record-requests', byId(clientId))),
    staleTime: 0,
  });
}

export function useDecideRecordRequest(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: { id: string; release: true } | { id: string; release: false; reason: string }) =>
      decision.release
        ? data(client.POST('/api/v1/record-requests/{id}/release', byId(decision.id)))
        : data(client.POST('/api/v1/record-requests/{id}/decline', { ...byId(decision.id), body: { reason: decision.reason } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['record-requests', clientId] }),
  });
}

export type ImportedResponse = ResponseOf<'/api/v1/clients/{id}/questionnaire-responses', 'post'>['imported'][number];

/** Questionnaires answered elsewhere, from a FHIR file (a QuestionnaireResponse or a Bundle of them), into the client's chart. */
export function useImportQuestionnaireResponses(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resource: { resourceType: 'QuestionnaireResponse' | 'Bundle' }) =>
      data(client.POST('/api/v1/clients/{id}/questionnaire-responses', { ...byId(clientId), body: { resource } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['measures', 'client', clientId] }),
  });
}

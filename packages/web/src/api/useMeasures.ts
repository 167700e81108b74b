import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InstrumentId } from '@candor/clinical';
import { byId, client, data } from './client';
import type { NewAssignment, WordingImport } from './measureTypes';

/** The chart's measures: assignments, what is due and each instrument's trend (care team only). */
export function useClientMeasures(clientId: string) {
  return useQuery({
    queryKey: ['measures', 'client', clientId],
    queryFn: () => data(client.GET('/api/v1/clients/{id}/measures', byId(clientId))),
    // The client may have answered in the portal since: always ask again on opening.
    staleTime: 0,
  });
}

export function useAssignToClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssignment) => data(client.POST('/api/v1/clients/{id}/measures/assignments', { ...byId(clientId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['measures', 'client', clientId] }),
  });
}

/** One assignment per partner: each answers separately. */
export function useAssignToRelationship(relationshipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssignment) => data(client.POST('/api/v1/relationships/{id}/measures/assignments', { ...byId(relationshipId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['measures'] }),
  });
}

/** Stops a schedule; anything waiting in the portal is withdrawn. */
export function useCancelAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(client.POST('/api/v1/measure-assignments/{id}/cancel', byId(id))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['measures'] }),
  });
}

/** Each partner's trends (relationship clinicians only). */
export function useRelationshipMeasures(relationshipId: string) {
  return useQuery({
    queryKey: ['measures', 'relationship', relationshipId],
    queryFn: () => data(client.GET('/api/v1/relationships/{id}/measures', byId(relationshipId))),
    staleTime: 0,
  });
}

/** One response's answers and score. */
export function useMeasureResponse(id: string) {
  return useQuery({
    queryKey: ['measures', 'response', id],
    queryFn: () => data(client.GET('/api/v1/measure-responses/{id}', byId(id))),
  });
}

/** The address of a response as a FHIR R4 Bundle (a download, so a plain link). */
export function measureResponseFhirUrl(id: string): string {
  return `/api/v1/measure-responses/${encodeURIComponent(id)}/fhir`;
}

/** Every instrument with its licence status and whether licensed wording is imported. */
export function useInstruments() {
  return useQuery({ queryKey: ['instruments'], queryFn: () => data(client.GET('/api/v1/instruments')) });
}

/** Owners import the practice's licensed wording; mismatches come back per item. */
export function useImportWording() {
  const queryClient = useQueryClient();
  return useMutation({
    // `instrumentId` is one of the instruments the list offers.
    mutationFn: ({ instrumentId, body }: { instrumentId: string; body: WordingImport }) =>
      data(client.POST('/api/v1/instruments/{id}/wording', { params: { path: { id: instrumentId as InstrumentId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['instruments'] }),
  });
}

/** Records what was done about an urgent answer; the alert then leaves Today. */
export function useAcknowledgeSafetyAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, actionTaken }: { id: string; actionTaken: string }) =>
      data(client.POST('/api/v1/safety-alerts/{id}/acknowledge', { ...byId(id), body: { actionTaken } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['today'] }),
  });
}

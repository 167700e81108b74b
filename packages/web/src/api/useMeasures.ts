import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type {
  Assignment, ClientMeasures, InstrumentSummary, MeasureResponse, NewAssignment, RelationshipMeasures, SafetyAlert, WordingImport,
} from './measureTypes';

const clientMeasuresPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/measures`;
const relationshipMeasuresPath = (id: string) => `/relationships/${encodeURIComponent(id)}/measures`;

/** The chart's measures: assignments, what is due and each instrument's trend (care team only). */
export function useClientMeasures(clientId: string) {
  return useQuery({
    queryKey: ['measures', 'client', clientId],
    queryFn: () => api.get<ClientMeasures>(clientMeasuresPath(clientId)),
    // The client may have answered in the portal since: always ask again on opening.
    staleTime: 0,
  });
}

export function useAssignToClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssignment) => api.post<Assignment[]>(`${clientMeasuresPath(clientId)}/assignments`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['measures', 'client', clientId] }),
  });
}

/** One assignment per partner: each answers separately. */
export function useAssignToRelationship(relationshipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssignment) => api.post<Assignment[]>(`${relationshipMeasuresPath(relationshipId)}/assignments`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['measures'] }),
  });
}

/** Stops a schedule; anything waiting in the portal is withdrawn. */
export function useCancelAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Assignment>(`/measure-assignments/${encodeURIComponent(id)}/cancel`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['measures'] }),
  });
}

/** Each partner's trends (relationship clinicians only). */
export function useRelationshipMeasures(relationshipId: string) {
  return useQuery({
    queryKey: ['measures', 'relationship', relationshipId],
    queryFn: () => api.get<RelationshipMeasures>(relationshipMeasuresPath(relationshipId)),
    staleTime: 0,
  });
}

/** One response's answers and score. */
export function useMeasureResponse(id: string) {
  return useQuery({
    queryKey: ['measures', 'response', id],
    queryFn: () => api.get<MeasureResponse>(`/measure-responses/${encodeURIComponent(id)}`),
  });
}

/** The address of a response as a FHIR R4 Bundle (a download, so a plain link). */
export function measureResponseFhirUrl(id: string): string {
  return `/api/v1/measure-responses/${encodeURIComponent(id)}/fhir`;
}

/** Every instrument with its licence status and whether licensed wording is imported. */
export function useInstruments() {
  return useQuery({ queryKey: ['instruments'], queryFn: () => api.get<InstrumentSummary[]>('/instruments') });
}

/** Owners import the practice's licensed wording; mismatches come back per item. */
export function useImportWording() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ instrumentId, body }: { instrumentId: string; body: WordingImport }) =>
      api.post<{ instrumentId: string; items: number }>(`/instruments/${encodeURIComponent(instrumentId)}/wording`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['instruments'] }),
  });
}

/** Records what was done about an urgent answer; the alert then leaves Today. */
export function useAcknowledgeSafetyAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, actionTaken }: { id: string; actionTaken: string }) =>
      api.post<SafetyAlert>(`/safety-alerts/${encodeURIComponent(id)}/acknowledge`, { actionTaken }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['today'] }),
  });
}

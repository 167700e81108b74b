import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { InterventionEdit, NewIntervention, NewPlan, NewProgress, Plan, PlanReview, PlanSubject } from './planTypes';

export const planQueryKey = (id: string) => ['plans', 'detail', id] as const;

/** `clientId=…` or `relationshipId=…`, for the list routes of plans and homework. */
export function subjectQuery(subject: PlanSubject): { clientId: string } | { relationshipId: string } {
  return 'clientId' in subject ? { clientId: subject.clientId } : { relationshipId: subject.relationshipId };
}

/** The practice's library as it has edited it, then its own (archived items included). */
export function useInterventions() {
  return useQuery({ queryKey: ['interventions'], queryFn: () => data(client.GET('/api/v1/interventions')), staleTime: 5 * 60_000 });
}

export function useCreateIntervention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewIntervention) => data(client.POST('/api/v1/interventions', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['interventions'] }),
  });
}

export function useEditIntervention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: InterventionEdit }) => data(client.PUT('/api/v1/interventions/{id}', { ...byId(id), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['interventions'] }),
  });
}

/** A client's or a relationship's plans (no content): at most one is active. */
export function useTreatmentPlans(subject: PlanSubject) {
  return useQuery({
    queryKey: ['plans', 'list', subject],
    queryFn: () => data(client.GET('/api/v1/treatment-plans', { params: { query: subjectQuery(subject) } })),
  });
}

/** One plan as it stands now. Always read afresh: its version is what a review is checked against. */
export function usePlan(id: string, enabled = true) {
  return useQuery({ queryKey: planQueryKey(id), queryFn: () => data(client.GET('/api/v1/treatment-plans/{id}', byId(id))), staleTime: 0, enabled: enabled && id !== '' });
}

/** An earlier version, read-only. Versions never change once written. */
export function usePlanVersion(id: string, version: number) {
  return useQuery({
    queryKey: ['plans', 'version', id, version],
    queryFn: () => data(client.GET('/api/v1/treatment-plans/{id}/versions/{version}', { params: { path: { id, version: String(version) } } })),
    enabled: id !== '' && Number.isInteger(version) && version > 0,
    staleTime: Infinity,
  });
}

/** After a plan changes: keep its new state, and refresh the lists it appears in. */
function planChanged(queryClient: QueryClient, plan: Plan): void {
  queryClient.setQueryData(planQueryKey(plan.id), plan);
  void queryClient.invalidateQueries({ queryKey: ['plans', 'list'] });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPlan) => data(client.POST('/api/v1/treatment-plans', { body })),
    onSuccess: (plan) => planChanged(queryClient, plan),
  });
}

/** A review writes the next version; a stale `basedOnVersion` is a 409. */
export function useReviewPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanReview) => data(client.POST('/api/v1/treatment-plans/{id}/versions', { ...byId(id), body })),
    onSuccess: (plan) => planChanged(queryClient, plan),
  });
}

export function useRecordProgress(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewProgress) => data(client.POST('/api/v1/treatment-plans/{id}/progress', { ...byId(id), body })),
    onSuccess: (plan) => planChanged(queryClient, plan),
  });
}

export function useClosePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/api/v1/treatment-plans/{id}/close', byId(id))),
    onSuccess: (plan) => planChanged(queryClient, plan),
  });
}

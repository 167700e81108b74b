import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { ActivityInput, TrackInput } from './certificationTypes';

/** The published requirement sets (the same for everyone). */
export function useRequirementSets() {
  return useQuery({ queryKey: ['certification', 'requirement-sets'], queryFn: () => data(client.GET('/api/v1/certification/requirement-sets')), staleTime: Infinity });
}

/** The signed-in clinician's own log, newest first. */
export function useActivities() {
  return useQuery({ queryKey: ['certification', 'activities'], queryFn: () => data(client.GET('/api/v1/certification/activities')) });
}

/** The practice's supervisors this clinician can name for supervision hours. */
export function usePracticeSupervisors() {
  return useQuery({
    queryKey: ['certification', 'supervisors'],
    queryFn: () => data(client.GET('/api/v1/certification/supervisors')),
  });
}

/** Progress toward certification (caps applied) and, once a cycle is set, toward renewal. */
export function useCertificationProgress() {
  return useQuery({ queryKey: ['certification', 'progress'], queryFn: () => data(client.GET('/api/v1/certification/progress')) });
}

/** After a change to the log: the log and progress (Today counts only supervisors' confirmations). */
function useLogChanged() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['certification', 'activities'] });
    void queryClient.invalidateQueries({ queryKey: ['certification', 'progress'] });
  };
}

export function useLogActivity() {
  const changed = useLogChanged();
  return useMutation({ mutationFn: (input: ActivityInput) => data(client.POST('/api/v1/certification/activities', { body: input })), onSuccess: changed });
}

/** Refused with 409 once a supervisor has confirmed the hours. */
export function useUpdateActivity(id: string) {
  const changed = useLogChanged();
  return useMutation({ mutationFn: (input: ActivityInput) => data(client.PUT('/api/v1/certification/activities/{id}', { ...byId(id), body: input })), onSuccess: changed });
}

export function useDeleteActivity() {
  const changed = useLogChanged();
  return useMutation({ mutationFn: (id: string) => data(client.DELETE('/api/v1/certification/activities/{id}', byId(id))), onSuccess: changed });
}

/** The requirement set and version, the supervision contract date and the renewal cycle start. */
export function useSetTrack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (track: TrackInput) => data(client.PUT('/api/v1/certification/track', { body: track })),
    onSuccess: (summary) => queryClient.setQueryData(['certification', 'progress'], summary),
  });
}

/** Supervisors: the supervision hours that name them, confirmed or not. */
export function useConfirmations(enabled: boolean) {
  return useQuery({
    queryKey: ['certification', 'confirmations'],
    queryFn: () => data(client.GET('/api/v1/certification/confirmations')),
    enabled,
  });
}

/** Supervisors confirm (or withdraw their confirmation of) a supervisee's supervision hours. */
export function useSetConfirmation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, confirmed }: { id: string; confirmed: boolean }) =>
      confirmed
        ? data(client.POST('/api/v1/certification/activities/{id}/confirmation', byId(id)))
        : data(client.DELETE('/api/v1/certification/activities/{id}/confirmation', byId(id))),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['certification', 'confirmations'] });
      void queryClient.invalidateQueries({ queryKey: ['today'] });
    },
  });
}

/** The whole log as CSV (a download, so a plain link rather than a fetch). */
export const CERTIFICATION_LOG_CSV_URL = '/api/v1/certification/log.csv';

/** The log and progress summary as a PDF, for an application. */
export const CERTIFICATION_LOG_PDF_URL = '/api/v1/certification/log.pdf';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Activity, ActivityInput, CertificationSummary, RequirementSets, SupervisionConfirmation, TrackInput } from './certificationTypes';

const activityPath = (id: string) => `/certification/activities/${encodeURIComponent(id)}`;

/** The published requirement sets (the same for everyone). */
export function useRequirementSets() {
  return useQuery({ queryKey: ['certification', 'requirement-sets'], queryFn: () => api.get<RequirementSets>('/certification/requirement-sets'), staleTime: Infinity });
}

/** The signed-in clinician's own log, newest first. */
export function useActivities() {
  return useQuery({ queryKey: ['certification', 'activities'], queryFn: () => api.get<Activity[]>('/certification/activities') });
}

/** The practice's supervisors this clinician can name for supervision hours. */
export function usePracticeSupervisors() {
  return useQuery({
    queryKey: ['certification', 'supervisors'],
    queryFn: () => api.get<{ id: string; displayName: string; aasectCertified: boolean }[]>('/certification/supervisors'),
  });
}

/** Progress toward certification (caps applied) and, once a cycle is set, toward renewal. */
export function useCertificationProgress() {
  return useQuery({ queryKey: ['certification', 'progress'], queryFn: () => api.get<CertificationSummary>('/certification/progress') });
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
  return useMutation({ mutationFn: (input: ActivityInput) => api.post<Activity>('/certification/activities', input), onSuccess: changed });
}

/** Refused with 409 once a supervisor has confirmed the hours. */
export function useUpdateActivity(id: string) {
  const changed = useLogChanged();
  return useMutation({ mutationFn: (input: ActivityInput) => api.put<Activity>(activityPath(id), input), onSuccess: changed });
}

export function useDeleteActivity() {
  const changed = useLogChanged();
  return useMutation({ mutationFn: (id: string) => api.delete<void>(activityPath(id)), onSuccess: changed });
}

/** The requirement set and version, the supervision contract date and the renewal cycle start. */
export function useSetTrack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (track: TrackInput) => api.put<CertificationSummary>('/certification/track', track),
    onSuccess: (summary) => queryClient.setQueryData(['certification', 'progress'], summary),
  });
}

/** Supervisors: the supervision hours that name them, confirmed or not. */
export function useConfirmations(enabled: boolean) {
  return useQuery({
    queryKey: ['certification', 'confirmations'],
    queryFn: () => api.get<SupervisionConfirmation[]>('/certification/confirmations'),
    enabled,
  });
}

/** Supervisors confirm (or withdraw their confirmation of) a supervisee's supervision hours. */
export function useSetConfirmation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, confirmed }: { id: string; confirmed: boolean }) =>
      confirmed ? api.post<void>(`${activityPath(id)}/confirmation`) : api.delete<void>(`${activityPath(id)}/confirmation`),
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

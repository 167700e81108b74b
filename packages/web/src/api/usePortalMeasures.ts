import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { PortalMeasure, SubmittedMeasure } from './measureTypes';

export const portalMeasuresKey = ['portal', 'measures'] as const;
const requestPath = (requestId: string) => `/portal/measures/${encodeURIComponent(requestId)}`;

/** The questionnaires waiting for the client, each with the answers saved so far. */
export function usePortalMeasures() {
  return useQuery({ queryKey: portalMeasuresKey, queryFn: () => api.get<PortalMeasure[]>('/portal/measures') });
}

/** Saves the answers so far (item order), so the client can stop and come back on any device. */
export function saveMeasureDraft(requestId: string, answers: (number | null)[]): Promise<{ saved: boolean }> {
  return api.put<{ saved: boolean }>(`${requestPath(requestId)}/draft`, { answers });
}

export function useSubmitMeasure(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: (number | null)[]) => api.post<SubmittedMeasure>(`${requestPath(requestId)}/submit`, { answers }),
    // Sent, or withdrawn meanwhile (409): either way the list has changed.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: portalMeasuresKey });
      void queryClient.invalidateQueries({ queryKey: ['portal', 'me'] });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';

export const portalMeasuresKey = ['portal', 'measures'] as const;

/** The questionnaires waiting for the client, each with the answers saved so far. */
export function usePortalMeasures() {
  return useQuery({ queryKey: portalMeasuresKey, queryFn: () => data(client.GET('/api/v1/portal/measures')) });
}

/** Saves the answers so far (item order), so the client can stop and come back on any device. */
export function saveMeasureDraft(requestId: string, answers: (number | null)[]): Promise<{ saved: boolean }> {
  return data(client.PUT('/api/v1/portal/measures/{id}/draft', { ...byId(requestId), body: { answers } }));
}

export function useSubmitMeasure(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: (number | null)[]) => data(client.POST('/api/v1/portal/measures/{id}/submit', { ...byId(requestId), body: { answers } })),
    // Sent, or withdrawn meanwhile (409): either way the list has changed.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: portalMeasuresKey });
      void queryClient.invalidateQueries({ queryKey: ['portal', 'me'] });
    },
  });
}

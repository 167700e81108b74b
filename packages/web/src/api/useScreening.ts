import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { AcceptSuggestion, Screening, Suggestion } from './referralTypes';

const screeningKey = (clientId: string) => ['screening', clientId] as const;

/** The chart's screening suggestions and unrecognised medicines (care team only; never the portal). */
export function useScreening(clientId: string) {
  return useQuery({
    queryKey: screeningKey(clientId),
    queryFn: () => api.get<Screening>(`/clients/${encodeURIComponent(clientId)}/screening`),
  });
}

/** Accepting drafts a referral from the suggestion. */
export function useAcceptSuggestion(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AcceptSuggestion }) =>
      api.post<{ suggestion: Suggestion; referralId: string }>(`/screening-suggestions/${encodeURIComponent(id)}/accept`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: screeningKey(clientId) });
      void queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
}

export function useDismissSuggestion(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<Suggestion>(`/screening-suggestions/${encodeURIComponent(id)}/dismiss`, { reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: screeningKey(clientId) }),
  });
}

/** Maps a medicine name for the whole practice; the answer is the client's screening, redone. */
export function useMapMedicine(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; classId: string }) =>
      api.post<Screening>(`/clients/${encodeURIComponent(clientId)}/medicine-mappings`, body),
    onSuccess: (screening) => {
      queryClient.setQueryData(screeningKey(clientId), screening);
      // The name is now known practice-wide: other clients' lists may change too.
      void queryClient.invalidateQueries({ queryKey: ['screening'] });
    },
  });
}

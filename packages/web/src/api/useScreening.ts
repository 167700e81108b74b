import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { AcceptSuggestion } from './referralTypes';

const screeningKey = (clientId: string) => ['screening', clientId] as const;

/** The chart's screening suggestions and unrecognised medicines (care team only; never the portal). */
export function useScreening(clientId: string) {
  return useQuery({
    queryKey: screeningKey(clientId),
    queryFn: () => data(client.GET('/api/v1/clients/{id}/screening', byId(clientId))),
  });
}

/** Accepting drafts a referral from the suggestion. */
export function useAcceptSuggestion(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AcceptSuggestion }) =>
      data(client.POST('/api/v1/screening-suggestions/{id}/accept', { ...byId(id), body })),
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
      data(client.POST('/api/v1/screening-suggestions/{id}/dismiss', { ...byId(id), body: { reason } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: screeningKey(clientId) }),
  });
}

/** Maps a medicine name for the whole practice; the answer is the client's screening, redone. */
export function useMapMedicine(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; classId: string }) =>
      data(client.POST('/api/v1/clients/{id}/medicine-mappings', { ...byId(clientId), body })),
    onSuccess: (screening) => {
      queryClient.setQueryData(screeningKey(clientId), screening);
      // The name is now known practice-wide: other clients' lists may change too.
      void queryClient.invalidateQueries({ queryKey: ['screening'] });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { NewRelationship } from './careTypes';

export function useRelationships() {
  return useQuery({ queryKey: ['relationships', 'list'], queryFn: () => data(client.GET('/api/v1/relationships')) });
}

export function useRelationship(id: string) {
  return useQuery({ queryKey: ['relationships', 'detail', id], queryFn: () => data(client.GET('/api/v1/relationships/{id}', byId(id))) });
}

export function useCreateRelationship() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (relationship: NewRelationship) => data(client.POST('/api/v1/relationships', { body: relationship })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['relationships', 'list'] });
      // Members' records list their relationships, and the clinicians join their care teams.
      void queryClient.invalidateQueries({ queryKey: ['clients'] });
    },
  });
}

export function useInvitePartners(id: string) {
  return useMutation({
    mutationFn: () => data(client.POST('/api/v1/relationships/{id}/invitations', byId(id))),
  });
}

/** Each partner's history summary, side by side (relationship clinicians only). */
export function useRelationshipHistory(id: string) {
  return useQuery({
    queryKey: ['relationships', 'history', id],
    queryFn: () => data(client.GET('/api/v1/relationships/{id}/history-summary', byId(id))),
  });
}

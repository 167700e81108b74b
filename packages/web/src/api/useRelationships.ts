import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { NewRelationship, Relationship, RelationshipHistory, RelationshipInvitations } from './careTypes';

const relationshipPath = (id: string) => `/relationships/${encodeURIComponent(id)}`;

export function useRelationships() {
  return useQuery({ queryKey: ['relationships', 'list'], queryFn: () => api.get<Relationship[]>('/relationships') });
}

export function useRelationship(id: string) {
  return useQuery({ queryKey: ['relationships', 'detail', id], queryFn: () => api.get<Relationship>(relationshipPath(id)) });
}

export function useCreateRelationship() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (relationship: NewRelationship) => api.post<Relationship>('/relationships', relationship),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['relationships', 'list'] });
      // Members' records list their relationships, and the clinicians join their care teams.
      void queryClient.invalidateQueries({ queryKey: ['clients'] });
    },
  });
}

export function useInvitePartners(id: string) {
  return useMutation({
    mutationFn: () => api.post<RelationshipInvitations>(`${relationshipPath(id)}/invitations`, {}),
  });
}

/** Each partner's history summary, side by side (relationship clinicians only). */
export function useRelationshipHistory(id: string) {
  return useQuery({
    queryKey: ['relationships', 'history', id],
    queryFn: () => api.get<RelationshipHistory>(`${relationshipPath(id)}/history-summary`),
  });
}

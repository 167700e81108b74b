import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data } from './client';
import { sessionQueryKey } from './useSession';
import type { PracticeUpdate, StaffInvitation } from './types';

export function usePractice() {
  return useQuery({ queryKey: ['practice'], queryFn: () => data(client.GET('/api/v1/practice')) });
}

export function useUpdatePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: PracticeUpdate) => data(client.PATCH('/api/v1/practice', { body: update })),
    onSuccess: (practice) => {
      queryClient.setQueryData(['practice'], practice);
      // The practice name is shown in the header, which reads it from the session.
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}

export function usePracticeUsers(enabled = true) {
  return useQuery({
    queryKey: ['practice', 'users'],
    queryFn: () => data(client.GET('/api/v1/practice/users')),
    enabled,
  });
}

export function useInviteStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: StaffInvitation) => data(client.POST('/api/v1/practice/invitations', { body: invitation })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['practice', 'users'] });
      void queryClient.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
}

export function useOutbox() {
  return useQuery({ queryKey: ['outbox'], queryFn: () => data(client.GET('/api/v1/outbox')) });
}

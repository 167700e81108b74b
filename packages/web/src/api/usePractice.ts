import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { sessionQueryKey } from './useSession';
import type { OutboxMessage, Practice, PracticeUpdate, PracticeUser, StaffInvitation } from './types';

export function usePractice() {
  return useQuery({ queryKey: ['practice'], queryFn: () => api.get<Practice>('/practice') });
}

export function useUpdatePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: PracticeUpdate) => api.patch<Practice>('/practice', update),
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
    queryFn: () => api.get<PracticeUser[]>('/practice/users'),
    enabled,
  });
}

export function useInviteStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: StaffInvitation) => api.post<unknown>('/practice/invitations', invitation),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['practice', 'users'] });
      void queryClient.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
}

export function useOutbox() {
  return useQuery({ queryKey: ['outbox'], queryFn: () => api.get<OutboxMessage[]>('/outbox') });
}

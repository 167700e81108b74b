import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data } from './client';
import type { NewHomework, NewPracticeLog, PlanSubject, PortalHomework } from './planTypes';
import { subjectQuery } from './usePlans';

export const portalHomeworkKey = ['portal', 'homework'] as const;

/** A client's (only their own completion) or a relationship's homework. */
export function useHomework(subject: PlanSubject) {
  return useQuery({
    queryKey: ['homework', subject],
    queryFn: () => data(client.GET('/api/v1/homework', { params: { query: subjectQuery(subject) } })),
    // Clients log practice in the portal meanwhile: always ask again on opening.
    staleTime: 0,
  });
}

export function useAssignHomework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewHomework) => data(client.POST('/api/v1/homework', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['homework'] }),
  });
}

export function useStopHomework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(client.POST('/api/v1/homework/{id}/stop', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['homework'] }),
  });
}

/** The client's own exercises, their own entries, and reflections partners chose to share. */
export function usePortalHomework() {
  return useQuery({ queryKey: portalHomeworkKey, queryFn: () => data(client.GET('/api/v1/portal/homework')) });
}

/** Puts the exercise's new state (as the server answers it) in place of the old one. */
function useReplaceExercise() {
  const queryClient = useQueryClient();
  return (updated: PortalHomework) =>
    queryClient.setQueryData<PortalHomework[]>(portalHomeworkKey, (list) => list?.map((item) => (item.id === updated.id ? updated : item)));
}

export function useLogPractice(homeworkId: string) {
  const replace = useReplaceExercise();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPracticeLog) => data(client.POST('/api/v1/portal/homework/{id}/logs', { params: { path: { id: homeworkId } }, body })),
    onSuccess: replace,
    // Stopped meanwhile (409): the list has changed.
    onError: () => queryClient.invalidateQueries({ queryKey: portalHomeworkKey }),
  });
}

/** Share a reflection, or make it private again. */
export function useShareReflection(homeworkId: string) {
  const replace = useReplaceExercise();
  return useMutation({
    mutationFn: ({ logId, share }: { logId: string; share: boolean }) =>
      data(client.PUT('/api/v1/portal/homework/{id}/logs/{logId}/sharing', { params: { path: { id: homeworkId, logId } }, body: { shareReflection: share } })),
    onSuccess: replace,
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { NewRelease, Release } from './referralTypes';

/** The client's releases. Always refetched on opening: the client signs or withdraws them elsewhere. */
export function useClientReleases(clientId: string, enabled = true) {
  return useQuery({
    queryKey: ['releases', 'client', clientId],
    queryFn: () => data(client.GET('/api/v1/clients/{id}/releases', byId(clientId))),
    enabled,
    staleTime: 0,
  });
}

/** The clinician asks the client's permission; it waits in their portal for a signature. */
export function useCreateRelease(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewRelease) => data(client.POST('/api/v1/clients/{id}/releases', { ...byId(clientId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['releases', 'client', clientId] }),
  });
}

/** The client's own releases. */
export function usePortalReleases() {
  return useQuery({ queryKey: ['portal', 'releases'], queryFn: () => data(client.GET('/api/v1/portal/releases')) });
}

function usePortalReleaseSaved() {
  const queryClient = useQueryClient();
  return {
    onSuccess: (release: Release) => {
      // Show the change at once; the refetch that follows confirms it.
      queryClient.setQueryData<Release[]>(['portal', 'releases'], (list) => list?.map((item) => (item.id === release.id ? release : item)));
      void queryClient.invalidateQueries({ queryKey: ['portal', 'releases'] });
    },
    // Already signed or withdrawn (409), perhaps on another device: show what the server has.
    onError: () => void queryClient.invalidateQueries({ queryKey: ['portal', 'releases'] }),
  };
}

export function useSignRelease(id: string) {
  const saved = usePortalReleaseSaved();
  return useMutation({
    mutationFn: (typedName: string) => data(client.POST('/api/v1/portal/releases/{id}/signature', { ...byId(id), body: { typedName } })),
    ...saved,
  });
}

export function useRevokeRelease(id: string) {
  const saved = usePortalReleaseSaved();
  return useMutation({ mutationFn: () => data(client.POST('/api/v1/portal/releases/{id}/revoke', byId(id))), ...saved });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { ClientUpdate, NewClient } from './types';

export function useClients(search: string) {
  const q = search.trim();
  return useQuery({
    queryKey: ['clients', 'list', q],
    queryFn: () => data(client.GET('/api/v1/clients', { params: { query: q ? { q } : {} } })),
    placeholderData: keepPreviousData,
  });
}

export function useClient(id: string) {
  return useQuery({
    queryKey: ['clients', 'detail', id],
    queryFn: () => data(client.GET('/api/v1/clients/{id}', byId(id))),
  });
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewClient) => data(client.POST('/api/v1/clients', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clients', 'list'] }),
  });
}

export function useUpdateClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: ClientUpdate) => data(client.PATCH('/api/v1/clients/{id}', { ...byId(id), body: update })),
    onSuccess: (updated) => {
      queryClient.setQueryData(['clients', 'detail', id], updated);
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
    },
  });
}

export function useInviteClientToPortal(id: string) {
  return useMutation({ mutationFn: () => data(client.POST('/api/v1/clients/{id}/portal-invitation', byId(id))) });
}

/** What this client is asked to sign, and what they have signed (care team only). */
export function useClientConsents(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['clients', 'consents', id],
    queryFn: () => data(client.GET('/api/v1/clients/{id}/consents', byId(id))),
    enabled,
  });
}

/** The summary of the latest submitted history (care team only). */
export function useClientHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['clients', 'history', id],
    queryFn: () => data(client.GET('/api/v1/clients/{id}/history-summary', byId(id))),
    enabled,
  });
}

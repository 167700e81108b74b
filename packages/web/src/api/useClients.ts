import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ClientConsent, ClientHistory } from './careTypes';
import type { ClientDetail, ClientSummary, ClientUpdate, NewClient } from './types';

const clientPath = (id: string) => `/clients/${encodeURIComponent(id)}`;

export function useClients(search: string) {
  const q = search.trim();
  return useQuery({
    queryKey: ['clients', 'list', q],
    queryFn: () =>
      api.get<ClientSummary[]>(q ? `/clients?${new URLSearchParams({ q }).toString()}` : '/clients'),
    placeholderData: keepPreviousData,
  });
}

export function useClient(id: string) {
  return useQuery({
    queryKey: ['clients', 'detail', id],
    queryFn: () => api.get<ClientDetail>(clientPath(id)),
  });
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (client: NewClient) => api.post<ClientDetail>('/clients', client),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clients', 'list'] }),
  });
}

export function useUpdateClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: ClientUpdate) => api.patch<ClientDetail>(clientPath(id), update),
    onSuccess: (client) => {
      queryClient.setQueryData(['clients', 'detail', id], client);
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
    },
  });
}

export function useInviteClientToPortal(id: string) {
  return useMutation({ mutationFn: () => api.post<unknown>(`${clientPath(id)}/portal-invitation`, {}) });
}

/** What this client is asked to sign, and what they have signed (care team only). */
export function useClientConsents(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['clients', 'consents', id],
    queryFn: () => api.get<ClientConsent[]>(`${clientPath(id)}/consents`),
    enabled,
  });
}

/** The summary of the latest submitted history (care team only). */
export function useClientHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['clients', 'history', id],
    queryFn: () => api.get<ClientHistory>(`${clientPath(id)}/history-summary`),
    enabled,
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ClientDetail, ClientSummary, NewClient } from './types';

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
    queryFn: () => api.get<ClientDetail>(`/clients/${encodeURIComponent(id)}`),
  });
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (client: NewClient) => api.post<ClientDetail>('/clients', client),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clients', 'list'] }),
  });
}

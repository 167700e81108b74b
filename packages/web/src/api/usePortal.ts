import { useQuery } from '@tanstack/react-query';
import { client, data } from './client';

export function usePortalMe() {
  return useQuery({ queryKey: ['portal', 'me'], queryFn: () => data(client.GET('/api/v1/portal/me')) });
}

/** The client's relationships: partners' names and the confidentiality policy. */
export function usePortalRelationships() {
  return useQuery({ queryKey: ['portal', 'relationships'], queryFn: () => data(client.GET('/api/v1/portal/relationships')) });
}

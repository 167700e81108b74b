import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { PortalRelationship } from './careTypes';
import type { PortalMe } from './types';

export function usePortalMe() {
  return useQuery({ queryKey: ['portal', 'me'], queryFn: () => api.get<PortalMe>('/portal/me') });
}

/** The client's relationships: partners' names and the confidentiality policy. */
export function usePortalRelationships() {
  return useQuery({ queryKey: ['portal', 'relationships'], queryFn: () => api.get<PortalRelationship[]>('/portal/relationships') });
}

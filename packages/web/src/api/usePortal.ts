import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { PortalMe } from './types';

export function usePortalMe() {
  return useQuery({ queryKey: ['portal', 'me'], queryFn: () => api.get<PortalMe>('/portal/me') });
}

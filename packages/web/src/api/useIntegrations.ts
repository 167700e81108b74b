import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export interface IntegrationOptions {
  scopes: { id: string; label: string; routes: string[] }[];
  events: string[];
  retryMinutes: number[];
}

export interface AccessToken {
  id: string;
  name: string;
  userId: string;
  userName: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: 'active' | 'expired' | 'revoked';
}

export interface Webhook {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export function useIntegrationOptions() {
  return useQuery({ queryKey: ['integrations'], queryFn: () => api.get<IntegrationOptions>('/integrations'), staleTime: Infinity });
}

export function useAccessTokens() {
  return useQuery({ queryKey: ['access-tokens'], queryFn: () => api.get<AccessToken[]>('/access-tokens') });
}

export function useCreateAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; scopes: string[]; expiresInDays: number }) => api.post<AccessToken & { token: string }>('/access-tokens', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['access-tokens'] }),
  });
}

export function useRevokeAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/access-tokens/${encodeURIComponent(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['access-tokens'] }),
  });
}

export function useWebhooks(enabled: boolean) {
  return useQuery({ queryKey: ['webhooks'], queryFn: () => api.get<Webhook[]>('/webhooks'), enabled });
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { url: string; description: string | null; events: string[] }) => api.post<Webhook & { secret: string }>('/webhooks', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: { id: string; active?: boolean }) => api.patch<Webhook>(`/webhooks/${encodeURIComponent(id)}`, patch),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/webhooks/${encodeURIComponent(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export function useWebhookDeliveries(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['webhooks', id, 'deliveries'], queryFn: () => api.get<WebhookDelivery[]>(`/webhooks/${encodeURIComponent(id)}/deliveries`), enabled, staleTime: 0 });
}

export function usePingWebhook(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<WebhookDelivery>(`/webhooks/${encodeURIComponent(id)}/ping`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks', id, 'deliveries'] }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { BodyOf, ResponseOf } from './schema';

export type IntegrationOptions = ResponseOf<'/api/v1/integrations'>;
export type AccessToken = ResponseOf<'/api/v1/access-tokens'>[number];
export type Webhook = ResponseOf<'/api/v1/webhooks'>[number];
export type WebhookDelivery = ResponseOf<'/api/v1/webhooks/{id}/deliveries'>[number];
export type TokenScope = BodyOf<'/api/v1/access-tokens', 'post'>['scopes'][number];
export type WebhookEvent = BodyOf<'/api/v1/webhooks', 'post'>['events'][number];

export function useIntegrationOptions() {
  return useQuery({ queryKey: ['integrations'], queryFn: () => data(client.GET('/api/v1/integrations')), staleTime: Infinity });
}

export function useAccessTokens() {
  return useQuery({ queryKey: ['access-tokens'], queryFn: () => data(client.GET('/api/v1/access-tokens')) });
}

export function useCreateAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/access-tokens', 'post'>) => data(client.POST('/api/v1/access-tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['access-tokens'] }),
  });
}

export function useRevokeAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(client.DELETE('/api/v1/access-tokens/{id}', byId(id))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['access-tokens'] }),
  });
}

export function useWebhooks(enabled: boolean) {
  return useQuery({ queryKey: ['webhooks'], queryFn: () => data(client.GET('/api/v1/webhooks')), enabled });
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/webhooks', 'post'>) => data(client.POST('/api/v1/webhooks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & BodyOf<'/api/v1/webhooks/{id}', 'patch'>) => data(client.PATCH('/api/v1/webhooks/{id}', { ...byId(id), body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(client.DELETE('/api/v1/webhooks/{id}', byId(id))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export function useWebhookDeliveries(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['webhooks', id, 'deliveries'], queryFn: () => data(client.GET('/api/v1/webhooks/{id}/deliveries', byId(id))), enabled, staleTime: 0 });
}

export function usePingWebhook(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/api/v1/webhooks/{id}/ping', byId(id))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks', id, 'deliveries'] }),
  });
}

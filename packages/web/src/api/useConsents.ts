import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data } from './client';
import type { PortalConsent } from './careTypes';

export function useConsentDocuments() {
  return useQuery({ queryKey: ['consent-documents', 'list'], queryFn: () => data(client.GET('/api/v1/consent-documents')) });
}

export function useConsentDocument(id: string) {
  return useQuery({
    queryKey: ['consent-documents', 'detail', id],
    queryFn: () => data(client.GET('/api/v1/consent-documents/{id}', { params: { path: { id } } })),
  });
}

/** The owner publishes a new version; earlier versions and their signatures stay. */
export function usePublishConsentVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: { title: string; body: string }) =>
      data(client.POST('/api/v1/consent-documents/{id}/versions', { params: { path: { id } }, body: version })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consent-documents'] }),
  });
}

/** The documents this client is asked to sign, in full. */
export function usePortalConsents() {
  return useQuery({ queryKey: ['portal', 'consents'], queryFn: () => data(client.GET('/api/v1/portal/consents')) });
}

export function useSignConsent(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (typedName: string) =>
      data(client.POST('/api/v1/portal/consents/{versionId}/signature', { params: { path: { versionId } }, body: { typedName } })),
    onSuccess: (signature) => {
      // Show the signature at once; the refetch that follows confirms it.
      queryClient.setQueryData<PortalConsent[]>(['portal', 'consents'], (list) =>
        list?.map((item) => (item.versionId === versionId ? { ...item, signature } : item)),
      );
      void queryClient.invalidateQueries({ queryKey: ['portal', 'consents'] });
      void queryClient.invalidateQueries({ queryKey: ['portal', 'me'], refetchType: 'all' });
    },
    // Already signed (409), perhaps on another device: show what the server has.
    onError: () => void queryClient.invalidateQueries({ queryKey: ['portal', 'consents'] }),
  });
}

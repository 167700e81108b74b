import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ConsentDocument, ConsentDocumentWithVersions, ConsentSignature, ConsentVersion, PortalConsent } from './careTypes';

const documentPath = (id: string) => `/consent-documents/${encodeURIComponent(id)}`;

export function useConsentDocuments() {
  return useQuery({ queryKey: ['consent-documents', 'list'], queryFn: () => api.get<ConsentDocument[]>('/consent-documents') });
}

export function useConsentDocument(id: string) {
  return useQuery({
    queryKey: ['consent-documents', 'detail', id],
    queryFn: () => api.get<ConsentDocumentWithVersions>(documentPath(id)),
  });
}

/** The owner publishes a new version; earlier versions and their signatures stay. */
export function usePublishConsentVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: { title: string; body: string }) => api.post<ConsentVersion>(`${documentPath(id)}/versions`, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consent-documents'] }),
  });
}

/** The documents this client is asked to sign, in full. */
export function usePortalConsents() {
  return useQuery({ queryKey: ['portal', 'consents'], queryFn: () => api.get<PortalConsent[]>('/portal/consents') });
}

export function useSignConsent(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (typedName: string) =>
      api.post<ConsentSignature>(`/portal/consents/${encodeURIComponent(versionId)}/signature`, { typedName }),
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

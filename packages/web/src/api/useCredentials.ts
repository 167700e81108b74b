import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { CredentialPatch, NewCredential, NewCredentialDocument, VerificationInput } from './credentialTypes';

const credentialPath = (id: string) => `/credentials/${encodeURIComponent(id)}`;

/**
 * A clinician's credentials: one's own without `userId`; the owner may pass any clinician's id.
 * An empty `userId` waits (an owner who is not a clinician has not chosen anyone yet).
 */
export function useCredentials(userId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['credentials', 'list', userId ?? 'own'],
    queryFn: () => data(client.GET('/api/v1/credentials', { params: { query: userId ? { userId } : {} } })),
    enabled,
  });
}

/** After any change: the lists, Today's expiry alerts and certification progress (which reads licences and degrees). */
function useCredentialChanged() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['credentials'] });
    void queryClient.invalidateQueries({ queryKey: ['today'] });
    void queryClient.invalidateQueries({ queryKey: ['certification'] });
  };
}

export function useAddCredential() {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: (credential: NewCredential) => data(client.POST('/api/v1/credentials', { body: credential })), onSuccess: changed });
}

/** Changing a verified fact withdraws the verification (the server decides which facts). */
export function useUpdateCredential(id: string) {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: (patch: CredentialPatch) => data(client.PATCH('/api/v1/credentials/{id}', { ...byId(id), body: patch })), onSuccess: changed });
}

export function useRemoveCredential() {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: (id: string) => data(client.DELETE('/api/v1/credentials/{id}', byId(id))), onSuccess: changed });
}

/** Owners only: records who verified the credential, when and how. */
export function useVerifyCredential(id: string) {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: (input: VerificationInput) => data(client.POST('/api/v1/credentials/{id}/verification', { ...byId(id), body: input })), onSuccess: changed });
}

export function useWithdrawVerification(id: string) {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: () => data(client.DELETE('/api/v1/credentials/{id}/verification', byId(id))), onSuccess: changed });
}

export function useAttachDocument(id: string) {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: (document: NewCredentialDocument) => data(client.POST('/api/v1/credentials/{id}/documents', { ...byId(id), body: document })), onSuccess: changed });
}

export function useRemoveDocument(id: string) {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: (documentId: string) =>
      data(client.DELETE('/api/v1/credentials/{id}/documents/{documentId}', { params: { path: { id, documentId } } })),
    onSuccess: changed,
  });
}

/** The address of an attached document (a download, so a plain link rather than a fetch). */
export function credentialDocumentUrl(credentialId: string, documentId: string): string {
  return `/api/v1${credentialPath(credentialId)}/documents/${encodeURIComponent(documentId)}`;
}

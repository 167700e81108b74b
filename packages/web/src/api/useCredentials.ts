import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Credential, CredentialPatch, NewCredential, NewCredentialDocument, VerificationInput } from './credentialTypes';

const credentialPath = (id: string) => `/credentials/${encodeURIComponent(id)}`;

/**
 * A clinician's credentials: one's own without `userId`; the owner may pass any clinician's id.
 * An empty `userId` waits (an owner who is not a clinician has not chosen anyone yet).
 */
export function useCredentials(userId: string | null, enabled = true) {
  const query = userId ? `?${new URLSearchParams({ userId }).toString()}` : '';
  return useQuery({
    queryKey: ['credentials', 'list', userId ?? 'own'],
    queryFn: () => api.get<Credential[]>(`/credentials${query}`),
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
  return useMutation({ mutationFn: (credential: NewCredential) => api.post<Credential>('/credentials', credential), onSuccess: changed });
}

/** Changing a verified fact withdraws the verification (the server decides which facts). */
export function useUpdateCredential(id: string) {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: (patch: CredentialPatch) => api.patch<Credential>(credentialPath(id), patch), onSuccess: changed });
}

export function useRemoveCredential() {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: (id: string) => api.delete<void>(credentialPath(id)), onSuccess: changed });
}

/** Owners only: records who verified the credential, when and how. */
export function useVerifyCredential(id: string) {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: (input: VerificationInput) => api.post<Credential>(`${credentialPath(id)}/verification`, input), onSuccess: changed });
}

export function useWithdrawVerification(id: string) {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: () => api.delete<Credential>(`${credentialPath(id)}/verification`), onSuccess: changed });
}

export function useAttachDocument(id: string) {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: (document: NewCredentialDocument) => api.post<Credential>(`${credentialPath(id)}/documents`, document), onSuccess: changed });
}

export function useRemoveDocument(id: string) {
  const changed = useCredentialChanged();
  return useMutation({ mutationFn: (documentId: string) => api.delete<void>(`${credentialPath(id)}/documents/${encodeURIComponent(documentId)}`), onSuccess: changed });
}

/** The address of an attached document (a download, so a plain link rather than a fetch). */
export function credentialDocumentUrl(credentialId: string, documentId: string): string {
  return `/api/v1${credentialPath(credentialId)}/documents/${encodeURIComponent(documentId)}`;
}

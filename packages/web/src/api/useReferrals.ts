import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { NewReferral, Referral, ReferralPatch, ReferralStep } from './referralTypes';

const referralPath = (id: string) => `/referrals/${encodeURIComponent(id)}`;

export function useClientReferrals(clientId: string) {
  return useQuery({
    queryKey: ['referrals', 'client', clientId],
    queryFn: () => data(client.GET('/api/v1/clients/{id}/referrals', byId(clientId))),
  });
}

export function useReferral(id: string) {
  return useQuery({ queryKey: ['referrals', 'detail', id], queryFn: () => data(client.GET('/api/v1/referrals/{id}', byId(id))) });
}

/** After any change: this referral, the chart's list, Today, and whether a medical referral is pending. */
function useReferralSaved() {
  const queryClient = useQueryClient();
  return (referral: Referral) => {
    queryClient.setQueryData(['referrals', 'detail', referral.id], referral);
    void queryClient.invalidateQueries({ queryKey: ['referrals'] });
    void queryClient.invalidateQueries({ queryKey: ['today'] });
    void queryClient.invalidateQueries({ queryKey: ['diagnoses', 'evaluate'] });
  };
}

export function useCreateReferral(clientId: string) {
  const saved = useReferralSaved();
  return useMutation({
    mutationFn: (body: NewReferral) => data(client.POST('/api/v1/clients/{id}/referrals', { ...byId(clientId), body })),
    onSuccess: saved,
  });
}

export function useUpdateReferral(id: string) {
  const saved = useReferralSaved();
  return useMutation({ mutationFn: (patch: ReferralPatch) => data(client.PATCH('/api/v1/referrals/{id}', { ...byId(id), body: patch })), onSuccess: saved });
}

/** Sends under a signed release naming the recipient; the server refuses anything else (400 `releaseId`). */
export function useSendReferral(id: string) {
  const saved = useReferralSaved();
  return useMutation({ mutationFn: (releaseId: string) => data(client.POST('/api/v1/referrals/{id}/send', { ...byId(id), body: { releaseId } })), onSuccess: saved });
}

export function useTransitionReferral(id: string) {
  const saved = useReferralSaved();
  return useMutation({
    mutationFn: (body: { to: ReferralStep; outcome?: string }) => data(client.POST('/api/v1/referrals/{id}/transition', { ...byId(id), body })),
    onSuccess: saved,
  });
}

/** The letter as it would go out under a release (`null`: the release it was sent under). */
export function useReferralLetter(id: string, releaseId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['referrals', 'letter', id, releaseId],
    queryFn: () => data(client.GET('/api/v1/referrals/{id}/letter', { params: { path: { id }, query: releaseId ? { releaseId } : {} } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The address of the letter as a PDF (a download, so a plain link rather than a fetch). */
export function referralLetterPdfUrl(id: string, releaseId: string | null): string {
  const query = releaseId ? `?${new URLSearchParams({ releaseId }).toString()}` : '';
  return `/api/v1${referralPath(id)}/letter.pdf${query}`;
}

/** What needs the clinician's attention today. */
export function useToday() {
  return useQuery({ queryKey: ['today'], queryFn: () => data(client.GET('/api/v1/today')) });
}

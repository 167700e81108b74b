import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Letter, NewReferral, Referral, ReferralPatch, ReferralStep, Today } from './referralTypes';

const referralPath = (id: string) => `/referrals/${encodeURIComponent(id)}`;

export function useClientReferrals(clientId: string) {
  return useQuery({
    queryKey: ['referrals', 'client', clientId],
    queryFn: () => api.get<Referral[]>(`/clients/${encodeURIComponent(clientId)}/referrals`),
  });
}

export function useReferral(id: string) {
  return useQuery({ queryKey: ['referrals', 'detail', id], queryFn: () => api.get<Referral>(referralPath(id)) });
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
    mutationFn: (body: NewReferral) => api.post<Referral>(`/clients/${encodeURIComponent(clientId)}/referrals`, body),
    onSuccess: saved,
  });
}

export function useUpdateReferral(id: string) {
  const saved = useReferralSaved();
  return useMutation({ mutationFn: (patch: ReferralPatch) => api.patch<Referral>(referralPath(id), patch), onSuccess: saved });
}

/** Sends under a signed release naming the recipient; the server refuses anything else (400 `releaseId`). */
export function useSendReferral(id: string) {
  const saved = useReferralSaved();
  return useMutation({ mutationFn: (releaseId: string) => api.post<Referral>(`${referralPath(id)}/send`, { releaseId }), onSuccess: saved });
}

export function useTransitionReferral(id: string) {
  const saved = useReferralSaved();
  return useMutation({
    mutationFn: (body: { to: ReferralStep; outcome?: string }) => api.post<Referral>(`${referralPath(id)}/transition`, body),
    onSuccess: saved,
  });
}

/** The letter as it would go out under a release (`null`: the release it was sent under). */
export function useReferralLetter(id: string, releaseId: string | null, enabled: boolean) {
  const query = releaseId ? `?${new URLSearchParams({ releaseId }).toString()}` : '';
  return useQuery({
    queryKey: ['referrals', 'letter', id, releaseId],
    queryFn: () => api.get<Letter>(`${referralPath(id)}/letter${query}`),
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
  return useQuery({ queryKey: ['today'], queryFn: () => api.get<Today>('/today') });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { BillingProvider, BillingSettings, ChargeInput, PaymentInput, ProviderNumbers } from './billingTypes';

const clientPath = (id: string) => `/clients/${encodeURIComponent(id)}`;
const range = (from: string, to: string) => new URLSearchParams({ from, to }).toString();

/** The billing worklist: the period's sessions (days are the practice's) with their charge, if any. */
export function useBillingSessions(from: string, to: string) {
  return useQuery({
    queryKey: ['billing', 'sessions', from, to],
    queryFn: () => data(client.GET('/api/v1/billing/sessions', { params: { query: { from, to } } })),
    placeholderData: keepPreviousData,
  });
}

/** The income report for a period, as CSV (a download, so a plain link rather than a fetch). */
export function incomeCsvUrl(from: string, to: string): string {
  return `/api/v1/billing/income.csv?${range(from, to)}`;
}

/** A client's superbill for a period, as PDF (a download). */
export function superbillPdfUrl(clientId: string, from: string, to: string): string {
  return `/api/v1${clientPath(clientId)}/superbill.pdf?${range(from, to)}`;
}

export function useBillingSettings() {
  return useQuery({ queryKey: ['billing', 'settings'], queryFn: () => data(client.GET('/api/v1/billing/settings')) });
}

export function useSaveBillingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: BillingSettings) => data(client.PUT('/api/v1/billing/settings', { body: settings })),
    onSuccess: (settings) => {
      queryClient.setQueryData(['billing', 'settings'], settings);
      // Suggested fees on charge forms follow the fee schedule.
      void queryClient.invalidateQueries({ queryKey: ['billing', 'charge'] });
    },
  });
}

/** Every active clinician with the NPI and licence saved for them (owners and billing). */
export function useBillingProviders() {
  return useQuery({ queryKey: ['billing', 'providers'], queryFn: () => data(client.GET('/api/v1/billing/providers')) });
}

/** A clinician's NPI and licence, printed on superbills. */
export function useSaveProviderNumbers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, numbers }: { userId: string; numbers: ProviderNumbers }) =>
      data(client.PUT('/api/v1/billing/providers/{id}', { ...byId(userId), body: numbers })),
    onSuccess: (saved) =>
      queryClient.setQueryData<BillingProvider[]>(['billing', 'providers'], (list) =>
        list?.map((provider) => (provider.userId === saved.userId ? { ...provider, npi: saved.npi, license: saved.license } : provider)),
      ),
  });
}

export function useChargeDraft(appointmentId: string) {
  return useQuery({ queryKey: ['billing', 'charge', appointmentId], queryFn: () => data(client.GET('/api/v1/appointments/{id}/charge', byId(appointmentId))) });
}

export function useSaveCharge(appointmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChargeInput) => data(client.PUT('/api/v1/appointments/{id}/charge', { ...byId(appointmentId), body: input })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['billing'] });
      void queryClient.invalidateQueries({ queryKey: ['clients', 'account'] });
    },
  });
}

export function useClientAccount(clientId: string) {
  return useQuery({ queryKey: ['clients', 'account', clientId], queryFn: () => data(client.GET('/api/v1/clients/{id}/account', byId(clientId))) });
}

/** The share of the fee the client pays (0–100), or null for the full fee. */
export function useSetSlidingScale(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (slidingScalePercent: number | null) =>
      data(client.PUT('/api/v1/clients/{id}/billing', { ...byId(clientId), body: { slidingScalePercent } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['clients', 'account', clientId] });
      void queryClient.invalidateQueries({ queryKey: ['billing', 'charge'] });
    },
  });
}

export function useRecordPayment(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (payment: PaymentInput) => data(client.POST('/api/v1/clients/{id}/payments', { ...byId(clientId), body: payment })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clients', 'account', clientId] }),
  });
}

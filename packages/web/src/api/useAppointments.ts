import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, data } from './client';
import type { CancelScope, NewAppointment } from './schedulingTypes';

/** Appointments starting from `from` up to (not including) `to`, both `YYYY-MM-DD`. */
export function useAppointments(from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: ['appointments', 'range', from, to],
    queryFn: () => data(client.GET('/api/v1/appointments', { params: { query: { from, to } } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useAppointmentsChanged() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['appointments'] });
    // "Before every Nth session" questionnaires follow the calendar.
    void queryClient.invalidateQueries({ queryKey: ['measures'] });
  };
}

/** Books one appointment, or a weekly series; an overlap is a 409 naming the field at fault. */
export function useCreateAppointments() {
  const changed = useAppointmentsChanged();
  return useMutation({ mutationFn: (body: NewAppointment) => data(client.POST('/api/v1/appointments', { body })), onSuccess: changed });
}

export function useCancelAppointment() {
  const changed = useAppointmentsChanged();
  return useMutation({
    mutationFn: ({ id, scope }: { id: string; scope: CancelScope }) =>
      data(client.POST('/api/v1/appointments/{id}/cancel', { params: { path: { id } }, body: { scope } })),
    onSettled: changed,
  });
}

export function useMarkNoShow() {
  const changed = useAppointmentsChanged();
  return useMutation({
    mutationFn: (id: string) => data(client.POST('/api/v1/appointments/{id}/no-show', { params: { path: { id } } })),
    onSettled: changed,
  });
}

/** The client's own upcoming sessions. */
export function usePortalAppointments() {
  return useQuery({ queryKey: ['portal', 'appointments'], queryFn: () => data(client.GET('/api/v1/portal/appointments')) });
}

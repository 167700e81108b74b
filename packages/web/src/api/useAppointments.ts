import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Appointment, CancelScope, NewAppointment, PortalAppointment } from './schedulingTypes';

/** Appointments starting from `from` up to (not including) `to`, both `YYYY-MM-DD`. */
export function useAppointments(from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: ['appointments', 'range', from, to],
    queryFn: () => api.get<Appointment[]>(`/appointments?${new URLSearchParams({ from, to }).toString()}`),
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
  return useMutation({ mutationFn: (body: NewAppointment) => api.post<Appointment[]>('/appointments', body), onSuccess: changed });
}

export function useCancelAppointment() {
  const changed = useAppointmentsChanged();
  return useMutation({
    mutationFn: ({ id, scope }: { id: string; scope: CancelScope }) => api.post<Appointment[]>(`/appointments/${encodeURIComponent(id)}/cancel`, { scope }),
    onSettled: changed,
  });
}

export function useMarkNoShow() {
  const changed = useAppointmentsChanged();
  return useMutation({
    mutationFn: (id: string) => api.post<Appointment>(`/appointments/${encodeURIComponent(id)}/no-show`, {}),
    onSettled: changed,
  });
}

/** The client's own upcoming sessions. */
export function usePortalAppointments() {
  return useQuery({ queryKey: ['portal', 'appointments'], queryFn: () => api.get<PortalAppointment[]>('/portal/appointments') });
}

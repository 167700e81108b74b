import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Availability, NewTimeOff, WorkingHoursUpdate } from './schedulingTypes';

const clinicianPath = (id: string) => `/clinicians/${encodeURIComponent(id)}`;
const availabilityKey = (clinicianId: string) => ['availability', clinicianId];

/** A clinician's working hours and time off not yet over (their own, or any for owners). */
export function useAvailability(clinicianId: string) {
  return useQuery({
    queryKey: availabilityKey(clinicianId),
    queryFn: () => api.get<Availability>(`${clinicianPath(clinicianId)}/availability`),
    enabled: clinicianId !== '',
  });
}

/** Replaces the week; an inverted range is a 400 naming `hours.N.ends`, an overlap `hours.N.starts`. */
export function useSetWorkingHours(clinicianId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkingHoursUpdate) => api.put<Availability>(`${clinicianPath(clinicianId)}/working-hours`, body),
    onSuccess: (availability) => queryClient.setQueryData(availabilityKey(clinicianId), availability),
  });
}

export function useAddTimeOff(clinicianId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTimeOff) => api.post<Availability>(`${clinicianPath(clinicianId)}/time-off`, body),
    onSuccess: (availability) => queryClient.setQueryData(availabilityKey(clinicianId), availability),
  });
}

export function useRemoveTimeOff(clinicianId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<undefined>(`/time-off/${encodeURIComponent(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: availabilityKey(clinicianId) }),
  });
}

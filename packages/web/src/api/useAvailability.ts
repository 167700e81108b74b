import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { byId, client, data } from './client';
import type { NewTimeOff, WorkingHoursUpdate } from './schedulingTypes';

const availabilityKey = (clinicianId: string) => ['availability', clinicianId];

/** A clinician's working hours and time off not yet over (their own, or any for owners). */
export function useAvailability(clinicianId: string) {
  return useQuery({
    queryKey: availabilityKey(clinicianId),
    queryFn: () => data(client.GET('/api/v1/clinicians/{id}/availability', byId(clinicianId))),
    enabled: clinicianId !== '',
  });
}

/** Replaces the week; an inverted range is a 400 naming `hours.N.ends`, an overlap `hours.N.starts`. */
export function useSetWorkingHours(clinicianId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkingHoursUpdate) => data(client.PUT('/api/v1/clinicians/{id}/working-hours', { ...byId(clinicianId), body })),
    onSuccess: (availability) => queryClient.setQueryData(availabilityKey(clinicianId), availability),
  });
}

export function useAddTimeOff(clinicianId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTimeOff) => data(client.POST('/api/v1/clinicians/{id}/time-off', { ...byId(clinicianId), body })),
    onSuccess: (availability) => queryClient.setQueryData(availabilityKey(clinicianId), availability),
  });
}

export function useRemoveTimeOff(clinicianId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(client.DELETE('/api/v1/time-off/{id}', byId(id))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: availabilityKey(clinicianId) }),
  });
}

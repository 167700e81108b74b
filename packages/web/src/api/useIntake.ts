import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HistoryAnswers } from '@candor/clinical';
import { api } from './client';
import type { Intake, IntakeListItem, IntakeSaved } from './careTypes';

/**
 * The history intake is the same API in two places: the client's own (`/portal/intakes`) and
 * a care-team clinician's, filled in on the client's behalf (`/clients/:id/intakes`).
 */
export function intakeBase(clientId: string | null): string {
  return clientId === null ? '/portal/intakes' : `/clients/${encodeURIComponent(clientId)}/intakes`;
}

const intakeKey = (base: string) => ['intakes', base] as const;

export function useIntakeList(base: string) {
  return useQuery({ queryKey: [...intakeKey(base), 'list'], queryFn: () => api.get<IntakeListItem[]>(base) });
}

/** The open draft, or a new one pre-filled from the latest submitted version. */
export function useOpenIntake(base: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Intake>(base, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...intakeKey(base), 'list'] }),
  });
}

export function fetchIntake(base: string, id: string): Promise<Intake> {
  return api.get<Intake>(`${base}/${encodeURIComponent(id)}`);
}

/** Saves a draft; a stale `revision` is a 409 (another device saved first). */
export function saveIntake(base: string, id: string, body: { answers: HistoryAnswers; revision: number }): Promise<IntakeSaved> {
  return api.put<IntakeSaved>(`${base}/${encodeURIComponent(id)}`, body);
}

export function submitIntake(base: string, id: string, revision: number): Promise<Intake> {
  return api.post<Intake>(`${base}/${encodeURIComponent(id)}/submit`, { revision });
}

/** After sending: the lists, the portal's next steps and the chart's summary are out of date. */
export function useIntakeSent(base: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: intakeKey(base) });
    // Refetched now, even though the home page is not showing, so it is fresh on the way back.
    void queryClient.invalidateQueries({ queryKey: ['portal', 'me'], refetchType: 'all' });
    void queryClient.invalidateQueries({ queryKey: ['clients', 'history'] });
    void queryClient.invalidateQueries({ queryKey: ['relationships', 'history'] });
  };
}

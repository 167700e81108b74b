import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HistoryAnswers } from '@candor/clinical';
import { client, data } from './client';
import type { Intake, IntakeSaved } from './careTypes';

/**
 * The history intake is the same API in two places: the client's own (`/portal/intakes`) and
 * a care-team clinician's, filled in on the client's behalf (`/clients/:id/intakes`). An
 * `IntakeBase` says which: the client's id, or `null` for the signed-in client's own.
 */
export type IntakeBase = string | null;

export function intakeBase(clientId: string | null): IntakeBase {
  return clientId;
}

const intakeKey = (base: IntakeBase) => ['intakes', base === null ? 'portal' : base] as const;

export function useIntakeList(base: IntakeBase) {
  return useQuery({
    queryKey: [...intakeKey(base), 'list'],
    queryFn: () =>
      base === null
        ? data(client.GET('/api/v1/portal/intakes'))
        : data(client.GET('/api/v1/clients/{id}/intakes', { params: { path: { id: base } } })),
  });
}

/** The open draft, or a new one pre-filled from the latest submitted version. */
export function useOpenIntake(base: IntakeBase) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (): Promise<Intake> =>
      base === null
        ? data(client.POST('/api/v1/portal/intakes'))
        : data(client.POST('/api/v1/clients/{id}/intakes', { params: { path: { id: base } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...intakeKey(base), 'list'] }),
  });
}

export function fetchIntake(base: IntakeBase, id: string): Promise<Intake> {
  return base === null
    ? data(client.GET('/api/v1/portal/intakes/{id}', { params: { path: { id } } }))
    : data(client.GET('/api/v1/clients/{id}/intakes/{intakeId}', { params: { path: { id: base, intakeId: id } } }));
}

/** Saves a draft; a stale `revision` is a 409 (another device saved first). */
export function saveIntake(base: IntakeBase, id: string, body: { answers: HistoryAnswers; revision: number }): Promise<IntakeSaved> {
  return base === null
    ? data(client.PUT('/api/v1/portal/intakes/{id}', { params: { path: { id } }, body }))
    : data(client.PUT('/api/v1/clients/{id}/intakes/{intakeId}', { params: { path: { id: base, intakeId: id } }, body }));
}

export function submitIntake(base: IntakeBase, id: string, revision: number): Promise<Intake> {
  return base === null
    ? data(client.POST('/api/v1/portal/intakes/{id}/submit', { params: { path: { id } }, body: { revision } }))
    : data(client.POST('/api/v1/clients/{id}/intakes/{intakeId}/submit', { params: { path: { id: base, intakeId: id } }, body: { revision } }));
}

/** After sending: the lists, the portal's next steps and the chart's summary are out of date. */
export function useIntakeSent(base: IntakeBase) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: intakeKey(base) });
    // Refetched now, even though the home page is not showing, so it is fresh on the way back.
    void queryClient.invalidateQueries({ queryKey: ['portal', 'me'], refetchType: 'all' });
    void queryClient.invalidateQueries({ queryKey: ['clients', 'history'] });
    void queryClient.invalidateQueries({ queryKey: ['relationships', 'history'] });
  };
}

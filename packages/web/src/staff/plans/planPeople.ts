import { useQueries, useQuery } from '@tanstack/react-query';
import { client, data } from '../../api/client';
import type { DiagnosisRecord } from '../../api/diagnosisTypes';
import { nameOf } from '../client/ClientDetailPage';
import { relationshipName } from '../relationships/relationshipName';

/** Who a plan or homework is for: the client, or each partner of the relationship. */
export interface Member {
  clientId: string;
  displayName: string;
}

/** A plan's people: its chart's address and name, and its members. */
export interface PlanPeople {
  /** The client's or relationship's page. */
  chartPath: string;
  /** "Rowan Ellis", "Alex & Jamie". */
  name: string;
  members: Member[];
  isRelationship: boolean;
}

/**
 * The client or relationship a plan belongs to, read with the same queries (and cache) as their
 * own pages. Nothing is fetched until the id is known.
 */
export function usePlanPeople(who: { clientId: string | null; relationshipId: string | null } | undefined) {
  const clientId = who?.clientId ?? '';
  const relationshipId = who?.relationshipId ?? '';
  const clientRecord = useQuery({
    queryKey: ['clients', 'detail', clientId],
    queryFn: () => data(client.GET('/api/v1/clients/{id}', { params: { path: { id: clientId } } })),
    enabled: clientId !== '',
  });
  const relationship = useQuery({
    queryKey: ['relationships', 'detail', relationshipId],
    queryFn: () => data(client.GET('/api/v1/relationships/{id}', { params: { path: { id: relationshipId } } })),
    enabled: relationshipId !== '',
  });
  if (relationshipId && relationship.data) {
    return {
      chartPath: `/relationships/${encodeURIComponent(relationshipId)}`,
      name: relationshipName(relationship.data),
      members: relationship.data.members,
      isRelationship: true,
    } satisfies PlanPeople;
  }
  if (clientId && clientRecord.data) {
    const name = nameOf(clientRecord.data);
    return { chartPath: `/clients/${encodeURIComponent(clientId)}`, name, members: [{ clientId, displayName: name }], isRelationship: false } satisfies PlanPeople;
  }
  return undefined;
}

export interface MemberDiagnosis extends DiagnosisRecord {
  /** Whose diagnosis it is. */
  displayName: string;
}

/** Every member's recorded diagnoses (the chart's own query, so the cache is shared). */
export function useMembersDiagnoses(members: Member[]) {
  const results = useQueries({
    queries: members.map((member) => ({
      queryKey: ['diagnoses', 'client', member.clientId],
      queryFn: () => data(client.GET('/api/v1/clients/{id}/diagnoses', { params: { path: { id: member.clientId } } })),
    })),
  });
  const diagnoses: MemberDiagnosis[] = results.flatMap((result, index) => (result.data ?? []).map((record) => ({ ...record, displayName: members[index]?.displayName ?? '' })));
  return {
    diagnoses,
    isPending: results.some((result) => result.isPending),
    error: results.find((result) => result.isError)?.error ?? null,
  };
}

import type { Relationship } from '../../api/careTypes';
import { listOfNames } from '../../components/dates';

/** The relationship's name, or its members' names when it has none. */
export function relationshipName(relationship: Pick<Relationship, 'name' | 'members'>): string {
  return relationship.name?.trim() || listOfNames(relationship.members.map((member) => member.displayName)) || 'Relationship';
}

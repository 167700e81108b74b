import { Link } from 'react-router-dom';
import { useRelationships } from '../../api/useRelationships';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { policyLabel } from '../../components/confidentiality';
import { describeError } from '../../components/errorMessages';
import { relationshipName } from './relationshipName';

/** The relationships (couples, triads and other constellations) this person works with. */
export function RelationshipsPage() {
  const user = useSignedInUser();
  const relationships = useRelationships();
  const list = relationships.data ?? [];
  return (
    <>
      <p>
        <Link to="/clients">Back to clients</Link>
      </p>
      <PageHeading>Relationships</PageHeading>
      <p>Couples, triads and other relationships you see together.</p>
      {hasRole(user, 'clinician') ? (
        <p>
          <Link className="button" to="/relationships/new">
            New relationship
          </Link>
        </p>
      ) : null}
      <Alert>{relationships.isError ? describeError(relationships.error) : undefined}</Alert>
      {relationships.isPending ? (
        <p role="status" className="muted">
          Loading relationships…
        </p>
      ) : relationships.isSuccess && list.length === 0 ? (
        <div className="empty-state">
          <p>No relationships yet.</p>
          <p>When you see clients together, add them as a relationship to keep their histories side by side.</p>
        </div>
      ) : (
        <ul className="plain-list client-list" aria-label="Relationship list">
          {list.map((relationship) => (
            <li key={relationship.id}>
              <Link to={`/relationships/${encodeURIComponent(relationship.id)}`}>{relationshipName(relationship)}</Link>
              <span className="badge">{policyLabel(relationship.confidentialityPolicy)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

import { Link, useParams } from 'react-router-dom';
import type { Relationship } from '../../api/careTypes';
import { useInvitePartners, useRelationship } from '../../api/useRelationships';
import { Alert, StatusMessage } from '../../components/Alert';
import { DetailsList } from '../../components/DetailsList';
import { PageHeading } from '../../components/PageHeading';
import { POLICY_WORDS, policyLabel } from '../../components/confidentiality';
import { listOfNames } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { isNotFound } from '../client/ClientDetailPage';
import { HomeworkSection } from '../homework/HomeworkSection';
import { RelationshipMeasuresSection } from '../measures/RelationshipMeasures';
import { TreatmentPlanSection } from '../plans/TreatmentPlanSection';
import { PartnerHistories } from './PartnerHistories';
import { relationshipName } from './relationshipName';

function InvitePartners({ relationship }: { relationship: Relationship }) {
  const invite = useInvitePartners(relationship.id);
  const nameOf = (clientId: string) => relationship.members.find((m) => m.clientId === clientId)?.displayName ?? 'One partner';
  const result = invite.data;
  return (
    <section aria-labelledby="portal-heading" className="panel">
      <h2 id="portal-heading">The portal</h2>
      <p>Each partner gets their own private portal to sign consents and tell you about themselves.</p>
      <button type="button" className="button-secondary" disabled={invite.isPending} onClick={() => invite.mutate()}>
        {invite.isPending ? 'Sending…' : 'Invite partners to the portal'}
      </button>
      <StatusMessage>
        {result ? (
          <>
            <p>{result.invited.length ? `Invited: ${listOfNames(result.invited.map(nameOf))}.` : 'Nobody new was invited.'}</p>
            {result.skipped.length ? (
              <ul aria-label="Not invited">
                {result.skipped.map((skip) => (
                  <li key={skip.clientId}>
                    {nameOf(skip.clientId)} wasn&apos;t invited: {skip.reason}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : undefined}
      </StatusMessage>
      <Alert>{invite.isError ? describeError(invite.error) : undefined}</Alert>
    </section>
  );
}

/** A relationship: its members, policy, portal invitations and the partners' histories. */
export function RelationshipPage() {
  const { id = '' } = useParams();
  const relationship = useRelationship(id);

  if (relationship.isPending) {
    return (
      <>
        <PageHeading title="Relationship">Relationship</PageHeading>
        <p role="status" className="muted">
          Loading…
        </p>
      </>
    );
  }
  if (relationship.isError) {
    return (
      <>
        <PageHeading title="Relationship not found">We couldn&apos;t open this relationship</PageHeading>
        <Alert focus={false}>
          {isNotFound(relationship.error) ? 'It may have been removed, or you may not be one of its clinicians.' : describeError(relationship.error)}
        </Alert>
        <p>
          <Link to="/relationships">Back to relationships</Link>
        </p>
      </>
    );
  }

  const data = relationship.data;
  const name = relationshipName(data);
  return (
    <>
      <p>
        <Link to="/relationships">Back to relationships</Link>
      </p>
      <PageHeading title={`${name} — Relationship`}>{name}</PageHeading>
      <section aria-labelledby="members-heading" className="panel">
        <h2 id="members-heading">Members</h2>
        <ul className="plain-list member-list">
          {data.members.map((member) => (
            <li key={member.clientId}>
              <Link to={`/clients/${encodeURIComponent(member.clientId)}`}>{member.displayName}</Link>
            </li>
          ))}
        </ul>
        <DetailsList
          rows={[
            ['Confidentiality policy', `${policyLabel(data.confidentialityPolicy)}: ${POLICY_WORDS[data.confidentialityPolicy]?.explanation ?? ''}`],
            ['Clinicians', data.clinicians.map((clinician) => clinician.displayName).join(', ')],
          ]}
        />
      </section>
      <InvitePartners relationship={data} />
      <PartnerHistories relationshipId={data.id} />
      <TreatmentPlanSection subject={{ relationshipId: data.id }} members={data.members} />
      <RelationshipMeasuresSection relationshipId={data.id} memberNames={data.members.map((member) => member.displayName)} />
      <HomeworkSection subject={{ relationshipId: data.id }} members={data.members} />
    </>
  );
}

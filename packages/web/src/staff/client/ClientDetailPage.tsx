import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import type { ClientDetail } from '../../api/types';
import { useClient } from '../../api/useClients';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { describeError } from '../../components/errorMessages';
import { handlesBilling } from '../billing/RequireBilling';
import { CareSection } from './CareSection';
import { AboutSection, ContactSection } from './ClientRecordSections';
import { ConsentsSection } from './ConsentsSection';
import { DiagnosesSection } from '../diagnoses/DiagnosesSection';
import { HomeworkSection } from '../homework/HomeworkSection';
import { MeasuresSection } from '../measures/MeasuresSection';
import { PrivateNotesSection } from '../notes/PrivateNotesSection';
import { TreatmentPlanSection } from '../plans/TreatmentPlanSection';
import { SessionNotesSection } from '../notes/SessionNotesSection';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { ReleasesSection } from '../releases/ReleasesSection';
import { ScreeningSection } from '../screening/ScreeningSection';
import { HistorySection } from './HistorySection';
import { PortalInvitation } from './PortalInvitation';
import { RecordExportSection } from './RecordExportSection';

export function nameOf(client: ClientDetail): string {
  if (client.displayName) return client.displayName;
  return [client.preferredName ?? client.firstName, client.lastName].filter(Boolean).join(' ') || 'Client';
}

/**
 * Care-team clinicians get the full record; owners and billing the administrative one, which
 * leaves out the clinical fields (docs/api.md). The clinical fields' presence tells them apart.
 */
export function isFullRecord(client: ClientDetail): boolean {
  return client.relationships !== undefined || client.genderIdentity !== undefined || client.presentingConcern !== undefined;
}

/** A malformed id and a client this person may not see look the same: not found. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

/** One client's record. What is shown depends on what the server lets this person see. */
export function ClientDetailPage() {
  const { id = '' } = useParams();
  const user = useSignedInUser();
  const client = useClient(id);

  if (client.isPending) {
    return (
      <>
        <PageHeading title="Client">Client</PageHeading>
        <p role="status" className="muted">
          Loading…
        </p>
      </>
    );
  }

  if (client.isError) {
    return (
      <>
        <PageHeading title="Client not found">We couldn&apos;t open this client</PageHeading>
        <Alert focus={false}>
          {isNotFound(client.error)
            ? 'This client may have been removed, or you may not be on their care team.'
            : describeError(client.error)}
        </Alert>
        <p>
          <Link to="/clients">Back to clients</Link>
        </p>
      </>
    );
  }

  const data = client.data;
  const careTeamView = isFullRecord(data);
  const canEdit = careTeamView || hasRole(user, 'owner');
  const base = `/clients/${encodeURIComponent(data.id)}`;

  return (
    <>
      <p>
        <Link to="/clients">Back to clients</Link>
      </p>
      <PageHeading title={`${nameOf(data)} — Client`}>{nameOf(data)}</PageHeading>
      {canEdit ? (
        <div className="record-actions">
          <Link className="button button-secondary" to={`${base}/edit`}>
            Edit details
          </Link>
          {careTeamView ? <PortalInvitation client={data} /> : null}
        </div>
      ) : null}
      {careTeamView || handlesBilling(user) ? (
        <p className="page-actions">
          <Link to={`${base}/account`}>Account and payments</Link>
        </p>
      ) : null}
      <AboutSection client={data} />
      <ContactSection client={data} />
      <CareSection client={data} canEdit={canEdit} />
      {careTeamView ? <ConsentsSection clientId={data.id} /> : null}
      {careTeamView ? (
        <>
          <HistorySection clientId={data.id} />
          <ScreeningSection clientId={data.id} />
          <ReferralsSection clientId={data.id} />
          <ReleasesSection clientId={data.id} />
          <DiagnosesSection clientId={data.id} />
          <TreatmentPlanSection subject={{ clientId: data.id }} members={[{ clientId: data.id, displayName: nameOf(data) }]} />
          <MeasuresSection clientId={data.id} clientName={nameOf(data)} />
          <HomeworkSection subject={{ clientId: data.id }} members={[{ clientId: data.id, displayName: nameOf(data) }]} />
          <SessionNotesSection clientId={data.id} clientName={nameOf(data)} />
          <PrivateNotesSection clientId={data.id} />
          <RecordExportSection clientId={data.id} />
        </>
      ) : null}
    </>
  );
}

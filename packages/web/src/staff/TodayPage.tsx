import { Link } from 'react-router-dom';
import { useToday } from '../api/useReferrals';
import { hasRole } from '../api/useSession';
import { useSignedInUser } from '../auth/guards';
import { Alert } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { formatDate, formatDateTime } from '../components/dates';
import { describeError } from '../components/errorMessages';
import { expiryText } from './credentials/credentialWords';
import { firstNameOf, greetingFor } from './greeting';
import { REFERRAL_STATUS_LABELS } from './referrals/referralWords';
import { ClinicalDay } from './today/ClinicalDay';
import { NotesToFinish } from './today/NotesToFinish';
import { SafetyAlerts } from './today/SafetyAlerts';
import { TodaysAppointments } from './today/TodaysAppointments';

/** Referrals sent (or acknowledged) whose outcome was expected by now. */
function OverdueReferrals() {
  const today = useToday();
  const overdue = today.data?.overdueReferrals ?? [];
  if (today.isPending) {
    return (
      <p role="status" className="muted">
        Loading…
      </p>
    );
  }
  if (today.isError) return <Alert focus={false}>{describeError(today.error)}</Alert>;
  if (overdue.length === 0) {
    return (
      <div className="empty-state">
        <p>Nothing needs your attention right now.</p>
      </div>
    );
  }
  return (
    <>
      <p>{overdue.length === 1 ? 'One referral is waiting longer than expected for an outcome.' : `${overdue.length} referrals are waiting longer than expected for an outcome.`}</p>
      <ul className="plain-list overdue-list" aria-label="Overdue referrals">
        {overdue.map((referral) => (
          <li key={referral.id}>
            <p className="overdue-title">
              <Link to={`/referrals/${encodeURIComponent(referral.id)}`}>
                {referral.specialtyLabel} referral for {referral.clientName}
              </Link>{' '}
              <span className="badge badge-overdue">Overdue</span>
            </p>
            <p className="muted">
              Outcome expected by {formatDate(referral.dueOn)} · {REFERRAL_STATUS_LABELS[referral.status] ?? referral.status} ·{' '}
              <Link to={`/clients/${encodeURIComponent(referral.clientId)}`}>Open {referral.clientName}&apos;s record</Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Credentials expiring within 90 days or expired: one's own, and for the owner everyone's. Shown only when there are some. */
function CredentialAlerts() {
  const user = useSignedInUser();
  const alerts = [...(useToday().data?.credentialAlerts ?? [])].sort((a, b) => a.daysUntilExpiry - b.daysUntilExpiry);
  if (alerts.length === 0) return null;
  return (
    <section aria-labelledby="today-credentials">
      <h2 id="today-credentials">Credentials to renew</h2>
      <ul className="plain-list overdue-list" aria-label="Credentials to renew">
        {alerts.map((alert) => {
          const own = alert.userId === user.id;
          const path = own ? '/credentials' : `/credentials?${new URLSearchParams({ userId: alert.userId }).toString()}`;
          return (
            <li key={alert.credentialId}>
              <p className="overdue-title">
                <Link to={path}>{own ? alert.label : `${alert.clinicianName}: ${alert.label}`}</Link>{' '}
                <span className={alert.daysUntilExpiry < 0 ? 'badge badge-overdue' : 'badge badge-waiting'}>{expiryText(alert.daysUntilExpiry)}</span>
              </p>
              <p className="muted">
                {alert.daysUntilExpiry < 0 ? 'Expired on' : 'Expires on'} {formatDate(alert.expiresOn)}. Once it is renewed, record the new expiry date.
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Unread contact requests from the public directory, each opening the prospective client's record. */
function ContactRequests() {
  const requests = useToday().data?.directoryInquiries ?? [];
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="today-contact-requests">
      <h2 id="today-contact-requests">New contact requests</h2>
      <p>{requests.length === 1 ? 'Someone has asked to be contacted through the directory.' : `${requests.length} people have asked to be contacted through the directory.`}</p>
      <ul className="plain-list overdue-list" aria-label="New contact requests">
        {requests.map((request) => (
          <li key={request.id}>
            <Link to={`/clients/${encodeURIComponent(request.clientId)}`}>{request.displayName}</Link>{' '}
            <span className="muted">
              · received <time dateTime={request.createdAt}>{formatDateTime(request.createdAt)}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Supervisors: how many supervision entries wait for their confirmation. */
function SupervisionToConfirm() {
  const count = useToday().data?.supervisionToConfirm ?? 0;
  if (count === 0) return null;
  return (
    <section aria-labelledby="today-supervision-hours">
      <h2 id="today-supervision-hours">Supervision hours</h2>
      <p>
        <Link to="/certification">{count === 1 ? '1 supervision entry to confirm' : `${count} supervision entries to confirm`}</Link>
      </p>
    </section>
  );
}

/** The staff home page: a greeting and today's work (for clinicians, their sessions, homework, questionnaires and plans first). */
export function TodayPage() {
  const user = useSignedInUser();
  const writesNotes = hasRole(user, 'clinician') || hasRole(user, 'supervisor');
  const today = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date());

  return (
    <>
      <PageHeading>Today</PageHeading>
      <p className="lead">
        {greetingFor(new Date().getHours())}, {firstNameOf(user.displayName)}. It&apos;s {today}.
      </p>

      <SafetyAlerts />

      {writesNotes ? (
        <ClinicalDay />
      ) : (
        <section aria-labelledby="today-appointments">
          <h2 id="today-appointments">Appointments</h2>
          <TodaysAppointments />
        </section>
      )}

      {writesNotes ? (
        <section aria-labelledby="today-notes">
          <h2 id="today-notes">Session notes</h2>
          <NotesToFinish />
        </section>
      ) : null}

      <section aria-labelledby="today-tasks">
        <h2 id="today-tasks">Things to follow up</h2>
        <OverdueReferrals />
      </section>

      <ContactRequests />
      <SupervisionToConfirm />
      <CredentialAlerts />

      <section aria-labelledby="today-messages">
        <h2 id="today-messages">Messages from clients</h2>
        <div className="empty-state">
          <p>No new messages.</p>
        </div>
      </section>
    </>
  );
}

import { Link } from 'react-router-dom';
import { useToday } from '../api/useReferrals';
import { hasRole } from '../api/useSession';
import { useSignedInUser } from '../auth/guards';
import { Alert } from '../components/Alert';
import { PageHeading } from '../components/PageHeading';
import { formatDate } from '../components/dates';
import { describeError } from '../components/errorMessages';
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

      <section aria-labelledby="today-messages">
        <h2 id="today-messages">Messages from clients</h2>
        <div className="empty-state">
          <p>No new messages.</p>
        </div>
      </section>
    </>
  );
}

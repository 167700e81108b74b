import { useSignedInUser } from '../auth/guards';
import { PageHeading } from '../components/PageHeading';
import { firstNameOf, greetingFor } from './greeting';

/** The staff home page: a greeting and today's work (filled in by later issues). */
export function TodayPage() {
  const user = useSignedInUser();
  const today = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date());

  return (
    <>
      <PageHeading>Today</PageHeading>
      <p className="lead">
        {greetingFor(new Date().getHours())}, {firstNameOf(user.displayName)}. It&apos;s {today}.
      </p>

      <section aria-labelledby="today-appointments">
        <h2 id="today-appointments">Appointments</h2>
        <div className="empty-state">
          <p>No appointments today.</p>
        </div>
      </section>

      <section aria-labelledby="today-tasks">
        <h2 id="today-tasks">Things to follow up</h2>
        <div className="empty-state">
          <p>Nothing needs your attention right now.</p>
        </div>
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

import type { PortalAppointment } from '../api/schedulingTypes';
import { usePortalAppointments } from '../api/useAppointments';
import { Alert } from '../components/Alert';
import { describeError } from '../components/errorMessages';
import { formatStart, formatTimeRange } from '../staff/calendar/calendarDates';
import { placeText, safeLink } from '../staff/calendar/appointmentWords';

const KIND_WORDS: Record<PortalAppointment['kind'], string> = {
  intake: 'First session',
  individual: 'Session',
  joint: 'Joint session',
  'family-group': 'Family or group session',
};

function WhereText({ appointment }: { appointment: PortalAppointment }) {
  if (appointment.modality === 'video') {
    const link = safeLink(appointment.videoLink);
    return link ? (
      <>
        By video: <a href={link}>join the video session</a>
      </>
    ) : (
      <>By video — your therapist will send the link</>
    );
  }
  return <>In person{appointment.room ? `: ${placeText(appointment)}` : ''}</>;
}

/** The client's next sessions, in their own browser's time zone. */
export function UpcomingSessions() {
  const appointments = usePortalAppointments();
  const list = [...(appointments.data ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <section aria-labelledby="sessions-heading" className="panel">
      <h2 id="sessions-heading">Your upcoming sessions</h2>
      <Alert focus={false}>{appointments.isError ? describeError(appointments.error) : undefined}</Alert>
      {appointments.isPending ? (
        <p role="status" className="muted">
          Loading…
        </p>
      ) : list.length === 0 ? (
        <p className="muted">No sessions booked yet.</p>
      ) : (
        <>
          <ul className="plain-list session-list" aria-label="Your upcoming sessions">
            {list.map((appointment) => (
              <li key={appointment.id}>
                <p className="session-when">
                  <time dateTime={appointment.startsAt}>{formatStart(appointment.startsAt)}</time>
                  <span className="muted"> ({formatTimeRange(appointment.startsAt, appointment.endsAt)})</span>
                </p>
                <p>
                  {KIND_WORDS[appointment.kind]}
                  {appointment.withPartner ? ' together' : ''} with {appointment.clinicianName}. <WhereText appointment={appointment} />
                </p>
              </li>
            ))}
          </ul>
          <p className="muted">Times are shown in your time zone ({zone}).</p>
        </>
      )}
    </section>
  );
}

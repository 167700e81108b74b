import { Link } from 'react-router-dom';
import { useAppointments } from '../../api/useAppointments';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { Alert } from '../../components/Alert';
import { describeError } from '../../components/errorMessages';
import { KIND_LABELS, STATUS_LABELS, attendeesText, placeText } from '../calendar/appointmentWords';
import { addDays, dayOf, formatTimeRange, todayDay } from '../calendar/calendarDates';

/** Today's sessions where the viewer is (the server's days are the practice's, so ask a little wider). */
export function TodaysAppointments() {
  const user = useSignedInUser();
  // Billing staff keep no calendar.
  const hasCalendar = (['clinician', 'supervisor', 'owner'] as const).some((role) => hasRole(user, role));
  const today = todayDay();
  const appointments = useAppointments(addDays(today, -1), addDays(today, 2), hasCalendar);
  const list = (appointments.data ?? []).filter((a) => dayOf(a.startsAt) === today).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (appointments.isPending && hasCalendar) {
    return (
      <p role="status" className="muted">
        Loading…
      </p>
    );
  }
  if (appointments.isError) return <Alert focus={false}>{describeError(appointments.error)}</Alert>;
  if (list.length === 0) {
    return (
      <div className="empty-state">
        <p>No appointments today.</p>
      </div>
    );
  }
  return (
    <>
      <ul className="plain-list appointment-list" aria-label="Today’s appointments">
        {list.map((appointment) => (
          <li key={appointment.id}>
            <strong>{formatTimeRange(appointment.startsAt, appointment.endsAt)}</strong> · {KIND_LABELS[appointment.kind]} with {attendeesText(appointment)} ·{' '}
            {placeText(appointment)}
            {appointment.status !== 'scheduled' ? <span className="badge"> {STATUS_LABELS[appointment.status]}</span> : null}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/calendar">Open the calendar</Link>
      </p>
    </>
  );
}

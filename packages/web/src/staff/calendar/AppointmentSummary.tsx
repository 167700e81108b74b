import type { Appointment } from '../../api/schedulingTypes';
import { useSignedInUser } from '../../auth/guards';
import { AppointmentChargeLink } from '../billing/AppointmentChargeLink';
import { KIND_LABELS, STATUS_LABELS, attendeesText, placeText, safeLink } from './appointmentWords';
import { formatStart, formatTimeRange } from './calendarDates';

/** An appointment's when, what, who and where (names appear only in the signed-in staff app). */
export function AppointmentSummary({ appointment, withDate = false }: { appointment: Appointment; withDate?: boolean }) {
  const user = useSignedInUser();
  const link = appointment.modality === 'video' ? safeLink(appointment.videoLink) : null;
  return (
    <>
      <p className="appointment-when">
        <time dateTime={appointment.startsAt}>{withDate ? formatStart(appointment.startsAt) : formatTimeRange(appointment.startsAt, appointment.endsAt)}</time>
        {withDate ? <span className="muted"> ({formatTimeRange(appointment.startsAt, appointment.endsAt)})</span> : null}
        {appointment.status !== 'scheduled' ? (
          <>
            {' '}
            <span className={appointment.status === 'completed' ? 'badge badge-success' : 'badge badge-stopped'}>
              {STATUS_LABELS[appointment.status]}
              {appointment.lateCancellation ? ', late' : ''}
            </span>
          </>
        ) : null}
      </p>
      <p className="appointment-what">
        <strong>{KIND_LABELS[appointment.kind]}</strong> with {attendeesText(appointment)}
        {appointment.clinician.id !== user.id ? <span className="muted"> · {appointment.clinician.displayName}</span> : null}
      </p>
      <p className="muted appointment-where">
        {link ? <a href={link}>{placeText(appointment)}</a> : placeText(appointment)}
        {appointment.seriesId ? ' · repeats' : ''}
      </p>
      <AppointmentChargeLink appointment={appointment} />
    </>
  );
}

import { Link } from 'react-router-dom';
import type { Appointment } from '../../api/schedulingTypes';
import { hasRole } from '../../api/useSession';
import { useSignedInUser } from '../../auth/guards';
import { useNow } from '../../components/useNow';
import { formatStart } from '../calendar/calendarDates';
import { chargePagePath } from './BillingPage';

/**
 * In the calendar: the way to a session's charge, for its own clinician and for owners, once
 * the session has started (a cancelled or missed session is not billed).
 */
export function AppointmentChargeLink({ appointment }: { appointment: Appointment }) {
  const user = useSignedInUser();
  const now = useNow();
  const mayCharge = appointment.clinician.id === user.id || hasRole(user, 'owner');
  const billable = appointment.status !== 'cancelled' && appointment.status !== 'no-show' && Date.parse(appointment.startsAt) <= now;
  if (!mayCharge || !billable) return null;
  return (
    <p className="appointment-charge">
      <Link to={chargePagePath(appointment.id)}>
        Codes and charge<span className="visually-hidden"> for the session on {formatStart(appointment.startsAt)}</span>
      </Link>
    </p>
  );
}

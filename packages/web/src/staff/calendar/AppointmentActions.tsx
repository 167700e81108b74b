import { useState } from 'react';
import type { Appointment, CancelScope } from '../../api/schedulingTypes';
import { useCancelAppointment, useMarkNoShow } from '../../api/useAppointments';
import { Alert } from '../../components/Alert';
import { RadioGroup } from '../../components/RadioGroup';
import { describeError } from '../../components/errorMessages';
import { useNow } from '../../components/useNow';
import { formatStart } from './calendarDates';

const LATE_MS = 24 * 3_600_000;
const SCOPES = [
  { value: 'this', label: 'Only this session' },
  { value: 'this-and-following', label: 'This session and every later one in the series' },
] as const;

/** Cancel (one, or it and the rest of its series) and no-show, for a scheduled appointment. */
export function AppointmentActions({ appointment, onChanged }: { appointment: Appointment; onChanged: (text: string) => void }) {
  const cancel = useCancelAppointment();
  const noShow = useMarkNoShow();
  const [confirming, setConfirming] = useState(false);
  const [scope, setScope] = useState<CancelScope>('this');
  const now = useNow();
  const key = appointment.id.replace(/[^A-Za-z0-9_-]/g, '');
  if (appointment.status !== 'scheduled') return null;
  const startsIn = Date.parse(appointment.startsAt) - now;
  const when = formatStart(appointment.startsAt);

  function confirmCancel() {
    cancel.mutate(
      { id: appointment.id, scope: appointment.seriesId ? scope : 'this' },
      {
        onSuccess: (cancelled) => {
          setConfirming(false);
          const late = cancelled.some((a) => a.lateCancellation) ? ' It is recorded as a late cancellation.' : '';
          onChanged(cancelled.length > 1 ? `Cancelled ${cancelled.length} sessions from ${when}.${late}` : `Cancelled the session on ${when}.${late}`);
        },
      },
    );
  }

  return (
    <div className="appointment-actions">
      {!confirming ? (
        <div className="form-actions">
          <button type="button" className="button-secondary button-small" onClick={() => setConfirming(true)}>
            Cancel appointment
          </button>
          {startsIn <= 0 ? (
            <button
              type="button"
              className="button-secondary button-small"
              disabled={noShow.isPending}
              onClick={() => noShow.mutate(appointment.id, { onSuccess: () => onChanged(`Recorded a no-show for ${when}.`) })}
            >
              Mark as no-show
            </button>
          ) : null}
        </div>
      ) : (
        <div className="confirm">
          <p className="confirm-question">Cancel the session on {when}?</p>
          {appointment.seriesId ? (
            <RadioGroup name={`cancelScope-${key}`} legend="Which sessions?" options={SCOPES} value={scope} onChange={setScope} />
          ) : null}
          {startsIn < LATE_MS ? <p>It starts within 24 hours, so it will be recorded as a late cancellation.</p> : null}
          <div className="form-actions">
            <button type="button" disabled={cancel.isPending} onClick={confirmCancel}>
              {cancel.isPending ? 'Cancelling…' : 'Yes, cancel'}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      <Alert>{cancel.isError ? describeError(cancel.error) : noShow.isError ? describeError(noShow.error) : undefined}</Alert>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/client';
import type { SafetyAlert } from '../../api/measureTypes';
import { useAcknowledgeSafetyAlert } from '../../api/useMeasures';
import { useToday } from '../../api/useReferrals';
import { Alert, StatusMessage } from '../../components/Alert';
import { TextAreaField } from '../../components/TextField';
import { formatDateTime } from '../../components/dates';
import { describeError } from '../../components/errorMessages';

function SafetyAlertItem({ alert, onAcknowledged }: { alert: SafetyAlert; onAcknowledged: (text: string) => void }) {
  const acknowledge = useAcknowledgeSafetyAlert();
  const [open, setOpen] = useState(false);
  const [actionTaken, setActionTaken] = useState('');
  const [localError, setLocalError] = useState('');
  const fieldId = `acknowledge-${alert.id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const error = localError || fieldErrorsOf(acknowledge.error).actionTaken;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!actionTaken.trim()) {
      setLocalError('Say what you did, for example: called the client and reviewed their safety plan.');
      return;
    }
    setLocalError('');
    acknowledge.mutate(
      { id: alert.id, actionTaken: actionTaken.trim() },
      { onSuccess: () => onAcknowledged(`The alert for ${alert.clientName} is acknowledged, with what you did.`) },
    );
  }

  return (
    <li className="safety-alert">
      <h3 className="safety-alert-title">
        <Link to={`/clients/${encodeURIComponent(alert.clientId)}`}>{alert.clientName}</Link>
      </h3>
      <p>{alert.message}</p>
      <p className="muted">
        Raised <time dateTime={alert.createdAt}>{formatDateTime(alert.createdAt)}</time>
      </p>
      {open ? (
        <form onSubmit={handleSubmit} noValidate className="decision-form" aria-label={`Acknowledge the alert for ${alert.clientName}`}>
          <TextAreaField
            id={fieldId}
            name="actionTaken"
            label="What did you do?"
            hint="For example: called them, assessed safety, reviewed the safety plan together."
            rows={3}
            value={actionTaken}
            onChange={(event) => setActionTaken(event.target.value)}
            error={error}
          />
          <Alert>{acknowledge.isError && !error ? describeError(acknowledge.error) : undefined}</Alert>
          <div className="form-actions">
            <button type="submit" disabled={acknowledge.isPending}>
              {acknowledge.isPending ? 'Saving…' : 'Acknowledge'}
            </button>
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              Not yet
            </button>
          </div>
        </form>
      ) : (
        <button type="button" aria-label={`Acknowledge the alert for ${alert.clientName}`} onClick={() => setOpen(true)}>
          Acknowledge
        </button>
      )}
    </li>
  );
}

/** Urgent answers from questionnaires, first on Today until someone records what was done. */
export function SafetyAlerts() {
  const today = useToday();
  const [done, setDone] = useState('');
  const alerts = today.data?.safetyAlerts ?? [];
  if (alerts.length === 0 && !done) return null;
  return (
    <section aria-labelledby="safety-alerts-heading" className="panel safety-alerts">
      <h2 id="safety-alerts-heading">Needs attention today</h2>
      <StatusMessage>{done || undefined}</StatusMessage>
      {alerts.length ? (
        <>
          <p>
            {alerts.length === 1 ? 'An answer to a questionnaire needs' : `${alerts.length} answers to questionnaires need`} your attention today. Please reach
            out, then record what you did.
          </p>
          <ul className="plain-list" aria-label="Safety alerts">
            {alerts.map((alert) => (
              <SafetyAlertItem key={alert.id} alert={alert} onAcknowledged={setDone} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import type { Assignment, ClientMeasures } from '../../api/measureTypes';
import { useCancelAssignment } from '../../api/useMeasures';
import { Alert, StatusMessage } from '../../components/Alert';
import { formatDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { ASSIGNMENT_STATUS_LABELS, scheduleText, shortNameOf } from './measureWords';

function AssignmentItem({ assignment, onCancelled }: { assignment: Assignment; onCancelled: (text: string) => void }) {
  const cancel = useCancelAssignment();
  const [confirming, setConfirming] = useState(false);
  const label = `${assignment.shortName}: ${scheduleText(assignment)}`;
  return (
    <li>
      <p className="assignment-title">
        <strong>{assignment.shortName}</strong> · {scheduleText(assignment)}
        {assignment.relationshipId ? <span className="muted"> · asked of each partner</span> : null}{' '}
        <span className={assignment.status === 'active' ? 'badge badge-success' : 'badge'}>{ASSIGNMENT_STATUS_LABELS[assignment.status]}</span>
      </p>
      {assignment.status === 'active' && !confirming ? (
        <button type="button" className="button-secondary button-small" aria-label={`Cancel ${label}`} onClick={() => setConfirming(true)}>
          Cancel
        </button>
      ) : null}
      {confirming ? (
        <div className="confirm">
          <p className="confirm-question">Stop asking for the {assignment.shortName}? Anything waiting in the client&apos;s portal is withdrawn.</p>
          <div className="form-actions">
            <button
              type="button"
              disabled={cancel.isPending}
              onClick={() =>
                cancel.mutate(assignment.id, {
                  onSuccess: () => {
                    setConfirming(false);
                    onCancelled(`Stopped asking for the ${assignment.shortName}.`);
                  },
                })
              }
            >
              {cancel.isPending ? 'Cancelling…' : 'Yes, stop asking'}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
          <Alert>{cancel.isError ? describeError(cancel.error) : undefined}</Alert>
        </div>
      ) : null}
    </li>
  );
}

/** What the client has been asked for, what is waiting for them now, and a way to stop each schedule. */
export function AssignmentsList({ measures }: { measures: ClientMeasures }) {
  const [status, setStatus] = useState('');
  const order = { active: 0, completed: 1, cancelled: 2 } as const;
  const assignments = [...measures.assignments].sort((a, b) => order[a.status] - order[b.status] || b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <h3>Waiting for an answer</h3>
      {measures.due.length === 0 ? (
        <p className="muted">Nothing is waiting in the client&apos;s portal right now.</p>
      ) : (
        <ul className="plain-list due-list" aria-label="Waiting for an answer">
          {measures.due.map((due) => (
            <li key={due.requestId}>
              {shortNameOf(due.instrumentId)}, asked for {formatDate(due.dueOn)}
            </li>
          ))}
        </ul>
      )}
      <h3>Requests</h3>
      <StatusMessage>{status || undefined}</StatusMessage>
      {assignments.length === 0 ? (
        <p className="muted">No questionnaires asked for yet.</p>
      ) : (
        <ul className="plain-list assignment-list" aria-label="Questionnaire requests">
          {assignments.map((assignment) => (
            <AssignmentItem key={assignment.id} assignment={assignment} onCancelled={setStatus} />
          ))}
        </ul>
      )}
    </>
  );
}

import { useState } from 'react';
import type { Activity } from '../../api/certificationTypes';
import { CERTIFICATION_LOG_CSV_URL, CERTIFICATION_LOG_PDF_URL, useDeleteActivity, useUpdateActivity } from '../../api/useCertification';
import { Alert } from '../../components/Alert';
import { formatDate, formatInstantDate } from '../../components/dates';
import { describeError } from '../../components/errorMessages';
import { ActivityForm, type SupervisorChoice } from './ActivityForm';
import { ACTIVITY_KIND_LABELS, activityDetails, formatHours, hoursText } from './certificationWords';

/** Whether a supervisor has confirmed supervision hours, in words. Other kinds need no confirmation. */
function confirmationText(activity: Activity): string {
  if (activity.kind !== 'supervision' || activity.role !== 'received') return '';
  if (activity.confirmedAt) return `Confirmed by ${activity.confirmedByName ?? 'the supervisor'} on ${formatInstantDate(activity.confirmedAt, 'long')}`;
  if (activity.supervisorUserId) return 'Waiting for the supervisor’s confirmation';
  return 'Not confirmed: the supervisor is outside this practice';
}

function EditRow({ activity, supervisors, onDone }: { activity: Activity; supervisors: readonly SupervisorChoice[]; onDone: (text?: string) => void }) {
  const update = useUpdateActivity(activity.id);
  const idBase = `edit-${activity.id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <tr>
      <td colSpan={6}>
        <h3 id={`${idBase}-heading`}>
          Change the {ACTIVITY_KIND_LABELS[activity.kind].toLowerCase()} entry from {formatDate(activity.date)}
        </h3>
        <ActivityForm
          activity={activity}
          idPrefix={idBase}
          supervisors={supervisors}
          submitLabel="Save changes"
          pending={update.isPending}
          error={update.error}
          onSubmit={(input) => update.mutate(input, { onSuccess: (saved) => onDone(`Saved the entry from ${formatDate(saved.date)}.`) })}
          onCancel={() => onDone()}
        />
      </td>
    </tr>
  );
}

function EntryActions({ activity, what, onEdit, onStatus }: { activity: Activity; what: string; onEdit: () => void; onStatus: (text: string) => void }) {
  const remove = useDeleteActivity();
  const [confirming, setConfirming] = useState(false);
  if (activity.confirmedAt) return <span className="muted">Confirmed hours can’t be changed</span>;
  if (confirming) {
    return (
      <div className="confirm" role="group" aria-label={`Delete ${what}?`}>
        <p className="confirm-question">Delete this entry?</p>
        <div className="form-actions">
          <button type="button" className="button-small" disabled={remove.isPending} onClick={() => remove.mutate(activity.id, { onSuccess: () => onStatus(`Deleted ${what}.`) })}>
            {remove.isPending ? 'Deleting…' : 'Yes, delete'}
            <span className="visually-hidden"> {what}</span>
          </button>
          <button type="button" className="button-secondary button-small" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
        <Alert>{remove.isError ? describeError(remove.error) : undefined}</Alert>
      </div>
    );
  }
  return (
    <div className="entry-actions">
      <button type="button" className="button-secondary button-small" onClick={onEdit}>
        Change<span className="visually-hidden"> {what}</span>
      </button>
      <button type="button" className="button-secondary button-small" onClick={() => setConfirming(true)}>
        Delete<span className="visually-hidden"> {what}</span>
      </button>
    </div>
  );
}

/** The whole log, newest first, with each entry's confirmation and a way to change or delete it; and the downloads for an application. */
export function ActivityLog({ activities, supervisors, onStatus }: { activities: Activity[]; supervisors: readonly SupervisorChoice[]; onStatus: (text: string) => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const list = [...activities].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="log-heading" className="panel">
      <h2 id="log-heading">Your log</h2>
      <p className="page-actions">
        <a href={CERTIFICATION_LOG_CSV_URL} download>
          Download CSV
        </a>
        <a href={CERTIFICATION_LOG_PDF_URL} download>
          Download PDF
        </a>
      </p>
      {list.length === 0 ? (
        <div className="empty-state">
          <p>Nothing logged yet. Hours you log appear here.</p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="log-table">
            <caption className="visually-hidden">Your log, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Kind</th>
                <th scope="col">Hours</th>
                <th scope="col">Details</th>
                <th scope="col">Confirmation</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((activity) => {
                const what = `${ACTIVITY_KIND_LABELS[activity.kind].toLowerCase()}, ${hoursText(activity.hours)} on ${formatDate(activity.date)}`;
                if (editing === activity.id) {
                  return (
                    <EditRow
                      key={activity.id}
                      activity={activity}
                      supervisors={supervisors}
                      onDone={(text) => {
                        setEditing(null);
                        if (text) onStatus(text);
                      }}
                    />
                  );
                }
                return (
                  <tr key={activity.id}>
                    <th scope="row">
                      <time dateTime={activity.date}>{formatDate(activity.date)}</time>
                    </th>
                    <td>{ACTIVITY_KIND_LABELS[activity.kind]}</td>
                    <td className="number">{formatHours(activity.hours)}</td>
                    <td>
                      {activityDetails(activity)}
                      {activity.note ? <span className="muted"> · {activity.note}</span> : null}
                    </td>
                    <td>{confirmationText(activity)}</td>
                    <td>
                      <EntryActions activity={activity} what={what} onEdit={() => setEditing(activity.id)} onStatus={onStatus} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
